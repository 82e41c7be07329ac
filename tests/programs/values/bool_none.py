# bool and None: arithmetic, truthiness, repr and identity.
print(True, False, None, repr(None), str(True))
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]), bool(()), bool({}), bool(None))
print(bool(range(0)), bool(range(1)), bool(set()), bool(frozenset([1])), bool(b""), bool(b"\x00"))
print(None is None, None == None, None is not False, type(None).__name__)
print(True == 1, False == 0, True is True, isinstance(False, int), hash(True), hash(False))
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or [] or 0, not 0, not "a")
print(True and None, False or None)
print(int(True), float(False), str(False).upper())
print(sum([True, True, False, True]), max(True, 0), sorted([True, False, True]))
d = {True: "yes", 1: "one", 0: "zero", False: "no"}
print(d)
def f():
    pass
print(f(), f() is None)
