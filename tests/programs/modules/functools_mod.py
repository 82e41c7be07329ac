# functools: reduce (with and without initial), partial, wraps, lru_cache with cache_info.
import functools
from functools import reduce, partial, wraps, lru_cache
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
two_to = partial(power, 2)
print(square(7), cube_mod(7), two_to(10), two_to(exp=5), square.args, square.keywords, square.func is power)
def logged(f):
    @wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@logged
def documented(x):
    "Return x doubled."
    return 2 * x
print(documented(4), documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(("sq", n))
    return n * n
for n in (1, 2, 1, 3, 2, 1):
    sq(n)
print(sq.cache_info(), calls[-4:])
sq.cache_clear()
print(sq.cache_info())
