# ident and native_id: None before start, ints afterwards, different between live threads, kept after join.
import threading

go = threading.Event()
ready = threading.Barrier(3)
seen = {}


def body(key):
    seen[key] = (threading.get_ident(), threading.get_native_id())
    ready.wait()
    go.wait()


a = threading.Thread(target=body, args=("a",))
b = threading.Thread(target=body, args=("b",))
print("ident before start:", a.ident, "native_id before start:", a.native_id)
a.start()
b.start()
ready.wait()
print("idents are ints:", isinstance(a.ident, int), isinstance(b.ident, int))
print("native ids are ints:", isinstance(a.native_id, int), isinstance(b.native_id, int))
print("idents differ:", a.ident != b.ident)
print("native ids differ:", a.native_id != b.native_id)
main_ident = threading.get_ident()
print("differ from main:", main_ident not in (a.ident, b.ident))
print("differ from main native:", threading.get_native_id() not in (a.native_id, b.native_id))
print("get_ident in thread == t.ident:", seen["a"][0] == a.ident, seen["b"][0] == b.ident)
print("get_native_id in thread == t.native_id:", seen["a"][1] == a.native_id, seen["b"][1] == b.native_id)
print("main ident == main_thread().ident:", main_ident == threading.main_thread().ident)
go.set()
ida = a.ident
a.join()
b.join()
print("ident kept after join:", a.ident == ida)
