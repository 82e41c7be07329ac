# Condition.notify_all: a start gate releasing every waiter, then a generation counter for repeated rounds.
import threading

cond = threading.Condition()
gen = {"round": 0, "arrived": 0}
log = {}
N = 4


def worker(k):
    seen = []
    for r in range(1, 4):
        with cond:
            gen["arrived"] += 1
            cond.notify_all()
            cond.wait_for(lambda: gen["round"] >= r)
            seen.append(gen["round"])
    log[k] = seen


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for r in range(1, 4):
    with cond:
        cond.wait_for(lambda: gen["arrived"] == N * r)
        gen["round"] = r
        cond.notify_all()
for t in threads:
    t.join()
for k in sorted(log):
    print(k, log[k])
