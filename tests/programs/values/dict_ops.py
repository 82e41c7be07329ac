# dict: insertion order, methods, views and errors.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(d.pop("a"), d, d.pop("zz", "dflt"))
print(d.setdefault("e", 5), d.setdefault("b", 99), d)
d.update({"f": 6}, g=7); d.update([("h", 8)]); print(d)
del d["c"]; print(d)
print(d.popitem(), d)
e = dict(x=1, y=2); print(e, dict([(1, 2), (3, 4)]), dict(zip("ab", [1, 2])), dict.fromkeys([1, 2], 0))
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == dict())
k = {1: 1, 1.0: 2, True: 3}
print(k)
for key, value in {"p": 1, "q": 2}.items():
    print(key, value)
c = d.copy(); c.clear(); print(c, len(d))
m = {"x": [1], "y": {"z": (1, 2)}}
print(m, str(m))
r = {}
r["self"] = r
print(r)
d2 = {"a": 1}
d2 |= {"b": 2}
print(d2, d2 | {"a": 0})
try:
    d["missing"]
except KeyError as ex:
    print("KeyError", ex, repr(ex))
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError", ex)
try:
    {[1]: 2}
except TypeError as ex:
    print("TypeError", ex)
