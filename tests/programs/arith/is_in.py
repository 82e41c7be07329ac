# Identity and membership operators.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(2 in a, 3 in a, 3 not in a, "ell" in "hello", "" in "abc", "x" in "", 1.0 in [1], True in [1])
print("k" in {"k": 1}, 1 in {1: "v"}, "v" in {1: "v"}, 3 in {1, 2, 3}, 2 in (1, 2), 5 in range(10), 5.5 in range(10))
print([1] in [[1], 2], (1, 2) in [(1, 2)], [] in [[]])
nan = float("nan")
l = [nan]
print(nan in l, nan == l[0])
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(20 in Seq(), 25 in Seq())
