# divmod and abs across types.
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (17.5, 5), (-17.5, 5), (2 ** 65, 3), (0, 7), (True, 2)]:
    print(a, b, divmod(a, b))
print(abs(-7), abs(7), abs(-0.0), abs(-2 ** 70), abs(True), abs(-1e308))
q, r = divmod(100, 7)
print(q, r, q * 7 + r)
