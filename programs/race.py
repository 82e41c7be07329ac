# The lost-update race: N threads each do `counter += 1` many times, first without a lock, then with one.
#
# `counter += 1` is several bytecode instructions (load, add, store). If the GIL passes to another thread
# between the load and the store, both threads store the same value and one increment is lost. The lock
# makes the read-modify-write one indivisible step, so the locked total is always exact.
#
# Run it:   npx pygil programs/race.py
#           npx pygil --switch-interval 1 programs/race.py      (a switch after every instruction)
#           npx pygil --switch-interval 1000 programs/race.py   (the default)
#           npx pygil programs/race.py 200000                   (more increments per thread)
#           python3 programs/race.py                            (CPython 3.11 only switches at calls and
#                                                                backward jumps, so it rarely loses any)
# Try both intervals: with a long interval switches are rare, but each one that lands between a load and
# its store throws away everything the other threads counted meanwhile, so the loss is still large.
# stdout holds only facts that hold on every run; the unprotected total, which changes from run to run,
# goes to stderr, together with the GIL's switch count when pygil's `gil` module is there.
import sys
import threading

try:
    import gil  # pygil's own module; absent under CPython
except ImportError:
    gil = None

N_THREADS = 4
PER_THREAD = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
EXPECTED = N_THREADS * PER_THREAD

counter = 0
lock = threading.Lock()


def unprotected():
    global counter
    for _ in range(PER_THREAD):
        counter += 1  # load, add, store: another thread may run in between


def protected():
    global counter
    for _ in range(PER_THREAD):
        with lock:
            counter += 1


def run(worker):
    """Runs N_THREADS copies of worker from counter = 0 and returns the final counter."""
    global counter
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


def switches():
    return gil.stats()["switches"] if gil else None


print(f"{N_THREADS} threads x {PER_THREAD} increments, expected total {EXPECTED}")
if gil:
    gil.reset_stats()
racy = run(unprotected)
racy_switches = switches()
if gil:
    gil.reset_stats()
locked = run(protected)

print("unprotected total <= expected:", racy <= EXPECTED)
print("locked total:", locked)
print("locked total exact:", locked == EXPECTED)

lost = EXPECTED - racy
print(f"[race.py] unprotected total: {racy} ({lost} updates lost, {100 * lost / EXPECTED:.2f}%)", file=sys.stderr)
if gil:
    print(f"[race.py] GIL switch interval: {gil.get_interval()} instructions; "
          f"switches during the unprotected run: {racy_switches}, during the locked run: {switches()}",
          file=sys.stderr)
