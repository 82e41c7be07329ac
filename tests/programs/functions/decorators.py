# Decorators without arguments, with arguments, stacked, and on methods.
def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper() + "!"
    return wrapper
def repeat(times):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(times)]
        return wrapper
    return deco
def trace(f):
    def wrapper(*args):
        print("call", f.__name__, args)
        r = f(*args)
        print("ret", r)
        return r
    return wrapper
@shout
def hello(name):
    return "hello " + name
@repeat(3)
def roll(x):
    return x * 2
@trace
@repeat(2)
def combo(x):
    return x + 1
print(hello("bob"), roll(5))
combo(1)
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def a(): pass
@register
def b(): pass
print(registry, a.__name__)
class C:
    def __repr__(self):
        return "C()"
    @trace
    def m(self, v):
        return v * 10
C().m(4)
def deco_order(tag):
    print("making", tag)
    def d(f):
        print("applying", tag)
        return f
    return d
@deco_order("outer")
@deco_order("inner")
def z(): pass
