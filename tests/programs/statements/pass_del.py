# pass in every block kind and del of names, items, slices and attributes.
def nothing():
    pass
class Empty:
    pass
for _ in range(2):
    pass
if True:
    pass
print(nothing(), Empty.__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), hasattr(o, "other"))
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del o.nope
except AttributeError as e:
    print("AttributeError:", e)
