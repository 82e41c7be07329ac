# Augmented assignment on names, attributes, subscripts; in-place for lists, rebinding for tuples/str.
x = 7
for op in range(12):
    pass
x += 3; x -= 1; x *= 4; x /= 3; print(x)
x //= 2; x **= 2; x %= 7; print(x)
n = 0b1100
n &= 0b1010; n |= 1; n ^= 0xF; n <<= 3; n >>= 1; print(n)
l = [1]
alias = l
l += [2, 3]
l *= 2
print(l, alias is l)
t = (1,)
tt = t
t += (2,)
print(t, tt, t is tt)
s = "ab"
s += "cd"
s *= 2
print(s)
class O:
    v = 1
o = O()
o.v += 10
print(o.v, O.v)
d = {"k": 1}
d["k"] += 5
d.setdefault("m", []).append(1)
d["m"] += [2]
print(d)
m = [[0, 0], [0, 0]]
m[1][0] -= 3
print(m)
calls = []
def key():
    calls.append("key")
    return 0
arr = [10]
arr[key()] += 1
print(arr, calls)
