# __new__ and __init__: argument passing, singletons, __new__ returning another type skips __init__.
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.v, t.created)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
a, b = Singleton(), Singleton()
print(a is b, a.count)
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(Weird())
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__, isinstance(Pos(1), int))
class Sub(Tracked):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
s = Sub(1, 2)
print(s.v, s.w)
o = object.__new__(Tracked)
print(type(o).__name__, hasattr(o, "v"))
