# asyncio.Queue: producers and consumers, task_done()/join(), and the exact hand-off order with sleep(0).
import asyncio

trace = []


async def producer(q, name, items):
    for item in items:
        await q.put(f"{name}:{item}")
        trace.append(f"put {name}:{item}")
        await asyncio.sleep(0)


async def consumer(q, name, got):
    while True:
        item = await q.get()
        trace.append(f"{name} got {item}")
        got.append(item)
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue()
    got = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", got)) for i in range(2)]
    await asyncio.gather(producer(q, "p", range(3)), producer(q, "r", range(2)))
    await q.join()
    trace.append("joined")
    print("all consumed:", sorted(got))
    print("empty:", q.empty(), "qsize:", q.qsize())
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    try:
        q.task_done()
    except ValueError as e:
        print("extra task_done:", e)
    q.put_nowait("x")
    q.task_done()  # allowed once per put, even without a get
    await asyncio.wait_for(q.join(), timeout=1)
    print("join with unfinished_tasks 0 returns at once")


asyncio.run(main())
for line in trace:
    print(line)
