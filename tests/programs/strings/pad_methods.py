# zfill, center, ljust, rjust.
for s in ["42", "-42", "+7", "abc", "", "12345678"]:
    print(repr(s.zfill(6)), repr(s.center(9)), repr(s.center(8, "*")), repr(s.ljust(6, ".")), repr(s.rjust(6)), repr(s.center(2)))
print("abc".center(6), "|" + "ab".center(5, "-") + "|", "|" + "a".center(4) + "|", "|" + "ab".center(7) + "|")
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
