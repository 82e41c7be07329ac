# Long strings (thousands of characters, ASCII and not, astral characters, lone surrogates) through
# the methods that read their text: split, strip, replace, find, upper, join, comparisons, hashing.
text = "\n".join(f"line {i}: " + "word " * (i % 7) + "é€" * (i % 3) + "😀" * (i % 2) for i in range(3000))
print(len(text), text.count("\n"), text.count("word"), text.count("😀"))
lines = text.split("\n")
print(len(lines), lines[0], lines[-1], lines[1234])
print(len(text.upper()), text.upper()[-40:], text.find("line 2999"), text.rfind("é€"))
print(text.replace("word", "W")[:60], len(text.replace("😀", "")))
again = "\n".join(lines)
print(again == text, hash(again) == hash(text), again is text)
odd = "x" * 500 + "\ud800" + "y" * 500 + "\udfff"
print(len(odd), repr(odd[499:502]), repr(odd[-2:]), odd.split("\ud800")[1][:3])
big = "abc " * 5000
print(len(big.split()), big.strip()[-5:], big.title()[:12], big.startswith("abc abc"), "c a" in big)
counts = {}
for w in (text * 2).split():
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts["word"], sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
