# Classes: inheritance, super(), properties, dunder methods and a class method.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"

    def __lt__(self, other):
        return self.area() < other.area()


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @property
    def side(self):
        return self.w

    @side.setter
    def side(self, value):
        self.w = self.h = value

    @classmethod
    def unit(cls):
        return cls(1)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(3, 4), Square(2), Circle(1.5), Square.unit()]
for s in sorted(shapes):
    print(s)
sq = shapes[1]
sq.side = 5
print(sq, sq.side)
print("shapes made:", Shape.count)
print([c.__name__ for c in Square.__mro__])
try:
    Shape("abstract").area()
except NotImplementedError:
    print("Shape.area is abstract")
