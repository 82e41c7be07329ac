# current_thread() inside a thread is that Thread object; main_thread() is the same object everywhere.
import threading

facts = {}


def body():
    me = threading.current_thread()
    facts["is t"] = me is t
    facts["is main"] = me is threading.main_thread()
    facts["main name"] = threading.main_thread().name
    facts["main ident differs"] = threading.main_thread().ident != threading.get_ident()
    facts["is Thread"] = isinstance(me, threading.Thread)


t = threading.Thread(target=body)
t.start()
t.join()
for k in sorted(facts):
    print(k, facts[k])
print("main is current in main:", threading.main_thread() is threading.current_thread())
print("main is a Thread:", isinstance(threading.main_thread(), threading.Thread))
print("main daemon:", threading.main_thread().daemon)


class Worker(threading.Thread):
    def run(self):
        self.same = threading.current_thread() is self


w = Worker()
w.start()
w.join()
print("subclass current is self:", w.same)
