# hash() of ints, floats, tuples, frozensets and ranges is CPython's 64-bit value (strings and bytes
# are salted per process in CPython, so they are left out), and a set prints its elements in CPython's
# order: both depend on those 64-bit hashes, not only on their low bits.

print(hash(0), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-2**70), hash(10**30))
print(hash(0.5), hash(-0.5), hash(1.5), hash(0.1), hash(1e300), hash(-1e-300), hash(2.0), hash(float('inf')))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2**70) == hash(float(2**70)))

print(hash(()), hash((1,)), hash((1, 2)), hash((2, 1)), hash((1.5, -1)), hash((True, 0.25, 10**20)))
print(hash(((1, 2), (3, (4, 5)))), hash((2**64, -2**100, 0.1)), hash(tuple(range(50))))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 2.5, 10**20})))
print(hash(frozenset({frozenset({1}), frozenset({2})})), hash(frozenset(range(100))))
print(hash(range(5)), hash(range(1, 10, 3)), hash(range(0, 5)) == hash(range(5)))


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h

    def __repr__(self):
        return f'H({self.h})'


print(hash(H(2**62)), hash(H(2**64 + 5)), hash(H(-1)), hash(H(-2**63)), hash(H(2**63)), hash((H(7), H(2**40))))

# Sets print in table order, which the hashes decide.
print({(1, 2), (3, 4), (5, 6), (0, 0), (2, 1)})
print(set((i, i * 2) for i in range(10)))
print({(x, y) for x in range(6) for y in range(6)})
print({1.5, 2.5, 0.1, 3.25, -0.75, 1e10, 2**0.5})
print({x / 7 for x in range(20)})
print({2**64, 2**65 + 1, 10**30, -10**20, 2**31, -2**31, 2**32 + 7})
print({frozenset({1}), frozenset({2, 3}), frozenset(), frozenset({(1, 2)})})
print({H(2**40 + 3), H(2**41 + 3), H(5), H(-2**35), H(2**62 + 1)})
print(frozenset({(0, 1), (1, 0), (1, 1), (0, 0)}))
s = {(i, -i) for i in range(30)}
for i in range(0, 30, 3):
    s.discard((i, -i))
s.add((100, 100))
print(s)
print(sorted(s) == sorted(list(s)), len(s))

# Dict lookups agree with the hashes.
d = {(1, 2): 'a', 0.1: 'b', 2**64: 'c', frozenset({1}): 'd', H(2**50): 'e'}
print(d[(1, 2)], d[0.1], d[2**64], d[frozenset({1})], d[H(2**50)], (2, 1) in d, 2**64 + 1 in d)

for bad in ([1], (1, [2]), {1: 2}, {3}):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
