# Calling run() directly does not start a thread: the target runs in the caller, synchronously.
import threading

where = []


def record(tag):
    where.append((tag, threading.current_thread().name))


t = threading.Thread(target=record, args=("direct",), name="worker")
t.run()
print("run() ran in:", where, "alive:", t.is_alive(), "ident:", t.ident)


class Custom(threading.Thread):
    def run(self):
        record("custom run")


Custom(name="custom").run()
print(where[-1])

t2 = threading.Thread(target=record, args=("started",), name="worker2")
t2.start()
t2.join()
print("via start():", where[-1])
