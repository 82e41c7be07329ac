# At exit the interpreter waits for non-daemon threads: they are still sleeping when the module's last
# line runs, and their output comes after it.
import threading
import time

main_done = threading.Event()


def late():
    main_done.wait()  # ordered after main's last print by an Event, not by guessing how long main takes
    time.sleep(0.1)
    print("non-daemon thread: printed after main's last line")


def later(first):
    first.join()  # ordered after the first thread by a join, not by sleeping longer
    time.sleep(0.02)
    print("second non-daemon thread: printed last")


first = threading.Thread(target=late)
first.start()
threading.Thread(target=later, args=(first,)).start()
print("main: last line of the module")
main_done.set()
