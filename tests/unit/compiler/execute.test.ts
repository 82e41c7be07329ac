// Runs compiled programs on the reference mini VM (mini-vm.ts) and compares their output with
// python3's: checks that control flow, exception-table layouts and scoping behave as CPython's.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../../src/compiler/index.js';
import { runProgram } from './mini-vm.js';
import { pyParse } from './py-ast.js';

function python(src: string): string {
  const script = `
import sys
src = sys.stdin.read()
try:
    exec(compile(src, 'x.py', 'exec'), {'__name__': '__main__'})
except BaseException as e:
    s = str(e)
    print(type(e).__name__ + (': ' + s if s else ''))`;
  const r = spawnSync('python3', ['-c', script], { input: src, encoding: 'utf8' });
  return r.stdout;
}

const PROGRAMS: Record<string, string> = {
  arithmetic_and_loops: `
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    if i == 8:
        break
    total += i
else:
    print('no')
print(total)
n = 0
while n < 5:
    n += 1
else:
    print('while else', n)
`,
  closures_and_defaults: `
def counter(start=10, *, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    return inc
c = counter(step=5)
print(c(), c())
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())
g = 5
def setg():
    global g
    g = 6
setg()
print(g)
print((lambda a, b=2: a * b)(4))
`,
  try_except_finally: `
def f(x):
    try:
        if x == 0:
            raise ValueError('zero')
        if x == 1:
            return 'one'
        r = 10 // (x - 2)
    except ValueError as e:
        print('caught', e)
        return 'v'
    except ZeroDivisionError:
        print('zde')
    else:
        print('else', r)
    finally:
        print('finally', x)
    return 'end'
for x in range(4):
    print(f(x))
def g():
    try:
        return 1
    finally:
        print('g finally')
print(g())
def h():
    try:
        raise KeyError('k')
    finally:
        return 'swallowed'
print(h())
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('fin', i)
    return i
print(loop())
`,
  nested_handlers_and_reraise: `
def f():
    try:
        try:
            raise ValueError('inner')
        except ValueError as e:
            print('handling', e)
            raise
    except ValueError as e2:
        print('outer got', e2)
    try:
        try:
            1 // 0
        except ZeroDivisionError:
            raise KeyError('during')
    except KeyError as e:
        print('key', e)
    try:
        e
    except NameError as ne:
        print('name cleaned up')
def g():
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError:
            pass
        raise
try:
    f()
    g()
except ValueError as e:
    print('reraised the right one:', e)
try:
    raise
except RuntimeError as e:
    print(e)
def ret_in_handler():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                return 'returned ' + str(e)
            continue
print(ret_in_handler())
try:
    raise
except RuntimeError as e:
    print('state restored:', e)
`,
  finally_reraises: `
def f():
    try:
        raise ValueError('x')
    finally:
        print('cleanup')
try:
    f()
except ValueError as e:
    print('after finally', e)
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i == 1:
                break
    return i
print(g())
def h():
    try:
        pass
    finally:
        for j in range(2):
            try:
                return j
            finally:
                continue
    return 'end'
print(h())
`,
  classes: `
class Base:
    kind = 'base'
    def __init__(self, v):
        self.v = v
    def describe(self):
        return self.kind + ':' + str(self.v)
class Child(Base):
    kind = 'child'
    def describe(self):
        return 'C[' + super().describe() + ']'
print(Child(3).describe())
print(Base(1).describe())
class MyErr(Exception):
    pass
try:
    raise MyErr('mine')
except Exception as e:
    print('MyErr', e, isinstance(e, MyErr))
def make():
    y = 7
    class D:
        z = y
        def m(self):
            return y + self.z
    return D
print(make()().m())
class P:
    __secret = 42
    def get(self):
        return self.__secret
print(P().get())
`,
  with_blocks: `
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print('exit', self.name, t is not None)
        return self.suppress
with CM('a') as n, CM('b'):
    print('body', n)
with CM('s', True):
    raise ValueError('suppressed')
print('after suppress')
def f():
    with CM('r'):
        return 'ret'
print(f())
def g():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                break
print(g())
try:
    with CM('x'):
        raise KeyError('out')
except KeyError as e:
    print('propagated', e)
`,
  comprehensions_and_unpacking: `
xs = [1, 2, 3, 4]
print([x * x for x in xs if x % 2 == 0])
print({x: y for x in xs for y in xs if x + 1 == y})
a, *b, c = xs
print(a, b, c)
[p, (q, r)] = [1, (2, 3)]
print(p, q, r)
print([*xs, *b], (*b, 0))
def f(*args, **kw):
    return args, kw
print(f(1, *xs, k=1, **{'z': 2}))
print(f(*xs))
print(xs[1:3], xs[::2], xs[-1])
d = {'a': 1, **{'b': 2}}
d['c'] = 3
print(d)
def n():
    total = 0
    print([total := total + x for x in xs], total)
n()
`,
  boolean_and_compare: `
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 and b or 9, 0 or '', not a)
print(1 if a > b else 2, a in [1, 2], a not in [1], a is None, a is not None)
if a < b < c and not (b > c):
    print('chain ok')
x = 5
x **= 2
x //= 3
print(x, f"{x}-{x!r}-{'s'!r}")
assert x == 8
try:
    assert x == 9, 'bad x'
except AssertionError as e:
    print('assert', e)
`,
  uncaught: `
def f():
    raise ValueError('boom')
print('before')
f()
`,
};

describe('compiled programs run like python3 (mini VM)', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(name, () => {
      const expected = python(src);
      expect(runProgram(compileModule(pyParse(src), 'x.py'))).toBe(expected);
    });
  }
});
