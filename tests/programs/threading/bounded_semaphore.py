# BoundedSemaphore: releasing more than was acquired raises ValueError and leaves the count unchanged.
import threading

b = threading.BoundedSemaphore(2)
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b.acquire(False), b.acquire(False), b.acquire(False))
b.release()
try:
    b.release(2)  # one permit would overflow the bound: nothing is released
except ValueError as e:
    print("release(2):", e)
print("count still 1 free:", b.acquire(False), b.acquire(False))
b.release()
b.release()

# Releases from other threads count against the same bound.
errors = []


def release_one():
    try:
        b.release()
    except ValueError as e:
        errors.append(str(e))


b.acquire()
threads = [threading.Thread(target=release_one) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors from threads:", len(errors), sorted(set(errors)))
print("is a Semaphore:", isinstance(b, threading.Semaphore))
