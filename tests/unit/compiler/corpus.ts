// Python snippets covering the compiled subset; every one must compile under CPython 3.11 too.
export const CORPUS: Record<string, string> = {
  module: `x = 1\ny = x + 2\nprint(x, y)\ndel x\n`,
  docstring: `"""doc"""\nclass C:\n    "cdoc"\n    def m(self):\n        "mdoc"\n        return 1\n`,
  functions: `
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a + b + c + d + e
def g(*, k):
    return k
def h(*args, **kwargs):
    pass
lam = lambda x, y=1: x * y
`,
  closures: `
def outer(n):
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count, n
    return inc, get
def shadow():
    x = 1
    def a():
        def b():
            return x
        return b
    return a
`,
  globals: `
g = 0
def f():
    global g
    g += 1
    return g
def h():
    return len([g])
`,
  classes: `
class A:
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @staticmethod
    def s():
        return 2
class B(A, metaclass=type):
    def get(self):
        return super().get() + __class__.x
class C(*[A]):
    __private = 1
    def m(self):
        return self.__private
def make():
    y = 3
    class D:
        z = y
        def m(self):
            return y
    return D
`,
  classderef: `
def f():
    x = 1
    class C:
        y = x
        x = 2
        def m(self):
            return x
    return C
`,
  decorators: `
def deco(f):
    return f
@deco
@deco
def f():
    pass
@deco
class K:
    pass
`,
  calls: `
f = print
f(1, 2)
f(1, *[2, 3], 4)
f(*(1,))
f(a=1, b=2)
f(1, **{'a': 1})
f(1, *[2], x=3, **{'y': 4}, z=5)
o = []
o.append(1)
o.append(*[2])
o.sort(key=None)
`,
  control: `
for i in range(10):
    if i % 2 == 0:
        continue
    elif i > 7:
        break
    else:
        pass
else:
    print('done')
n = 0
while n < 10:
    n += 1
    if n == 5:
        break
else:
    print('no break')
while True:
    break
x = 1 if n else 2
y = n and x or 3
z = not n
if not (n and x) or (x if y else z):
    pass
`,
  compare: `
a, b, c = 1, 2, 3
r = a < b < c
s = a < b <= c != 4
if a < b < c:
    pass
t = a is None, a is not None, a in [1], a not in [1]
`,
  try_: `
def f(x):
    try:
        x()
    except ValueError:
        return 1
    except (TypeError, KeyError) as e:
        print(e)
        return 2
    except:
        raise
    else:
        return 3
    finally:
        print('finally')
def g():
    try:
        pass
    finally:
        return 4
def h():
    for i in range(3):
        try:
            if i:
                break
            continue
        finally:
            print(i)
def k():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            raise ValueError() from e
        except ValueError:
            pass
def m():
    while True:
        try:
            return 1
        except Exception as e:
            break
        finally:
            pass
def n():
    try:
        pass
    except Exception as e:
        for i in range(2):
            return e
    finally:
        for j in range(2):
            try:
                return j
            finally:
                continue
`,
  with_: `
def f(a, b):
    with a as x, b as (y, z):
        return x
    with a:
        for i in b:
            with b:
                break
    with a:
        try:
            pass
        finally:
            return 2
`,
  assert_: `
def f(x):
    assert x
    assert x > 0, 'positive'
`,
  comprehensions: `
xs = [1, 2, 3]
a = [x * 2 for x in xs if x if x > 0]
b = {x for x in xs}
c = {x: y for x in xs for y in xs if x != y}
d = (x for x in xs)
e = [[y for y in range(x)] for x in xs]
def f(n):
    return [x + n for x in range(n)], (lambda: [n for _ in range(2)])
class C:
    v = [1]
    w = [x for x in v]
`,
  walrus: `
def f(xs):
    if (n := len(xs)) > 2:
        return n
    ys = [y := x for x in xs]
    return y
z = [w := 1 for i in range(2)]
`,
  unpack: `
a, b = 1, 2
a, *b = [1, 2, 3]
*a, b, c = [1, 2, 3]
[a, (b, c)] = [1, (2, 3)]
for x, y in [(1, 2)]:
    pass
t = (*a, 1)
l = [*a, *b]
s = {*a, 1}
d = {'a': 1, **{'b': 2}, 'c': 3}
e = {**{'a': 1}}
`,
  augassign: `
class O:
    pass
o = O()
o.x = 1
o.x += 1
l = [1]
l[0] *= 3
n = 1
n **= 2
n //= 1
n @= n if False else 1
def f():
    m = 1
    m -= 1
    return m
`,
  subscripts: `
l = list(range(10))
a = l[1:2]
b = l[::2]
c = l[1:]
l[2:3] = [7]
del l[0], l[1:2]
d = {}
d[1, 2] = 3
`,
  fstrings: `
x = 3.5
a = f"{x}"
b = f"v={x!r:>{10}} and {x:.2f} {x!s} {x!a}"
c = f"plain"
d = f"{x=}"
`,
  imports: `
import os
import os.path
import os.path as osp
from os import path, sep as separator
from collections import *
def f():
    import sys
    from os import getcwd as cwd
    return sys, cwd
`,
  generators: `
def gen(n):
    for i in range(n):
        x = yield i
        print(x)
    yield from range(3)
    return 5
def lam():
    return lambda: (yield)
`,
  async_: `
async def f(aw, ait, actx):
    x = await aw
    async for i in ait:
        print(i)
    else:
        pass
    async with actx as c:
        return c
async def agen():
    yield 1
    await f(1, 2, 3)
async def comp(ait):
    a = [i async for i in ait]
    b = [await i for i in [1]]
    c = (i async for i in ait)
    return a, b, c
`,
  raise_: `
def f(e):
    raise
def g(e):
    raise e
def h(e):
    raise ValueError('x') from e
`,
  constants: `
a = -1
b = -2.5
c = (1, 2, (3, 'a'), None, True, ...)
d = b'bytes'
e = 1e100
f = [1, 2, 3, 4]
g = (-1, -0.0)
`,
  deletes: `
x = 1
del x
def f():
    y = 1
    del y
    global z
    z = 1
    del z
class A:
    q = 1
    del q
`,
};
