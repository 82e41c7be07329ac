# Development check for pygil's Python-source standard library (lib/): runs under CPython,
# loads lib/*.py under private names (pg_*) and compares a battery of behaviours with the real modules.
# Usage: python3 tests/lib/check_lib.py [-v]

import importlib.util
import os
import re
import sys
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(ROOT, 'lib')
sys.path.append(LIB)        # only for modules CPython lacks (e.g. _pysha512)

VERBOSE = '-v' in sys.argv


def load(name, path, deps=None):
    """Import the file at path as module `name`, with sys.modules[k] = v for deps while it runs."""
    deps = deps or {}
    saved = {k: sys.modules.get(k) for k in deps}
    sys.modules.update(deps)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    return mod


pg__random = load('pg__random', os.path.join(HERE, '_random.py'))
pg_collections = load('pg_collections', os.path.join(LIB, 'collections.py'))
pg_functools = load('pg_functools', os.path.join(LIB, 'functools.py'),
                    {'collections': pg_collections})
pg_itertools = load('pg_itertools', os.path.join(LIB, 'itertools.py'))
pg_operator = load('pg_operator', os.path.join(LIB, 'operator.py'))
pg_string = load('pg_string', os.path.join(LIB, 'string.py'))
pg_heapq = load('pg_heapq', os.path.join(LIB, 'heapq.py'))
pg_bisect = load('pg_bisect', os.path.join(LIB, 'bisect.py'))
pg_random = load('pg_random', os.path.join(LIB, 'random.py'), {'_random': pg__random})

import collections, functools, itertools, operator, string, heapq, bisect, random, _random  # noqa: E402

REAL = dict(collections=collections, functools=functools, itertools=itertools,
            operator=operator, string=string, heapq=heapq, bisect=bisect, random=random)
MINE = dict(collections=pg_collections, functools=pg_functools, itertools=pg_itertools,
            operator=pg_operator, string=pg_string, heapq=pg_heapq, bisect=pg_bisect,
            random=pg_random)


def normalize(s):
    s = re.sub(r' at 0x[0-9a-f]+', ' at 0x?', s)
    s = s.replace('pg_', '')
    return s


def run_snippet(code, mods):
    out = []

    def p(*args):
        out.append(' '.join(normalize(a if isinstance(a, str) else repr(a)) for a in args))

    ns = dict(mods)
    ns['p'] = p
    ns['__name__'] = '__main__'
    try:
        exec(code, ns)
    except BaseException as e:  # noqa: BLE001 - we compare whatever happens
        out.append('EXC %s: %s' % (type(e).__name__, normalize(str(e))))
    return out


SNIPPETS = []


def case(code):
    SNIPPETS.append(code.strip('\n'))


