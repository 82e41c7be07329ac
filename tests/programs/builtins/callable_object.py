# callable(), object(), NotImplemented.
class C:
    def __call__(self):
        return 1
class D:
    pass
print(callable(C()), callable(D()), callable(D), callable(len), callable(lambda: 0), callable(1), callable("s"))
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((1).__add__("a"), (1).__eq__("a"), "a".__lt__(1))
