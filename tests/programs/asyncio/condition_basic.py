# asyncio.Condition: notify(n) wakes n waiters in FIFO order, notify_all the rest; wait_for(predicate);
# notify without holding the lock raises RuntimeError.
import asyncio

log = []


async def waiter(cond, name):
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(5)]
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify(2)
        log.append("notify(2)")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify()
        log.append("notify()")
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
        log.append("notify_all()")
    await asyncio.gather(*tasks)
    for line in log:
        print(line)

    try:
        cond.notify()
    except RuntimeError as e:
        print("notify unlocked:", e)

    state = {"n": 0}

    async def bump():
        for _ in range(5):
            await asyncio.sleep(0)
            async with cond:
                state["n"] += 1
                cond.notify_all()

    async def wait_for_three():
        async with cond:
            result = await cond.wait_for(lambda: state["n"] >= 3)
            return result, state["n"]

    t = asyncio.create_task(wait_for_three())
    await asyncio.gather(bump(), t)
    print("wait_for returned:", t.result())
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print("condition shares the lock:", lock.locked())


asyncio.run(main())
