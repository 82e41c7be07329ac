# SystemExit raised in a thread ends only that thread, silently: no traceback, the process goes on.
import sys
import threading

progress = []


def quits():
    progress.append("before exit")
    sys.exit(3)
    progress.append("never")


def raises_systemexit():
    raise SystemExit("message is not printed")


for f in (quits, raises_systemexit):
    t = threading.Thread(target=f)
    t.start()
    t.join()
    print(f.__name__, "ended; alive:", t.is_alive())
print(progress)

# A custom hook is still called for SystemExit; only the default hook ignores it.
seen = []
threading.excepthook = lambda a: seen.append((a.exc_type.__name__, a.exc_value.code))
t = threading.Thread(target=sys.exit, args=(5,))
t.start()
t.join()
print("custom hook saw:", seen)
print("main exits normally")
