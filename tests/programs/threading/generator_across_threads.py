# A generator started in one thread can be resumed in another (frames live in the shared heap).
import threading


def counter(label):
    total = 0
    while True:
        sent = yield f"{label}:{total}"
        total += sent if sent is not None else 1


gen = counter("g")
print(next(gen))
log = []


def advance(value):
    log.append((threading.current_thread().name, gen.send(value)))


for k in range(4):
    t = threading.Thread(target=advance, args=(k * 10,), name="t%d" % k)
    t.start()
    t.join()  # one thread at a time: a running generator cannot be resumed twice
print(log)
print("back in main:", next(gen))

# A generator made inside a thread, finished by the main thread.
made = []


def maker():
    g = (x * x for x in range(6))
    made.append(next(g))
    made.append(g)


t = threading.Thread(target=maker)
t.start()
t.join()
first, g = made
print("first in thread:", first, "rest in main:", list(g))

# Resuming a generator that another thread is running raises ValueError.
inside = threading.Event()
release = threading.Event()


def slow_gen():
    inside.set()
    release.wait()
    yield "slow done"


sg = slow_gen()
out = []
t = threading.Thread(target=lambda: out.append(next(sg)))
t.start()
inside.wait()
try:
    next(sg)
except ValueError as e:
    print("ValueError:", e)
release.set()
t.join()
print(out)
