# Native work that releases the GIL: sha256 over two 32 MB bytes objects, first one after the other
# in one thread, then in two threads at once. hashlib releases the GIL while it hashes a large input,
# so on 2 cores the two threads should take about half the time. Each way is timed REPEATS times and
# the best time counts (the speed-up is about parallelism, not about this shared machine's noise).
# Prints: hash_speedup <sequential time / parallel time>
import hashlib
import threading
import time

SIZE = 32 << 20
REPEATS = 3

a = b'\x01' * SIZE
b = b'\x02' * SIZE
digests = {}


def digest(key, data):
    digests[key] = hashlib.sha256(data).hexdigest()


def sequential():
    t0 = time.perf_counter()
    digest('a', a)
    digest('b', b)
    return time.perf_counter() - t0


def parallel():
    threads = [threading.Thread(target=digest, args=(k, d)) for k, d in (('pa', a), ('pb', b))]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0


seq = min(sequential() for _ in range(REPEATS))
par = min(parallel() for _ in range(REPEATS))
if digests['a'] != digests['pa'] or digests['b'] != digests['pb']:
    raise SystemExit('digests differ between the sequential and the parallel runs')
print(f"hash_speedup {seq / par:.4f}")
