# Semaphore: a counter of permits; holders park on an Event so the checks do not depend on timing.
import threading

sem = threading.Semaphore(2)
holding = threading.Semaphore(0)
go = threading.Event()


def hold():
    with sem:
        holding.release()
        go.wait()


holders = [threading.Thread(target=hold) for _ in range(2)]
for t in holders:
    t.start()
for _ in holders:
    holding.acquire()
print("third non-blocking:", sem.acquire(blocking=False))
print("third with timeout:", sem.acquire(timeout=0.05))
go.set()
for t in holders:
    t.join()
print("after holders left:", sem.acquire(blocking=False), sem.acquire(blocking=False))
print("exhausted again:", sem.acquire(blocking=False))
sem.release(2)  # release(n) adds n permits at once
print("after release(2):", sem.acquire(False), sem.acquire(False), sem.acquire(False))

# A plain Semaphore may be released above its initial value.
s = threading.Semaphore(0)
s.release()
s.release()
print("grew past initial:", s.acquire(False), s.acquire(False), s.acquire(False))
for bad in (lambda: threading.Semaphore(-1), lambda: s.release(0)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

# At most 3 workers are ever inside the guarded region at once.
limit = threading.Semaphore(3)
guard = threading.Lock()
state = {"inside": 0, "max": 0, "done": 0}


def limited():
    with limit:
        with guard:
            state["inside"] += 1
            state["max"] = max(state["max"], state["inside"])
        for _ in range(2000):
            pass
        with guard:
            state["inside"] -= 1
            state["done"] += 1


ws = [threading.Thread(target=limited) for _ in range(8)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print("done:", state["done"], "max inside <= 3:", 1 <= state["max"] <= 3)
