# Miscellaneous str behaviour: immutability, iteration, ord/chr, comparisons, conversions.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print("TypeError:", e)
print(sorted("banana"), "".join(sorted("banana")), max("hello"), min("hello"), list(reversed("abc")))
print(str(), str(3), str(-1.5), str([1]), str(b"ab"), str(("a",)))
print("abc" == "abc", "abc" is not None, "a" * 0, "ab" < "b", "B" < "a", "a" < "B")
print(len("\U0001F600"), "\U0001F600".encode("utf-8"), len("\U0001F600".encode()))
print(s.upper().lower() == s, s[1:4].upper(), "%s!" % s)
t = ""
for ch in "abc":
    t = ch + t
print(t)
words = ["Banana", "apple", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print("x".join(map(str, range(3))), str.upper("q"), "Tab\tEnd".expandtabs(4) if hasattr(str, "expandtabs") else "")
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
