# LEGB name resolution: local, enclosing, global, builtin, and shadowing builtins.
x = "global"
def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f(), x)
def uses_builtin():
    return len("abc")
def shadows():
    len = lambda s: 42
    return len("abc")
print(uses_builtin(), shadows(), len("abcd"))
def param_shadow(x):
    return x
print(param_shadow("param"), x)
def late_global():
    return late
late = "defined after function"
print(late_global())
class K:
    y = 5
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(K().m())
def inner_assign():
    v = 1
    def g():
        v = 2
        return v
    g()
    return v
print(inner_assign())
