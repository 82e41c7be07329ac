# asyncio.Queue with maxsize: put_nowait raises QueueFull, get_nowait raises QueueEmpty, and a blocked put
# resumes when a get makes room.
import asyncio

log = []


async def slow_putter(q):
    log.append("putter waiting")
    await q.put("third")
    log.append("putter resumed")


async def main():
    q = asyncio.Queue(maxsize=2)
    print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait on empty:", type(e).__name__, repr(str(e)))
    q.put_nowait("first")
    q.put_nowait("second")
    print("qsize:", q.qsize(), "full:", q.full())
    try:
        q.put_nowait("overflow")
    except asyncio.QueueFull as e:
        print("put_nowait on full:", type(e).__name__, repr(str(e)))
    t = asyncio.create_task(slow_putter(q))
    await asyncio.sleep(0)
    log.append(f"got {q.get_nowait()}")
    await asyncio.sleep(0)
    await t
    print("log:", log)
    print("rest:", [q.get_nowait(), q.get_nowait()])

    try:
        await asyncio.wait_for(q.get(), timeout=0.02)
    except TimeoutError:
        print("get() on an empty queue waits: timed out")
    print("unbounded maxsize 0 is never full:", asyncio.Queue().full())
    print("exceptions are Exception subclasses:", issubclass(asyncio.QueueFull, Exception), issubclass(asyncio.QueueEmpty, Exception))


asyncio.run(main())
