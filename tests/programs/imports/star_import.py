# from x import * respects __all__; without __all__ it skips names starting with an underscore.
from _with_all import *
print(exported, also)
try:
    print(not_listed)
except NameError as e:
    print("NameError:", e)
from _shapes import *
print(PI, area(1), Square(2).area())
try:
    print(_private)
except NameError as e:
    print("NameError:", e)
from math import *
print(sqrt(2), floor(3.7), pi)
