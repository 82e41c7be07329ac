# threading.Thread with target, args, kwargs and name: the target sees exactly what was passed.
import threading

results = {}


def work(key, a, b=0, *rest, scale=1, **extra):
    results[key] = (a, b, rest, scale, sorted(extra.items()))


threads = [
    threading.Thread(target=work, args=("plain", 1)),
    threading.Thread(target=work, args=("both", 2, 3), kwargs={"scale": 10}),
    threading.Thread(target=work, args=("star", 4, 5, 6, 7), kwargs={"z": 1, "y": 2}),
    threading.Thread(target=work, kwargs={"key": "kwonly", "a": 8}, name="named"),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])
print("name kept:", threads[3].name)

# A list passed through args is the same object, not a copy: threads share the heap.
shared = []
t = threading.Thread(target=shared.append, args=(42,))
t.start()
t.join()
print("shared list:", shared)

# args may be any sequence; kwargs=None means no keyword arguments.
t = threading.Thread(target=work, args=["list-args", 9], kwargs=None)
t.start()
t.join()
print("list-args", results["list-args"])

# A thread without a target runs nothing and ends normally.
t = threading.Thread()
t.start()
t.join()
print("no target alive:", t.is_alive())
