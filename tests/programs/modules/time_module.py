# time: only booleans, since timings differ between runs.
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
n0 = time.time_ns()
time.sleep(0.01)
print(t0 > 1_600_000_000, isinstance(t0, float), isinstance(n0, int), n0 > 1_600_000_000 * 10 ** 9)
print(time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0, time.time() >= t0)
print(abs(n0 / 1e9 - t0) < 5, time.sleep(0) is None)
