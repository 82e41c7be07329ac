# repr of floats is the shortest string that round-trips.
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 100.0, 1e15, 1e16, 1e17,
        123456789012345678.0, 1e22, 1e23, 1.5e-5, 0.0001, 0.00001, 1e-7, 3.14159, 2.5, 1e100,
        1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 9007199254740993.0, 0.3, 1.1 * 3,
        123.456, -987.654321, 1e-10, 4.35, 0.1 * 3, 1 - 0.9, 100.0 / 7.0]
for v in vals:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print(float("1e5"), float(" -2.5 "), float("0x10" if False else "16"), float(7), float("1_0.5"))
print(1e300 * 1e10, -1e300 * 1e10)
print([0.5, 1.25], (0.1,), {1: 2.0})
print(2.0 ** 0.5, 10.0 ** -3, 1.0e0, 12e-1)
