# Many forced switches: 8 CPU-bound threads at a tiny interval; each thread's sum must be exact.
import threading, gil
results = [0] * 8
ready = threading.Barrier(8)   # all eight compete from the start (workers boot one by one)
def work(k):
    ready.wait()
    s = 0
    for i in range(4000):
        s += i * k
    results[k] = s
ts = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(results == [sum(i * k for i in range(4000)) for k in range(8)])
st = gil.stats()
print(st['total']['forced_drops'])
print(sorted(st['total']))
