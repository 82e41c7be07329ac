# itertools product, permutations, combinations.
from itertools import product, permutations, combinations
print(list(product("ab", [1, 2])), list(product([0, 1], repeat=2)), list(product()), len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)), list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[:4], list(combinations([1, 2], 3)), len(list(combinations(range(10), 4))))
print(["".join(p) for p in permutations("xyz")], sum(1 for _ in product("ab", "cd", "ef")))
