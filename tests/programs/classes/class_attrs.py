# Class attributes shared by instances, mutable class attributes, counting instances, class-level code.
class Counter:
    instances = 0
    shared = []
    squares = [i * i for i in range(4)]
    label = "c" * 3
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def add(self, v):
        self.shared.append(v)
a, b = Counter(), Counter()
a.add(1); b.add(2)
print(Counter.instances, a.id, b.id, Counter.shared, a.shared is b.shared, Counter.squares, Counter.label)
a.shared = ["own"]
print(a.shared, b.shared)
class Sub(Counter):
    instances = 100
s = Sub()
print(Sub.instances, Counter.instances, s.id)
print(getattr(Counter, "label"), Counter.__dict__["label"], "add" in Counter.__dict__)
setattr(Counter, "new_attr", 9)
print(a.new_attr, s.new_attr)
