# The convoy effect: an I/O-bound thread (here: time.sleep(0.001), 200 times) shares the GIL with two
# CPU-bound threads. Each time its sleep ends it must get the GIL back from a spinning thread, which
# under CPython means waiting out the switch interval (5 ms) or more. We measure how much longer than
# 1 ms each sleep really takes.
# Prints: convoy_extra_ms <mean extra milliseconds per sleep>
import threading
import time

SLEEPS = 200
SLEEP_S = 0.001
SPINNERS = 2

stop = False


def spin():
    x = 0
    while not stop:
        x = (x + 1) % 1000


def sleeper(out):
    total = 0.0
    for _ in range(SLEEPS):
        t0 = time.perf_counter()
        time.sleep(SLEEP_S)
        total += time.perf_counter() - t0 - SLEEP_S
    out.append(total / SLEEPS)


spinners = [threading.Thread(target=spin) for _ in range(SPINNERS)]
for t in spinners:
    t.start()
result = []
s = threading.Thread(target=sleeper, args=(result,))
s.start()
s.join()
stop = True
for t in spinners:
    t.join()
print(f"convoy_extra_ms {result[0] * 1000:.3f}")
