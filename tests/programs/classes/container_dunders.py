# __getitem__/__setitem__/__delitem__/__contains__ with ints, slices and keys.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.cells.get(key, 0)
    def __setitem__(self, key, v):
        print("set", key, v)
        self.cells[key] = v
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[1, 2] = 5
g["name"] = "x"
print(g[1, 2], g[0, 0], g[1:5], g[::2], g["name"])
print((1, 2) in g, (3, 3) in g, "name" not in g)
del g[1, 2]
print((1, 2) in g)
g[0] = 1
g[0] += 10
print(g.cells)
try:
    del g["missing"]
except KeyError as e:
    print("KeyError:", e)
class ReadOnly:
    def __getitem__(self, i): return i
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    5[0]
except TypeError as e:
    print("TypeError:", e)
