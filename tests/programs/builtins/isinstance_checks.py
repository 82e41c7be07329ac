# isinstance and issubclass with builtin types, tuples of types and user classes.
class A: pass
class B(A): pass
values = [1, 1.0, True, "s", b"b", [1], (1,), {1: 1}, {1}, frozenset(), None, range(1), A(), B(), len, print]
types = [int, float, bool, str, bytes, list, tuple, dict, set, frozenset, type(None), range, A, B, object]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, t) else "." for t in types))
print(isinstance(1, (str, int)), isinstance("a", (list, (tuple, str))), issubclass(B, (int, A)), issubclass(bool, (int,)))
print(issubclass(A, object), issubclass(type, type), isinstance(A, type), isinstance(int, type), isinstance(type, object))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
