# Helper module that itself imports a sibling module.
import _shapes
from _shapes import area as shape_area
def double_area(r):
    return 2 * shape_area(r)
same_module = _shapes
