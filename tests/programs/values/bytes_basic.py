# bytes: literals, indexing, slicing, len, repr and utf-8 round trips.
b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1])
print(list(b), b + b" world", b * 2, b"ell" in b, 104 in b)
print(b"\x00\xff\n\t'", b'"', b"it's", bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b == b"hello", b < b"help", b"" == bytes())
s = "caf\u00e9 \u4e2d \u20ac"
e = s.encode("utf-8")
print(e, len(e), len(s))
print(e.decode("utf-8") == s, e.decode() == s, "abc".encode())
print(type(b).__name__, isinstance(b, bytes), bytes("xyz", "utf-8"))
print(b.upper(), b.startswith(b"he"), b.find(b"l"), b.split(b"l"), b"-".join([b"a", b"b"]))
print(b.hex(), bytes.fromhex("414243"))
for x in b"AZ":
    print(x, end=" ")
print()
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as ex:
    print("UnicodeDecodeError:", ex)
try:
    b[0] = 1
except TypeError as ex:
    print("TypeError:", ex)
