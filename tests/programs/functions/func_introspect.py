# Function objects: __name__, __qualname__, __doc__, __module__, __defaults__, __kwdefaults__.
def f(a, b=2, *, c=3):
    "Docstring of f."
    return a
class C:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
def outer():
    def inner():
        pass
    return inner
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(C.method.__name__, C.method.__qualname__, C.Inner.deep.__qualname__, outer().__qualname__)
print((lambda: 0).__name__, outer.__doc__)
print(C().method.__name__, C().method() is None)
