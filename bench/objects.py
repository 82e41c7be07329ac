# Attribute- and method-heavy object code: classes with inheritance and
# super(), instance attribute reads and writes, method calls, properties,
# a classmethod, dunder methods (__add__, __eq__, __len__), isinstance.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def scaled(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    count = 0

    def __init__(self, name, origin):
        self.name = name
        self.origin = origin
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.name

    def moved(self, delta):
        self.origin = self.origin + delta
        return self


class Rect(Shape):
    def __init__(self, origin, w, h):
        super().__init__("rect", origin)
        self._w = w
        self._h = h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, value):
        self._w = value

    def area(self):
        return self._w * self._h


class Square(Rect):
    def __init__(self, origin, side):
        super().__init__(origin, side, side)
        self.name = "square"

    @classmethod
    def unit(cls, origin):
        return cls(origin, 1)


class Circle(Shape):
    def __init__(self, origin, r):
        super().__init__("circle", origin)
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Scene:
    def __init__(self):
        self.shapes = []

    def add(self, shape):
        self.shapes.append(shape)

    def __len__(self):
        return len(self.shapes)

    def total_area(self):
        total = 0
        for s in self.shapes:
            total += s.area()
        return total

    def step(self, delta):
        for s in self.shapes:
            s.moved(delta)


class Counter:
    def __init__(self):
        self.value = 0

    def incr(self, by=1):
        self.value += by
        return self.value


def build_scene(n):
    scene = Scene()
    for i in range(n):
        o = Vector(i, -i)
        k = i % 3
        if k == 0:
            scene.add(Rect(o, i % 7 + 1, i % 5 + 1))
        elif k == 1:
            scene.add(Square.unit(o) if i % 2 else Square(o, i % 4 + 1))
        else:
            scene.add(Circle(o, i % 6))
    return scene


def main():
    scene = build_scene(5000)
    delta = Vector(1, 2)
    areas = 0
    for _ in range(100):
        scene.step(delta)
        areas += scene.total_area()
    for s in scene.shapes:
        if isinstance(s, Rect):
            s.width = s.width + 1
    areas += scene.total_area()
    c = Counter()
    acc = Vector(0, 0)
    for s in scene.shapes:
        acc = acc + s.origin.scaled(2)
        if s.origin == Vector(s.origin.x, s.origin.y):
            c.incr()
        c.incr(s.origin.dot(delta) % 3)
    names = {}
    for s in scene.shapes:
        d = s.describe()
        names[d] = names.get(d, 0) + 1
    print(f"shapes {len(scene)} created {Shape.count}")
    print(f"areas {areas}")
    print(f"acc {acc.x} {acc.y} counter {c.value}")
    print(sorted(names.items()))


main()
