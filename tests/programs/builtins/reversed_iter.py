# reversed, iter and next: sequences, custom __reversed__, sentinel form is not used; default for next.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))))
class R:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(R())))
it = iter([10, 20])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
d = {"a": 1, "b": 2}
print(list(reversed(d)), list(iter(d)), list(iter("xy")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
s = iter(range(3))
print(list(s), list(s))
