# raise ... from ...: __cause__, __context__, __suppress_context__, from None.
class AppError(Exception):
    pass
def load():
    try:
        int("abc")
    except ValueError as e:
        raise AppError("load failed") from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
def quiet():
    try:
        {}["k"]
    except KeyError:
        raise AppError("quiet") from None
try:
    quiet()
except AppError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError("during handling")
try:
    implicit()
except IndexError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from KeyError("cause")
except ValueError as e:
    print(repr(e.__cause__))
