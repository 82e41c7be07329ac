# CPU-bound threads under the GIL: 4 threads each running the same pure-Python loop, against the same
# 4 calls one after the other. With a GIL the threads cannot run at once, so the best case is 1.0;
# anything above is the cost of switching (hand-offs, cache misses, convoys).
# Prints: threaded_over_sequential <threaded wall time / sequential wall time>
import threading
import time

THREADS = 4
ITERATIONS = 300_000


def work(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc + i * 7 + (i >> 3)) % 1_000_003
        i += 1
    return acc


def sequential():
    t0 = time.perf_counter()
    for _ in range(THREADS):
        work(ITERATIONS)
    return time.perf_counter() - t0


def threaded():
    threads = [threading.Thread(target=work, args=(ITERATIONS,)) for _ in range(THREADS)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


work(ITERATIONS // 10)  # warm-up
seq = sequential()
thr = threaded()
print(f"threaded_over_sequential {thr / seq:.4f}")
