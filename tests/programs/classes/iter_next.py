# __iter__ / __next__ iterator protocol: for loops, list(), next(), StopIteration and re-iteration.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in Countdown(3):
    print("got", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(0, self.n * 2, 2))
r = Range2(4)
print(list(r), list(r), sum(r), 4 in r, sorted(r, reverse=True))
a, b, *c = Range2(5)
print(a, b, c, dict(zip(Range2(3), "abc")))
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(Seq()), [x for x in Seq()])
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
