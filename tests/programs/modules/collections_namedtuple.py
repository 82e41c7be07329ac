# collections.namedtuple: fields, repr, indexing, unpacking, _replace, _asdict, _fields, defaults.
from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), Point._fields)
x, y = p
print(x + y, p._replace(x=10), p._asdict(), isinstance(p, tuple))
Person = namedtuple("Person", "name age city", defaults=["unknown"])
print(Person("ann", 30), Person(name="bob", age=4, city="x"), Person._fields)
people = [Person("c", 5), Person("a", 9), Person("b", 1)]
print(sorted(people), sorted(people, key=lambda q: q.age)[0].name, max(people, key=lambda q: q.age))
print(Point._make([5, 6]), hash(p) == hash((1, 2)), type(p).__name__)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
