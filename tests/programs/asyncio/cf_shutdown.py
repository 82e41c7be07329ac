# Executor.shutdown(wait=True) waits for the submitted work; submit after shutdown raises RuntimeError;
# the with-statement shuts down (and waits) on exit.
import concurrent.futures
import time

done = []


def job(n):
    time.sleep(0.02)
    done.append(n)
    return n


pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
futs = [pool.submit(job, i) for i in range(6)]
pool.shutdown(wait=True)
print("after shutdown(wait=True):", sorted(done), all(f.done() for f in futs))
try:
    pool.submit(job, 99)
except RuntimeError as e:
    print("submit after shutdown:", e)
pool.shutdown()  # a second shutdown is harmless

done.clear()
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(job, i) for i in range(4)]
print("after the with block:", sorted(done), all(f.done() for f in futs))

done.clear()
pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
futs = [pool.submit(job, i) for i in range(5)]
pool.shutdown(wait=True, cancel_futures=True)
cancelled = [f.cancelled() for f in futs]
print("cancel_futures: some ran:", len(done) >= 1, "the rest were cancelled:", len(done) + cancelled.count(True) == 5)

try:
    concurrent.futures.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("max_workers=0:", e)
