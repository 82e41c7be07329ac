# Threads that start threads: a binary tree of depth 3 sums its leaves; each parent joins its children.
import threading

leaf_log = []
lock = threading.Lock()


def node(depth, index, out):
    if depth == 0:
        with lock:
            leaf_log.append(index)
        out.append(index)
        return
    left, right = [], []
    kids = [threading.Thread(target=node, args=(depth - 1, 2 * index, left)),
            threading.Thread(target=node, args=(depth - 1, 2 * index + 1, right))]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
    out.append(sum(left) + sum(right))


result = []
root = threading.Thread(target=node, args=(3, 1, result))
root.start()
root.join()
print("sum of leaves:", result[0])
print("leaves:", sorted(leaf_log))
print("active after:", threading.active_count())
