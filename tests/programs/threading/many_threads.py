# 50 threads each append to a shared list under a lock; every value arrives exactly once.
import threading

N = 50
shared = []
lock = threading.Lock()


def add(i):
    for j in range(3):
        with lock:
            shared.append((i, j))


threads = [threading.Thread(target=add, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("length:", len(shared))
print("exactly once:", sorted(shared) == [(i, j) for i in range(N) for j in range(3)])
print("per-thread order kept:", all(
    [j for (ii, j) in shared if ii == i] == [0, 1, 2] for i in range(N)))
print("none alive:", sum(t.is_alive() for t in threads))
print("names unique:", len({t.name for t in threads}) == N)
print("active_count back to 1:", threading.active_count())
