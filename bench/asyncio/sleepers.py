# Concurrent sleepers: 20,000 tasks each await asyncio.sleep(0.2) at the same time. The floor is 0.2 s;
# everything above it is the cost of creating the tasks, pushing and popping 20,000 timers and resuming
# every task.
# Prints: sleepers_total_s <seconds from the first task created to the last one finished>
import asyncio
import time

TASKS = 20_000
DELAY_S = 0.2


async def sleeper():
    await asyncio.sleep(DELAY_S)
    return 1


async def main():
    t0 = time.perf_counter()
    done = await asyncio.gather(*[sleeper() for _ in range(TASKS)])
    elapsed = time.perf_counter() - t0
    assert sum(done) == TASKS
    return elapsed


print(f"sleepers_total_s {asyncio.run(main()):.3f}")
