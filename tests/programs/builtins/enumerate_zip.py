# enumerate and zip: start values, unequal lengths, unzipping, laziness.
names = ["a", "b", "c"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate("xy", start=-2)))
print(list(zip(names, [1, 2, 3])), list(zip("abcd", range(2))), list(zip()), list(zip([1], [2], [3])))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(dict(zip(names, range(3))), type(zip([], [])).__name__, type(enumerate([])).__name__)
e = enumerate("pq")
print(next(e), next(e), next(e, None))
for i, (a, b) in enumerate(zip("xy", "zw")):
    print(i, a, b)
