# Workers catch their own exceptions and hand them to the main thread through a queue; main re-raises them.
import queue
import threading

outcomes = queue.Queue()


class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(task, reason)
        self.task = task


def task(i):
    try:
        if i % 3 == 0:
            raise ValueError("multiple of three: %d" % i)
        outcomes.put((i, "ok", 100 // i))
    except ValueError as e:
        outcomes.put((i, "error", TaskError(i, str(e))))


ts = [threading.Thread(target=task, args=(i,)) for i in range(1, 8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
collected = sorted((outcomes.get() for _ in range(7)), key=lambda o: o[0])
for i, kind, value in collected:
    if kind == "ok":
        print(i, "ok", value)
        continue
    try:
        raise RuntimeError("task failed") from value
    except RuntimeError as e:
        cause = e.__cause__
        print(i, "error:", type(cause).__name__, cause.task, cause.args[1], "| cause kept:", cause is value)