# ---------------------------------------------------------------- deque
case('''
from collections import deque
d = deque([1, 2, 3])
p(d, len(d), d[0], d[-1], 2 in d, 5 in d)
d.append(4); d.appendleft(0); p(d)
p(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft([9, 8]); p(d)
d.rotate(2); p(d); d.rotate(-3); p(d); d.rotate(0); p(d); d.rotate(100); p(d)
p(list(reversed(d)), list(d))
d.clear(); p(d, bool(d), len(d))
''')
case('''
from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
p(d, d.maxlen)
d.appendleft(-1); p(d)
d.extend([7, 8]); p(d)
d.extendleft([10, 11, 12, 13]); p(d)
p(deque([1], maxlen=0), deque('abc', 2))
z = deque(maxlen=0); z.append(1); z.appendleft(2); p(z)
''')
case('''
from collections import deque
d = deque()
try:
    d.pop()
except IndexError as e:
    p('IndexError', e)
try:
    d.popleft()
except IndexError as e:
    p('IndexError', e)
try:
    d[0]
except IndexError as e:
    p('IndexError', e)
d.append(1)
d[0] = 5; p(d); p(d[-1])
try:
    d[1] = 2
except IndexError as e:
    p('IndexError', e)
try:
    d['x']
except TypeError as e:
    p('TypeError', e)
try:
    deque(maxlen=-1)
except ValueError as e:
    p('ValueError', e)
''')
case('''
from collections import deque
d = deque(range(10))
p(d.count(3), d.index(4), d.index(4, 2, 8))
try:
    d.index(42)
except ValueError as e:
    p('ValueError', e)
d.remove(5); p(d)
try:
    d.remove(42)
except ValueError as e:
    p('ValueError', e)
d.insert(2, 'x'); p(d); d.insert(-1, 'y'); p(d); d.insert(100, 'z'); p(d)
del d[0]; del d[-1]; p(d)
d.reverse(); p(d)
p(d == deque(d), d == list(d), d != deque(), deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
p(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]))
e = deque([1]); e += [2, 3]; p(e); e *= 2; p(e)
try:
    deque([1]) + [2]
except TypeError as e:
    p('TypeError', e)
try:
    hash(deque())
except TypeError as e:
    p('TypeError', e)
b = deque([1, 2, 3], maxlen=3)
try:
    b.insert(0, 0)
except IndexError as e:
    p('IndexError', e)
p(b.copy(), type(b.copy()).__name__, deque(b))
''')
case('''
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    p('RuntimeError', e)
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.appendleft(-i)
    if i % 2 == 0:
        q.popleft()
p(len(q), list(q)[:5], list(q)[-5:], q[100], q[-100])
total = 0
while q:
    total += q.popleft()
    if q:
        total -= q.pop()
p(total)
r = deque(); r.append(r); p(r)
class D(deque):
    pass
p(D([1, 2]), D([1], 4))
''')
# ---------------------------------------------------------------- defaultdict
case('''
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1); d['b']; d['a'].append(2)
p(d, d['a'], dict(d), len(d), d.default_factory)
p(isinstance(d, dict), type(d).__name__)
i = defaultdict(int)
for w in 'the cat the dog the end'.split():
    i[w] += 1
p(i, sorted(i.items()))
n = defaultdict(None, {'x': 1}); p(n)
try:
    n['y']
except KeyError as e:
    p('KeyError', e)
p(defaultdict(lambda: 7, a=1)['z'] + 0)
try:
    defaultdict(5)
except TypeError as e:
    p('TypeError', e)
c = i.copy(); p(type(c).__name__, c == i, c.default_factory)
p(d.get('zz'), 'zz' in d)
s = defaultdict(set); s[1].add(2); p(s)
u = defaultdict(int, {'a': 1}) | {'b': 2}; p(u)
v = {'b': 2} | defaultdict(int, {'a': 1}); p(v)
nd = defaultdict(lambda: defaultdict(int)); nd['x']['y'] += 1; p(nd['x'])
''')
# ---------------------------------------------------------------- Counter
case('''
from collections import Counter
c = Counter('abracadabra')
p(c, c['a'], c['z'], c.most_common(), c.most_common(2), c.most_common(0), c.total())
p(sorted(c.elements()), list(c.elements()))
c.update('aaz'); p(c)
c.update({'q': 3}); p(c)
c.subtract('aaaaaaa'); p(c)
c.subtract(b=10); p(c)
p(+c, -c)
p(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3, b=1) - Counter(a=1, b=4))
p(Counter(a=3, b=1) & Counter(a=1, b=4), Counter(a=3, b=1) | Counter(a=1, b=4))
p(Counter(), Counter({'x': 2, 'y': 2, 'z': 5}), Counter(['b', 'a', 'b', 'a', 'c']))
del c['a']; del c['nope']; p(c)
p(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
p(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
x = Counter(a=2, b=-1); x += Counter(b=1, c=3); p(x)
x -= Counter(a=5); p(x)
x |= Counter(z=4); p(x); x &= Counter(z=1, c=10); p(x)
p(type(Counter('ab').copy()).__name__, isinstance(Counter(), dict))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    p('NotImplementedError', e)
words = 'the quick brown fox jumps over the lazy dog the end fox'.split()
p(Counter(words).most_common(3))
p(Counter({'a': 1, 'b': 3, 'c': 3, 'd': 1, 'e': 2}).most_common())
p(sorted(Counter('mississippi').items()))
p(Counter('hello') + Counter())
''')
# ---------------------------------------------------------------- OrderedDict
case('''
from collections import OrderedDict
o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
p(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
p(o.keys(), o.values(), o.items())
o.move_to_end('b'); p(o)
o.move_to_end('c', last=False); p(o)
p(o.popitem(), o.popitem(last=False), o)
try:
    o.move_to_end('zz')
except KeyError as e:
    p('KeyError', e)
p(OrderedDict(), OrderedDict([('x', 1), ('y', 2)]), OrderedDict(a=1))
a = OrderedDict([('x', 1), ('y', 2)]); b = OrderedDict([('y', 2), ('x', 1)])
p(a == b, a != b, a == dict(b), dict(b) == a, a == OrderedDict(a))
try:
    OrderedDict().popitem()
except KeyError as e:
    p('KeyError', e)
p(OrderedDict.fromkeys('abc', 0), list(reversed(a)), a.copy(), type(a.copy()).__name__)
a.update(z=3); a.setdefault('w', 4); p(a, a.pop('x'), a)
p(a | {'q': 1}, type(a | {'q': 1}).__name__)
p('y' in a, len(a), a.get('y'), isinstance(a, dict))
p(a.keys() & {'y', 'nope'}, 'y' in a.keys(), ('y', 2) in a.items())
''')
# ---------------------------------------------------------------- namedtuple
case('''
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
pt = Point(1, y=2)
p(pt, pt.x, pt.y, pt[0], pt[-1], len(pt), tuple(pt), Point._fields, pt._asdict())
x, y = pt; p(x + y)
p(pt._replace(x=10), Point._make([3, 4]), pt == (1, 2), isinstance(pt, tuple), hash(pt) == hash((1, 2)))
p(Point.__name__, type(pt).__name__, Point.__doc__, repr(Point))
P3 = namedtuple('P3', 'a b c', defaults=[5, 6])
p(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults, P3(c=0, a=9))
p(namedtuple('T', 'a, b')(1, 2), namedtuple('E', '')())
p(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
p(pt + (3,), pt * 2, pt[:1], max(Point(5, 0)))
p(Point(1, [2]))
R = namedtuple('R', ['abc', 'def', 'abc', '_x'], rename=True); p(R._fields)
''')
case('''
from collections import namedtuple
Point = namedtuple('Point', 'x y')
for args, kw in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1, 2), {'z': 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        p('TypeError', e)
P3 = namedtuple('P3', 'a b c', defaults=[5])
for args in [(), (1, 2, 3, 4), (1,)]:
    try:
        P3(*args)
    except TypeError as e:
        p('TypeError', e)
try:
    namedtuple('E', '')(1)
except TypeError as e:
    p('TypeError', e)
try:
    namedtuple('Q', 'a b c d')()
except TypeError as e:
    p('TypeError', e)
for names in ['a a', 'a _b', 'a def', 'a 1x', 'a b-c']:
    try:
        namedtuple('Z', names)
    except ValueError as e:
        p('ValueError', e)
try:
    namedtuple('Z', 'a', defaults=[1, 2])
except TypeError as e:
    p('TypeError', e)
try:
    Point._make([1])
except TypeError as e:
    p('TypeError', e)
try:
    Point(1, 2)._replace(z=1)
except ValueError as e:
    p('ValueError', e)
try:
    Point(1, 2).x = 5
except AttributeError as e:
    p('AttributeError')
''')
# ---------------------------------------------------------------- ChainMap
case('''
from collections import ChainMap
c = ChainMap({'a': 1}, {'a': 2, 'b': 3})
p(c['a'], c['b'], len(c), sorted(c), c.get('z', 0), 'b' in c, c)
c['z'] = 9; p(c.maps[0], dict(c))
n = c.new_child(); n['a'] = 100; p(n['a'], c['a'], n.parents)
''')
# ---------------------------------------------------------------- functools
case('''
from functools import reduce, partial
import operator
p(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
p(reduce(lambda acc, x: acc + [x * 2], [1, 2], []), reduce(max, [3, 9, 2]))
for args in [(operator.add, []), (operator.add, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        p('TypeError', e)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
g = partial(f, 1)
p(g(2), g(2, 5), g(2, d=9), g.args, g.keywords, g.func is f)
h = partial(g, 2, d=0); p(h(), h.args, h.keywords, h.func is f)
k = partial(f, c=7, d=8); p(k(1, 2), k(1, 2, c=0))
p(repr(partial(f, 1, d=2)).startswith('functools.partial(<function f at'))
p(partial(int, base=2)('101'))
try:
    partial(5)
except TypeError as e:
    p('TypeError', e)
''')
case('''
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k) * 2
    return wrapper
@deco
def add(a, b):
    """Add two things."""
    return a + b
add.extra = 1
p(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(1, 2), add.__qualname__, add.__module__)
def inner(): pass
inner.tag = 'x'
def outer(): pass
functools.update_wrapper(outer, inner)
p(outer.__name__, outer.tag, outer.__wrapped__ is inner)
''')
case('''
import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 1, 3, 2, 1, 1, 4, 3]:
    sq(v)
p(calls, sq.cache_info())
sq.cache_clear(); p(sq.cache_info())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
p(fib(60), fib.cache_info(), fib.__name__)
@functools.lru_cache()
def ident(*a, **k):
    return (a, k)
ident(1); ident(1.0); ident(1, x=2); ident(1, x=2); ident(True)
p(ident.cache_info(), ident(1.0))
@functools.lru_cache(maxsize=None)
def u(x):
    return x
for i in range(5): u(i % 3)
p(u.cache_info())
@functools.lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1); p(z.cache_info())
@functools.lru_cache(typed=True)
def t(x):
    return type(x).__name__
p(t(1), t(1.0), t.cache_info())
@functools.cache
def c(x):
    return x + 1
c(1); c(1); c(2); p(c.cache_info(), c(1))
ci = c.cache_info(); p(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci._fields, type(ci).__name__)
try:
    functools.lru_cache('x')
except TypeError as e:
    p('TypeError', e)
try:
    c([1])
except TypeError as e:
    p('TypeError', e)
class A:
    @functools.lru_cache(maxsize=4)
    def m(self, x):
        return x * 3
a = A(); p(a.m(2), a.m(2), A.m.cache_info())
@functools.lru_cache(maxsize=3)
def e(x):
    return x
order = [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 2]
for v in order: e(v)
p(e.cache_info())
''')
case('''
import functools
def cmp(a, b):
    return (a > b) - (a < b)
p(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted('bca', key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
K = functools.cmp_to_key(cmp)
p(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(0), K(1) >= K(5))
try:
    hash(K(1))
except TypeError as e:
    p('TypeError')
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
p(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2), V.__gt__.__name__)
@functools.total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
p(G(1) < G(2), G(1) > G(2), G(2) <= G(2), sorted([G(3), G(1)])[0].v)
try:
    @functools.total_ordering
    class N:
        pass
except ValueError as e:
    p('ValueError', e)
''')
# ---------------------------------------------------------------- itertools
case('''
import itertools as it
p(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 3), 3)), list(it.islice(it.count(0.5, 0.25), 3)))
p(it.count(), it.count(5), it.count(1, 2), it.count(1.5), it.count(0, 1.0))
c = it.count(3); next(c); p(c)
p(list(it.islice(it.cycle('ab'), 5)), list(it.cycle([])))
p(list(it.repeat('x', 3)), list(it.repeat(1, -1)), it.repeat(2), it.repeat(2, 5), list(it.islice(it.repeat(0), 2)))
r = it.repeat('a', 2); next(r); p(r)
p(list(it.chain('ab', [1, 2], ())), list(it.chain.from_iterable(['xy', 'z'])), list(it.chain()))
p(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 4)), list(it.islice('abcdefg', 2, None)),
  list(it.islice('abcdefg', 0, None, 2)), list(it.islice('abcdefg', None)), list(it.islice('abcdefg', 1, 100, 3)),
  list(it.islice('abc', 5, 2)), list(it.islice('abcdefg', None, None, None)))
src = iter(range(10)); p(list(it.islice(src, 2, 5)), next(src))
src = iter(range(10)); p(list(it.islice(src, 1, 6, 2)), next(src))
src = iter(range(10)); p(list(it.islice(src, 4, 2)), next(src))
for args in [(-1,), ('a',), (1, -1), (-2, 3), (1, 2, 0), (1, 2, -1), (None, None, 'x'), (1.5,), (0, 2, 1.5)]:
    try:
        it.islice('abc', *args)
    except (ValueError, TypeError) as e:
        p(type(e).__name__, e)
try:
    it.islice('abc')
except TypeError as e:
    p('TypeError', e)
''')
case('''
import itertools as it
p(list(it.product('ab', range(2))), list(it.product([1, 2], repeat=2)), list(it.product()), list(it.product('ab', [])))
p(list(it.product('ab', repeat=0)))
p(list(it.permutations('abc')), list(it.permutations(range(4), 2)), list(it.permutations('ab', 3)), list(it.permutations('ab', 0)))
p(list(it.combinations('abcd', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
p(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)), list(it.combinations_with_replacement('', 0)))
p(len(list(it.permutations(range(6)))), list(it.permutations(range(5)))[37], list(it.combinations(range(10), 4))[100])
for f, args in [(it.combinations, ('abc', -1)), (it.permutations, ('abc', -1)), (it.combinations_with_replacement, ('a', -2)),
                (it.product, ('ab',)), (it.permutations, ('abc', 'x'))]:
    try:
        if f is it.product:
            f('ab', repeat=-1)
        else:
            f(*args)
    except (ValueError, TypeError) as e:
        p(type(e).__name__, e)
''')
case('''
import itertools as it, operator
p(list(it.zip_longest('abc', [1])), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()))
p(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=100)),
  list(it.accumulate([])), list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')))
p([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby('aabbc')); p([(k, list(g)) for k, g in groups])
g = it.groupby('aaabbb'); k1, g1 = next(g); p(k1, next(g1)); k2, g2 = next(g); p(k2, list(g1), list(g2))
p(list(it.groupby([])))
p(list(it.starmap(pow, [(2, 5), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])),
  list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(lambda x: x % 2, range(6))), list(it.filterfalse(None, [0, 1, '', 'a'])))
p(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.compress('abc', [1])), list(it.pairwise('abcd')), list(it.pairwise('a')))
a, b = it.tee(iter([1, 2, 3])); p(next(a), list(b), list(a))
x, y, z = it.tee('ab', 3); p(list(x), list(y), list(z), it.tee('a', 0))
a, b = it.tee(range(3)); c, d = it.tee(a); p(list(c), list(d), list(b))
try:
    it.tee('a', -1)
except ValueError as e:
    p('ValueError', e)
for bad in [lambda: it.count('a'), lambda: it.chain(1).__next__(), lambda: it.product(1), lambda: it.zip_longest(1), lambda: list(it.starmap(pow, [1]))]:
    try:
        bad()
    except TypeError as e:
        p('TypeError', e)
p(sum(1 for _ in it.combinations(range(12), 5)), list(it.islice(it.product(range(3), repeat=3), 5, 8)))
''')
# ---------------------------------------------------------------- operator
case('''
import operator as o
p(o.add(1, 2), o.sub(5, 3), o.mul(3, 4), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.neg(3), o.pos(-3), o.abs(-4))
p(o.not_(0), o.truth([]), o.eq(1, 1), o.ne(1, 2), o.lt(1, 2), o.le(2, 2), o.gt(1, 2), o.ge(3, 2))
p(o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.invert(5), o.inv(0), o.lshift(1, 5), o.rshift(64, 2))
p(o.contains([1, 2], 2), o.getitem('abc', 1), o.concat([1], [2]), o.is_(None, None), o.is_not(1, None), o.index(7), o.countOf([1, 1, 2], 1), o.indexOf('abc', 'c'))
l = [1, 2, 3]; o.setitem(l, 0, 9); o.delitem(l, 1); p(l)
p(o.itemgetter(1)('abc'), o.itemgetter(0, 2)('abc'), o.itemgetter('k')({'k': 5}), o.itemgetter(slice(1, None))([1, 2, 3]))
class A: pass
a = A(); a.b = A(); a.b.c = 42; a.x = 1
p(o.attrgetter('x')(a), o.attrgetter('b.c')(a), o.attrgetter('x', 'b.c')(a))
p(o.methodcaller('upper')('ab'), o.methodcaller('split', ',')('a,b'), o.methodcaller('replace', 'a', 'b')('aa'), o.methodcaller('get', 'k', default=0) if False else 1)
p(o.itemgetter(1), o.itemgetter(1, 'a'), o.attrgetter('a.b'), o.attrgetter('a', 'b'), o.methodcaller('f', 1, k=2))
p(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=o.itemgetter(0)), sorted(['bb', 'a', 'ccc'], key=len))
for bad in [lambda: o.itemgetter(), lambda: o.attrgetter(1), lambda: o.methodcaller(1), lambda: o.concat(1, 2), lambda: o.index(1.5)]:
    try:
        bad()
    except TypeError as e:
        p('TypeError', e)
try:
    o.attrgetter('nope')(a)
except AttributeError as e:
    p('AttributeError', e)
x = [1]; p(o.iadd(x, [2]), x, o.isub(5, 2), o.imul('a', 3), o.ior(1, 2))
''')
# ---------------------------------------------------------------- string
case('''
import string as s
p(s.ascii_letters, s.ascii_lowercase, s.ascii_uppercase, s.digits, s.hexdigits, s.octdigits)
p(s.punctuation, s.whitespace, s.printable)
p(s.capwords('  hello   world  foo'), s.capwords('a-b-c', '-'), s.capwords(''), s.capwords('hELLO wORLD'))
''')
# ---------------------------------------------------------------- heapq / bisect
case('''
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
p(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0, 3]; heapq.heapify(l); p(l)
p(heapq.heappushpop(l, 2), heapq.heapreplace(l, 10), l)
p(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, 'hello'), heapq.nlargest(2, ['a', 'bbb', 'cc'], key=len))
p(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    p('IndexError', e)
pq = []; heapq.heappush(pq, (2, 'b')); heapq.heappush(pq, (1, 'a')); heapq.heappush(pq, (2, 'a')); p([heapq.heappop(pq) for _ in range(3)])
a = [1, 2, 2, 4]
p(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 3), bisect.bisect_left(a, 2, 2))
bisect.insort(a, 3); bisect.insort_left(a, 2); p(a)
p(bisect.bisect([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
''')
# ---------------------------------------------------------------- random
case('''
import random
for seed in [0, 1, 42, 12345, -7, 2**40 + 3, 2**100, 'hello', b'bytes', 'x' * 300, 3.5, -3.5, -0.25, True, bytearray(b'ab')]:
    random.seed(seed)
    p(seed, random.random(), random.randint(1, 100), random.randrange(10), random.randrange(5, 50, 5), random.randrange(100, 0, -7))
    p(random.choice('abcdefg'), random.choices(range(10), k=5), random.choices('abc', weights=[1, 5, 2], k=4),
      random.choices('abc', cum_weights=[1, 2, 10], k=3))
    l = list(range(20)); random.shuffle(l); p(l)
    p(random.sample(range(100), 10), random.sample('abcdefgh', 3), random.sample(range(10**9), 3), random.sample(['a', 'b'], 2, counts=[3, 2]))
    p(random.uniform(1, 2), random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
    p(random.gauss(0, 1), random.gauss(), random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 10, 3))
    p(random.randrange(2**70), random.randint(-10**20, 10**20), random.randbytes(5))
    p(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2), random.vonmisesvariate(1, 2),
      random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
''')
case('''
import random
r = random.Random(99)
s = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(s)
b = [r.random() for _ in range(5)]
p(a == b, a)
r2 = random.Random(); r2.seed(99); p(r2.random() == a[0], r2.getrandbits(0))
st = r.getstate(); p(st[0], len(st[1]), st[2])
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 5, 0),
            lambda: random.sample(range(3), 5), lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', [1], k=1),
            lambda: random.choices('ab', 3), lambda: random.randrange(1.5), lambda: random.getrandbits(-1),
            lambda: random.choices('ab', weights=[1, 1], cum_weights=[1, 2]), lambda: random.seed([1]),
            lambda: random.randrange(10, step=2), lambda: random.choices('ab', [0, 0])]:
    try:
        bad()
        p('no error')
    except (IndexError, ValueError, TypeError) as e:
        p(type(e).__name__, e)
class MyRandom(random.Random):
    pass
m = MyRandom(5); p(m.random(), m.randint(1, 6), isinstance(m, random.Random))
random.seed(7); x = [random.randint(1, 6) for _ in range(20)]; p(x)
random.seed(7); from collections import deque; p(random.sample(deque(range(30)), 4))
''')

