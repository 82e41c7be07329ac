# Uncaught AssertionError without a message.
x = 5
assert x > 0
print("first assert passed")
assert x > 10
