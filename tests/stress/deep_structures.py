# pygil-flags: --max-heap 256m
# Large and deep structures that stay alive across many collections while garbage churns around
# them, then are dropped and rebuilt: a 500k-node linked chain of lists, a 200k-entry dict of tuples,
# a wide tree of dicts, and rings of objects that reference each other (cycles). Every round checks
# all of them against checksums computed while building, so a collector that frees or overwrites a
# live object (or misses a field) changes the output; rebuilding after dropping shows the memory of
# dead structures (cycles included) is reused within --max-heap.


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt


def build_chain(n, seed):
    head = None
    for i in range(n):
        head = [i * seed % 1009, head]
    return head


def chain_sum(head):
    s = 0
    n = 0
    while head is not None:
        s = (s * 7 + head[0]) % 1_000_003
        head = head[1]
        n += 1
    return n, s


def build_tree(depth, fanout, tag):
    root = {"tag": tag, "kids": []}
    level = [root]
    for d in range(depth):
        nxt = []
        for node in level:
            for k in range(fanout):
                child = {"tag": node["tag"] * fanout + k, "kids": [], "up": node}  # up: a cycle
                node["kids"].append(child)
                nxt.append(child)
        level = nxt
    return root


def tree_sum(root):
    total = 0
    count = 0
    stack = [root]
    while stack:
        node = stack.pop()
        total = (total + node["tag"]) % 1_000_000_007
        count += 1
        stack.extend(node["kids"])
    return count, total


def build_ring(n):
    first = Node(0, None)
    cur = first
    for i in range(1, n):
        cur = Node(i, cur)
    first.next = cur  # closes the cycle
    return first


def ring_sum(first):
    s = first.v
    n = 1
    cur = first.next
    while cur is not first:
        s += cur.v
        n += 1
        cur = cur.next
    return n, s


def churn(k):
    junk = 0
    for i in range(k):
        t = (i, [float(i)], {"x": str(i)})
        junk += len(t[2]["x"])
    return junk


for rnd in range(4):
    chain = build_chain(500_000, rnd + 3)
    table = {i: (i, str(i * rnd), float(i) / 7) for i in range(200_000)}
    tree = build_tree(7, 5, rnd)
    rings = [build_ring(1000 + j) for j in range(20)]
    want_chain = chain_sum(chain)
    want_tree = tree_sum(tree)
    want_table = sum(v[0] + len(v[1]) for v in table.values()) % 1_000_000_007
    want_rings = [ring_sum(r) for r in rings]
    junk = churn(300_000)
    assert chain_sum(chain) == want_chain
    assert tree_sum(tree) == want_tree
    assert sum(v[0] + len(v[1]) for v in table.values()) % 1_000_000_007 == want_table
    assert [ring_sum(r) for r in rings] == want_rings
    print(rnd, want_chain, want_tree, want_table, want_rings[0], want_rings[-1], junk, table[12345])
    chain = table = tree = rings = None  # drop everything: the next round must reuse the memory
    churn(100_000)
print("done")
