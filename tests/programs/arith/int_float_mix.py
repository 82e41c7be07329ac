# Mixing ints and floats: promotion, exact comparisons with big ints and hash consistency.
print(1 + 2.0, 3 * 0.5, 7 - 0.5, 2 * 1.5 == 3, 10 // 4.0, 10 % 4.0, 3 + True, 2.5 * False)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == 2.0 ** 53)
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 < float("inf"))
print(1 == 1.0, hash(1) == hash(1.0), hash(2 ** 64) == hash(float(2 ** 64)), hash(0.5) == hash(0.5))
print({1: "int", 1.0: "float"}, {2.0: "f"}[2])
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([3, 1.5, 2, 0.5]))
print(abs(-3.5), abs(-3), int(7.9) + 0.1, float(3) / 2, 7 / 7, 0.1 + 1)
print(9007199254740993 < 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
