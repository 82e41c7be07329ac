# sum, min, max: start values, keys, defaults, multiple arguments, ties.
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10), sum(range(5), start=100), sum([[1], [2]], []))
print(min(3, 1, 2), max("apple", "pear", "fig"), min([4, 2, 8]), max([4, 2, 8], key=lambda x: -x))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "cc", "d"], key=len), max([], default="empty"), min((), default=None))
print(max([1, 5], [1, 7]), min("hello"), max({3: "a", 9: "b"}), max(1, 2.5), min(-0.0, 0.0), min(0.0, -0.0))
print(max([(1, "b"), (1, "a")]), max([2, 2.0]), max([2.0, 2]))
try:
    max()
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
