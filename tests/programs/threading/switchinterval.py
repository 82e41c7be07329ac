# sys.setswitchinterval/getswitchinterval round trip, invalid values, and threads still correct afterwards.
import sys
import threading

# CPython keeps the interval in whole microseconds (int(1e6 * value)) and returns 1e-6 * that,
# which is why 0.1 reads back as 0.09999999999999999.
original = sys.getswitchinterval()
print("default:", original)
for value in (0.001, 0.0005, 0.01, 0.1, 0.0000015):
    sys.setswitchinterval(value)
    print("set", value, "read back", sys.getswitchinterval())
for bad in (0, -1, -0.001):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
print("unchanged by errors:", sys.getswitchinterval())
try:
    sys.setswitchinterval("fast")
except TypeError:
    print("TypeError for a str")
print("type:", type(sys.getswitchinterval()).__name__)

# A very short interval makes threads switch often; locked results stay exact.
sys.setswitchinterval(0.0001)
lock = threading.Lock()
counts = [0]


def bump():
    for _ in range(3000):
        with lock:
            counts[0] += 1


ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("count:", counts[0])
sys.setswitchinterval(original)
print("restored:", sys.getswitchinterval() == original)
