# Rich comparisons: reflection when NotImplemented, __eq__ fallback to identity, sorting with __lt__.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        print("eq", self, o)
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
print(Ver(1, 2) == Ver(1, 2), Ver(1, 2) != Ver(1, 3), Ver(1) < Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2))
print(sorted([Ver(1, 10), Ver(1, 2), Ver(0, 9)]), max(Ver(1), Ver(3), Ver(2)))
print(Ver(1) == 1)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p)
class Only:
    def __gt__(self, o):
        print("gt called")
        return True
print(1 < Only())
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
class NE:
    def __eq__(self, o):
        return True
print(NE() != 5, NE() == 5, [NE()] == [1], 5 in [NE()])
