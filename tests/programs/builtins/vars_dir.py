# vars() and dir() of instances, classes and modules; filtered to stay independent of dunder details.
class P:
    cls_v = 1
    def method(self):
        pass
p = P()
p.a = 1
p.b = 2
print(vars(p), vars(p) is p.__dict__)
print([n for n in dir(p) if not n.startswith("__")])
print([n for n in dir(P) if not n.startswith("_")])
import math
print("sqrt" in dir(math), "pi" in vars(math))
def f():
    local_one = 1
    local_two = 2
    return sorted(dir())
print(f())
print(sorted(k for k in vars(P) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
