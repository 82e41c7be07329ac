# Deeply nested comprehensions: flattening, transposing, cartesian products and primes.
data = [[[1, 2], [3]], [[4, 5, 6]], []]
print([z for x in data for y in x for z in y])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[r[c] for r in m] for c in range(3)], [m[i][i] for i in range(3)], sum(sum(r) for r in m))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
print([p for p in range(2, 50) if all(p % d for d in range(2, int(p ** 0.5) + 1))])
print({k: {v: v * k for v in range(3)} for k in range(1, 3)})
print([[y * 2 for y in x if y % 2] for x in [[1, 2, 3], [4, 5]] if x])
words = ["hi", "there", "you"]
print([c for w in words if len(w) > 2 for c in w if c not in "aeiou"])
