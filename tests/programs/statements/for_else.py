# for loops over many iterables, with else, break and continue; the loop variable persists.
for x in [1, 2, 3]:
    print(x, end=" ")
print()
for ch in "hey":
    print(ch.upper(), end="")
print()
for k in {"a": 1, "b": 2}:
    print(k, end=",")
print()
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for v in range(3):
    pass
print("after loop v =", v)
for x in []:
    print("never")
else:
    print("empty loop else")
for i in range(10):
    if i % 3:
        continue
    print("multiple of 3:", i)
total = 0
for row in [[1, 2], [3], []]:
    for item in row:
        total += item
print(total)
items = [1, 2, 3]
for it in items:
    if it == 2:
        items.append(99) if len(items) < 5 else None
print(items)
