# Messages of exceptions raised by builtin operations.
def gen():
    yield 1
def ubl():
    print(undefined_local)
    undefined_local = 1
cases = [
    lambda: [1, 2][10], lambda: (1,)[-5], lambda: "ab"[9], lambda: {"a": 1}["b"], lambda: {1: 2}[(1, 2)],
    lambda: (5).foo, lambda: None.bar, lambda: "s".nope(), lambda: undefined_name,
    lambda: 1 + "a", lambda: "a" - 1, lambda: [] + (), lambda: -"s", lambda: ~1.5, lambda: len(5),
    lambda: int("12a"), lambda: int("7", 2), lambda: float("x1"), lambda: int(""), lambda: chr(-1),
    lambda: [].remove(3), lambda: "abc".index("z"), lambda: int(None), lambda: sum(["a"]),
    lambda: next(iter([])), lambda: ubl(), lambda: {}.pop("x"), lambda: set().remove(0),
    lambda: "a" < 1, lambda: sorted([1, "a"]), lambda: list(5), lambda: dict([1]),
    lambda: 10 ** 400 * 1.0, lambda: [1] * "a", lambda: object().x, lambda: max([]), lambda: min(()),
    lambda: hash({}), lambda: {}[[]],
]
for c in cases:
    try:
        c()
        print("no error?")
    except Exception as e:
        print(type(e).__name__ + ":", e)
