# asyncio.to_thread runs a blocking function in a thread with its arguments; calls overlap and the event loop
# keeps running meanwhile (timed once the worker threads exist, so that thread start-up does not count).
import asyncio
import threading
import time

ticks = []


def blocking(name, delay, scale=1):
    time.sleep(delay)
    return (name, threading.current_thread() is not threading.main_thread(), scale * 10)


async def ticker():
    for i in range(4):
        ticks.append(i)
        await asyncio.sleep(0.02)


async def main():
    print("one call:", await asyncio.to_thread(blocking, "a", 0.01, scale=3))
    barrier = threading.Barrier(4)
    await asyncio.gather(*(asyncio.to_thread(barrier.wait, 5) for _ in range(4)))  # starts 4 workers
    start = time.monotonic()
    tick_task = asyncio.create_task(ticker())
    results = await asyncio.gather(*(asyncio.to_thread(blocking, f"j{i}", 0.15) for i in range(4)))
    elapsed = time.monotonic() - start
    ticks_meanwhile = len(ticks)
    await tick_task
    print("results:", results)
    print("4 x 0.15 s overlapped (< 0.45 s):", elapsed < 0.45, "and took >= 0.15 s:", elapsed >= 0.14)
    print("the loop kept ticking while the threads slept (>= 3 of 4 ticks):", ticks_meanwhile >= 3)
    try:
        await asyncio.to_thread(int, "not a number")
    except ValueError as e:
        print("exception:", e)


asyncio.run(main())
