# Recursion inside threads: deep but finite recursion works; runaway recursion raises RecursionError in
# that thread only, and the thread can catch it.
import threading

results = {}


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def runaway(n):
    return runaway(n + 1)


def deep(k):
    results[k] = depth(300 + k)


def guarded():
    try:
        runaway(0)
    except RecursionError as e:
        results["runaway"] = (type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
    results["after"] = depth(50)


ts = [threading.Thread(target=deep, args=(k,)) for k in range(3)]
ts.append(threading.Thread(target=guarded))
for t in ts:
    t.start()
for t in ts:
    t.join()
print([results[k] for k in range(3)])
print("runaway:", results["runaway"])
print("usable afterwards:", results["after"])
