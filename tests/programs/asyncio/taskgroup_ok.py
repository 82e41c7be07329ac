# asyncio.TaskGroup (3.11): `async with` waits for every task it created; tasks can add more tasks.
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


order = []


async def job(name, delay):
    await sleep_from_start(delay)
    order.append(name)
    return name.upper()


async def spawner(tg):
    await asyncio.sleep(0)
    order.append("spawner")
    return tg.create_task(job("late", 0.01))


async def main():
    global START
    START = None
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 0.06))
        t2 = tg.create_task(job("b", 0.03), name="named")
        t3 = tg.create_task(spawner(tg))
        print("inside the block, done:", t1.done(), t2.done())
    print("after the block, done:", t1.done(), t2.done(), t3.done())
    print("results:", t1.result(), t2.result(), t3.result().result())
    print("name:", t2.get_name())
    print("completion order:", order)
    coro = job("x", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("create_task after exit:", e)
    coro.close()


asyncio.run(main())
