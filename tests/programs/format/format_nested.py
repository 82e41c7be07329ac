# Tables built with nested and computed format specs.
rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 4.125)]
w = max(len(r[0]) for r in rows)
print(f"{'name':<{w}} | {'qty':>5} | {'price':>8}")
print("-" * (w + 19))
for name, qty, price in rows:
    print(f"{name:<{w}} | {qty:>5d} | {price:>8.2f}")
total = sum(q * p for _, q, p in rows)
print(f"{'total':<{w}} | {'':>5} | {total:>8.2f}")
for prec in range(4):
    print(f"{3.14159:.{prec}f}", "{:.{}f}".format(2.71828, prec), "%.*f" % (prec, 1.41421))
for align in "<^>":
    print(f"[{'mid':{align}9}]", "[{:{}{}}]".format("x", align, 5))
print(f"{'%d items' % 3:>12}", f"{'{}'.format(7):0>3}")
