# if / elif / else chains, nested conditions and conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        if n > 100:
            return "big even"
        return "even"
    else:
        return "odd"
for n in (-5, 0, 4, 7, 102, 103):
    print(n, classify(n))
x = 5
if x:
    print("truthy")
if not []:
    print("empty list is falsy")
if x > 3 and x < 10 or x == 100:
    print("range")
y = "big" if x > 3 else "small"
print(y, "a" if 0 else "b" if 1 else "c")
if x == 1: print("one")
elif x == 5: print("five")
