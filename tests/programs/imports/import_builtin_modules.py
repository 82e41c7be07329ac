# import forms for builtin modules.
import math
import math as m
import sys, string
from collections import deque, Counter as C
from itertools import *
import functools as ft
print(math.sqrt(9), m.pi == math.pi, m is math, string.digits, deque([1]).pop(), C("aab")["a"])
print(list(islice(count(5), 3)), ft.reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(type(math).__name__, math.__name__, "math" in sys.modules)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
except ImportError as e:
    print("ImportError:", e)
