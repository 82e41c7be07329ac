# Releasing an unlocked Lock raises RuntimeError in any thread; the message matches CPython.
import _thread
import threading

errors = []


def release_twice(lock):
    lock.acquire()
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        errors.append(str(e))


for make in (threading.Lock, _thread.allocate_lock):
    lock = make()
    try:
        lock.release()
    except RuntimeError as e:
        print("main:", e)
    t = threading.Thread(target=release_twice, args=(lock,))
    t.start()
    t.join()
print("thread:", errors)
lock = threading.Lock()
try:
    lock.__exit__(None, None, None)
except RuntimeError as e:
    print("__exit__:", e)
print("still usable:", lock.acquire(), lock.locked())
