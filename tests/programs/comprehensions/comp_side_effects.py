# Evaluation order in comprehensions: the first iterable is evaluated once, in the enclosing scope.
log = []
def src(name, n):
    log.append(f"src {name}")
    return range(n)
def cond(v):
    log.append(f"cond {v}")
    return v != 1
result = [(a, b) for a in src("outer", 3) if cond(a) for b in src("inner", a)]
print(result)
print(log)
x = [1, 2]
y = [v + len(x) for v in x]
print(y)
acc = []
_ = [acc.append(i) for i in range(3)]
print(acc, _)
