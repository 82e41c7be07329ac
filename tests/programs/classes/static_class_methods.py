# staticmethod and classmethod: calling via class and instance, alternative constructors, inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"), Date(1, 2, 3).from_string("5-6-7"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), MyDate.is_leap(2023))
class Registry:
    items = []
    @classmethod
    def add(cls, v):
        cls.items.append(v)
        return len(cls.items)
print(Registry.add("a"), Registry().add("b"), Registry.items)
sm = staticmethod(lambda x: x * 3)
class Holder:
    triple = sm
print(Holder.triple(3), Holder().triple(4))
