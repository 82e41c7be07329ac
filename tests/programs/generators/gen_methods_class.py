# Generators as __iter__ methods of classes, and generator state queries.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, [v * 2 for v in t])
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), list(zip(c, "abc")))
def g():
    yield 1
gen = g()
print(gen.__name__)
for x in gen:
    print("loop", x)
