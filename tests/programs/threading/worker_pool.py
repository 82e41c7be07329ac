# A fixed pool of 4 worker threads taking jobs from one Queue and posting (index, result) to another.
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()
handled = {}
lock = threading.Lock()


def worker():
    name = threading.current_thread().name
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        index, text = job
        results.put((index, text.upper()[::-1]))
        with lock:
            handled[name] = handled.get(name, 0) + 1
        jobs.task_done()


pool = [threading.Thread(target=worker, name="pool-%d" % i) for i in range(4)]
for w in pool:
    w.start()
words = "the quick brown fox jumps over the lazy dog again and again".split()
for i, w in enumerate(words):
    jobs.put((i, w))
jobs.join()
out = sorted(results.get() for _ in range(len(words)))
print([r for _, r in out])
for _ in pool:
    jobs.put(None)
for w in pool:
    w.join()
print("jobs handled:", sum(handled.values()))
print("only pool threads worked:", set(handled) <= {w.name for w in pool})
