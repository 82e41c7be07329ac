# list operations: mutation methods, slicing, slice assignment, comparison, repr.
a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.insert(0, 7); a.insert(100, 8); a.insert(-1, 0); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a, a.index(4), a.count(1))
a.reverse(); print(a)
a.sort(); print(a)
b = a.copy(); b.clear(); print(a, b)
print(a[1:4], a[::-1], a[::2], a[-2:], a[10:20])
a[1:3] = ["x", "y", "z"]; print(a)
a[::2] = [0] * len(a[::2]); print(a)
del a[0]; del a[1:3]; print(a)
a[:] = []; print(a)
print([1, 2] + [3], [0] * 4, [[1]] * 2, [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [])
nested = [1, [2, [3, [4]]], "s", 2.5, None, True]
print(nested, len(nested), str(nested))
m = [[0] * 3 for _ in range(2)]
m[0][1] = 5
print(m)
c = [1, 2]
c.append(c)
print(c)
x = [5, 6]
y = x
y += [7]
print(x, x is y)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].index(2)
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
