# The str.format method: positional, indexed, keyword, attribute and item fields, and escaped braces.
print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}={val}".format(name="n", val=3))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[key]}".format(d={"key": "v"}), "{{literal}} {}".format(5))
class P:
    x = 3
    y = "why"
print("{p.x} {p.y}".format(p=P()), "{0.x}".format(P))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:05d} {:.3f} {:x} {!r}".format(42, 3.14159, 255, "s"))
print("{0:{1}}|".format("w", 5), "{:{fill}{align}{width}}".format("z", fill="*", align=">", width=4))
print("{!s:>5}|{!r:<6}|".format(1, "a"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
