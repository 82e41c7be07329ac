# A threading.local subclass: __init__ runs again, with the same arguments, in every thread that touches it.
import threading

init_calls = []
lock = threading.Lock()


class Context(threading.local):
    kind = "class attribute"

    def __init__(self, base):
        with lock:
            init_calls.append(threading.current_thread().name)
        self.base = base
        self.stack = []

    def push(self, x):
        self.stack.append(self.base + x)
        return len(self.stack)


ctx = Context(100)
ctx.push(1)
results = {}


def worker(k):
    for i in range(k + 1):
        ctx.push(i)
    ctx.extra = k
    results[k] = (ctx.base, ctx.stack, ctx.kind, ctx.extra)


threads = [threading.Thread(target=worker, args=(k,), name="w%d" % k) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main stack:", ctx.stack)
print("init ran in:", sorted(init_calls))
try:
    ctx.extra
except AttributeError as e:
    print("AttributeError:", e)


# A thread that never touches the object does not run __init__.
def idle():
    pass


t = threading.Thread(target=idle)
t.start()
t.join()
print("init count:", len(init_calls))

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
