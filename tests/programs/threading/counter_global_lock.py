# A module-level global updated with `global` under a lock from 4 threads, plus per-thread tallies.
import threading

total = 0
lock = threading.Lock()
tallies = [0] * 4


def work(k):
    global total
    for i in range(5000):
        with lock:
            total += 1
        tallies[k] += 1  # each thread owns its own slot: no lock needed


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", total)
print("tallies:", tallies)
print("consistent:", total == sum(tallies))
