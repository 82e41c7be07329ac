# Executor.map yields results in input order, whatever order they finish in; several iterables are zipped;
# with a timeout, iterating raises TimeoutError when a result is late; an exception surfaces when reached.
import concurrent.futures
import time


def slow_square(x):
    time.sleep(0.05 - x * 0.01)  # later inputs finish first
    return x * x


def pair(a, b):
    return f"{a}{b}"


def maybe_fail(x):
    if x == 2:
        raise ValueError(f"bad input {x}")
    return x


with concurrent.futures.ThreadPoolExecutor(max_workers=5) as pool:
    print("map:", list(pool.map(slow_square, range(5))))
    print("two iterables:", list(pool.map(pair, "abc", [1, 2, 3, 4])))
    print("empty:", list(pool.map(slow_square, [])))
    got = []
    try:
        for v in pool.map(maybe_fail, range(4)):
            got.append(v)
    except ValueError as e:
        print("exception after", got, ":", e)
    it = pool.map(time.sleep, [0.3], timeout=0.02)
    try:
        list(it)
    except TimeoutError:
        print("map with timeout: TimeoutError")
