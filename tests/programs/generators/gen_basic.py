# Generator functions: laziness, state between yields, exhaustion, multiple independent generators.
def counter(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")
g = counter(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f1, f2 = fib(), fib()
print([next(f1) for _ in range(10)], next(f2), next(f1))
def evens(limit):
    yield from (x for x in range(limit) if x % 2 == 0)
print(list(evens(10)), sum(evens(101)), max(evens(7)))
def empty():
    return
    yield
print(list(empty()))
print(iter(g) is g, hasattr(g, "__next__"))
