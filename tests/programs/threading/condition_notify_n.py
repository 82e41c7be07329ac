# Condition.notify(n) wakes exactly n of the waiting threads; notify_all wakes the rest.
import threading

N = 5
cond = threading.Condition()
report = threading.Condition()  # a separate lock, so reporting never wakes cond's waiters
counts = {"waiting": 0, "woken": 0}


def waiter():
    with cond:
        with report:
            counts["waiting"] += 1
            report.notify_all()
        cond.wait()
        with report:
            counts["woken"] += 1
            report.notify_all()


threads = [threading.Thread(target=waiter) for _ in range(N)]
for t in threads:
    t.start()
with report:
    report.wait_for(lambda: counts["waiting"] == N)
# The last waiter holds cond until its wait() releases it, so once we get cond all N are waiting.
with cond:
    cond.notify(2)
with report:
    report.wait_for(lambda: counts["woken"] >= 2)
    print("woken after notify(2):", counts["woken"])
with cond:
    cond.notify()
with report:
    report.wait_for(lambda: counts["woken"] >= 3)
    print("woken after notify():", counts["woken"])
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print("woken after notify_all():", counts["woken"])
with cond:
    cond.notify(3)  # nobody waiting: a no-op
print("notify with no waiters is fine")
