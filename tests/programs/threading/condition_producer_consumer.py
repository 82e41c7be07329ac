# Condition: a bounded buffer with one producer and two consumers; every item is consumed exactly once.
import threading

CAPACITY = 3
buffer = []
cond = threading.Condition()
consumed = {0: [], 1: []}
done = False


def producer():
    global done
    for i in range(40):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(i)
            cond.notify_all()
    with cond:
        done = True
        cond.notify_all()


def consumer(k):
    while True:
        with cond:
            while not buffer and not done:
                cond.wait()
            if not buffer:
                return
            item = buffer.pop(0)
            cond.notify_all()
        consumed[k].append(item)


threads = [threading.Thread(target=producer)]
threads += [threading.Thread(target=consumer, args=(k,)) for k in (0, 1)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(consumed[0] + consumed[1])
print("all consumed once:", everything == list(range(40)))
print("each consumer in order:", all(c == sorted(c) for c in consumed.values()))
print("buffer empty:", buffer == [])
