# assert passes silently, raises AssertionError with or without a message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
def check(v):
    assert isinstance(v, int), f"expected int, got {type(v).__name__}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
calls = []
assert calls.append(1) is None
print(calls)
