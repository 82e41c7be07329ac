# Future.cancel: a queued (not yet started) work item can be cancelled and never runs; a running one cannot.
import concurrent.futures
import threading

started = threading.Event()
release = threading.Event()
ran = []


def blocker():
    started.set()
    release.wait(5)
    ran.append("blocker")
    return "blocker done"


def queued(name):
    ran.append(name)
    return name


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    running = pool.submit(blocker)
    started.wait(5)
    waiting1 = pool.submit(queued, "q1")
    waiting2 = pool.submit(queued, "q2")
    print("running:", running.running(), "queued running:", waiting1.running())
    print("cancel running:", running.cancel())
    print("cancel queued:", waiting1.cancel())
    print("states:", running.cancelled(), waiting1.cancelled(), waiting1.done(), waiting2.cancelled())
    try:
        waiting1.result()
    except concurrent.futures.CancelledError as e:
        print("result of cancelled:", type(e).__name__)
    try:
        waiting1.exception()
    except concurrent.futures.CancelledError:
        print("exception() of cancelled raises CancelledError too")
    release.set()
    print("results:", running.result(), waiting2.result())
print("ran:", ran)
print("cancel after done:", running.cancel())
