# Bare raise re-raises the current exception; raise inside except; re-raise a stored exception.
def risky():
    raise ValueError("original")
try:
    try:
        risky()
    except ValueError:
        print("logging, then re-raise")
        raise
except ValueError as e:
    print("outer got", repr(e))
saved = None
try:
    {}["x"]
except KeyError as e:
    saved = e
try:
    raise saved
except KeyError as e:
    print("raised stored", repr(e), e is saved)
try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
