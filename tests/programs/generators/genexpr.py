# Generator expressions: laziness, single pass, as function arguments, nested, with conditions.
g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()), any(x > 3 for x in [1, 5]), all(x for x in []))
log = []
def src():
    for i in range(3):
        log.append(i)
        yield i
lazy = (v * 10 for v in src())
print(log)
print(next(lazy), log)
pairs = ((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
print(list(pairs))
print(sorted((c for c in "hello"), reverse=True), "".join(ch.upper() for ch in "abc"), tuple(i for i in range(3)))
print(dict((k, len(k)) for k in ["x", "yy"]), set(i % 3 for i in range(10)))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(gen)) for i, gen in nested])
