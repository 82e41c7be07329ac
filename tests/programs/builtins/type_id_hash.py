# type(), id() and hash(): only properties that do not depend on addresses or the hash seed.
a = [1]
b = a
print(type(a), type(type(a)), type(1) is int, type("") == str, type(None).__name__)
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 20) == hash(10 ** 20), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.0), hash(0.5), hash(-0.0), hash(1.5) == hash(1.5), hash(True), hash(()) == hash(()))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
print(hash(float("inf")), hash(float("-inf")))
