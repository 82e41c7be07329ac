# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, 0 <= 0 < 1 <= 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5.0 == 5, "a" < "b" < "c", [1] < [2] < [3])
print(1 < 2 is not None, None is None is None, 1 in [1] in [[1]])
print((1 < 2) == True, not 1 > 2)
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", "a" != 1, None == 0, [] == (), 1 != 1.0)
