# GIL hand-off latency: two threads pass control back and forth through two threading.Event objects.
# A sets e1 and waits for e2 (then clears it); B waits for e1, clears it and sets e2. Every round trip
# is two wake-ups of a blocked thread, each of which must also get the GIL.
# Prints: handoff_us <mean microseconds per round trip>
# The first WARMUP round trips are not timed: under pygil each thread runs on a fresh worker whose V8
# compiles the interpreter loop again (~0.1-0.2 s of cold code), which would otherwise be most of what
# is measured; the timed part is the steady state, for both interpreters.
import threading
import time

ROUND_TRIPS = 20000
WARMUP = 5000

e1 = threading.Event()
e2 = threading.Event()
elapsed = []


def thread_a():
    for i in range(WARMUP + ROUND_TRIPS):
        if i == WARMUP:
            t0 = time.perf_counter()
        e1.set()
        e2.wait()
        e2.clear()
    elapsed.append(time.perf_counter() - t0)


def thread_b():
    for _ in range(WARMUP + ROUND_TRIPS):
        e1.wait()
        e1.clear()
        e2.set()


b = threading.Thread(target=thread_b)
a = threading.Thread(target=thread_a)
b.start()
a.start()
a.join()
b.join()
print(f"handoff_us {elapsed[0] / ROUND_TRIPS * 1e6:.3f}")
