# Barrier.abort(): threads waiting and arriving later get BrokenBarrierError until reset().
import threading
import time

barrier = threading.Barrier(3)
results = []
lock = threading.Lock()
arrived = threading.Semaphore(0)


def waiter(k):
    arrived.release()
    try:
        barrier.wait()
        outcome = "passed"
    except threading.BrokenBarrierError:
        outcome = "broken"
    with lock:
        results.append((k, outcome))


ts = [threading.Thread(target=waiter, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
# Both have arrived; wait until both are actually parked inside wait().
while barrier.n_waiting < 2:
    time.sleep(0.001)
barrier.abort()
for t in ts:
    t.join()
print(sorted(results))
print("broken:", barrier.broken)
try:
    barrier.wait()
except threading.BrokenBarrierError as e:
    print("late arrival:", type(e).__name__, "is RuntimeError:", isinstance(e, RuntimeError))
barrier.reset()
print("after reset broken:", barrier.broken)
results.clear()
ts = [threading.Thread(target=waiter, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
