# Uncaught ValueError from int() of a bad literal.
for s in ["1", "22", "three"]:
    print(int(s) * 2)
