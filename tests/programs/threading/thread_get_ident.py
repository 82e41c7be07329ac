# threading.get_ident/get_native_id agree with _thread.get_ident and differ between threads that run at once.
import _thread
import threading

barrier = threading.Barrier(4)
ids = {}


def body(i):
    ids[i] = (threading.get_ident(), _thread.get_ident(), threading.get_native_id())
    barrier.wait()  # all four alive together, so their ids must be distinct


threads = [threading.Thread(target=body, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
body("main")
for t in threads:
    t.join()
print("threading == _thread:", all(a == b for a, b, _ in ids.values()))
print("all ints:", all(isinstance(x, int) for v in ids.values() for x in v))
print("distinct idents:", len({v[0] for v in ids.values()}))
print("distinct native ids:", len({v[2] for v in ids.values()}))
print("thread idents match:", [ids[i][0] == threads[i].ident for i in range(3)])
print("main ident stable:", ids["main"][0] == threading.get_ident())
