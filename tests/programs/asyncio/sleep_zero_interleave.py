# asyncio.sleep(0) yields to the other ready tasks: three tasks take turns in creation order.
import asyncio

trace = []


async def worker(name, steps):
    for i in range(steps):
        trace.append(f"{name}{i}")
        await asyncio.sleep(0)
    trace.append(f"{name}-done")
    return name


async def main():
    tasks = [asyncio.create_task(worker(n, s)) for n, s in (("a", 3), ("b", 2), ("c", 4))]
    trace.append("main-before-await")
    for t in tasks:
        await t
    trace.append("main-end")


asyncio.run(main())
print(trace)
