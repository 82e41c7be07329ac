# generator.send: priming, values flowing both ways, running averages, sending to a fresh generator.
def echo():
    received = None
    while True:
        received = yield f"got {received}"
        if received == "stop":
            return "stopped"
e = echo()
print(next(e))
print(e.send("a"))
print(e.send(1))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration value:", s.value)
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])
try:
    echo().send("early")
except TypeError as ex:
    print("TypeError:", ex)
g = echo()
print(g.send(None))
