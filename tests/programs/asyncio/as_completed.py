# as_completed yields awaitables in the order their results arrive; with a timeout it raises TimeoutError.
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


async def job(name, delay):
    await sleep_from_start(delay)
    return name


async def main():
    global START
    START = None
    coros = [job("slow", 0.09), job("fast", 0.03), job("mid", 0.06), job("now", 0)]
    order = []
    for fut in asyncio.as_completed(coros):
        order.append(await fut)
    print("completion order:", order)

    START = None
    tasks = [asyncio.create_task(job(f"t{i}", d)) for i, d in enumerate((0.02, 0.5))]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.1):
            got.append(await fut)
    except TimeoutError:
        print("timed out after:", got)
    print("slow task cancelled by as_completed:", tasks[1].cancelled())
    tasks[1].cancel()
    try:
        await tasks[1]
    except asyncio.CancelledError:
        pass


asyncio.run(main())
