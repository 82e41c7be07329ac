# A bounded Queue applies back-pressure: the producer blocks while it is full, so it never holds more than maxsize.
import queue
import threading

q = queue.Queue(maxsize=2)
sizes = []
consumed = []


def producer():
    for i in range(25):
        q.put(i)
        sizes.append(q.qsize())
    q.put(None)


def consumer():
    while (item := q.get()) is not None:
        consumed.append(item)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print("never above maxsize:", max(sizes) <= 2)
print("consumed in order:", consumed == list(range(25)))
