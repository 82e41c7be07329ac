# Floor division and modulo round toward negative infinity; the sign of % follows the divisor.
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (2, -2, 3, -3, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(-(2 ** 70) // 3, -(2 ** 70) % 3, (2 ** 70) // -7, (2 ** 70) % -7)
print(-1 // 10 ** 30, -1 % 10 ** 30)
