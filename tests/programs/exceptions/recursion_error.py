# RecursionError is catchable; the limit is settable and the program continues after it.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached between 150 and 200:", 150 < depth <= 200)
sys.setrecursionlimit(1000)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
