# pygil-flags: --max-heap 32m
# 10 million iterations that each allocate a float, a list and a dict which die young, while a small
# live set (a ring of 64 slots) keeps changing. Tens of GB are allocated in all: finishing within
# --max-heap 32m shows the collector reclaims them (issue 2: "a 10-million-iteration garbage loop in
# bounded memory"). The checksum must equal CPython's.

N = 10_000_000
ring = [None] * 64
acc = 0.0
check = 0
for i in range(N):
    f = i * 0.5                       # a float
    cell = [i, f]                     # a list
    d = {"i": i, "cell": cell}        # a dict
    if i % 1000 == 0:
        ring[(i // 1000) % 64] = d    # the live set changes slowly
    acc += d["cell"][1]
    check = (check * 31 + i) % 1_000_000_007
alive = sum(1 for x in ring if x is not None)
print(N, alive, acc, check)
print(sorted(x["i"] for x in ring)[:3])
