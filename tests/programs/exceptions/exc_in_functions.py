# Exceptions propagate up through calls, methods, lambdas and comprehensions; cleanup on the way.
def level3(x):
    return 10 / x
def level2(x):
    try:
        return level3(x)
    finally:
        print("cleanup level2")
def level1(x):
    return level2(x) + 1
print(level1(5))
try:
    level1(0)
except ZeroDivisionError as e:
    print("caught at top:", e)
try:
    [1 / (i - 2) for i in range(5)]
except ZeroDivisionError:
    print("from comprehension")
class Acct:
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            raise ValueError(f"insufficient funds: {self.bal} < {amt}")
        self.bal -= amt
        return self.bal
a = Acct(10)
for amt in (3, 20, 5):
    try:
        print("left", a.withdraw(amt))
    except ValueError as e:
        print("error:", e)
print(list(map(lambda f: f.__name__, [level1, level2])))
