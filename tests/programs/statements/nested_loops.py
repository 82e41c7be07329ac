# Nested loops with break/continue only affecting the innermost loop; a multiplication table.
for i in range(1, 6):
    row = []
    for j in range(1, 6):
        if j > i:
            break
        row.append(i * j)
    print(" ".join(f"{v:2d}" for v in row))
found = None
for a in range(1, 30):
    for b in range(a, 30):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 30:
            print("triple", a, b, c)
            if found is None:
                found = (a, b, c)
print("first", found)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
for row in grid:
    for v in row:
        if v % 2:
            continue
        print(v, end=" ")
print()
