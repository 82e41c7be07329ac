class P:
    def __init__(self, i): self.i = i; self.l = [i] * 20
    def __format__(self, spec): return "P" + str([self.i] * 3) + spec
    def __repr__(self): return "rep" + str([self.i] * 2)
    def __str__(self): return "str" + str(list(range(self.i % 7)))
    @property
    def prop(self): return [P(self.i + 1)] * 3
class M(dict):
    def __missing__(self, k): return [k] * 5
total = 0
for i in range(4000):
    p = P(i)
    s = "{0.prop[1]!r:>5} {0:x{1}} {q} {0.l[3]} {0!s}".format(p, i % 10, q=[P(i)] * 2)
    t = "%(a)s %(b)r %(c)s" % M(a=P(i), b=[i])
    u = f"{p!r:>30}{p:{'>' + str(i % 5)}}{[P(i)]}"
    v = "{a}{b}".format_map(M(a=P(i)))
    w = ",".join(str(P(j)) for j in range(5))
    x = "-".join(map(repr, [P(i), P(i + 1)]))
    y = b"%s-%d" % (str(i).encode(), i)
    total += len(s) + len(t) + len(u) + len(v) + len(w) + len(x) + len(y)
    if i % 1000 == 0:
        print(s, t, u, v, w, x, y)
print(total)
