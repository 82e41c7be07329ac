# queue.SimpleQueue: unbounded FIFO with put/get/get_nowait/empty/qsize, used between threads.
import queue
import threading

sq = queue.SimpleQueue()
print("empty:", sq.empty(), "qsize:", sq.qsize())
sq.put(1)
sq.put_nowait(2)
sq.put(3, block=False, timeout=1)
print("qsize:", sq.qsize(), [sq.get(), sq.get_nowait(), sq.get(timeout=1)])
try:
    sq.get_nowait()
except queue.Empty:
    print("get_nowait on empty: queue.Empty")
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print("get(timeout) on empty: queue.Empty")

results = queue.SimpleQueue()


def square(n):
    results.put((n, n * n))


ts = [threading.Thread(target=square, args=(n,)) for n in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = sorted(results.get() for _ in range(10))
print(out)
print("empty again:", results.empty())
