# Class attribute lookups are cached per (type, name); every way of changing what a lookup finds must
# be seen at once: plain class attributes (per-name invalidation), methods, dunders, base classes,
# deletion, and assignments made by another thread.
import threading


class A:
    x = 1
    counter = 0

    def m(self):
        return "A.m"


class B(A):
    pass


b = B()
print(b.x, b.m(), B.x)
for i in range(3):
    A.counter += 1
    print(b.counter, B.counter, A.counter, b.x)
A.x = 2
print(b.x, B.x)
A.m = lambda self: "new A.m"
print(b.m())
B.x = 3
print(b.x, A().x)
del B.x
print(b.x)
B.m = lambda self: "B.m"
print(b.m(), A().m())
del A.m
try:
    A().m()
except AttributeError as e:
    print("AttributeError:", e)
print(b.m())


class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return V(self.v + o.v)

    def __repr__(self):
        return f"V({self.v})"


print(V(1) + V(2))
V.__add__ = lambda self, o: V(self.v * 10 + o.v)
print(V(1) + V(2))
V.__repr__ = lambda self: "<V>"
print(V(3), [V(4)])


class W(V):
    pass


print(W(1) + W(2))
V.__add__ = lambda self, o: V(0)
print(W(1) + W(2))

# Many names in the same cache: assignments to one must not disturb the others.
class Many:
    pass


for i in range(200):
    setattr(Many, f"a{i}", i)
print(sum(getattr(Many(), f"a{i}") for i in range(200)))
for i in range(0, 200, 3):
    setattr(Many, f"a{i}", -i)
print(sum(getattr(Many(), f"a{i}") for i in range(200)))

# Another thread changes a class between two lookups of this one.
ready = threading.Event()
done = threading.Event()


def changer():
    ready.wait()
    A.x = 42
    A.m = lambda self: "set by a thread"
    done.set()


t = threading.Thread(target=changer)
t.start()
print(b.x, b.m())
ready.set()
done.wait()
print(b.x, b.m())
t.join()
