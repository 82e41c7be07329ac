# Subclassing threading.Thread and overriding run(); state set in run() is visible after join().
import threading


class Squarer(threading.Thread):
    def __init__(self, numbers):
        super().__init__()
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = [n * n for n in self.numbers]


class Named(threading.Thread):
    def __init__(self, label):
        super().__init__(name="worker-" + label)
        self.seen_name = None

    def run(self):
        self.seen_name = threading.current_thread().name


class CallsSuper(threading.Thread):
    # run() of the base class calls the target: a subclass may extend it.
    def run(self):
        self.before = True
        super().run()
        self.after = True


workers = [Squarer(range(i, i + 3)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for i, w in enumerate(workers):
    print(i, w.result)

n = Named("a")
n.start()
n.join()
print("name in run:", n.seen_name)

out = []
c = CallsSuper(target=out.append, args=("target ran",))
c.start()
c.join()
print(out, c.before, c.after)
print("isinstance Thread:", isinstance(c, threading.Thread))
