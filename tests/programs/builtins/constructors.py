# Container constructors: list, tuple, dict, set, frozenset, str, from various iterables.
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in "xy"))
print(tuple(), tuple([1]), tuple("ab"), dict(), dict(a=1), dict({"b": 2}, c=3), dict([("x", 1), ["y", 2]]))
print(set(), set([3, 1, 3]), set((2,)), frozenset([1, 2, 1]), set(range(4)), set("aaa"))
print(str(), str(5), bool(), int(), float(), list(list([1])), tuple(tuple([1])) == (1,))
l = [1, 2]
c = list(l)
c.append(3)
print(l, c, l is not c)
print(dict(zip(range(3), "abc")), dict.fromkeys("ab"), dict(dict(a=1)))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
