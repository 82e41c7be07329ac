# collections.defaultdict with list, int, set and lambda factories.
from collections import defaultdict
groups = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    groups[w[0]].append(w)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for c in "mississippi":
    counts[c] += 1
print(dict(counts), counts["q"])
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
d = defaultdict(None)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(groups, dict), groups.default_factory is list, "k" in groups, groups.get("nope"))
