def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

tests = [
 lambda: "a".center(), lambda: "a".center(1,2,3), lambda: "a".zfill(), lambda: "a".find(), lambda: "a".find(1,2,3,4),
 lambda: "a".count(), lambda: "a".replace("a"), lambda: "a".strip(1,2), lambda: "a".startswith(), lambda: "a".join(),
 lambda: "a".split(1), lambda: "a".center(width=3), lambda: "a".upper(1), lambda: "a".partition(),
 lambda: "a".expandtabs(1,2), lambda: "a".encode(1), lambda: "a".ljust("x"), lambda: "a".center(3, 1), lambda: "a".find(1),
 lambda: "a".startswith(1), lambda: "a".startswith((1,)), lambda: "a".strip(1), lambda: "a".replace(1,2), lambda: str.upper(1),
 lambda: "a".split(None, "x"), lambda: "a".count(1), lambda: "a".index("b"), lambda: "a".removeprefix(1),
 lambda: "a".format_map(), lambda: "a".translate(), lambda: "a".splitlines(1,2), lambda: "a".isdigit(1), lambda: "a".find("a", "x"),
 lambda: "a".join(5), lambda: "a".encode("foo"), lambda: "é".encode("ascii"), lambda: "éé".encode("ascii"), lambda: "\ud800".encode(),
 lambda: "a€".encode("latin-1"), lambda: b"\xff".decode(), lambda: b"\xe2\x82".decode(), lambda: b"\xe2\x28\xa1".decode(),
 lambda: b"a\xf0\x90\x28".decode(), lambda: b"\xed\xa0\x80".decode(), lambda: b"\xc0\x80".decode(), lambda: b"\x80".decode("ascii"),
 lambda: "a".rjust(3, ""), lambda: str(b"a", "foo"), lambda: str("a", "utf-8"), lambda: str(1, "utf-8"),
 lambda: "a".__getitem__("x"), lambda: "abc"["a":], lambda: "abc"[::0], lambda: "a" * "b", lambda: "a" * 2.0, lambda: "a" < 1,
 lambda: "%d" % "a", lambda: "%x" % 1.5, lambda: "%f" % "a", lambda: "%c" % "ab", lambda: "%c" % 1.5, lambda: "%c" % -1,
 lambda: "%(a)s" % (1,), lambda: "%(a" % {"a":1}, lambda: "%" % 1, lambda: "%*d" % ("a", 1), lambda: "%.*f" % ("a", 1),
 lambda: "%y" % 1, lambda: "%s %s" % 1, lambda: "abc" % 1, lambda: "abc" % [], lambda: "%s" % {"a":1}, lambda: "%(a)s %s" % {"a":1},
 lambda: b"%s" % "a", lambda: b"%c" % 256, lambda: b"%c" % "a", lambda: b"%r" % "é", lambda: b"%a" % "é", lambda: b"%d" % 5.5,
 lambda: "{".format(), lambda: "}".format(), lambda: "{0".format(), lambda: "{!x}".format(1), lambda: "{0!}".format(1),
 lambda: "{0!r".format(1), lambda: "{0!rx}".format(1), lambda: "{0.}".format(1), lambda: "{0[}".format(1), lambda: "{0[0]x}".format([1]),
 lambda: "{:{:{}}}".format(1,2,3), lambda: "{a}".format_map({}), lambda: "{0}".format_map({}), lambda: "{}".format_map({}),
 lambda: "{0[a]}".format({"a":1}), lambda: "{0[0]}".format({"0":1}), lambda: "{0[-1]}".format([1]), lambda: "{0.x}".format(1),
 lambda: "{:d}".format("a"), lambda: "{:s}".format(1), lambda: format(1, 2), lambda: format(object(), "x"), lambda: "{:x}".format(object()),
 lambda: "{0:{1}}".format(1, "{"), lambda: "{:{}".format(1, 2), lambda: "{a.b[c]}".format(a=1), lambda: "{0[a]b}".format({}), lambda: "{}}".format(1),
 lambda: "{:>{}}".format(1, "x"), lambda: "{0}{1}{0}".format("a", "b"), lambda: "{0!r:>{1}}".format("a", 6), lambda: "{0[1][0]}".format([0, "xy"]),
 lambda: "{:{}}{}".format(1, 3, 2), lambda: "{0:{0}}".format(5), lambda: "x{{y}}z".format(), lambda: "{}{{}}".format(1),
 lambda: "{!a}".format("é"), lambda: "{!s:5}|".format(None), lambda: "{0.real}".format(5), lambda: "{0[0]}".format("xyz"),
 lambda: "{0:}".format(3.5), lambda: "{0!r}".format(3.5), lambda: "{x}{y}".format_map({"x": 1, "y": 2}),
]
for i, t in enumerate(tests):
    show(i, t)

strs = ["", "a", "abc", "  a b  ", "hello world", "aXbXc", "\tx\ty\n", "αβγ", "naïve café", "日本語テキスト", "😀x😀", "a😀b", "ß", "ǆemo", "ΑΣ ΣΑΣ", "İi", "ﬁ", "x\u0300y", "12", "١٢", "²", "½", "Ⅷ", "一", "a_1", "1a", "_", "\x00", " ", "\u2003", "A1 b2", "HELLO", "Hello World", "hello World"]
for s in strs:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), len(s))
    print(' ', s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
    print(' ', s.split(), s.rsplit(None, 1), s.split('a'), s.rsplit('a', 1), s.partition('a'), s.rpartition('a'), s.strip('a😀'), s.center(10, '*'), s.ljust(7, '😀'), s.zfill(5))
    print(' ', s[::-1], s[1:], s[::2], s[-2:], s[1:-1:2], list(s), [s[i] for i in range(len(s))], s.find('a'), s.rfind('a'), s.count('a'), s.find('😀', 1), s.count(''), s.find('', 3), s.rfind(''))
    print(' ', s.encode(), s.encode('utf-8', 'replace'), s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'), s.encode('latin-1', 'xmlcharrefreplace'), ascii(s), repr(s))
    print(' ', s.replace('a', '--'), s.replace('', '|'), s.replace('', '|', 2), s.startswith('a'), s.endswith(('c', 'd')), s.startswith('b', 1), s.expandtabs(4), s.splitlines(True), s.translate({97: 'A', 98: None, 99: 100}))
    print(' ', f"{s:>12}|{s:^9.3}|{s!r}|{s!a}|", "%5s|%-5s|%.2s|%r" % (s, s, s, s), "{:*^11}".format(s), s.join(['1', '2', '3']))
