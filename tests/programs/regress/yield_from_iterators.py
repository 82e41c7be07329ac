# Regressions: `yield from` a user-defined iterator keeps the value of its StopIteration (it was
# lost), and str/bytes indexing errors are worded as CPython 3.11 words them.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done at zero")
        self.n -= 1
        return self.n


def delegate():
    result = yield from Countdown(3)
    yield ("result", result)


print(list(delegate()))

def gen_with_send():
    got = yield from iter([1, 2])
    yield got

print(list(gen_with_send()))

for bad in (1.5, "x", None):
    try:
        "abc"[bad]
    except TypeError as e:
        print("str:", e)
    try:
        b"abc"[bad]
    except TypeError as e:
        print("bytes:", e)
for i in (3, -4):
    try:
        b"abc"[i]
    except IndexError as e:
        print("bytes:", e)
print("abc"[-1], b"abc"[-1], b"abc"[True])
s = set()
s.update(x * x for x in range(5))
l = [0]
l.extend(x for x in "ab")
print(sorted(s), l)
