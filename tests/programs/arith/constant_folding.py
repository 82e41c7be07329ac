# Expressions on constants, which the compiler folds as CPython's AST optimizer does (or leaves to run
# time past its limits): the values must be the same either way.
print(10 ** 12, 2 * 3 + 1, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** 64, 2 ** 127, 3 ** 81)
print(1 << 100, 1 << 127, 1 << 128, -1 << 3, -9 >> 1, 5 >> 100, (2 ** 64) * (2 ** 64))
print(6 & 3, 6 | 3, 6 ^ 3, True & False, True | False, True ^ True, True + True, True * 3, -True, ~True)
print(~5, +5, -(-5), -0.0, -(0.0), +2.5, not True, not 0, not "", not (1,), not None, not 0.0)
print(1 / 2, 1 / 3, 7 / 7, 2 ** 53 / 3, (2 ** 53 + 1) / 3, 10 ** 20 / 7, 2 ** -1, 2 ** 0.5, 2.0 ** 2, 10 ** 400 / 3, 2 ** -1074, (-2) ** -3)
print(1.5 * 2, 0.1 + 0.2, 1e308 * 10, 1 - 0.5, 3 * 0.1, 7.0 // 2, 7.0 % 2, -7.5 // 2, 7.5 // -2)
print(-7.5 % 2, 7.5 % -2, -0.0 % 5, 0.0 // -3, 1e300 * 1e300 - 1e300 * 1e300)
print("ab" + "cd", "ab" * 3, 3 * "ab", repr("x" * 0), repr("x" * -2), len("x" * 4097), len("é" * 4096))
print(b"ab" + b"c", b"ab" * 3, len(b"a" * 4097), "%s-%d" % ("x", 3))
print((1, 2) + (3,), (1,) * 3, len((1, 2) * 129), (1 + 1, "a" * 2), ((1, 2), 3 * 4), () * -1, (1,) * -1)
print(len(((1,) * 100,) * 11), ((1, 2, 3),) * 2)
for expr in ("1 / 0", "1 // 0", "1 % 0", "1 << -1", "'a' - 1", "None + 1", "-'a'", "~1.5", "1.0 / 0"):
    try:
        eval_result = {"1 / 0": lambda: 1 / 0, "1 // 0": lambda: 1 // 0, "1 % 0": lambda: 1 % 0,
                       "1 << -1": lambda: 1 << -1, "'a' - 1": lambda: 'a' - 1, "None + 1": lambda: None + 1,
                       "-'a'": lambda: -'a', "~1.5": lambda: ~1.5, "1.0 / 0": lambda: 1.0 / 0}[expr]()
        print(expr, "=", eval_result)
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)


def f():
    return 10 ** 12 + 1


print(f(), f.__code__.co_consts[-1] if f.__code__.co_consts else None)
print(1 // 0)
