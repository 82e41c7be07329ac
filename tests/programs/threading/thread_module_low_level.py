# The low-level _thread module: start_new_thread, allocate_lock and get_ident.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()  # released by the new thread when it has finished: our join()
out = {}


def body(a, b, scale=1):
    out["sum"] = (a + b) * scale
    out["ident"] = _thread.get_ident()
    done.release()


ident = _thread.start_new_thread(body, (2, 3), {"scale": 10})
done.acquire()
print("sum:", out["sum"])
print("returned ident is an int:", isinstance(ident, int))
print("ident matches get_ident() in the thread:", ident == out["ident"])
print("differs from main:", ident != _thread.get_ident())
print("lock type:", type(done).__name__, "locked:", done.locked())
print("LockType:", isinstance(done, _thread.LockType))
done.release()
print("acquire_lock alias:", done.acquire_lock(), done.locked())
done.release_lock()
print("with statement:", end=" ")
with done:
    print(done.locked())

# Several low-level threads counting into a shared list, each signalling through its own lock.
locks = []
squares = [None] * 5


def square(i, lock):
    squares[i] = i * i
    lock.release()


for i in range(5):
    lk = _thread.allocate_lock()
    lk.acquire()
    locks.append(lk)
    _thread.start_new_thread(square, (i, lk))
for lk in locks:
    lk.acquire()
print(squares)
try:
    _thread.start_new_thread(body, [1, 2])
except TypeError as e:
    print("TypeError:", e)
print("threading.get_ident agrees:", threading.get_ident() == _thread.get_ident())
