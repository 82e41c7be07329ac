# Uncaught ZeroDivisionError at module level after some output.
print("before the error")
x = 10
y = 0
print(x / y)
print("never printed")
