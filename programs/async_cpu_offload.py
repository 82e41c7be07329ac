# CPU-bound work from asyncio: a slow pure-Python function run directly in a coroutine freezes the event
# loop (nothing else runs until it returns); handed to a thread with loop.run_in_executor or
# asyncio.to_thread, it leaves the loop free, and a heartbeat task keeps ticking meanwhile. The GIL still
# lets only one thread run Python code at a time, so the threads do not finish the work any sooner:
# they keep the program responsive, they do not make it faster (see programs/parallel_hashing.py and
# programs/io_vs_cpu.py for when threads do speed things up).
#
# Run it:   npx pygil programs/async_cpu_offload.py
#           npx pygil --gil-stats programs/async_cpu_offload.py   (the GIL changing hands between the
#                                                                  loop thread and the workers)
#           python3 programs/async_cpu_offload.py
# stdout holds the results and yes/no answers that hold on every run; timings and tick counts go to stderr.
import asyncio
import concurrent.futures
import sys
import time

LIMIT = 100_000  # count the primes below this, in slices
SLICES = 4
TICK_S = 0.01


def count_primes(lo, hi):
    """Pure-Python CPU work: holds the GIL except when the interpreter switches threads."""
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def slices():
    step = LIMIT // SLICES
    return [(i * step, (i + 1) * step) for i in range(SLICES)]


async def heartbeat(ticks):
    while True:
        ticks.append(time.perf_counter())
        await asyncio.sleep(TICK_S)


async def timed(label, work):
    """Runs work() (a coroutine function) with a heartbeat beside it; returns (result, seconds, ticks)."""
    ticks = []
    beat = asyncio.create_task(heartbeat(ticks))
    await asyncio.sleep(0)  # first tick
    start = time.perf_counter()
    result = await work()
    elapsed = time.perf_counter() - start
    beat.cancel()
    await asyncio.gather(beat, return_exceptions=True)
    print(f"[async_cpu_offload.py] {label}: {elapsed:.3f} s, {len(ticks)} heartbeat ticks", file=sys.stderr)
    return result, elapsed, len(ticks)


async def main():
    loop = asyncio.get_running_loop()

    async def inline():
        return [count_primes(lo, hi) for lo, hi in slices()]  # blocks the loop: no await in between

    async def executor():
        with concurrent.futures.ThreadPoolExecutor(max_workers=SLICES) as pool:
            return await asyncio.gather(*(loop.run_in_executor(pool, count_primes, lo, hi) for lo, hi in slices()))

    async def to_thread():
        return await asyncio.gather(*(asyncio.to_thread(count_primes, lo, hi) for lo, hi in slices()))

    inline_counts, inline_s, inline_ticks = await timed("in the coroutine", inline)
    executor_counts, executor_s, executor_ticks = await timed("run_in_executor", executor)
    thread_counts, thread_s, thread_ticks = await timed("asyncio.to_thread", to_thread)

    print(f"primes below {LIMIT} per slice:", inline_counts, "total:", sum(inline_counts))
    print("run_in_executor gives the same counts:", executor_counts == inline_counts)
    print("asyncio.to_thread gives the same counts:", thread_counts == inline_counts)
    # Run inline, the loop could not tick at all during the work (only the tick before it started).
    print("inline work froze the heartbeat:", inline_ticks <= 1)
    # In threads it kept ticking, though slower than every TICK_S: each tick needs the GIL back from the
    # workers (CPython hands it over after a 5 ms request; 3 ticks is a generous bar either way).
    print("heartbeat kept going during run_in_executor:", executor_ticks >= 3)
    print("heartbeat kept going during to_thread:", thread_ticks >= 3)
    print(f"[async_cpu_offload.py] threads over inline: {executor_s / inline_s:.2f} (run_in_executor), "
          f"{thread_s / inline_s:.2f} (to_thread); no real speed-up, because of the GIL", file=sys.stderr)


asyncio.run(main())
