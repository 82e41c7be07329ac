# set and frozenset of small ints (iteration order of small ints is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.issuperset({2}), a.isdisjoint({7}))
s = set()
print(s, set([1, 1, 2]), len({5, 5, 5}), 3 in a, 7 not in a)
s.add(3); s.add(1); s.add(3); print(s)
s.update([2, 8]); print(s)
s.discard(8); s.discard(100); print(s)
s.remove(1); print(s)
print(s.pop() in {2, 3}, len(s))
f = frozenset([3, 1, 2])
print(f, frozenset(), f | {9}, type(f | {9}).__name__, {1: f}[1] == {1, 2, 3})
print({frozenset([1]): "x"}[frozenset([1])], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted({5, 3, 9, 1}), sum({1, 2, 3}), max({4, 8}))
c = {1, 2, 3}
c -= {1}; c |= {7}; c &= {2, 7, 9}; print(c)
c ^= {2, 4}; print(c)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1}.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError", e)
print({1, 2} == frozenset({1, 2}), set() == frozenset())
