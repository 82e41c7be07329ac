# Custom exception classes: args, str/repr, extra attributes, hierarchies, catching by base.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(f"{name} not found")
        self.name = name
        self.code = code
class Custom(Exception):
    def __str__(self):
        return "custom str"
for exc in (AppError(), AppError("one"), AppError("a", 2), NotFound("page"), Custom("x")):
    print(repr(exc), "|", str(exc), "|", exc.args)
try:
    raise NotFound("user", code=410)
except AppError as e:
    print(type(e).__name__, e, e.name, e.code, isinstance(e, Exception))
print(issubclass(NotFound, AppError), NotFound.__mro__[1].__name__, [c.__name__ for c in NotFound.__mro__])
e = ValueError(1, "two")
print(e.args, str(e), repr(e), str(ValueError("single")), repr(KeyError("k")), str(KeyError("k")), str(KeyError()))
class WithArgs(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
w = WithArgs(1, 2)
print(w.args, str(w), repr(w))
