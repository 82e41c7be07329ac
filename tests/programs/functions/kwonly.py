# Keyword-only parameters after * and after *args.
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key=2), f(1, flag=True, key=3))
def g(*items, sep=", "):
    return sep.join(map(str, items))
print(g(1, 2, 3), g(1, 2, sep="|"))
for call in (lambda: f(1, 2), lambda: f(1), lambda: f(1, key=1, other=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
