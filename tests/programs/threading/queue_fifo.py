# queue.Queue: producers and consumers hand items over in FIFO order; a sentinel per consumer ends them.
import queue
import threading

q = queue.Queue()
STOP = None
received = {}


def producer(base):
    for i in range(20):
        q.put((base, i))


def consumer(k):
    got = []
    while True:
        item = q.get()
        if item is STOP:
            break
        got.append(item)
    received[k] = got


producers = [threading.Thread(target=producer, args=(b,)) for b in ("a", "b")]
consumers = [threading.Thread(target=consumer, args=(k,)) for k in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(STOP)
for t in consumers:
    t.join()
everything = sorted(x for got in received.values() for x in got)
print("count:", len(everything), "all distinct:", len(set(everything)) == 40)
print("complete:", everything == sorted((b, i) for b in "ab" for i in range(20)))
# FIFO: each consumer sees one producer's items in increasing order.
in_order = True
for got in received.values():
    for b in "ab":
        seq = [i for (bb, i) in got if bb == b]
        in_order = in_order and seq == sorted(seq)
print("per-producer order kept:", in_order)
print("empty at the end:", q.empty(), q.qsize())

# Single-threaded FIFO order is exact.
q2 = queue.Queue()
for x in "hello":
    q2.put(x)
print("".join(q2.get() for _ in range(5)))
