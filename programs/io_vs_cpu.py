# I/O-bound threads overlap; CPU-bound threads do not. The same harness runs some jobs one after the
# other and then each on its own thread: 4 jobs that sleep (time.sleep releases the GIL, like any
# blocking call), then 2 jobs that loop in pure Python (they need the GIL for every instruction, so only
# one thread makes progress at a time, even with a core free for each).
#
# Run it:   npx pygil programs/io_vs_cpu.py
#           npx pygil --switch-interval 1 programs/io_vs_cpu.py   (the CPU threads hand the GIL over after
#                                                                   every instruction: far slower still)
#           python3 programs/io_vs_cpu.py                         (CPython's GIL gives the same picture)
# The timings go to stderr; stdout holds the results and yes/no answers with generous margins, so it is
# the same on every run.
import sys
import threading
import time

IO_JOBS = 4
CPU_JOBS = 2
SLEEP_S = 0.1
LOOP = 300_000


def io_job(k):
    time.sleep(SLEEP_S)  # waiting for a disk, a socket, a child process...
    return k


def cpu_job(k):
    total = 0
    for i in range(LOOP):
        total += (i * k) % 7
    return total


def sequential(job, n):
    start = time.perf_counter()
    results = [job(k) for k in range(n)]
    return results, time.perf_counter() - start


def threaded(job, n):
    """Runs every job on its own thread; the clock starts once all threads exist (a barrier), so thread
    start-up is not counted."""
    results = [None] * n
    gate = threading.Barrier(n + 1)

    def worker(k):
        gate.wait()
        results[k] = job(k)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    gate.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    return results, time.perf_counter() - start


def compare(label, job, n, warm_up):
    if warm_up:
        # Untimed rounds both ways first: CPython 3.11 specialises bytecode during a function's first
        # runs, and each of pygil's worker threads has its own V8 isolate, whose JIT compiles the eval
        # loop afresh the first time that worker runs hot code.
        threaded(job, n)
        sequential(job, n)
    seq_results, seq_s = sequential(job, n)
    thr_results, thr_s = threaded(job, n)
    ratio = thr_s / seq_s
    print(f"[io_vs_cpu.py] {label}: sequential {seq_s:.3f} s, {n} threads {thr_s:.3f} s, "
          f"ratio {ratio:.2f}", file=sys.stderr)
    print(f"{label}: same results both ways: {seq_results == thr_results}")
    return ratio


io_ratio = compare("io", io_job, IO_JOBS, warm_up=False)
print("io: threads overlap (threaded < 0.6 x sequential):", io_ratio < 0.6)
cpu_ratio = compare("cpu", cpu_job, CPU_JOBS, warm_up=True)
print("cpu: no speed-up from threads (threaded > 0.7 x sequential):", cpu_ratio > 0.7)
