# Bounded queues: put_nowait on a full queue raises queue.Full, get_nowait on an empty one queue.Empty,
# and timed put/get give up after their timeout.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
print("maxsize:", q.maxsize, "empty:", q.empty(), "full:", q.full())
q.put_nowait("a")
q.put("b", block=False)
print("qsize:", q.qsize(), "full:", q.full())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("queue.Full raised, message:", repr(str(e)))
start = time.monotonic()
try:
    q.put("c", timeout=0.05)
except queue.Full:
    print("put(timeout) Full after waiting:", time.monotonic() - start >= 0.04)
print(q.get_nowait(), q.get(block=False))
try:
    q.get_nowait()
except queue.Empty as e:
    print("queue.Empty raised, message:", repr(str(e)))
start = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("get(timeout=0.05) Empty after waiting:", time.monotonic() - start >= 0.04)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print("Full/Empty are Exceptions:", issubclass(queue.Full, Exception), issubclass(queue.Empty, Exception))

# A blocked put() continues as soon as a consumer makes room.
q.put(1)
q.put(2)
progress = []


def blocked_put():
    q.put(3)
    progress.append("put done")


t = threading.Thread(target=blocked_put)
t.start()
print("first get:", q.get())
t.join()
print(progress, "contents:", [q.get_nowait() for _ in range(q.qsize())])

# A blocked get() continues when an item arrives.
got = []
t = threading.Thread(target=lambda: got.append(q.get(timeout=5)))
t.start()
q.put("late item")
t.join()
print("blocked get received:", got)
print("unbounded:", queue.Queue().maxsize, queue.Queue(0).full())
