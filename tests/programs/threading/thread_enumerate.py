# active_count() and enumerate() while threads are parked on an Event, and after they end.
import threading

go = threading.Event()
parked = threading.Semaphore(0)


def body():
    parked.release()
    go.wait()


base = threading.active_count()
print("base count:", base)
print("base names:", [t.name for t in threading.enumerate()])
threads = [threading.Thread(target=body, name="parked-%d" % i) for i in range(3)]
for t in threads:
    t.start()
for _ in threads:
    parked.acquire()
print("count while parked:", threading.active_count() - base)
names = sorted(t.name for t in threading.enumerate())
print("names while parked:", names)
print("all listed:", all(t in threading.enumerate() for t in threads))
print("main listed:", threading.main_thread() in threading.enumerate())
not_started = threading.Thread(target=body, name="never")
print("unstarted listed:", not_started in threading.enumerate())
go.set()
for t in threads:
    t.join()
print("count after join:", threading.active_count())
print("names after:", [t.name for t in threading.enumerate()])
