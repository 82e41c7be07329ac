# collections.deque: both ends, maxlen, rotate, indexing, repr.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([-1, -2])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(list(d), 7 in d, d.count(7), list(reversed(d)))
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen)
b.appendleft(99); print(b)
d.clear(); print(d, bool(d))
try:
    d.pop()
except IndexError as e:
    print("IndexError:", e)
e = deque("abc")
e.remove("b"); print(e, deque(), deque([[1]]))
