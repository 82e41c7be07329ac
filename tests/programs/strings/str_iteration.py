# Iterating and building strings: enumerate, zip, reversed, counting characters.
text = "mississippi"
counts = {}
for ch in text:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([(i, c) for i, c in enumerate("abc")], list(zip("abc", "12")))
print("".join(reversed(text)), text[::-1] == "".join(reversed(text)))
print(text.count("ss"), text.replace("ss", "SS"), text.title(), text.split("s"))
vowels = sum(1 for c in text if c in "aeiou")
print(vowels, [c for c in text if c not in "is"])
acc = []
for i in range(0, len(text), 3):
    acc.append(text[i:i + 3])
print(acc, "|".join(acc))
print(text.find("issi"), text.rfind("issi"), text.index("p"), text.partition("ssi"))
