# *args and **kwargs: collection, forwarding, unpacking at call sites, ordering of kwargs.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, a=3))
def g(a, b=2, *rest, c, d=4, **kw):
    return a, b, rest, c, d, kw
print(g(1, c=3), g(1, 2, 3, 4, c=5, e=6, d=7))
args = [1, 2, 3]
kw = {"sep": "-", "end": "!\n"}
print(*args, **kw)
def h(x, y, z):
    return x * 100 + y * 10 + z
print(h(*[1, 2, 3]), h(1, *[2, 3]), h(**{"z": 3, "x": 1, "y": 2}), h(1, **{"z": 3}, y=2))
def wrapper(*a, **k):
    return h(*a, **k)
print(wrapper(4, 5, z=6))
print(f(*"ab", *range(2), **{"k": 1}, **{"j": 2}))
try:
    h(1, 2, 3, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, w=3)
except TypeError as e:
    print("TypeError:", e)
