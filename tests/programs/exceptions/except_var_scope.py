# The 'as' target is deleted after the except block; exceptions inside except and in loops.
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
results = []
for v in ["1", "x", "3", None]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as err:
    print(repr(err), repr(err.__context__))
def f():
    try:
        return 1 / 0
    except ZeroDivisionError as err:
        return type(err).__name__
print(f())
