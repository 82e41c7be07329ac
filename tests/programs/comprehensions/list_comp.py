# List comprehensions: transformations, filters, nested loops, conditional expressions.
print([x * 2 for x in range(6)], [x for x in range(20) if x % 3 == 0], [c.upper() for c in "abc"])
print([(x, y) for x in range(3) for y in "ab"], [x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print(["even" if x % 2 == 0 else "odd" for x in range(4)], [[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))], [[row[i] for row in matrix] for i in range(3)])
print([x for x in [3, None, 0, "", "a", []] if x], [len(w) for w in "the quick brown".split() if len(w) > 3])
print([y for x in [[1, 2], [3], []] for y in x], [(i, c) for i, c in enumerate("xyz") if i != 1])
print([x for x in range(30) if x % 2 if x % 3], [a + b for a, b in zip("abc", "def")])
