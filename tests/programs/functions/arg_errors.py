# TypeError messages for bad calls, worded as CPython 3.11 words them.
def two(a, b):
    return a + b
def one_default(a, b=1):
    return a
class K:
    def meth(self, x):
        return x
num, text, nothing = 5, "s", None
calls = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: two(1, 2, a=3),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: K().meth(),
    lambda: K().meth(1, 2),
    lambda: (lambda: 0)(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: num(),
    lambda: text(),
    lambda: nothing(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(e)
