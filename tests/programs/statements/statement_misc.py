# Semicolons, line continuations, expression statements and docstrings.
a = 1; b = 2; print(a + b)
total = (1 +
         2 +
         3)
longer = 1 + \
    2
print(total, longer)
items = [
    "x",
    "y",  # trailing comma
]
print(items)
def doc():
    """A docstring."""
    return doc.__doc__
print(doc())
"a bare string statement"
42
x = [1, 2, 3]; x.reverse(); print(x)
if a: print("one-line if")
for i in range(2): print("one-line for", i)
while a < 3: a += 1
print(a)
