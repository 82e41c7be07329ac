# RLock errors: releasing one you do not own, or one nobody holds, raises 'cannot release un-acquired lock'.
import threading

rlock = threading.RLock()
try:
    rlock.release()
except RuntimeError as e:
    print("unheld:", e)

rlock.acquire()
errors = []


def release_foreign():
    try:
        rlock.release()
    except RuntimeError as e:
        errors.append(str(e))


t = threading.Thread(target=release_foreign)
t.start()
t.join()
print("non-owner:", errors)
rlock.release()
# The owner's count is untouched by the failed release: one release was enough.
got = []
t = threading.Thread(target=lambda: got.append(rlock.acquire(blocking=False)))
t.start()
t.join()
print("free after owner's release:", got)
try:
    rlock.release()
except RuntimeError as e:
    print("main (now non-owner):", e)
