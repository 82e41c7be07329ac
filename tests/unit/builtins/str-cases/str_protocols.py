def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

class S(str):
    pass
class T(str):
    def __str__(self): return "T!"
    def __repr__(self): return "T?"
class B(bytes):
    pass
class F:
    def __format__(self, spec): return "F<" + spec + ">"
class G:
    def __format__(self, spec): return 5
class R:
    def __repr__(self): return "Rrépr"
class I:
    def __index__(self): return 2
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
s = S("hello")
tests = [
 lambda: s, lambda: type(s), lambda: s + "x", lambda: type(s + "x"), lambda: s * 2, lambda: type(s * 2), lambda: s.upper(), lambda: type(s.upper()),
 lambda: s == "hello", lambda: "hello" == s, lambda: s < "z", lambda: hash(s) == hash("hello"), lambda: {s: 1}["hello"], lambda: len(s), lambda: s[1], lambda: s[1:3],
 lambda: list(s), lambda: "ell" in s, lambda: str(s), type(str(s)), lambda: repr(s), lambda: f"{s}", lambda: f"{s:>8}", lambda: "%s" % s, lambda: s % (), 
 lambda: str(T("abc")), lambda: repr(T("abc")), lambda: f"{T('abc')}", lambda: f"{T('abc')!s}", lambda: f"{T('abc')!r}", lambda: "%s %r" % (T("a"), T("b")), lambda: "{}".format(T("q")),
 lambda: T("abc") + "d", lambda: S(), lambda: S(5), lambda: S(b"ab", "ascii"), lambda: type(S(b"ab", "ascii")), lambda: B(b"xy"), lambda: type(B(b"xy")), lambda: B([65]) + b"c", lambda: B(2),
 lambda: format(F(), "abc"), lambda: f"{F():xyz}", lambda: "{:q}".format(F()), lambda: format(G()), lambda: f"{G()}",
 lambda: format(R()), lambda: ascii(R()), lambda: f"{R()!a}", lambda: "%a" % R(), lambda: format(None), lambda: format(None, ""), lambda: format(None, "5"),
 lambda: format(1.5, "") , lambda: format(True, ""), lambda: format(True, "5"), lambda: format(True, "x"), lambda: f"{True:>6}", lambda: f"{False!r:>6}",
 lambda: format(3), lambda: format(3, "b"), lambda: format("x", "<3"), lambda: format(value=3), lambda: format(3, format_spec="x"), lambda: format(), lambda: format(1,2,3),
 lambda: ascii("é😀\n"), lambda: ascii([1, "é"]), lambda: ascii(b"\xff"), lambda: "a".__len__(), lambda: "abc".__getitem__(1), lambda: "abc".__getitem__(slice(1, None)),
 lambda: "abc".__contains__("b"), lambda: "a".__add__(1), lambda: "a".__mul__(3), lambda: "a".__rmul__(3), lambda: "a".__mod__(()), lambda: "a".__eq__(1), lambda: "a".__lt__("b"),
 lambda: "%d %x %o" % (I(), I(), I()), lambda: "%d %f" % (Num(), Num()), lambda: "%x" % Num(), lambda: "%c" % I(), lambda: "abc"[I()], lambda: "abcdef"[I():I()*2], lambda: "ab" * I(),
 lambda: "abc".find("c", I()), lambda: str(), lambda: str(object="x"), lambda: str(1, 2, 3, 4), lambda: str(b"x"), lambda: str([1, "a"]), lambda: str(None), lambda: str(1.0), lambda: str(2**100),
 lambda: str.join(",", ["a", "b"]), lambda: str.maketrans("ab", "xy"), lambda: "abc".translate(str.maketrans("ab", "xy", "c")), lambda: str.maketrans({"a": "b", 98: None}), lambda: str.maketrans({"ab": 1}),
 lambda: str.maketrans("a", "bc"), lambda: str.maketrans(1), lambda: "abc".translate({97: 0x1F600}), lambda: "abc".translate({97: -1}), lambda: "abc".translate({97: 1.5}), lambda: "abc".translate([]) ,
 lambda: "abc".translate(["x", "y"] * 50), lambda: "{0:{1}.{2}f}".format(3.14159, 10, 2), lambda: "{:,}".format(1234567), lambda: "{!r:^10}".format("a"), lambda: "{0}{0}".format(*["z"]),
 lambda: "{a[0]}{a[1]}".format(a="xy"), lambda: "{.__class__.__name__}".format(1), lambda: "{0[0][0]}".format([[5]]), lambda: "{} {}".format(*"ab"), lambda: "{x}".format(**{"x": 5}),
 lambda: "{0:%}".format(0.5), lambda: "{:c}".format(65), lambda: "{:=^7}".format("x"), lambda: f"{3.0:.0f}|{-0.0:+}|{1e300*1e300}", lambda: f"{'a'!r:>{2+3}}",
 lambda: "a\tb".expandtabs(), lambda: "a\tb\n\tc".expandtabs(3), lambda: "abc".expandtabs(tabsize=2), lambda: "x".zfill(-1), lambda: "-".zfill(3), lambda: "+12".zfill(6),
 lambda: "ab".center(5), lambda: "ab".center(6), lambda: "abc".center(6), lambda: "abc".center(5), lambda: "".join(["a"] * 3), lambda: ",".join(("a",)), lambda: ",".join({"a": 1}),
 lambda: ",".join(x for x in "abc"), lambda: ",".join(["a", 1, 2]), lambda: ",".join(iter([1])), lambda: "a,b,,c".split(",", maxsplit=2), lambda: "a b c".rsplit(maxsplit=1), lambda: "a b".split(sep=None),
 lambda: "abc".encode(errors="ignore"), lambda: "é".encode("latin1"), lambda: "é".encode("UTF8"), lambda: "é".encode("utf_8"), lambda: "x".encode("ascii", "bogus"), lambda: "é".encode("ascii", "bogus"),
 lambda: "\udcff".encode("utf-8", "surrogateescape"), lambda: b"\xff".decode("utf-8", "surrogateescape"), lambda: "aé".encode("utf-16") if False else 0,
 lambda: "Hello"[::-2], lambda: "Hello"[10:], lambda: "Hello"[-10:2], lambda: "Hello"[None:None:None], lambda: "😀a😀b"[1::2], lambda: "😀a😀b"[::-1], lambda: "😀a😀b"[-1], lambda: len("😀a😀b"),
 lambda: "😀a😀b".find("b"), lambda: "😀a😀b".index("a", 1), lambda: "😀a😀b".rfind("😀"), lambda: "😀a😀b".count("😀", 1), lambda: "😀a😀b".startswith("a", 1), lambda: "😀a😀b".endswith("😀", 0, 3),
 lambda: "😀".center(5, "x"), lambda: "a😀".zfill(4), lambda: "%5s|" % "😀", lambda: "%.1s|" % "😀😀", lambda: f"{'😀':*^5}", lambda: "😀a" > "😀",
 lambda: "a".isascii(), lambda: "Ǆ".istitle(), lambda: "ǅ".istitle(), lambda: "ǅa".istitle(), lambda: "A b".istitle(), lambda: "ΣΑΣ ΟΔΟΣ".lower(), lambda: "ΌΣΟΣ".lower(), lambda: "Σ".lower(), lambda: "aΣ".lower(), lambda: "aΣb".lower(),
]
for i, t in enumerate(tests):
    show(i, t)
