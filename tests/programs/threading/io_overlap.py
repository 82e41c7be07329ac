# I/O-bound threads overlap: time.sleep releases the GIL, so 4 threads sleeping 0.2 s take ~0.2 s, not 0.8 s.
import threading
import time

ready = threading.Barrier(5)
done = []


def io_task(k):
    ready.wait()  # start the clock only once every thread exists
    time.sleep(0.2)
    done.append(k)


ts = [threading.Thread(target=io_task, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
ready.wait()
start = time.monotonic()
for t in ts:
    t.join()
elapsed = time.monotonic() - start
print("all done:", sorted(done))
print("overlap:", elapsed < 0.6)
print("slept at least once:", elapsed >= 0.19)
