# Helper module for the imports programs (not a golden program itself: leading underscore).
print("loading _shapes, __name__ =", __name__)
PI = 3.14159
_private = "hidden"
loads = 0
def area(r):
    return PI * r * r
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
def bump():
    global loads
    loads += 1
    return loads
if __name__ == "__main__":
    print("never printed when imported")
