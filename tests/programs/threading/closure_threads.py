# Closures and nonlocal state shared by threads: cells live in the shared heap like everything else.
import threading


def make_counter():
    count = 0
    lock = threading.Lock()

    def bump(n):
        nonlocal count
        for _ in range(n):
            with lock:
                count += 1

    def read():
        return count

    return bump, read


bump, read = make_counter()
ts = [threading.Thread(target=bump, args=(500,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("nonlocal count:", read())

# Each thread gets its own closure over its own loop value (bound through a default/argument).
makers = [(lambda k=k: k * k) for k in range(5)]
out = [None] * 5


def call(i):
    out[i] = makers[i]()


ts = [threading.Thread(target=call, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("closures:", out)

# A class attribute and a module global mutated from threads are seen by main.
class Registry:
    names = []


def register(name):
    Registry.names.append(name)


ts = [threading.Thread(target=register, args=("n%d" % i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("registry:", sorted(Registry.names))
