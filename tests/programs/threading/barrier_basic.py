# Barrier: every wait() returns a distinct index in 0..n-1, the action runs once per round, and it is reusable.
import threading

N = 4
actions = []
barrier = threading.Barrier(N, action=lambda: actions.append("round done"))
indices = {}
lock = threading.Lock()


def worker(k):
    for r in range(3):
        i = barrier.wait()
        with lock:
            indices.setdefault(r, []).append(i)


print("parties:", barrier.parties, "n_waiting:", barrier.n_waiting, "broken:", barrier.broken)
threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in sorted(indices):
    print("round", r, "indices:", sorted(indices[r]) == list(range(N)))
print("actions:", actions)
print("after:", barrier.n_waiting, barrier.broken)

# Nothing on the other side of the barrier runs before everyone has arrived.
arrived = []
b2 = threading.Barrier(3)
after = []


def phase(k):
    with lock:
        arrived.append(k)
    b2.wait()
    with lock:
        after.append(len(arrived))


ts = [threading.Thread(target=phase, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("everyone saw all arrivals:", after)
