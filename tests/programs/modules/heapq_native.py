# heapq through its native half (_heapq, as CPython's C accelerator): order, the max-heap helpers that
# merge/nlargest use, rich comparisons with __lt__, errors, and a comparison that mutates the heap.
import heapq
import random

random.seed(7)
data = [random.randint(-50, 50) for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(len(h))] == sorted(data))

h = data[:]
heapq.heapify(h)
print(h[0] == min(data), all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
print(heapq.heapreplace(h, 1000), heapq.heappushpop(h, -1000), heapq.heappushpop(h, 3), len(h))
print(heapq.heappushpop([], 5))
print(heapq.nlargest(5, data), heapq.nsmallest(5, data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(heapq.nlargest(3, ["bb", "a", "ccc", "dddd"], key=len))

mixed = [3.5, 1, 2.25, True, -0.5]
heapq.heapify(mixed)
print([heapq.heappop(mixed) for _ in range(5)])

pairs = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])


class Job:
    compared = 0

    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        Job.compared += 1
        return self.pri < other.pri

    def __repr__(self):
        return f"Job({self.pri}, {self.name!r})"


jobs = []
for i, p in enumerate([5, 3, 8, 1, 9, 2]):
    heapq.heappush(jobs, Job(p, f"j{i}"))
print([heapq.heappop(jobs) for _ in range(6)], Job.compared > 0)

for bad in (None, (1, 2), "abc", {1: 2}):
    try:
        heapq.heappush(bad, 1)
    except TypeError as e:
        print("TypeError:", e)
for fn in (heapq.heappop, heapq.heapify):
    try:
        fn(42)
    except TypeError as e:
        print("TypeError:", e)
for fn, args in ((heapq.heappop, ([],)), (heapq.heapreplace, ([], 1))):
    try:
        fn(*args)
    except IndexError as e:
        print("IndexError:", e)
try:
    heapq.heappush([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
try:
    h = [1, 2, 3]
    heapq.heappush(h, "x")
except TypeError as e:
    print("TypeError:", e, h)


class Grower:
    def __init__(self, heap, v):
        self.heap = heap
        self.v = v

    def __lt__(self, other):
        self.heap.append(Grower(self.heap, 0))
        return self.v < other.v


h = []
h.append(Grower(h, 5))
try:
    heapq.heappush(h, Grower(h, 1))
except RuntimeError as e:
    print("RuntimeError:", e)


class Boom:
    def __lt__(self, other):
        raise ValueError("no order")


try:
    heapq.heapify([Boom(), Boom(), Boom()])
except ValueError as e:
    print("ValueError:", e)


class MyList(list):
    pass


ml = MyList([5, 1, 4])
heapq.heapify(ml)
print(type(ml).__name__, heapq.heappop(ml), ml)
