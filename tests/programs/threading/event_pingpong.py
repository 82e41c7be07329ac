# Two threads alternate strictly by handing two Events back and forth; the printed order is fixed.
import threading

ping = threading.Event()
pong = threading.Event()
ROUNDS = 5


def pinger():
    for i in range(ROUNDS):
        print("ping", i)
        ping.clear()
        pong.set()
        ping.wait()


def ponger():
    for i in range(ROUNDS):
        pong.wait()
        pong.clear()
        print("pong", i)
        ping.set()


a = threading.Thread(target=pinger)
b = threading.Thread(target=ponger)
b.start()
a.start()
a.join()
b.join()
print("done")
