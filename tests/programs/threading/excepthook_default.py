# The default excepthook prints 'Exception in thread ...' and a traceback to stderr; the program carries on.
import threading

results = []
lock = threading.Lock()


def good(k):
    with lock:
        results.append(k)


def bad():
    raise ZeroDivisionError("thread failed on purpose")


ts = [threading.Thread(target=good, args=(k,)) for k in range(3)]
ts.insert(1, threading.Thread(target=bad, name="failing"))
for t in ts:
    t.start()
for t in ts:
    t.join()
print("others finished:", sorted(results))
print("failing thread ended:", not ts[1].is_alive())
print("main still running")
