# abs, pow (2 and 3 args), divmod and round on ints and floats; __abs__ and __round__ hooks.
print(abs(-5), abs(5.5), abs(-0), abs(-10 ** 30), pow(2, 8), pow(2, -2), pow(4, 0.5), pow(3, 4, 5), pow(10, 100, 97))
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2), round(2.5), round(3.5), round(-2.5), round(2.567, 2), round(5))
class Weird:
    def __abs__(self):
        return "abs called"
    def __round__(self, n=None):
        return f"round {n}"
print(abs(Weird()), round(Weird()), round(Weird(), 2))
try:
    abs("s")
except TypeError as e:
    print("TypeError:", e)
