# LifoQueue pops the newest item; PriorityQueue pops the smallest, whatever thread put it.
import queue
import threading

lifo = queue.LifoQueue()
for x in range(5):
    lifo.put(x)
print("lifo:", [lifo.get() for _ in range(5)])

pq = queue.PriorityQueue()
for item in [(3, "three"), (1, "one"), (4, "four"), (1, "also one"), (5, "five"), (2, "two")]:
    pq.put(item)
print("priority:", [pq.get() for _ in range(6)])

# Items put from several threads come out in priority order once all producers are done.
pq2 = queue.PriorityQueue()


def put_range(start):
    for i in range(start, 60, 3):
        pq2.put(i)


ts = [threading.Thread(target=put_range, args=(s,)) for s in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = [pq2.get() for _ in range(pq2.qsize())]
print("sorted:", out == list(range(60)), out[:5], out[-3:])

# A LifoQueue filled by one thread and drained by another after a join.
stack = queue.LifoQueue(maxsize=10)
t = threading.Thread(target=lambda: [stack.put(c) for c in "abcde"])
t.start()
t.join()
print("drained:", "".join(stack.get_nowait() for _ in range(5)))
print("is Queue subclass:", issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
