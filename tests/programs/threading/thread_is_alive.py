# is_alive() before start, while running, after join; join before start is an error.
import threading

go = threading.Event()
started = threading.Event()


def body():
    started.set()
    go.wait()


t = threading.Thread(target=body)
print("before start:", t.is_alive())
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
started.wait()
print("while parked:", t.is_alive())
go.set()
t.join()
print("after join:", t.is_alive())
print("main alive:", threading.main_thread().is_alive())
print("current is main alive:", threading.current_thread().is_alive())
