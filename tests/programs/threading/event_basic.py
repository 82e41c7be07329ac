# Event: is_set/set/clear, wait with and without timeout, and one set() releasing many waiters.
import threading
import time

e = threading.Event()
print("initial:", e.is_set())
start = time.monotonic()
print("wait(0.05) unset:", e.wait(0.05), time.monotonic() - start >= 0.04)
print("wait(0) unset:", e.wait(0))
e.set()
print("after set:", e.is_set(), e.wait(), e.wait(0), e.wait(1))
e.set()
print("set twice:", e.is_set())
e.clear()
print("after clear:", e.is_set(), e.wait(0.01))

gate = threading.Event()
woke = []
lock = threading.Lock()


def waiter(i):
    r = gate.wait(5)
    with lock:
        woke.append((i, r))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
gate.set()
for t in ts:
    t.join()
print("all woke:", sorted(woke))

# wait(timeout) returns True when another thread sets it before the timeout.
late = threading.Event()
t = threading.Timer(0.02, late.set)
t.start()
print("set by timer in time:", late.wait(5))
t.join()
