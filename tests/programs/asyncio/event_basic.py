# asyncio.Event: wait() blocks until set(); set wakes every waiter in order; is_set/clear; wait on a set event
# returns True at once.
import asyncio

log = []


async def waiter(ev, name):
    log.append(f"{name} waiting")
    result = await ev.wait()
    log.append(f"{name} woke ({result})")


async def main():
    ev = asyncio.Event()
    print("is_set at start:", ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    log.append("setting")
    ev.set()
    print("is_set:", ev.is_set())
    await asyncio.gather(*tasks)
    print("wait on a set event:", await ev.wait())
    ev.clear()
    print("is_set after clear:", ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), timeout=0.02)
    except TimeoutError:
        print("wait after clear times out")
    # set() then clear() before the waiter runs still wakes it.
    t = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    await asyncio.wait_for(t, timeout=1)
    for line in log:
        print(line)


asyncio.run(main())
