# The same I/O-bound job done three ways: 10 "downloads" that each wait 0.1 s (time.sleep or
# asyncio.sleep stand in for the network), run one after the other, on 10 threads, and as 10 asyncio tasks.
# Waiting does not need the CPU (and time.sleep releases the GIL), so threads and tasks overlap the waits:
# both take about one download's time instead of ten. Threads do it with OS threads that the GIL takes
# turns on; asyncio with one thread and an event loop that switches at each `await`.
#
# Run it:   npx pygil programs/io_three_ways.py
#           python3 programs/io_three_ways.py
# stdout holds the results and yes/no answers with generous margins (the same on every run); the timings
# go to stderr.
import asyncio
import sys
import threading
import time

URLS = [f"https://example.com/page/{i}" for i in range(10)]
LATENCY_S = 0.1


def fetch(url):
    time.sleep(LATENCY_S)  # a blocking download
    return f"{url.rsplit('/', 1)[1]}:{len(url)}"


async def fetch_async(url):
    await asyncio.sleep(LATENCY_S)  # a non-blocking download: yields to the event loop while it waits
    return f"{url.rsplit('/', 1)[1]}:{len(url)}"


def sequential():
    return [fetch(url) for url in URLS]


def with_threads():
    results = [None] * len(URLS)

    def run(i, url):
        results[i] = fetch(url)

    threads = [threading.Thread(target=run, args=(i, url)) for i, url in enumerate(URLS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def with_asyncio():
    async def main():
        return await asyncio.gather(*(fetch_async(url) for url in URLS))

    return asyncio.run(main())


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


seq_result, seq_s = timed(sequential)
thr_result, thr_s = timed(with_threads)
aio_result, aio_s = timed(with_asyncio)

print("results:", seq_result)
print("threads got the same results:", thr_result == seq_result)
print("asyncio got the same results:", aio_result == seq_result)
print("sequential took at least 10 x 0.1 s:", seq_s >= 10 * LATENCY_S * 0.95)
print("threads overlap (under 0.8 x sequential):", thr_s < 0.8 * seq_s)
print("asyncio overlaps (under 0.8 x sequential):", aio_s < 0.8 * seq_s)
print(f"[io_three_ways.py] sequential {seq_s:.3f} s, threads {thr_s:.3f} s, asyncio {aio_s:.3f} s "
      f"(ideal: {len(URLS) * LATENCY_S:.1f} s, {LATENCY_S:.1f} s, {LATENCY_S:.1f} s)", file=sys.stderr)
