# concurrent.futures.ThreadPoolExecutor: submit returns a Future; result() blocks until it is done; the
# function runs on a worker thread with its positional and keyword arguments.
import concurrent.futures
import threading
import time


def work(x, y=1, delay=0.0):
    time.sleep(delay)
    return x * y, threading.current_thread() is threading.main_thread()


pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
f = pool.submit(work, 6, y=7)
print("result:", f.result(timeout=5))
print("done:", f.done(), "cancelled:", f.cancelled(), "running:", f.running())
print("is a Future:", isinstance(f, concurrent.futures.Future))
futures = [pool.submit(work, i, delay=0.01) for i in range(5)]
print("results in submit order:", [fut.result()[0] for fut in futures])
print("builtins work too:", pool.submit(pow, 2, 10).result(), pool.submit(sorted, [3, 1, 2]).result())
slow = pool.submit(work, 1, delay=0.3)
try:
    slow.result(timeout=0.02)
except TimeoutError as e:
    print("result(timeout):", type(e).__name__, "is concurrent.futures.TimeoutError:",
          concurrent.futures.TimeoutError is TimeoutError)
print("slow finishes later:", slow.result())
pool.shutdown()
