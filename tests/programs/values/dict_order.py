# dict keeps insertion order through deletions and re-insertions.
d = {}
for i in range(10):
    d[i * 7 % 10] = i
print(d)
for k in [3, 5, 9]:
    del d[k]
d[5] = "back"
print(d, list(d)[-1])
d[0] = "updated"
print(list(d.items())[:3])
words = "one two three four five six seven".split()
w = {word: len(word) for word in words}
print(w)
print(sorted(w, key=w.get), sorted(w.items(), key=lambda kv: (-kv[1], kv[0])))
del w["three"]
w["three"] = 5
print(list(w))
print(list(reversed(w)) if hasattr(w, "__reversed__") else None)
big = {}
for i in range(1000):
    big[str(i)] = i
for i in range(0, 1000, 2):
    del big[str(i)]
print(len(big), list(big)[:5], list(big)[-3:])
