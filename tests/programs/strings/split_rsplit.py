# str.split and str.rsplit with and without separators and maxsplit.
s = "  a  b\tc\n d  "
print(s.split(), s.split(" "), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))
t = "a,b,,c,"
print(t.split(","), t.rsplit(","), t.split(",", 1), t.rsplit(",", 1), t.split(",", 0), t.rsplit(",", 2))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "aaa".split("a"), "a--b--c".split("--"))
print("1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1), "x".split("x", -1))
print("one two  three".split(" "), "a.b.c.d".rsplit(".", 2))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
