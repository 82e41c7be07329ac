# Lost updates: N threads add to a shared counter, with or without a lock. argv: threads iterations locked
import sys, threading
n, iters, locked = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == '1'
counter = 0
lock = threading.Lock()
ready = threading.Barrier(n)   # start together: workers boot one by one
def work():
    global counter
    ready.wait()
    if locked:
        for _ in range(iters):
            with lock:
                counter += 1
    else:
        for _ in range(iters):
            counter += 1
ts = [threading.Thread(target=work) for _ in range(n)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, n * iters)
