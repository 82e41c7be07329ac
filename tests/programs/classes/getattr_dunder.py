# __getattr__ is called only for missing attributes; getattr/hasattr interplay; dynamic proxies.
class Dyn:
    real = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"Dyn has no {name}")
d = Dyn()
print(d.real, d.inst, d.x_hello, getattr(d, "x_abc"), hasattr(d, "x_q"), hasattr(d, "nope"), getattr(d, "nope", "default"))
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
class Plain:
    pass
try:
    Plain().foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.bar
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real_part
except AttributeError as e:
    print("AttributeError:", e)
