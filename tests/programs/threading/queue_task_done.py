# Queue.task_done/join: join() returns once every item has been marked done; extra task_done() is an error.
import queue
import threading

jobs = queue.Queue()
results = {}
lock = threading.Lock()


def worker():
    while True:
        n = jobs.get()
        try:
            if n is None:
                return
            with lock:
                results[n] = n * n
        finally:
            jobs.task_done()


workers = [threading.Thread(target=worker, daemon=True) for _ in range(3)]
for w in workers:
    w.start()
for n in range(30):
    jobs.put(n)
jobs.join()
print("all processed when join() returned:", len(results) == 30)
print("sum of squares:", sum(results.values()))
print("empty after join:", jobs.empty())
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()
print("workers stopped:", [w.is_alive() for w in workers])
try:
    jobs.task_done()
except ValueError as e:
    print("ValueError:", e)

# join() on a queue with no unfinished tasks returns immediately.
queue.Queue().join()
q = queue.Queue()
q.put(1)
q.get()
q.task_done()
q.join()
print("join after matching task_done: ok")
