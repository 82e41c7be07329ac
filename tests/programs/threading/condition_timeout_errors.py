# Condition.wait(timeout) returns False on timeout and True when notified; misuse raises RuntimeError.
import threading
import time

plain = threading.Lock()
timed = threading.Condition(plain)
with timed:
    start = time.monotonic()
    r = timed.wait(0.05)
    print("wait(0.05) nobody notifies:", r, time.monotonic() - start >= 0.04)
    print("lock held again after timeout:", plain.locked())

cond = threading.Condition()

ready = threading.Event()


def notifier():
    ready.wait()
    with cond:
        cond.notify()


t = threading.Thread(target=notifier)
t.start()
with cond:
    ready.set()  # the notifier needs cond, which we hold until wait() releases it
    print("wait(5) notified:", cond.wait(5))
t.join()

for name in ("wait", "notify", "notify_all"):
    try:
        getattr(cond, name)()
    except RuntimeError as e:
        print(name + ":", e)

# The default lock is an RLock: the holder may take it again.
with cond:
    with cond:
        print("reentrant default lock")
# An explicit Lock is used as given.
with timed:
    print("shared lock held:", plain.locked())
print("released:", plain.locked())
