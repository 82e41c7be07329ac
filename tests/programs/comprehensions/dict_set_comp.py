# Dict and set comprehensions (sets of small ints only, so their order is deterministic).
words = ["apple", "bob", "cat", "apple", "dog"]
print({w: len(w) for w in words}, {i: i * i for i in range(5) if i % 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()}, {k: v for k, v in zip("abc", range(3))})
print({x % 5 for x in range(20)}, {len(w) for w in words}, {(i, i) for i in range(2)} == {(0, 0), (1, 1)})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid)
print({k: v for k, v in grid.items() if v > 2}, {i for i in range(3)} | {x * 10 for x in range(3)})
