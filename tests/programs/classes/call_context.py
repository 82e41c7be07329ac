# __call__ makes instances callable; __enter__/__exit__ with exceptions and return values.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), list(map(add5, [0, 10])))
class Timer:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(("exit", et is not None))
        return et is KeyError
t = Timer()
with t as same:
    print(same is t)
with t:
    {}["missing"]
try:
    with t:
        raise IndexError("no")
except IndexError as e:
    print("IndexError escaped:", e)
print(t.log)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
