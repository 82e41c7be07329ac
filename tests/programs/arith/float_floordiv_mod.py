# Float floor division and modulo, including negatives, fractions and mixed int/float.
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (5, 0.5), (-5, 0.3), (0.0, -3.0),
         (3.0, 7.0), (-3.0, 7.0), (1e20, 3.0), (-0.5, 1.0), (10, 2.5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5.0, 0.0 % -5.0, 6.0 % -3.0, -6.0 % 3.0)
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, type(10 / 5).__name__, 2 ** 53 / 3, 10 ** 30 / 10 ** 10)
print(1 / 7 * 7, 0.1 * 3 / 3, 1e308 * 10, -1e308 * 10)
print(3 % 1.5, -3 % 1.5, 3.5 // 1, -3.5 // 1)
