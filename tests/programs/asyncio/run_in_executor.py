# loop.run_in_executor runs blocking functions on a thread pool; the default executor overlaps blocking calls
# (timed once its worker threads exist, so that thread start-up does not count).
import asyncio
import concurrent.futures
import threading
import time


def blocking(x, delay):
    time.sleep(delay)
    return x * 2


def worker_name():
    return threading.current_thread().name


def boom():
    raise ZeroDivisionError("in the executor")


async def main():
    loop = asyncio.get_running_loop()
    print("one call:", await loop.run_in_executor(None, blocking, 21, 0.01))
    fut = loop.run_in_executor(None, blocking, 1, 0)
    print("returns an asyncio future:", asyncio.isfuture(fut), await fut)

    barrier = threading.Barrier(5)
    await asyncio.gather(*(loop.run_in_executor(None, barrier.wait, 5) for _ in range(5)))  # starts 5 workers
    start = time.monotonic()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking, i, 0.1) for i in range(5)))
    elapsed = time.monotonic() - start
    print("results:", results)
    print("5 x 0.1 s overlapped (< 0.4 s):", elapsed < 0.4, "and took >= 0.1 s:", elapsed >= 0.09)

    name = await loop.run_in_executor(None, worker_name)
    print("default executor thread name starts with asyncio_:", name.startswith("asyncio_"))
    try:
        await loop.run_in_executor(None, boom)
    except ZeroDivisionError as e:
        print("exception passed back:", repr(e))

    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine") as pool:
        print("own executor:", await loop.run_in_executor(pool, worker_name))
        print("sequential on one worker:", await asyncio.gather(
            loop.run_in_executor(pool, blocking, 3, 0.01), loop.run_in_executor(pool, blocking, 4, 0)))
    print("main thread still:", threading.current_thread().name)


asyncio.run(main())
