# An exception in one thread does not stop the others, nor the main thread; the failed thread just ends.
import threading

failures = []
threading.excepthook = lambda args: failures.append(args.thread.name)
totals = {}
started = threading.Barrier(6)


def summer(k):
    started.wait()
    s = 0
    for i in range(1000):
        s += i * k
    totals[k] = s


def crasher(k):
    started.wait()
    if k % 2:
        raise RuntimeError("odd crasher")
    return 1 / 0


ts = [threading.Thread(target=summer, args=(k,), name="sum%d" % k) for k in range(4)]
ts += [threading.Thread(target=crasher, args=(k,), name="crash%d" % k) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("totals:", [totals[k] for k in range(4)])
print("failed threads:", sorted(failures))
print("all ended:", not any(t.is_alive() for t in ts))

# try/except/finally inside a thread works as in the main thread.
log = []


def guarded():
    try:
        try:
            raise KeyError("k")
        finally:
            log.append("finally ran")
    except KeyError as e:
        log.append("caught " + repr(e))


t = threading.Thread(target=guarded)
t.start()
t.join()
print(log)