# ---------------------------------------------------------------- more edge cases
case("""
from collections import Counter, deque, defaultdict, OrderedDict
try:
    Counter('ab', 'c')
except TypeError as e:
    p('TypeError', e)
p(Counter(a=2, b=0), Counter({'a': 0}), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter('a') != Counter('b'))
p(Counter({'x': 1.5, 'y': 0.5}).most_common(1), Counter('zzyx').most_common(-1), Counter('aab').most_common(5))
c = Counter(); c['x'] += 1; c['y'] -= 1; p(c, c.total(), list(c.elements()))
d = deque([1, 2]); d.extend(d); p(d); d += d; p(d); d.extendleft(d); p(d)
p(deque([[1], (2,), 'x', {3: 4}]), deque(), deque(range(3), maxlen=None))
dd = defaultdict(lambda: 0); dd['q']; p(repr(dd).startswith('defaultdict(<function <lambda> at'), dict(dd))
p(defaultdict(list, [('a', [1])]), defaultdict(dict, x={}))
o = OrderedDict.fromkeys('xyz'); o.move_to_end('x'); o.move_to_end('z', False); p(o, o.popitem(False))
p(list(OrderedDict(b=1, a=2).values()), OrderedDict([(1, 2)]) == OrderedDict([(1, 2.0)]))
d2 = deque('abc'); it = iter(d2); d2.append('d')
try:
    next(it)
except RuntimeError as e:
    p('RuntimeError', e)
p(list(reversed(deque('xyz'))), deque('abc')[1], deque(maxlen=5).maxlen, deque([3, 1, 2]) == deque([3, 1, 2]))
""")
case("""
import functools
try:
    functools.partial()
except TypeError as e:
    p('TypeError')
p(functools.reduce(lambda a, b: a + b, ['x', 'y', 'z']), functools.reduce(lambda a, b: a + b, 'abc', '>'))
class P(functools.partial):
    pass
p(repr(P(max, 1)).startswith('P(<built-in function max>, 1)'), P(max, 1)(5))
p(repr(functools.partial(max, 1, 2)))
""")
case("""
import itertools as it
c = it.cycle([1, 2, 3]); p([next(c) for _ in range(7)])
g = it.groupby([1, 1, 2, 2, 2, 3], key=lambda x: x); keys = [k for k, _ in g]; p(keys)
p([(k, len(list(v))) for k, v in it.groupby(sorted('mississippi'))])
p(list(it.zip_longest([1, 2], [3], [4, 5, 6])), list(zip(*it.tee('abc', 2))))
p(list(it.islice(it.count(), 0)), list(it.islice(range(100), 95, None)), list(it.islice(range(10), 2, 8, 3)))
p(list(it.accumulate([5, 2, 8], lambda a, b: a - b, initial=0)))
p(list(it.product('ab', 'cd', repeat=2))[:6], list(it.permutations([1, 2, 3], 2)))
p(list(it.takewhile(bool, [])), list(it.dropwhile(bool, [])), list(it.compress([], [])), list(it.chain([], [])))
e = enumerate(it.repeat('z', 3)); p(list(e))
p(next(it.count(2 ** 70)), list(it.islice(it.count(-3, -2), 3)))
""")


