def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)

bs = [b"", b"a", b"abc", b"  a b  ", b"hello world", b"a\x00\xff\x80'\"\\\t\n\r", b"'", b"'\"", b"ABC def", b"Hello World", b"12"]
for b in bs:
    print(repr(b), b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase(), len(b), str(b), b.hex(), bytes.fromhex(b.hex()) == b)
    print(' ', b.isdigit(), b.isalpha(), b.isalnum(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())
    print(' ', b.split(), b.rsplit(None, 1), b.split(b'a'), b.rsplit(b'a', 1), b.partition(b'a'), b.rpartition(b'a'), b.strip(b'a'), b.center(10, b'*'), b.ljust(7), b.zfill(5))
    print(' ', b[::-1], b[1:], b[::2], b[-2:], list(b), [b[i] for i in range(len(b))], b.find(b'a'), b.find(97), b.rfind(b'a'), b.count(b'a'), b.count(b''), b.find(b'', 3))
    print(' ', b.decode('latin-1'), b.decode('utf-8', 'replace'), b.decode('ascii', 'ignore'), b.decode('utf-8', 'backslashreplace'))
    print(' ', b.replace(b'a', b'--'), b.replace(b'', b'|'), b.startswith(b'a'), b.endswith((b'c', b'd')), b.splitlines(True), b'-'.join([b, b]), b + b'!', b * 2, 3 * b, b'a' in b, 97 in b)
    print(' ', b == b'abc', b < b'b', b >= b'a', hash(b) == hash(bytes(b)), b'%s|%5s|%-3d|%x' % (b, b, 5, 255), iter(b).__next__() if b else None)
tests = [
 lambda: bytes(), lambda: bytes(3), lambda: bytes([1, 2, 255]), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"),
 lambda: bytes("abc", "ascii"), lambda: bytes("é", "utf-8"), lambda: bytes("é", "ascii"), lambda: bytes(b"xy"), lambda: bytes(1.5),
 lambda: bytes(-1), lambda: bytes(range(5)), lambda: bytes("a", encoding="latin-1"), lambda: bytes(x for x in [65, 66]),
 lambda: bytes(["a"]), lambda: bytes(3, "ascii"), lambda: b"a" + "b", lambda: b"a" + 1,
 lambda: b"abc".decode("foo"), lambda: b"\xff".decode(), lambda: b"ab".join([b"x", "y"]), lambda: b"ab".join(5), lambda: b"a".split("a"),
 lambda: b"a".find("a"), lambda: b"a".startswith("a"), lambda: "a" in b"a", lambda: 300 in b"a", lambda: b"a".index(b"z"),
 lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex(" 01 02 ff "), lambda: b"\x01\x02".hex(":"), lambda: b"\x01\x02\x03".hex("-", 2),
 lambda: b"abc" < "abc", lambda: b"abc" == "abc", lambda: b"a" * 2.5, lambda: b"%d %s" % (1, b"x"), lambda: b"%s" % "x",
 lambda: b"abc".strip("a"), lambda: b"x".center(5, "*"), lambda: b"abc".replace("a", "b"), lambda: str(b"ab", "ascii"), lambda: str(b"\xff", "utf-8", "replace"),
 lambda: str(b"x", errors="strict"), lambda: str(encoding="ascii"), lambda: bytes(encoding="ascii"), lambda: b"abc"[1:2], lambda: b"abc"[-1], lambda: b"abc"[::-1],
 lambda: max(b"abc"), lambda: sorted(b"cba"), lambda: {b"a": 1}[b"a"], lambda: b"a".decode(encoding="ascii"), lambda: b"%c%c" % (65, b"B"),
]
for i, t in enumerate(tests):
    show(i, t)
