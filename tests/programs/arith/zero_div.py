# ZeroDivisionError messages for each operator and type.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 1.0 % 0.0, lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: 10 ** 30 // 0,
         lambda: 0 / 0, lambda: pow(0, -2), lambda: 5 % False]
for f in cases:
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, "|", e, "|", isinstance(e, ArithmeticError))
