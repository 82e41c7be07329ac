# A first pygil program: a greeting and a little computed output.
name = "pygil"
print(f"Hello from {name}!")
squares = [n * n for n in range(1, 11)]
print("squares:", squares)
print("sum of squares:", sum(squares))
print("2 ** 100 =", 2 ** 100)
print("1 / 3 =", 1 / 3)
words = "the quick brown fox jumps over the lazy dog".split()
print("longest word:", max(words, key=len))
print("title case:", " ".join(w.capitalize() for w in words))
