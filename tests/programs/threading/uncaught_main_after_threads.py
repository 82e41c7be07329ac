# A thread fails (default hook, stderr), the others finish, then the main thread raises: exit status 1,
# and the last stderr line is the main thread's exception.
import threading

done = []


def work(k):
    if k == 1:
        raise LookupError("thread %d gave up" % k)
    done.append(k)


ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("finished:", sorted(done))
raise RuntimeError("main thread fails after joining everyone")
