# isinstance checks on caught exceptions, exception objects as values, handlers matching tuples built at run time.
errors = (ValueError, TypeError)
for v in ["5", "x", None, [1]]:
    try:
        print(int(v))
    except errors as e:
        print("handled", type(e).__name__)
def raiser(cls, *args):
    raise cls(*args)
for cls in (KeyError, IndexError, ZeroDivisionError, AttributeError):
    try:
        raiser(cls, "msg")
    except LookupError as e:
        print("lookup:", type(e).__name__, e)
    except Exception as e:
        print("other:", type(e).__name__, e)
exc_list = [ValueError("a"), TypeError("b")]
print([str(e) for e in exc_list], [type(e).__name__ for e in exc_list])
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
e = Exception("x", 1)
print(e, repr(e), e.args[1])
try:
    raise Exception("outer") from ValueError("inner")
except Exception as ex:
    print(ex, "<-", ex.__cause__)
