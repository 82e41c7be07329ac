# globals() and locals(): lookups and writes through globals(), snapshot of locals in functions.
top = "top value"
g = globals()
print(g["top"], "top" in g, g["__name__"], "__builtins__" in g)
g["made_up"] = 123
print(made_up)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def nested():
    x = 1
    def inner():
        return sorted(locals())
    return inner()
print(nested())
class K:
    attr = 5
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(sorted(k for k in globals() if not k.startswith("__")))
