# threading.Lock: acquire/release/locked, with-statement, non-blocking acquire, and misuse errors.
import threading

lock = threading.Lock()
print("locked at start:", lock.locked())
print("acquire:", lock.acquire())
print("locked:", lock.locked())
print("non-blocking while held:", lock.acquire(blocking=False))
print("acquire(False) while held:", lock.acquire(False))
print("timeout=0 while held:", lock.acquire(timeout=0))
lock.release()
print("locked after release:", lock.locked())
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

try:
    with lock:
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, "locked:", lock.locked())

try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

for kwargs in ({"blocking": False, "timeout": 1}, {"timeout": -2}):
    try:
        lock.acquire(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
print("timeout=-1 means forever:", lock.acquire(timeout=-1))
lock.release()
print("Lock is allocate_lock type:", type(lock) is type(threading.Lock()))
