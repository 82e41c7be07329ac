# __len__ and __bool__ drive len() and truthiness; __bool__ takes priority over __len__.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
print(len(Box([1, 2])), bool(Box([])), bool(Box([0])), "yes" if Box([1]) else "no", not Box([]))
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
    def __len__(self):
        print("len called")
        return 0
print(bool(Flag(True)), bool(Flag(False)))
if Flag(True) and Box([1]):
    print("both truthy")
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class NoLen: pass
print(bool(NoLen()))
