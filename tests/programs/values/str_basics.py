# str values: indexing, slicing, escapes, repr quoting, comparison and concatenation.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:3] == "")
print(len(s), len(""), "lo" in s, "xyz" not in s)
print("ab" + "cd", "ab" * 3, 3 * "-", "" * 5 == "")
print("apple" < "banana", "Zebra" < "apple", "abc" < "abcd", "b" > "abc")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"), repr("back\\slash"))
print(repr("\x00\x07\x1b"), repr("\u00e9"), repr("\u4e2d"), repr("\x7f"), repr("\r"))
print("caf\u00e9", len("caf\u00e9"), "\N{GREEK SMALL LETTER ALPHA}" if False else "\u03b1")
print("multi\nline")
print("""triple
quoted""", '''other''')
print(r"raw\n", len(r"\n"))
print("a" "b" "c")
t = "abc"
print(list(t), tuple(t), [c for c in t])
print(ord("A"), chr(97), ord("\u20ac"), chr(0x1F600) == "\U0001F600")
print(str(12) + str(3.5) + str(None) + str([1, "a"]))
print("x".join(["1", "2", "3"]), "abc".upper())
print(s.find("o"), s.index("W"), s.count("l"))
