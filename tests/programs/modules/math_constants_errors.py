# math constants and domain/range errors.
import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)]:
    try:
        f(arg)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
