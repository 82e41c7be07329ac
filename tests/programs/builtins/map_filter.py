# map and filter: multiple iterables, None as predicate, laziness, with builtins as functions.
print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(abs, (-1, -2))))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(map(len, ["ab", "", "xyz"])), list(map(int, "123")), list(map(str.upper, ["a", "b"])))
m = map(lambda x: x * 10, range(3))
print(type(m).__name__, next(m), list(m), list(m))
print(sum(map(int, "1 2 3 4".split())), list(filter(str.isdigit, "a1b2c3")))
