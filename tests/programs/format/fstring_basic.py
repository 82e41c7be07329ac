# f-strings: expressions, nested quotes, calls, method calls, dict access, escaped braces.
name, n = "pygil", 3
items = {"a": 1, "b": [1, 2]}
print(f"{name} has {n} parts", f"{n + 1}", f"{n * 2.5}", f"{name.upper()}", f"{len(name)}")
print(f"{items['a']} {items['b'][1]}", f'{"nested"}', f"{{braces}} {{{n}}}", f"{'x' if n > 2 else 'y'}")
print(f"{[i * i for i in range(n)]}", f"{ {'k': n} }", f"{(lambda x: x * 2)(n)}", f"{n!r:>4}")
print(f"{None} {True} {3.0} {-0.0} {1e20} {10 ** 20}")
w = 10
print(f"|{name:>{w}}|{name:<{w}}|{name:^{w}}|")
print(f"""{name}
{n}""")
print(f"a" f"{n}" "c", F"{n}")
