# StopIteration carries a value; raising it inside a generator turns into RuntimeError (PEP 479).
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, e.args)
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
e = StopIteration(42)
print(e.value, StopIteration().value)
def wrapper():
    result = yield from g()
    yield f"inner returned {result}"
print(list(wrapper()))