def check_mt():
    """The pure-Python MT19937 must reproduce CPython's _random bit for bit."""
    failures = 0
    seeds = list(range(0, 40)) + [2**32 - 1, 2**32, 2**32 + 1, 2**64 + 5, 10**30, -1, -2**33, 123456789]
    for seed in seeds:
        real = _random.Random(seed)
        mine = pg__random.Random(seed)
        for k in (1, 7, 31, 32, 33, 64, 65, 100, 0):
            if real.getrandbits(k) != mine.getrandbits(k):
                failures += 1
        for _ in range(700):
            if real.random() != mine.random():
                failures += 1
                break
        if real.getstate() != mine.getstate():
            failures += 1
    r = _random.Random(3)
    m = pg__random.Random()
    m.setstate(r.getstate())
    if [m.random() for _ in range(10)] != [r.random() for _ in range(10)]:
        failures += 1
    return failures


def main():
    failed = 0
    mt_fail = check_mt()
    if mt_fail:
        print('FAIL: pure-Python _random differs from CPython in %d checks' % mt_fail)
        failed += 1
    for i, code in enumerate(SNIPPETS):
        want = run_snippet(code, REAL)
        got = run_snippet(code, MINE)
        if want != got:
            failed += 1
            first = code.splitlines()[0] if code.splitlines() else ''
            print('FAIL snippet %d (%s)' % (i, first))
            for j in range(max(len(want), len(got))):
                w = want[j] if j < len(want) else '<missing>'
                g = got[j] if j < len(got) else '<missing>'
                if w != g:
                    print('  line %d\n    cpython: %s\n    pygil:   %s' % (j, w[:600], g[:600]))
        elif VERBOSE:
            print('ok snippet %d: %d lines' % (i, len(want)))
    total = len(SNIPPETS) + 1
    print('%d/%d checks passed' % (total - failed, total))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
