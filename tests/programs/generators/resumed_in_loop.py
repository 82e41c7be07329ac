# Generators and coroutines that the eval loop resumes without a JS call (FOR_ITER, and SEND for
# `yield from` and `await`): values, return values, send(), throw(), errors crossing the frames,
# StopIteration raised inside, and each generator keeping its own "exception being handled".
import sys


def inner(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("inner done", got)


def middle(n):
    r = yield from inner(n)
    yield ("middle saw", r)
    return "middle done"


def outer(n):
    r = yield from middle(n)
    return r


print(list(outer(3)))
g = outer(3)
print(next(g), g.send("a"), g.send("b"), g.send("c"))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def raiser():
    yield 1
    raise StopIteration("explicit")


def delegating():
    yield from raiser()


for label, make in (("for", raiser), ("yield from", delegating)):
    try:
        for v in make():
            print(label, "got", v)
    except RuntimeError as e:
        print(label, type(e).__name__, e, "| cause:", repr(e.__cause__))


def failing(k):
    yield k
    return 1 // (k - k)


def wrapper():
    try:
        yield from failing(5)
    except ZeroDivisionError as e:
        print("caught in wrapper:", e)
        yield "recovered"


print(list(wrapper()))
try:
    for v in failing(2):
        pass
except ZeroDivisionError as e:
    print("caught in loop:", e)


def keeps_own_exception():
    try:
        raise KeyError("gen's own")
    except KeyError:
        yield "in handler"
        print("  resumed, handling:", repr(sys.exc_info()[1]))
        yield "still in handler"
    # With no exception of its own, the generator sees its resumer's.
    print("  after handler:", sys.exc_info()[1])
    try:
        raise
    except Exception as e:
        print("  bare raise re-raised:", repr(e))
    try:
        raise LookupError("new")
    except LookupError as e:
        print("  implicit context:", repr(e.__context__))
    yield "done"


def consumer():
    try:
        raise ValueError("caller's")
    except ValueError:
        for v in keeps_own_exception():
            print(v, "| caller handling:", repr(sys.exc_info()[1]))
    print("caller after:", sys.exc_info()[1])


consumer()


def via_yield_from():
    yield from keeps_own_exception()


try:
    raise TypeError("outer")
except TypeError:
    for v in via_yield_from():
        print(v, "| caller handling:", repr(sys.exc_info()[1]))


def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def feeder():
    c = counter()
    result = yield from c
    return result


f = feeder()
next(f)
for k in (1, 2, 3):
    print("running total", f.send(k))
try:
    f.send(None)
except StopIteration as e:
    print("final", e.value)

t = feeder()
next(t)
try:
    t.throw(IndexError("thrown in"))
except IndexError as e:
    print("throw came back:", e)


def busy():
    yield from busy_inner()


def busy_inner():
    yield 1
    yield from busy()


b = busy()
next(b)
try:
    next(b)
except ValueError as e:
    print("ValueError:", e)


class Awaitable:
    def __await__(self):
        x = yield "from awaitable"
        return x * 2


async def leaf(v):
    got = await Awaitable()
    return v + got


async def node(v):
    a = await leaf(v)
    b = await leaf(a)
    return a, b


async def stopper():
    raise StopIteration("in coroutine")


async def awaits_stopper():
    return await stopper()


co = node(1)
print(co.send(None))
print(co.send(10))
try:
    co.send(100)
except StopIteration as e:
    print("coroutine returned", e.value)

co = awaits_stopper()
try:
    co.send(None)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))

co = node(1)
co.send(None)
try:
    co.throw(KeyError("into the await chain"))
except KeyError as e:
    print("KeyError out of the chain:", e)
try:
    co.send(None)
except RuntimeError as e:
    print(e)

spent = leaf(0)
try:
    spent.send(None)
    spent.send(1)
except StopIteration as e:
    print("leaf", e.value)


async def reuse():
    return await spent


try:
    reuse().send(None)
except RuntimeError as e:
    print(e)


def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    return r + 1


d = deep(200)
print(next(d))
try:
    next(d)
except StopIteration as e:
    print("depth", e.value)


def plain_gen():
    yield sys.exc_info()[1]


def helper():
    return sys.exc_info()[1]


def calls_helper():
    yield helper()


async def coro_sees():
    return sys.exc_info()[1]


try:
    raise OSError("resumer's")
except OSError:
    print("next():", repr(next(plain_gen())), "| helper:", repr(next(calls_helper())))
    c = coro_sees()
    try:
        c.send(None)
    except StopIteration as e:
        print("coroutine:", repr(e.value))
print("outside:", next(plain_gen()))
