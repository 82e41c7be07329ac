# acquire(timeout=...) fails after the timeout when another thread holds the lock, then succeeds once released.
import threading
import time

lock = threading.Lock()
holding = threading.Event()
let_go = threading.Event()


def holder():
    with lock:
        holding.set()
        let_go.wait()


t = threading.Thread(target=holder)
t.start()
holding.wait()
start = time.monotonic()
got = lock.acquire(timeout=0.05)
waited = time.monotonic() - start
print("acquire(timeout=0.05) while held elsewhere:", got)
print("waited about the timeout:", 0.04 <= waited < 0.5)
print("non-blocking:", lock.acquire(blocking=False))
let_go.set()
print("blocking acquire after release:", lock.acquire(timeout=5))
lock.release()
t.join()

# A Lock (unlike an RLock) may be released by a thread that does not hold it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", not lock.locked())
