# concurrent.futures.as_completed yields futures as they finish; already-finished ones come first; with a
# timeout it raises TimeoutError.
import concurrent.futures
import threading
import time


def job(name, delay):
    time.sleep(delay)
    return name


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    # Start the three workers first, so that thread start-up does not disturb the finishing order below.
    barrier = threading.Barrier(3)
    list(pool.map(lambda _: barrier.wait(), range(3)))

    futs = [pool.submit(job, "slow", 0.15), pool.submit(job, "fast", 0.01), pool.submit(job, "mid", 0.08)]
    print("completion order:", [f.result() for f in concurrent.futures.as_completed(futs)])

    done_first = pool.submit(job, "done", 0)
    done_first.result()
    gate = threading.Event()
    later = pool.submit(gate.wait, 5)  # finishes only once the first future has been yielded
    order = []
    for f in concurrent.futures.as_completed([later, done_first]):
        order.append("done_first" if f is done_first else "later")
        gate.set()
    print("finished futures first:", order)

    hang = pool.submit(job, "hang", 0.3)
    seen = []
    try:
        for f in concurrent.futures.as_completed([pool.submit(job, "quick", 0), hang], timeout=0.15):
            seen.append(f.result())
    except TimeoutError as e:
        print("timeout after", seen, ":", e)
    print("duplicates are yielded once:", len(list(concurrent.futures.as_completed([later, later]))))
