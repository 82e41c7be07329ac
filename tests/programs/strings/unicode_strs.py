# Non-ASCII text: length counts code points, slicing, encoding sizes, case mapping.
words = ["naïve", "日本語", "Ελληνικά", "emoji \U0001F40D", "Zürich", "ﬁne"]
for w in words:
    b = w.encode("utf-8")
    print(w, len(w), len(b), w[::-1], w.upper(), w[1:3], b.decode() == w)
print([ord(c) for c in "é€𝄞"], chr(8364), chr(120094))
print("Straße".upper(), "İ".lower() == "i\u0307", len("İ".lower()))
print(repr("\u200b"), repr("é"), repr("\U0001F40D"), ascii("é\U0001F40D"))
