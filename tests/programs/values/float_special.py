# inf, nan and -0.0 behaviour in comparisons and arithmetic.
inf = float("inf")
nan = float("nan")
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan < 1, nan > 1, nan is nan, [nan] == [nan])
z = -0.0
print(z, z == 0.0, 0.0 * -1, -0.0 + 0.0, abs(z), str(-0.0 * 5))
print(1 / inf, -1 / inf)
print(max(1.0, inf), min(-inf, 0))
print(int(1e18), int(-2.5e10), int(1.9999999999999998))
print(float(10 ** 20), float(2 ** 63), float(-(2 ** 60)))
print(0.1 + 0.7, 1.0 - 1e-16, 1e16 + 1.0, 2 ** 0.5 * 2 ** 0.5)
print((0.1).is_integer(), (3.0).is_integer(), (2.5).as_integer_ratio() if hasattr(2.5, "as_integer_ratio") else None)
for s in ("inf", "-Infinity", "nan", "  1.5  ", "1e-3", ".5", "5."):
    print(s.strip(), float(s))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError", e)
