# f-string conversions !s, !r, !a and the = debugging form.
class C:
    def __str__(self):
        return "str-C"
    def __repr__(self):
        return "repr-C"
c = C()
s = "caf\u00e9 'q'"
print(f"{c} {c!s} {c!r} {c!a}")
print(f"{s} {s!r} {s!a} {s!s}")
print(f"{[s]} {[c]!s} {3.5!r} {None!a}")
x = 42
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{s=}", f"{x*2=}", f"{c=!s}")
print(f"{s!r:>20}|", f"{c!r:^10}|")
