# Thread -> event loop -> thread round trip: a plain thread calls loop.call_soon_threadsafe(cb), where cb
# sets a threading.Event that the thread then waits on, 20,000 times (after 5,000 untimed rounds: under
# pygil the thread runs on a fresh worker whose V8 compiles the interpreter loop anew, ~0.1 s of cold
# code that would otherwise be most of what is measured; the timed part is the steady state). Each round
# trip wakes the loop from its idle wait, runs cb on the loop's thread, and wakes the thread again: the
# path that asyncio.to_thread, run_in_executor and run_coroutine_threadsafe take to hand results back.
# Prints: threadsafe_rt_us <mean microseconds per round trip>
import asyncio
import threading
import time

ROUND_TRIPS = 20000
WARMUP = 5000


def client(loop, done):
    ev = threading.Event()
    for i in range(WARMUP + ROUND_TRIPS):
        if i == WARMUP:
            t0 = time.perf_counter()
        ev.clear()
        loop.call_soon_threadsafe(ev.set)
        ev.wait()
    elapsed = time.perf_counter() - t0
    loop.call_soon_threadsafe(done.set_result, elapsed)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    t = threading.Thread(target=client, args=(loop, done))
    t.start()
    elapsed = await done
    t.join()
    return elapsed


elapsed = asyncio.run(main())
print(f"threadsafe_rt_us {elapsed / ROUND_TRIPS * 1e6:.1f}")
