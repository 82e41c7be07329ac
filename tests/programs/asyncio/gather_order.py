# gather returns results in argument order, not completion order; it accepts coroutines, tasks and futures.
import asyncio

START = None  # loop time of the first sleep_from_start() call since main() last reset it


async def sleep_from_start(delay):
    # Sleeps until START + delay instead of for `delay`, START being when the first of the tasks began to
    # sleep: the wake-up order then holds even if the process is descheduled between the tasks' first
    # steps (a loaded machine, a slow interpreter).
    global START
    now = asyncio.get_running_loop().time()
    if START is None:
        START = now
    await asyncio.sleep(START + delay - now)


finished = []


async def delayed(value, delay):
    await sleep_from_start(delay)
    finished.append(value)
    return value


async def main():
    global START
    START = None
    results = await asyncio.gather(delayed("a", 0.06), delayed("b", 0.02), delayed("c", 0.04))
    print("results:", results)
    print("completion order:", finished)
    START = None
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "from future")
    task = asyncio.create_task(delayed("task", 0))
    print("mixed:", await asyncio.gather(fut, task, delayed("coro", 0)))
    print("empty gather:", await asyncio.gather())
    same = delayed("same", 0)
    print("same awaitable twice:", await asyncio.gather(task, task))
    print("after coroutine:", await same)


asyncio.run(main())
