# Task switches: 10,000 tasks each await asyncio.sleep(0) 20 times, so the event loop resumes a task
# 200,000 times (sleep(0) is a bare yield: no timer, straight back onto the ready queue). The time covers
# creating the tasks, every switch and gathering the results.
# Prints: task_switches_per_s <switches per second>
import asyncio
import time

TASKS = 10_000
AWAITS = 20


async def worker():
    for _ in range(AWAITS):
        await asyncio.sleep(0)
    return 1


async def main():
    t0 = time.perf_counter()
    done = await asyncio.gather(*[worker() for _ in range(TASKS)])
    elapsed = time.perf_counter() - t0
    assert sum(done) == TASKS
    return elapsed


elapsed = asyncio.run(main())
print(f"task_switches_per_s {TASKS * AWAITS / elapsed:.0f}")
