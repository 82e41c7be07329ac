# generator.throw and generator.close: handling inside, finally blocks, GeneratorExit.
def worker():
    try:
        while True:
            try:
                v = yield "ready"
                print("working on", v)
            except ValueError as e:
                print("worker handled", e)
                yield "recovered"
    finally:
        print("worker cleanup")
w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
def not_handled():
    yield 1
    yield 2
g = not_handled()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "done after throw"))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
def bad_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
b = bad_exit()
next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError:", e)
fresh = not_handled()
fresh.close()
print(list(fresh))
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "early"
r = returns_on_throw()
next(r)
try:
    r.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
