# Generators resumed by for loops inside the eval loop (FRAME_GEN_INLINE): values, exhaustion,
# PEP 479, finally blocks, exceptions, nesting, break and resuming a half-consumed generator.
def g(n):
    for i in range(n):
        yield i * i
print(sum(x for x in g(10)), [x for x in g(5)])
total = 0
for v in g(100000):
    total += v
print(total)
def h():
    yield 1
    raise StopIteration
try:
    for v in h():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def k():
    try:
        yield 1
        yield 2
    finally:
        print("finally k")
for v in k():
    print(v)
def bad():
    yield 1
    1/0
try:
    for v in bad():
        print(v)
except ZeroDivisionError as e:
    print("zde", e)
def nested():
    for a in g(3):
        for b in g(a):
            yield (a, b)
print(list(nested()))
for v in nested():
    if v == (2, 1): break
it = g(5)
for v in it:
    if v > 3: break
print(next(it), list(it))
def rec(n):
    if n:
        yield n
        for x in rec(n - 1):
            yield x
print(list(rec(5)))
