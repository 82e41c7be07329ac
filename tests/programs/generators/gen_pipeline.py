# Generator pipelines: reading, filtering, mapping, batching, infinite sources cut short.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def squares(it):
    for v in it:
        yield v * v
def only_odd(it):
    return (v for v in it if v % 2)
def batch(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(take(8, squares(only_odd(numbers())))))
print(list(batch(range(10), 4)))
lines = ["# comment", "a=1", "", "b = 2", "# x", "c=3"]
parsed = (l.split("=") for l in lines if l and not l.startswith("#"))
cfg = {k.strip(): int(v) for k, v in parsed}
print(cfg)
def running_sum(it):
    s = 0
    for v in it:
        s += v
        yield s
print(list(running_sum(take(10, numbers()))))
