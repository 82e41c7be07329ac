# threading.Timer: runs its function once after the delay with args/kwargs; cancel() before it fires stops it.
import threading
import time

fired = []
start = time.monotonic()
t = threading.Timer(0.05, lambda *a, **k: fired.append((a, sorted(k.items()), time.monotonic() - start)),
                    args=(1, 2), kwargs={"x": 3})
print("is a Thread:", isinstance(t, threading.Thread), "name:", t.name)
t.start()
t.join()
args, kwargs, delay = fired[0]
print("fired once:", len(fired), args, kwargs)
print("not before the delay:", delay >= 0.045)

cancelled = []
c = threading.Timer(0.05, cancelled.append, args=("should not run",))
c.start()
c.cancel()
c.join()
print("cancelled ran:", cancelled, "alive:", c.is_alive())

# cancel() after it fired is harmless; cancel() before start() also prevents it.
t.cancel()
never = threading.Timer(0.0, cancelled.append, args=("no",))
never.cancel()
never.start()
never.join()
print("cancel before start:", cancelled)

# Several timers fire in order of their delays, not of their start() calls.
order = []
lock = threading.Lock()


def note(tag):
    with lock:
        order.append(tag)


timers = [threading.Timer(d, note, args=(tag,)) for tag, d in (("middle", 0.1), ("early", 0.0), ("late", 0.2))]
for tm in timers:
    tm.start()
for tm in timers:
    tm.join()
print("order:", order)
