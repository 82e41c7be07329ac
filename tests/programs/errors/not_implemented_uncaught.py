# Uncaught NotImplementedError from an abstract-style method.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area()")
class Sq(Shape):
    def area(self):
        return 4
print(Sq().area())
Shape().area()
