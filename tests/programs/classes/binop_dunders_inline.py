# Operators on instances of Python classes, whose dunders the eval loop runs without a JS call when
# both operands have the same class: results, NotImplemented, in-place fallbacks, errors inside the
# dunder, subclasses with reflected methods, and dunders changed after use.


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return V(self.v + other.v)

    def __sub__(self, other):
        if other.v == 0:
            return NotImplemented
        return V(self.v - other.v)

    def __mul__(self, other):
        return self.v * other.v

    def __truediv__(self, other):
        return self.v / other.v

    def __repr__(self):
        return f"V({self.v})"


a, b = V(6), V(3)
print(a + b, a - b, a * b, a / b)
x = V(1)
for i in range(5):
    x = x + V(i)
print(x)
x += V(100)
print(x)
try:
    a - V(0)
except TypeError as e:
    print("TypeError:", e)
try:
    a / V(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a % b
except TypeError as e:
    print("TypeError:", e)


class W(V):
    def __radd__(self, other):
        return "W.__radd__"


print(a + W(1), W(1) + a)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __add__(self, other):
        return "plain add"


acc = Acc()
acc += Acc()
acc += Acc()
print(len(acc.items), acc + Acc())


def deep(n):
    class R:
        def __init__(self, k):
            self.k = k

        def __add__(self, other):
            if self.k == 0:
                return other.k
            return R(self.k - 1) + other

    return R(n) + R(7)


print(deep(50))
V.__add__ = lambda self, other: "replaced"
print(a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)


class Boom:
    def __add__(self, other):
        raise ValueError("boom")


def outer():
    return Boom() + Boom()


try:
    outer()
except ValueError as e:
    import traceback
    print("".join(traceback.format_exception_only(type(e), e)).strip())
print(Boom() + Boom())
