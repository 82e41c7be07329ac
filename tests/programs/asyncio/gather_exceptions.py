# gather(return_exceptions=True) puts exceptions in the result list; with False the first exception propagates
# and the other children keep running (gather does not cancel them).
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


log = []


async def ok(name, delay):
    await sleep_from_start(delay)
    log.append(f"{name} finished")
    return name


async def bad(msg, delay):
    await sleep_from_start(delay)
    raise ValueError(msg)


async def main():
    global START
    START = None
    res = await asyncio.gather(ok("x", 0.02), bad("boom", 0), ok("y", 0), return_exceptions=True)
    print("return_exceptions=True:", res)
    print("types:", [type(r).__name__ for r in res])

    START = None
    slow = asyncio.create_task(ok("slow", 0.15))
    try:
        await asyncio.gather(bad("first", 0.02), slow, bad("second", 0.04))
    except ValueError as e:
        print("return_exceptions=False raised:", repr(e))
    print("slow still running:", not slow.done(), "cancelled:", slow.cancelled())
    await slow
    print("slow result:", slow.result())
    await asyncio.sleep(0.05)
    print("log:", log)


asyncio.run(main())
