# Daemon threads do not keep the process alive: this program ends at once although a daemon sleeps 10 s.
import threading
import time

started = threading.Event()


def sleeper():
    started.set()
    time.sleep(10)
    print("daemon woke up: must never be printed")


def spinner():
    while True:
        time.sleep(0.01)


threading.Thread(target=sleeper, daemon=True).start()
threading.Thread(target=spinner, daemon=True).start()
started.wait()
print("daemon started; main ends now")
