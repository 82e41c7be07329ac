# __repr__ and __str__: which one print, str(), repr(), f-strings and containers use.
class Both:
    def __repr__(self): return "Both<repr>"
    def __str__(self): return "Both<str>"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only-str"
b, r = Both(), OnlyRepr()
print(b, str(b), repr(b), f"{b}", f"{b!r}", [b], (b,), {"k": b})
print(r, str(r), [r], "%s %r" % (r, r))
s = str(OnlyStr())
print(s, repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        return f"Node({self.v!r}, {self.kids!r})" if self.kids else f"Node({self.v!r})"
print(Node("root", [Node(1), Node("x", [Node(2.5)])]))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
