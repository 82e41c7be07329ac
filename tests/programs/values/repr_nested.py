# repr and str of nested containers; str() of containers uses repr() of elements.
items = [1, "a", 'b"c', "d'e", 2.0, None, True, (1,), [], {}, set(), frozenset(), b"x", range(3)]
print(items)
print(str(items) == repr(items))
print({"k": ["v", ("t", 1.5)], 2: {3: None}})
print(("x",), ("x", "y"), [(), [()]])
print(str("q"), repr("q"), str(["q"]))
print(type(items).__name__, type({}).__name__, type(()).__name__, type(set()).__name__, type(b"").__name__)
print(type(1.0), type("s"), type(None), type(range(1)), type(len))
print(repr(len), repr(print))
l = [1]
t = (l, l)
l.append(t)
print(t)
print(dict(a=[1, {"b": (2, 3)}]))
