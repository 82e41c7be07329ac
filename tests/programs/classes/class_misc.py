# Classes are objects: created in functions, stored, passed; nested classes; methods added later; type().
def make_class(base_val):
    class Made:
        val = base_val
        def get(self):
            return self.val
    return Made
A, B = make_class(1), make_class(2)
print(A().get(), B().get(), A is not B, A.__name__)
class Outer:
    class Inner:
        def hi(self):
            return "inner hi"
    def make(self):
        return self.Inner()
print(Outer().make().hi(), Outer.Inner.__qualname__)
class Late:
    pass
def method(self):
    return "late method on " + type(self).__name__
Late.method = method
print(Late().method())
classes = {"a": A, "b": B}
print([classes[k]().get() for k in "ab"])
Dynamic = type("Dynamic", (object,), {"x": 5, "f": lambda self: self.x * 2})
print(Dynamic().f(), Dynamic.__name__, type(5) is int, type("s")("abc"))
print(isinstance(A, type), issubclass(type, object), type(None)(), type(object).__name__)
