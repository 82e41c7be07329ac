# Condition.wait_for: returns the predicate's value, waits until it is true, or gives up after a timeout.
import threading

cond = threading.Condition()
state = {"n": 0}
results = []


def waiter():
    with cond:
        ok = cond.wait_for(lambda: state["n"] >= 3)
        results.append(("saw", state["n"], ok))


t = threading.Thread(target=waiter)
t.start()
for _ in range(3):
    with cond:
        state["n"] += 1
        cond.notify_all()
t.join()
print(results)

with cond:
    print("already true:", cond.wait_for(lambda: "yes"))
    print("timeout, false:", cond.wait_for(lambda: state["n"] > 100, timeout=0.05))
    print("timeout returns falsy value itself:", repr(cond.wait_for(lambda: 0, timeout=0.01)))
try:
    cond.wait_for(lambda: True)
except RuntimeError as e:
    print("RuntimeError:", e)
