# Uncaught AssertionError with a message.
def check(xs):
    assert len(xs) < 3, f"too many items: {len(xs)}"
    return sum(xs)
print(check([1, 2]))
print(check([1, 2, 3]))
