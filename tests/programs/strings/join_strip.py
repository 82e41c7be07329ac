# str.join and the strip family.
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(5)), ", ".join({"k": 1, "j": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "...".strip("."))
print(repr("".strip()), repr("   ".strip()), "www.example.com".strip("cmowz."), "\u3000 wide\u3000".strip())
