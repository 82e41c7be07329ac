# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and a timeout; it returns a
# named tuple (done, not_done) of sets.
import concurrent.futures
import threading
import time


def job(name, delay, fail=False):
    time.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(fs):
    return sorted(f.result() if f.exception() is None else f"!{f.exception()}" for f in fs)


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    barrier = threading.Barrier(3)
    list(pool.map(lambda _: barrier.wait(), range(3)))  # start all workers up front

    fs = [pool.submit(job, "a", 0.1), pool.submit(job, "b", 0.01), pool.submit(job, "c", 0.15)]
    res = concurrent.futures.wait(fs, return_when=concurrent.futures.FIRST_COMPLETED)
    print("FIRST_COMPLETED done:", names(res.done), "not_done:", len(res.not_done))
    print("a named tuple:", res.done is res[0], res.not_done is res[1], len(res))
    done, not_done = concurrent.futures.wait(fs, return_when=concurrent.futures.ALL_COMPLETED)
    print("ALL_COMPLETED done:", names(done), "not_done:", len(not_done))

    fs = [pool.submit(job, "x", 0.08, fail=True), pool.submit(job, "y", 0.2), pool.submit(job, "z", 0)]
    done, not_done = concurrent.futures.wait(fs, return_when=concurrent.futures.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION done:", names(done), "not_done:", len(not_done))
    concurrent.futures.wait(fs)

    fs = [pool.submit(job, "quick", 0), pool.submit(job, "slow", 0.3)]
    done, not_done = concurrent.futures.wait(fs, timeout=0.15)
    print("timeout done:", names(done), "not_done:", len(not_done), "(no exception raised)")
    print("constants:", concurrent.futures.FIRST_COMPLETED, concurrent.futures.FIRST_EXCEPTION,
          concurrent.futures.ALL_COMPLETED)
