# The daemon flag: default from the creating thread, explicit argument, and errors after start.
import threading

info = {}


def inner():
    pass


def outer(key):
    child = threading.Thread(target=inner)
    info[key] = (threading.current_thread().daemon, child.daemon)
    explicit = threading.Thread(target=inner, daemon=False)
    info[key + " explicit False"] = explicit.daemon


print("main daemon:", threading.main_thread().daemon)
print("default in main:", threading.Thread(target=inner).daemon)
print("daemon=True:", threading.Thread(target=inner, daemon=True).daemon)

d = threading.Thread(target=outer, args=("from daemon",), daemon=True)
d.start()
d.join()
n = threading.Thread(target=outer, args=("from normal",))
n.start()
n.join()
for k in sorted(info):
    print(k, info[k])

t = threading.Thread(target=inner)
t.daemon = True
print("set before start:", t.daemon)
t.daemon = False
go = threading.Event()
t = threading.Thread(target=go.wait)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
go.set()
t.join()
print("unchanged:", t.daemon)
