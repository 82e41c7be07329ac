# Future.add_done_callback: callbacks run in the order added once the future is done (one added to a done
# future runs at once, in the caller's thread); exception() returns what the function raised.
import concurrent.futures
import threading

log = []
gate = threading.Event()


def gated(value):
    gate.wait(5)
    return value


def fail():
    raise ArithmeticError("in worker")


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(gated, "v")
    f.add_done_callback(lambda fut: log.append(("first", fut.result())))
    f.add_done_callback(lambda fut: log.append(("second", fut is f)))
    print("before release:", log)
    gate.set()
    f.result()
    concurrent.futures.wait([f])
    pool.shutdown(wait=True)  # callbacks have run once the worker is idle
    print("after:", log)
    f.add_done_callback(lambda fut: log.append(("late", threading.current_thread().name)))
    print("late callback ran immediately:", log[-1])

with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
    bad = pool.submit(fail)
    exc = bad.exception(timeout=5)
    print("exception():", repr(exc))
    try:
        bad.result()
    except ArithmeticError as e:
        print("result() re-raises the same object:", e is exc)
    print("exception() of a success:", pool.submit(int, "7").exception())

# A callback that raises is logged and ignored; the others still run.
f = concurrent.futures.Future()
f.add_done_callback(lambda fut: log.append("before the bad one"))
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: log.append("after the bad one"))
f.set_result(None)
print("tail:", log[-2:])
