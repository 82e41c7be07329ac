# join(timeout) on a thread that is still running returns None and leaves it alive; a later join() waits.
import threading
import time

release = threading.Event()
log = []


def parked():
    release.wait()
    log.append("finished")


t = threading.Thread(target=parked)
t.start()
start = time.monotonic()
r = t.join(timeout=0.05)
waited = time.monotonic() - start
print("join(timeout) returned:", r)
print("alive after timed join:", t.is_alive())
print("waited at least ~timeout:", waited >= 0.04)
print("log so far:", log)
r = t.join(0.01)
print("second timed join:", r, t.is_alive())
release.set()
t.join()
print("alive after join:", t.is_alive())
print("log:", log)
# join on a finished thread returns at once, with or without a timeout.
print(t.join(), t.join(0))
