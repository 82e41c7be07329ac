# any and all: empty iterables, short-circuiting on generators.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
seen = []
def check(v):
    seen.append(v)
    return v > 2
print(any(check(v) for v in [1, 3, 5]), seen)
seen.clear()
print(all(check(v) for v in [5, 1, 7]), seen)
print(any("abc"), all(""), any(x % 7 == 0 for x in range(1, 7)))
