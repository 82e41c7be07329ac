# Default arguments: evaluated once at definition time, shared mutable defaults, keyword override.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("A"), greet("B", "Hi"), greet("C", punct="?"), greet(greeting="Yo", name="D"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
n = 10
def show(v=n):
    return v
n = 20
print(show(), show(5))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
print(greet.__defaults__, show.__name__)
