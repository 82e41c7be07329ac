# from x import names, with aliases; the imported names are bindings, not live links.
from _shapes import PI, area, Square as Sq
from _shapes import loads, bump
print(PI, area(1), Sq(4).area(), loads)
bump(); bump()
print(loads)
import _shapes
print(_shapes.loads)
from math import sqrt, pi as PI_MATH, floor
print(sqrt(16), PI_MATH, floor(-2.5))
try:
    from _shapes import does_not_exist
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
