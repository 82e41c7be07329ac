# A three-stage pipeline (parse -> square -> format) joined by queues; order is kept end to end.
import queue
import threading

DONE = object()
q1 = queue.Queue()
q2 = queue.Queue(maxsize=3)
q3 = queue.Queue(maxsize=3)


def parse():
    while (item := q1.get()) is not DONE:
        q2.put(int(item))
    q2.put(DONE)


def square():
    while (item := q2.get()) is not DONE:
        q3.put(item * item)
    q3.put(DONE)


collected = []


def fmt():
    while (item := q3.get()) is not DONE:
        collected.append(f"{item:>5}")


stages = [threading.Thread(target=f) for f in (parse, square, fmt)]
for s in stages:
    s.start()
for token in "3 1 4 1 5 9 2 6 5 3 5 8 9 7 9".split():
    q1.put(token)
q1.put(DONE)
for s in stages:
    s.join()
print("|".join(collected))
print("count:", len(collected))
