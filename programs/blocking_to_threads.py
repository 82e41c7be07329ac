# Moving a slow blocking call off the main thread: a few worker threads take jobs from one queue, make
# the slow call (here time.sleep stands in for a network request or a database query), and put their
# results on another queue. Meanwhile the main thread keeps doing its own work instead of waiting.
#
# Run it:   npx pygil programs/blocking_to_threads.py
#           python3 programs/blocking_to_threads.py
# stdout shows the results in job order and yes/no answers that hold on every run; the timings and how
# many results had arrived while main was busy go to stderr.
import queue
import sys
import threading
import time

WORKERS = 4
LATENCY_S = 0.05  # how long each "request" blocks
STOP = None


def slow_lookup(word):
    """A blocking call: waits like a request to a server would, then answers."""
    time.sleep(LATENCY_S)
    return word.upper(), len(word)


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is STOP:
            return
        index, word = job
        try:
            results.put((index, slow_lookup(word), None))
        except Exception as e:  # a failed job is reported, not lost
            results.put((index, None, e))


def main_thread_work(chunk):
    """The main thread's own job, done in chunks: counting primes below a bound."""
    lo, hi = chunk
    count = 0
    for n in range(max(lo, 2), hi):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            count += 1
    return count


words = "threads let the main thread keep working while slow calls block elsewhere".split()
jobs = queue.Queue()
results = queue.Queue()
pool = [threading.Thread(target=worker, args=(jobs, results), name=f"worker-{i}") for i in range(WORKERS)]
for t in pool:
    t.start()

start = time.perf_counter()
for job in enumerate(words):
    jobs.put(job)

# The main thread works in chunks and collects whatever results are ready between chunks.
collected = {}
primes = 0
arrived_while_busy = 0
for lo in range(0, 50_000, 5_000):
    primes += main_thread_work((lo, lo + 5_000))
    while True:
        try:
            index, value, error = results.get_nowait()
        except queue.Empty:
            break
        collected[index] = (value, error)
        arrived_while_busy += 1
main_done = time.perf_counter() - start

# Main's own work is finished: now wait for the rest.
while len(collected) < len(words):
    index, value, error = results.get()
    collected[index] = (value, error)
for _ in pool:
    jobs.put(STOP)
for t in pool:
    t.join()
elapsed = time.perf_counter() - start

for index in range(len(words)):
    value, error = collected[index]
    print(index, value if error is None else f"failed: {error!r}")
print("primes below 50000 (main thread's own work):", primes)
blocking_total = LATENCY_S * len(words)
one_by_one = blocking_total + main_done
# One by one, the waits would add up to blocking_total on top of main's work; overlapped, at most a
# fraction of them shows (half is a generous margin: the ideal is a quarter, with 4 workers).
print(f"{len(words)} slow calls overlapped with main's own work:", elapsed < main_done + 0.5 * blocking_total)
print(f"[blocking_to_threads.py] main thread's work took {main_done:.3f} s; {arrived_while_busy} of "
      f"{len(words)} results arrived while it worked", file=sys.stderr)
print(f"[blocking_to_threads.py] total {elapsed:.3f} s; one after the other it would take about "
      f"{blocking_total:.2f} s of waiting + {main_done:.3f} s of work = {one_by_one:.3f} s", file=sys.stderr)
