# Multiple assignment, nested and starred unpacking, swaps and their errors.
a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
h, *mid, t = range(6)
print(h, mid, t)
x, *y = [1]
print(x, y)
[p, q], [r, *s] = "pq", "rst"
print(p, q, r, s)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
print(*[1, 2], *"ab", sep="-")
l = [*range(3), *[9]]
print(l, (*l,), {*l}, {**{"a": 1}, "b": 2})
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
for bad in ([1, 2, 3], [1]):
    try:
        u, v = bad
    except ValueError as ex:
        print("ValueError:", ex)
try:
    a, b, *c = [1]
except ValueError as ex:
    print("ValueError:", ex)
try:
    a, b = 5
except TypeError as ex:
    print("TypeError:", ex)
