# Thread names: 'Thread-N (func)' by default, 'Thread-N' without a target, explicit names, renaming, MainThread.
import threading


def worker():
    pass


def other():
    pass


class Sub(threading.Thread):
    def run(self):
        pass


t1 = threading.Thread(target=worker)
t2 = threading.Thread(target=other)
t3 = threading.Thread()
t4 = Sub()
t5 = threading.Thread(target=worker, name="custom")
t6 = threading.Thread(target=lambda: None)
for t in (t1, t2, t3, t4, t5, t6):
    print(repr(t.name))
print(repr(t1))
print(repr(t5))
t1.name = "renamed"
print(t1.name)
t1.name = 123
print(repr(t1.name))
print(threading.main_thread().name)
print(threading.current_thread().name)

seen = []


def report():
    seen.append(threading.current_thread().name)


for i in range(3):
    t = threading.Thread(target=report)
    t.start()
    t.join()
print(seen)
t = threading.Thread(target=report, name="last")
t.start()
t.join()
print(seen[-1])
