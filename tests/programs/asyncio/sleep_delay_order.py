# Tasks sleeping for different delays wake in deadline order, whatever order they were created in.
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


woke = []


async def sleeper(name, delay):
    await sleep_from_start(delay)
    woke.append(name)
    return delay


async def main():
    global START
    START = None
    tasks = [
        asyncio.create_task(sleeper("slow", 0.09)),
        asyncio.create_task(sleeper("fast", 0.03)),
        asyncio.create_task(sleeper("medium", 0.06)),
        asyncio.create_task(sleeper("zero", 0)),
    ]
    results = [await t for t in tasks]
    print("results:", results)
    print("wake order:", woke)
    value = await asyncio.sleep(0.01, result="sleep result")
    print("sleep(delay, result):", value)
    print("sleep(0) returns:", await asyncio.sleep(0))


asyncio.run(main())
