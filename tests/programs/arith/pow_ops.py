# Exponentiation: int, negative and float exponents, right associativity, pow with modulus.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** -2, 10 ** -3, type(2 ** -1).__name__)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 4 ** 0.5, 8 ** (1 / 3), 2.0 ** 10, 1.5 ** 2, (-1.5) ** 3)
print(0.0 ** 0, 1 ** 10 ** 6, (-1) ** 10 ** 6 + (-1) ** (10 ** 6 + 1))
print(pow(2, 10), pow(2, 10, 1000), pow(7, 123456, 13), pow(-3, 5, 7), pow(3, -1, 7), pow(5, 0, 1))
print(pow(2.0, 3), pow(9, 0.5), 10 ** 20, 10.0 ** 20, 10.0 ** 22)
print(round(1.0000001 ** 1000000, 9))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    pow(2, 3.5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
