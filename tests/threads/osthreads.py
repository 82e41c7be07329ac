# Each live Python thread is one more OS thread of the Node process, with its own native id.
import threading, time
def os_threads():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('Threads:'):
                return int(line.split()[1])
time.sleep(0.6)                      # the spare worker that `import threading` asked for has booted
before = os_threads()
go = threading.Event()
ids = []
started = threading.Barrier(5)
def park():
    ids.append(threading.get_native_id())
    started.wait()
    go.wait()
ts = [threading.Thread(target=park) for _ in range(4)]
for t in ts: t.start()
started.wait()
time.sleep(0.6)                      # the replacement spare has booted too
after = os_threads()
go.set()
for t in ts: t.join()
print(after - before, len(set(ids + [threading.get_native_id()])))
