# range and slice objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5), range(0), list(range(10, 0, -2)), list(range(-3)), len(range(0, 10, -1)))
print(list(range(5)[::-1]), range(10)[::2], range(1, 2) == range(1, 2), range(0) == range(5, 5))
print(sum(range(101)), max(range(7)), list(reversed(range(4))))
big = range(10 ** 20)
print(len(big) == 10 ** 20 if False else big[-1], 10 ** 19 in big)
s = slice(1, 5)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(None, None, 3)], data[slice(-3, None)], "abcdef"[slice(1, None, 2)])
print(s.indices(3), slice(None, None, -1).indices(5))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
