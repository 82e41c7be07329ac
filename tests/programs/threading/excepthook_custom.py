# A custom threading.excepthook receives exc_type, exc_value, exc_traceback and the thread; others finish normally.
import threading

caught = []
lock = threading.Lock()


def hook(args):
    with lock:
        caught.append((args.thread.name, args.exc_type.__name__, str(args.exc_value),
                       args.exc_traceback is not None, isinstance(args.exc_value, args.exc_type)))


threading.excepthook = hook
results = {}


def ok(k):
    results[k] = k * 10


def fails(k):
    raise ValueError("bad value %d" % k)


def key_error():
    {}["missing"]


threads = [threading.Thread(target=ok, args=(k,), name="ok-%d" % k) for k in range(3)]
threads += [threading.Thread(target=fails, args=(k,), name="bad-%d" % k) for k in range(2)]
threads.append(threading.Thread(target=key_error, name="keyerr"))
threads.append(threading.Thread(target=ok, args=(1, 2), name="wrong-args"))
for t in threads:
    t.start()
for t in threads:
    t.join()
for c in sorted(caught):
    print(c)
print("results:", sorted(results.items()))
print("hook is ours:", threading.excepthook is hook)
print("original kept:", threading.__excepthook__ is not hook)
threading.excepthook = threading.__excepthook__
