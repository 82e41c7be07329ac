# format() builtin and __format__ on user classes, used by f-strings and str.format.
class Temp:
    def __init__(self, deg):
        self.deg = deg
    def __format__(self, spec):
        if spec == "F":
            return f"{self.deg * 9 / 5 + 32:.1f}F"
        return f"{self.deg:{spec}}C" if spec else f"{self.deg}C"
t = Temp(21.5)
print(format(t), format(t, "F"), f"{t}", f"{t:F}", f"{t:>8}", "{:F}".format(t), "{0:.2f}".format(t))
print(format(42), format(42, "b"), format("s", "^5"), format(3.5, "08.3f"), format(True), format(None))
print(format([1, 2]), format((1,)), format({"a": 1}))
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>8}")
try:
    format(Plain(), ">5")
except TypeError as e:
    print("TypeError:", e)
