# asyncio.wait(return_when=FIRST_COMPLETED) returns (done, pending) as soon as one task finishes.
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


async def job(delay):
    await sleep_from_start(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    global START
    START = None
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (0.3, 0.02, 0.15)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", names(done))
    print("pending:", names(pending))
    print("types:", type(done).__name__, type(pending).__name__)
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("then done:", names(done), "pending:", names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", names(done), [t.cancelled() for t in done], "pending:", len(pending))
    print("constants:", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("empty:", e)


asyncio.run(main())
