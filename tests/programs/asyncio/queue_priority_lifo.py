# asyncio.PriorityQueue returns the smallest item first; asyncio.LifoQueue the newest.
import asyncio


async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        await pq.put(item)
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])

    lq = asyncio.LifoQueue()
    for item in "abcd":
        lq.put_nowait(item)
    print("lifo:", [await lq.get() for _ in range(4)])

    # A waiting getter receives the item as soon as it is put.
    pq2 = asyncio.PriorityQueue(maxsize=3)

    async def getter():
        return await pq2.get()

    t = asyncio.create_task(getter())
    await asyncio.sleep(0)
    pq2.put_nowait((5, "only"))
    print("waiting getter got:", await t)
    print("isinstance Queue:", isinstance(pq2, asyncio.Queue), isinstance(lq, asyncio.Queue))


asyncio.run(main())
