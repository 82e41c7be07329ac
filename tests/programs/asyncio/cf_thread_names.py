# ThreadPoolExecutor worker thread names: 'ThreadPoolExecutor-<pool>_<worker>' by default (pools numbered
# from 0 per process), '<prefix>_<worker>' with thread_name_prefix.
import concurrent.futures
import threading


def name():
    return threading.current_thread().name


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    print("first pool:", pool.submit(name).result())
with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    print("second pool:", pool.submit(name).result())

barrier = threading.Barrier(2)


def name_after_barrier():
    barrier.wait(5)  # both workers must be busy at once, so both threads exist
    return name()


with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="download") as pool:
    names = sorted(f.result() for f in [pool.submit(name_after_barrier) for _ in range(2)])
    print("prefixed:", names)
with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    print("numbering goes on:", pool.submit(name).result())
print("main thread:", name())
