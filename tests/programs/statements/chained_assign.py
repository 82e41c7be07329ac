# Chained assignment binds the same object to each target, left to right.
a = b = c = []
a.append(1)
print(a, b, c, a is b is c)
x = y = 5
y += 1
print(x, y)
d = {}
d["k"] = d["j"] = 0
print(d)
p, q = r = 1, 2
print(p, q, r)
class O:
    pass
o = O()
o.a = o.b = "v"
print(o.a, o.b)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
