# Producer/consumer with asyncio.Queue: two producers put jobs on a bounded queue (put() waits while it is
# full, which slows a producer down to the consumers' pace), three consumers take them off, "process" them
# (an await standing in for I/O), and mark each one done; queue.join() waits until every job is done, and
# then the consumers are cancelled.
#
# Run it:   npx pygil programs/async_producer_consumer.py
#           python3 programs/async_producer_consumer.py
# stdout holds the results in job order and totals that hold on every run; which consumer handled which
# job, and when, goes to stderr.
import asyncio
import sys
import time

QUEUE_SIZE = 3
JOBS_PER_PRODUCER = 6
CONSUMERS = 3


async def producer(name, queue, stats):
    for n in range(JOBS_PER_PRODUCER):
        job = f"{name}-{n}"
        if queue.full():
            stats["waits"] += 1
        await queue.put(job)  # waits while the queue is full (and only then yields to the other tasks)
        stats["largest"] = max(stats["largest"], queue.qsize())


async def consumer(name, queue, results, start):
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(0.02 if job.endswith(("0", "3")) else 0.01)  # some jobs are slower
            results[job] = (len(job), job.upper())
            print(f"[async_producer_consumer.py] {time.perf_counter() - start:.3f} s: {name} did {job}",
                  file=sys.stderr)
        finally:
            queue.task_done()


async def main():
    start = time.perf_counter()
    queue = asyncio.Queue(maxsize=QUEUE_SIZE)
    results = {}
    consumers = [asyncio.create_task(consumer(f"consumer-{i}", queue, results, start)) for i in range(CONSUMERS)]
    stats = {"waits": 0, "largest": 0}
    await asyncio.gather(producer("a", queue, stats), producer("b", queue, stats))
    # Making a job takes no time here, so the producers fill the queue at once and then wait for room.
    print("producers finished; they had to wait for room:", stats["waits"] > 0)
    print("the queue never held more than maxsize:", stats["largest"] <= QUEUE_SIZE)
    await queue.join()  # every job put has been marked task_done()
    print("queue joined: every job processed:", len(results) == 2 * JOBS_PER_PRODUCER)
    for c in consumers:
        c.cancel()
    outcomes = await asyncio.gather(*consumers, return_exceptions=True)
    print("consumers cancelled:", all(isinstance(o, asyncio.CancelledError) for o in outcomes))
    for job in sorted(results, key=lambda j: (j[0], int(j.split("-")[1]))):
        print(job, "->", results[job])
    elapsed = time.perf_counter() - start
    print(f"[async_producer_consumer.py] {elapsed:.3f} s in all", file=sys.stderr)


asyncio.run(main())
