# __eq__ and __hash__: use as dict keys and set members; defining __eq__ alone makes a class unhashable.
class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "x"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s), Key(2, 2) in s)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Default:
    pass
x = Default()
print(hash(x) == hash(x), {x: 1}[x], x == Default())
class HashOnly:
    def __hash__(self):
        return 7
print(hash(HashOnly()), hash(HashOnly()) == 7, HashOnly() == HashOnly())
print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1, "a")))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
