# Comprehensions have their own scope: the loop variable does not leak, but outer names are visible.
x = "outer x"
vals = [x for x in range(3)]
print(x, vals)
i = 100
squares = {i: i * i for i in range(3)}
print(i, squares)
g = (i for i in range(2))
print(i, list(g))
n = 10
print([n + k for k in range(3)])
def f():
    local = 5
    return [local * k for k in range(3)]
print(f())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])
funcs2 = [(lambda k=k: k) for k in range(3)]
print([fn() for fn in funcs2])
class C:
    base = 10
    items = [1, 2]
    try:
        scaled = [base * v for v in items]
    except NameError as e:
        scaled = str(e)
    first = [v for v in items]
print(C.scaled, C.first)
try:
    print(k)
except NameError as e:
    print("NameError:", e)
