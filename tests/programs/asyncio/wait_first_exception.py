# asyncio.wait(return_when=FIRST_EXCEPTION) returns when a task raises; without any exception it waits for all.
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


async def job(delay, fail=False):
    await sleep_from_start(delay)
    if fail:
        raise RuntimeError(f"failed after {delay}")
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    global START
    START = None
    tasks = [
        asyncio.create_task(job(0.01), name="ok-fast"),
        asyncio.create_task(job(0.04, fail=True), name="bad"),
        asyncio.create_task(job(0.2), name="ok-slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("done:", names(done))
    print("pending:", names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), repr(t.exception()))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

    START = None
    tasks = [asyncio.create_task(job(d), name=f"j{d}") for d in (0.01, 0.03)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception -> all done:", names(done), "pending:", names(pending))


asyncio.run(main())
