# A thread that raises does not stop the others.
import threading
out = []
def bad():
    raise ValueError('boom')
def good(k):
    out.append(k)
ts = [threading.Thread(target=bad)] + [threading.Thread(target=good, args=(k,)) for k in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
