# Gathering thread results: by index into a preallocated list, into a dict, and through a subclass attribute;
# printed in a fixed order, never in completion order.
import threading


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


inputs = [27, 97, 871, 6171, 1, 7, 9, 703]
by_index = [None] * len(inputs)


def into_slot(i, n):
    by_index[i] = collatz_steps(n)


ts = [threading.Thread(target=into_slot, args=(i, n)) for i, n in enumerate(inputs)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("by index:", by_index)

by_key = {}
lock = threading.Lock()


def into_dict(n):
    r = collatz_steps(n)
    with lock:
        by_key[n] = r


ts = [threading.Thread(target=into_dict, args=(n,)) for n in inputs]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("by key (sorted):", sorted(by_key.items()))
print("agree:", [by_key[n] for n in inputs] == by_index)


class Job(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.value = None

    def run(self):
        self.value = collatz_steps(self.n)


jobs = [Job(n) for n in inputs]
for j in jobs:
    j.start()
for j in jobs:
    j.join()
print("max steps:", max(jobs, key=lambda j: j.value).n)
