# Errors inside generators propagate to the consumer; the generator is finished afterwards.
def fragile():
    yield 1
    raise ValueError("broken generator")
    yield 2
g = fragile()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished"))
def reentrant():
    yield next(gen)
gen = reentrant()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
def closes():
    try:
        yield 1
        yield 2
    finally:
        print("finally on close")
cl = closes()
for v in cl:
    print("got", v)
    break
print("after break")
cl.close()
print("after close")
