# import of a sibling module: attributes, __name__, functions and classes from it.
import _shapes
print(_shapes.__name__, _shapes.PI, _shapes.area(2), _shapes.Square(3).area(), _shapes._private)
print(__name__, type(_shapes).__name__)
import _shapes as sh
print(sh is _shapes, sh.bump(), _shapes.bump(), sh.loads)
_shapes.PI = 3
print(sh.area(1))
