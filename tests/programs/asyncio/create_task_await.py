# create_task schedules a coroutine; it only starts running when the creator yields to the loop.
import asyncio

trace = []


async def child(n):
    trace.append(f"child{n} start")
    await asyncio.sleep(0)
    trace.append(f"child{n} end")
    return n * 10


async def main():
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2))
    trace.append("created both")
    print("done right after create:", t1.done(), t2.done())
    r2 = await t2
    trace.append(f"got t2={r2}")
    print("t1 done after awaiting t2:", t1.done())
    r1 = await t1
    trace.append(f"got t1={r1}")
    print("await again gives the same result:", await t1)
    print("isinstance Task/Future:", isinstance(t1, asyncio.Task), isinstance(t1, asyncio.Future))
    print("ensure_future of a task returns it:", asyncio.ensure_future(t1) is t1)


asyncio.run(main())
for line in trace:
    print(line)
