# Class definition, instances, instance vs class attributes, methods, bound methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
q = p.moved(1, 1)
print(p.x, p.y, p.norm2(), q.x, q.y, Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims, q.dims)
Point.dims = 5
print(q.dims, p.dims)
m = p.norm2
print(m(), Point.norm2(q))
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object), Point.__name__)
print(p.__dict__, sorted(vars(q)))
print(Point, type(Point), type(type))
print(p.__class__.__name__, Point.__bases__, object.__bases__)
p.extra = "dynamic"
print(p.extra, hasattr(q, "extra"))
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__qualname__, str(Empty)[:17])
