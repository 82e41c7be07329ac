# yield from: delegation, return values, send/throw forwarded to the subgenerator, iterables.
def inner():
    x = yield "inner 1"
    print("inner got", x)
    y = yield "inner 2"
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result:", r)
    yield "outer done"
o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], [[5]]], 6])))
def catcher():
    try:
        yield 1
    except KeyError:
        yield "inner caught KeyError"
def delegate():
    yield from catcher()
d = delegate()
next(d)
print(d.throw(KeyError))
def sub(i):
    yield i
    return i * 10
def total(n):
    s = 0
    for i in range(n):
        s += yield from sub(i)
    return s
def collect():
    r = yield from total(3)
    yield r
print(list(collect()))
