# getattr, setattr, hasattr, delattr with defaults and errors.
class Obj:
    cls_attr = "c"
    def __init__(self):
        self.x = 1
o = Obj()
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", "dflt"), hasattr(o, "x"), hasattr(o, "y"))
setattr(o, "y", 2)
setattr(o, "x", 10)
print(o.x, o.y, sorted(vars(o).items()))
delattr(o, "y")
print(hasattr(o, "y"))
print(getattr(5, "real"), getattr("abc", "upper")(), hasattr([], "append"), hasattr(None, "x"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
