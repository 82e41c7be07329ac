# 8 threads x 20,000 lock-protected increments of a shared counter: the total is exact.
import threading

THREADS = 8
PER_THREAD = 20_000
lock = threading.Lock()
counter = {"n": 0}


def work():
    for _ in range(PER_THREAD):
        with lock:
            counter["n"] += 1


ts = [threading.Thread(target=work) for _ in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("expected:", THREADS * PER_THREAD)
print("counted: ", counter["n"])
print("exact:", counter["n"] == THREADS * PER_THREAD)
print("lock free at the end:", not lock.locked())
