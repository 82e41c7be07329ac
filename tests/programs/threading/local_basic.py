# threading.local: each thread sees its own attributes; another thread's values are invisible.
import threading

data = threading.local()
data.value = "main"
seen = {}


def worker(k):
    before = getattr(data, "value", "<unset>")
    data.value = "worker %d" % k
    data.items = [k]
    for _ in range(3):
        data.items.append(len(data.items))
    seen[k] = (before, data.value, data.items)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen):
    print(k, seen[k])
print("main keeps its value:", data.value)
print("main has items:", hasattr(data, "items"))
try:
    data.items
except AttributeError as e:
    print("AttributeError:", e)
del data.value
print("deleted in main:", hasattr(data, "value"))

# Values set in a thread are gone for a new thread, even one started after it ended.
box = threading.local()


def setter():
    box.x = 1


def getter(out):
    out.append(hasattr(box, "x"))


t = threading.Thread(target=setter)
t.start()
t.join()
out = []
t = threading.Thread(target=getter, args=(out,))
t.start()
t.join()
print("new thread sees x:", out)
print("instance of threading.local:", isinstance(box, threading.local))
