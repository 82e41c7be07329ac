# Lifecycle errors: start() twice, join() of the current thread, join() before start().
import threading

t = threading.Thread(target=lambda: None)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("second start while running or done:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("start after join:", e)

try:
    threading.current_thread().join()
except RuntimeError as e:
    print("main joins itself:", e)

errors = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print("thread joins itself:", errors)

fresh = threading.Thread(target=lambda: None)
try:
    fresh.join()
except RuntimeError as e:
    print("join before start:", e)
fresh.start()
fresh.join()
print("then started and joined fine:", fresh.is_alive())


class NoSuperInit(threading.Thread):
    def __init__(self):
        pass  # forgot Thread.__init__


try:
    NoSuperInit().start()
except RuntimeError as e:
    print("missing __init__:", e)
