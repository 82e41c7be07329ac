# tuple values: packing, indexing, comparison, immutability, repr of 1-tuples.
t = (1, "two", 3.0, None)
print(t, t[1], t[-1], t[1:3], len(t), t.index(3.0), t.count(None))
print((), (1,), (1, 2), tuple([4, 5]), tuple("ab"), tuple(range(3)))
u = 1, 2, 3
print(u, type(u).__name__)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 9))
print((1, (2, (3,))), ((),), hash((1, 2)) == hash((1, 2)))
a, b = (10, 20)
print(a, b)
try:
    t[0] = 5
except TypeError as e:
    print(e)
d = {(1, 2): "a", (3,): "b"}
print(d[(1, 2)], d[3,])
print(tuple(x * 2 for x in u), sum(u), max(u), 2 in u)
