# Barrier timeouts: a wait that times out breaks the barrier for everyone waiting on it.
import threading
import time

barrier = threading.Barrier(3, timeout=5)
outcomes = []
lock = threading.Lock()


def partial():
    try:
        barrier.wait()
        r = "passed"
    except threading.BrokenBarrierError:
        r = "broken"
    with lock:
        outcomes.append(r)


t = threading.Thread(target=partial)
t.start()
while barrier.n_waiting < 1:
    time.sleep(0.001)
start = time.monotonic()
try:
    barrier.wait(timeout=0.05)  # only two of three parties ever arrive
    print("passed?!")
except threading.BrokenBarrierError:
    print("timed out: BrokenBarrierError")
print("took about the timeout:", 0.04 <= time.monotonic() - start < 2)
t.join()
print("other waiter:", outcomes)
print("broken:", barrier.broken)
