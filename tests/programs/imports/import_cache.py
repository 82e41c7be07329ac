# Modules are executed once and cached in sys.modules; later imports reuse the same object.
import sys
print("_shapes" in sys.modules)
import _shapes
print("_shapes" in sys.modules, sys.modules["_shapes"] is _shapes)
import _shapes
import _uses_other
print(_uses_other.same_module is _shapes, _uses_other.double_area(1))
_shapes.marker = "set by main"
import _shapes as again
print(again.marker)
def inner_import():
    import _shapes
    return _shapes.marker
print(inner_import())
print(sys.modules["__main__"].__name__, __name__)
