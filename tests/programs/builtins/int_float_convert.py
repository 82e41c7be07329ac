# int() with bases and strings, float() parsing, bool(), str() round trips.
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("  -12  "), int("1_000"))
print(int("777", 8), int("11", 2), int("-0b11", 0), int(2.9), int(-2.9), int("+5"), int(True), int("0"), int("00"))
print(hex(255), hex(-255), oct(8), oct(-8), bin(10), bin(-10), hex(0), bin(2 ** 65))
print(float("3.5"), float("-1e3"), float("1E-2"), float("  .25 "), float(10), float("-0"), float("+1.5"))
for bad in ["1.5", "abc", "", "0x", "12 3", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad, base in [("9", 8), ("g", 16), ("10", 1), ("10", 37)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
