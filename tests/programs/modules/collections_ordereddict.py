# collections.OrderedDict: order, move_to_end, popitem(last=...), equality sensitivity to order.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict([(1, "a"), (2, "b")])
y = OrderedDict([(2, "b"), (1, "a")])
print(x == y, dict(x) == dict(y), x == {2: "b", 1: "a"})
print(OrderedDict(), OrderedDict.fromkeys("ab", 0), isinstance(x, dict))
