# repr, str and ascii of builtin values.
vals = [0, -1, 3.0, 1e-9, "s", "q'uote", 'd"q', "both'\"", "\n\t\\", b"\x01b", [], (), {}, set(), None, True, range(2, 5)]
for v in vals:
    print(repr(v), "|", str(v), "|", ascii(v))
print(repr("é"), ascii("é"), ascii("\U0001F600"), ascii(["é"]))
print(str(b"x"), repr(str), repr(int), repr(object), str(type(3)))
