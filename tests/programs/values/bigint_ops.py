# Arbitrary precision integers: arithmetic, comparison and conversion around the 32/53/64-bit edges.
a = 2 ** 31
b = 2 ** 53
c = 2 ** 63
d = 2 ** 64
for v in (a - 1, a, b - 1, b, b + 1, c - 1, c, d - 1, d, d + 1):
    print(v, -v, v * 3, v // 7, v % 7, hex(v))
print(b + 1 == 2 ** 53 + 1, float(b + 1) == float(b))
print(10 ** 30 // 10 ** 12, 10 ** 30 % 999_999_937)
print((-10) ** 21, (-10) ** 20)
print(123456789123456789 * 987654321987654321)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print((2 ** 100) >> 90, 1 << 100, (2 ** 100 - 1) & 0xFFFF, (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(-(2 ** 70) >> 3, ~(2 ** 70), -(2 ** 70) & 0xFF)
print(int("123456789012345678901234567890"), int("-0000000000000000000000012"))
print(max(2 ** 80, 2 ** 79 * 3), min(-(2 ** 80), -5))
print(2 ** 64 > 1.8e19, 2 ** 64 < 1.9e19, 10 ** 400 > 1e308)
print(divmod(10 ** 25, 7 ** 11), divmod(-(10 ** 25), 7 ** 11))
print(pow(3, 200, 10 ** 9 + 7), pow(2, 10 ** 5, 1000))
print(abs(-(3 ** 50)), (3 ** 50).bit_length())
