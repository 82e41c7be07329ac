# Bitwise operators and shifts on small, negative and big ints.
vals = [0, 1, 5, -5, 255, -256, 2 ** 40 + 3, -(2 ** 40) - 3]
for a in vals:
    print(a, ~a, a & 0xF0, a | 3, a ^ -1, a << 3, a >> 2, a & -a)
print(1 << 64, (1 << 64) >> 63, -1 >> 100, 5 >> 100, -(1 << 100) >> 99)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
print(bin(-5 & 0xFF), hex(-1 & 0xFFFFFFFF), (2 ** 100 - 1) ^ (2 ** 99))
x = 6
x &= 3; print(x)
x |= 8; print(x)
x ^= 15; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
