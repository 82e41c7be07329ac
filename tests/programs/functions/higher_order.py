# Functions as values: passing, returning, storing in containers, attributes.
def apply(f, *args):
    return f(*args)
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(max, 3, 9, 2), compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
def named(): pass
print(named.__name__, callable(named), callable(3), type(named).__name__)
named.custom = "attr"
print(named.custom)
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90))
print(list(map(lambda f: f(10), [inc, dbl, str, float])))
