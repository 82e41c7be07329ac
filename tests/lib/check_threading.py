# Development check for pygil's lib/threading.py and lib/queue.py: runs under CPython, loads them
# under private names (pg_*) on top of a `_thread` shim that offers only the subset pygil's native
# _thread has, runs each snippet against CPython's real threading/queue and against ours, and
# compares what they print (stdout lines, plus what excepthook writes to stderr).
# With --pygil it runs each snippet as a script under CPython and under bin/pygil.js (build first)
# and compares their stdout: the same modules on pygil's native _thread and real threads.
# Usage: python3 tests/lib/check_threading.py [-v] [--pygil]

import _thread
import faulthandler
import importlib.util
import io
import os
import re
import subprocess
import sys
import tempfile
import time
import types
import warnings

warnings.simplefilter('ignore', DeprecationWarning)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LIB = os.path.join(ROOT, 'lib')

VERBOSE = '-v' in sys.argv


def load(name, path, deps):
    """Import the file at path as module `name`, with sys.modules[k] = v for deps while it runs."""
    saved = {k: sys.modules.get(k) for k in deps}
    sys.modules.update(deps)
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    return mod


def _excepthook(args):
    """pygil's _thread._excepthook takes any object with the four attributes; CPython's wants its own type."""
    return _thread._excepthook(_thread._ExceptHookArgs(
        (args.exc_type, args.exc_value, args.exc_traceback, args.thread)))


def make_thread_shim():
    """A `_thread` holding exactly what pygil's native module offers (see lib/threading.py)."""
    shim = types.ModuleType('_thread')
    for name in ('start_new_thread', 'allocate_lock', 'LockType', 'RLock', 'get_ident',
                 'get_native_id', '_count', 'TIMEOUT_MAX', 'error', '_local', 'stack_size'):
        setattr(shim, name, getattr(_thread, name))
    shim._excepthook = _excepthook
    shim.daemon_threads_allowed = lambda: True  # new in CPython 3.12; pygil has it
    return shim


SHIM = make_thread_shim()
pg_collections = load('pg_collections', os.path.join(LIB, 'collections.py'), {})
pg_heapq = load('pg_heapq', os.path.join(LIB, 'heapq.py'), {})
pg_threading = load('pg_threading', os.path.join(LIB, 'threading.py'), {'_thread': SHIM})
pg_queue = load('pg_queue', os.path.join(LIB, 'queue.py'),
                {'threading': pg_threading, 'collections': pg_collections, 'heapq': pg_heapq})

import itertools, queue, threading  # noqa: E402

REAL = dict(threading=threading, queue=queue, _thread=_thread)
MINE = dict(threading=pg_threading, queue=pg_queue, _thread=SHIM)


def reset_names(mods):
    """Restart the Thread-N counter so that every snippet names its threads from 1."""
    if mods is REAL:
        threading._counter = itertools.count(1).__next__
    else:
        pg_threading._counter = 0


def normalize(s):
    s = re.sub(r' at 0x[0-9a-f]+', ' at 0x?', s)
    s = re.sub(r'((?:started|stopped)(?: daemon)?) \d+', r'\1 N', s)
    s = re.sub(r'owner=\d+', 'owner=N', s)
    return s.replace('pg_', '')


def run_snippet(code, mods):
    """Run code with p() (print a line) and err() (first and last line excepthook wrote to stderr)."""
    out = []
    captured = io.StringIO()

    def p(*args):
        out.append(' '.join(normalize(a if isinstance(a, str) else repr(a)) for a in args))

    def err():
        lines = captured.getvalue().splitlines()
        captured.seek(0)
        captured.truncate()
        return [normalize(lines[0]), normalize(lines[-1])] if lines else []

    reset_names(mods)
    ns = dict(mods, p=p, err=err, time=time, __name__='__main__')
    saved_stderr = sys.stderr
    sys.stderr = captured
    try:
        exec(code, ns)
    except BaseException as e:  # noqa: BLE001 - we compare whatever happens
        out.append('EXC %s: %s' % (type(e).__name__, normalize(str(e))))
    finally:
        sys.stderr = saved_stderr
    return out


SNIPPETS = []


def case(code):
    # Snippets use the names threading/queue/_thread given to them: an import statement would
    # bring CPython's own modules on both sides.
    assert not re.search(r'^\s*(import|from) ', code, re.M), code
    SNIPPETS.append(code.strip('\n'))


# ---------------------------------------------------------------- Thread basics
case('''
res = []
def worker(a, b=0):
    res.append((a, b, threading.current_thread().name))
t = threading.Thread(target=worker, args=(1,), kwargs={'b': 2})
p(t, t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.start(); t.join()
p(res, t, t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
p(threading.Thread(), threading.Thread(target=len), threading.Thread(name='x'), threading.Thread(name=5, target=len))
class Callable:
    def __call__(self):
        pass
p(threading.Thread(target=Callable()).name, threading.Thread(target=lambda: 0).name)
d = threading.Thread(target=worker, args=(3,), daemon=True)
p(d, d.daemon, d.isDaemon()); d.start(); d.join(); p(d)
t2 = threading.Thread(target=worker, args=(4,)); t2.setName('renamed'); t2.name = 'again'
p(t2.getName(), t2.name); t2.setDaemon(True); p(t2.daemon)
try:
    t.run()
except AttributeError as e:
    p('AttributeError')
''')
case('''
out = []
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name='W%d' % n)
        self.n = n
    def run(self):
        out.append(self.n * 10)
ws = [Worker(i) for i in range(4)]
for w in ws: w.start()
for w in ws: w.join()
p(sorted(out), [w.name for w in ws], ws[0])
class NoInit(threading.Thread):
    def __init__(self):
        pass
for action in [lambda t: t.start(), lambda t: t.join(), lambda t: setattr(t, 'daemon', True)]:
    try:
        action(NoInit())
    except RuntimeError as e:
        p('RuntimeError', e)
try:
    threading.Thread(group=1)
except AssertionError as e:
    p('AssertionError', e)
''')
case('''
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    p('RuntimeError', e)
t.start()
try:
    t.start()
except RuntimeError as e:
    p('RuntimeError', e)
try:
    t.daemon = True
except RuntimeError as e:
    p('RuntimeError', e)
t.join(); t.join(); t.join(0)
try:
    threading.current_thread().join()
except RuntimeError as e:
    p('RuntimeError', e)
me = []
def self_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        me.append(str(e))
s = threading.Thread(target=self_join); s.start(); s.join(); p(me)
''')
# ---------------------------------------------------------------- join timeout, is_alive, registry
case('''
go = threading.Event()
started = threading.Event()
def blocked():
    started.set()
    go.wait()
base = threading.active_count()
t = threading.Thread(target=blocked, name='blk')
t.start(); started.wait()
t0 = time.monotonic(); t.join(0.05); waited = time.monotonic() - t0
p(t.is_alive(), waited >= 0.04, t, threading.active_count() - base, t in threading.enumerate())
t.join(-1); p(t.is_alive())
go.set(); t.join()
p(t.is_alive(), t, threading.active_count() - base, t in threading.enumerate(), t.ident is not None)
p(threading.main_thread(), threading.main_thread() is threading.current_thread(), threading.currentThread().name)
p(threading.main_thread().daemon, threading.main_thread().is_alive(), threading.activeCount() == threading.active_count())
seen = []
def who():
    seen.append((threading.current_thread().name, threading.main_thread().name,
                 threading.current_thread() is threading.main_thread(), threading.get_ident() == threading.current_thread().ident,
                 threading.get_native_id() == threading.current_thread().native_id))
w = threading.Thread(target=who); w.start(); w.join(); p(seen)
''')
case('''
flags = []
def inner():
    flags.append(('inner', threading.current_thread().daemon))
def outer():
    flags.append(('outer', threading.current_thread().daemon))
    t = threading.Thread(target=inner); t.start(); t.join()
for daemon in (True, False, None):
    o = threading.Thread(target=outer, daemon=daemon); o.start(); o.join()
p(flags)
''')
case('''
info = []
done = threading.Event()
def raw():
    c = threading.current_thread()
    info.append((c.name, c.daemon, c.is_alive(), type(c).__name__, repr(c)))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
p(info)
''')
# ---------------------------------------------------------------- exceptions in threads
case('''
def boom():
    raise ValueError('bad')
t = threading.Thread(target=boom); t.start(); t.join()
p(err(), t.is_alive())
t = threading.Thread(target=lambda: exit_now(), name='named'); t.start(); t.join()
p(err())
def leave():
    raise SystemExit(3)
t = threading.Thread(target=leave); t.start(); t.join()
p(err(), t.is_alive())
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 type(args.exc_traceback).__name__, len(args), args[0].__name__))
threading.excepthook = hook
try:
    t = threading.Thread(target=boom, name='hooked'); t.start(); t.join()
    t = threading.Thread(target=leave); t.start(); t.join()
finally:
    threading.excepthook = threading.__excepthook__
p(seen, err())
def bad_hook(args):
    raise KeyError('in hook')
threading.excepthook = bad_hook
try:
    t = threading.Thread(target=boom); t.start(); t.join()
finally:
    threading.excepthook = threading.__excepthook__
p(err())
''')
case('''
a = threading.ExceptHookArgs([ValueError, ValueError(1), None, 'th'])
p(a, a.exc_type, a.exc_value, a.exc_traceback, a.thread, isinstance(a, tuple), list(a))
try:
    threading.ExceptHookArgs([1, 2, 3])
except TypeError as e:
    p('TypeError', e)
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(), None, None]))
p(err())
''')
# ---------------------------------------------------------------- locks
case('''
lock = threading.Lock()
counter = [0]
def add(n):
    for _ in range(n):
        with lock:
            v = counter[0]
            counter[0] = v + 1
ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
p(counter, lock.locked(), threading.Lock is _thread.allocate_lock)
p(lock.acquire(), lock.acquire(False), lock.acquire(True, 0.01), lock.locked()); lock.release()
try:
    lock.release()
except RuntimeError as e:
    p('RuntimeError', e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    p('ValueError', e)
r = threading.RLock()
p(r.acquire(), r.acquire(), r)
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    p('RuntimeError', e)
held = threading.Event(); free = threading.Event(); res = []
def hold():
    with r:
        held.set(); free.wait()
t = threading.Thread(target=hold); t.start(); held.wait()
res.append(r.acquire(False)); res.append(r.acquire(True, 0.01))
try:
    r.release()
except RuntimeError as e:
    res.append(str(e))
free.set(); t.join(); res.append(r.acquire(False)); r.release()
p(res, threading.ThreadError is RuntimeError, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
''')
# ---------------------------------------------------------------- Condition
case('''
cond = threading.Condition()
items = []
got = []
def consumer():
    with cond:
        ok = cond.wait_for(lambda: items, 2)
        got.append(items.pop(0) if ok else None)
cs = [threading.Thread(target=consumer) for _ in range(3)]
for c in cs: c.start()
while True:
    with cond:
        if len(cond._waiters) == 3:
            break
    time.sleep(0.001)
with cond:
    p(cond)
    items.extend([1, 2]); cond.notify(2)
with cond:
    items.append(3); cond.notify_all()
for c in cs: c.join()
p(sorted(got), cond)
with cond:
    p(cond.wait(0.01), cond.wait(0), cond.wait(-1), cond.wait_for(lambda: 0, 0.01), cond.wait_for(lambda: 'x', 0))
for meth in [lambda: cond.wait(), lambda: cond.notify(), lambda: cond.notify_all(), lambda: cond.notifyAll(), lambda: cond.wait_for(bool)]:
    try:
        meth()
    except RuntimeError as e:
        p('RuntimeError', e)
c2 = threading.Condition(threading.Lock())
p(c2, c2.acquire(), c2._is_owned()); c2.release(); p(c2._is_owned())
with c2:
    c2.notify(); c2.notify(0); c2.notify(-3)
    p(c2.wait(0.001))
''')
case('''
cond = threading.Condition()
woken = []
def sleeper(i):
    with cond:
        cond.wait()
        woken.append(i)
ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in ts: t.start()
def wait_until(pred):
    while True:
        with cond:
            if pred():
                return
        time.sleep(0.001)
wait_until(lambda: len(cond._waiters) == 4)
with cond:
    cond.notify()
wait_until(lambda: len(woken) >= 1)
time.sleep(0.01)
with cond:
    p(len(woken), len(cond._waiters))
    cond.notify(2)
wait_until(lambda: len(woken) >= 3)
time.sleep(0.01)
with cond:
    p(len(woken), len(cond._waiters))
    cond.notify_all()
for t in ts: t.join()
p(sorted(woken), cond)
''')
case('''
r = threading.RLock()
cond = threading.Condition(r)
state = []
def waiter():
    with cond:
        with cond:
            cond.wait()
            state.append('woke')
            r.release(); r.release()
            try:
                r.release()
            except RuntimeError as e:
                state.append(str(e))
            r.acquire(); r.acquire()
t = threading.Thread(target=waiter); t.start()
while True:
    with cond:
        if cond._waiters:
            cond.notify()
            break
    time.sleep(0.001)
t.join(); p(state, r.acquire(False)); r.release()
''')
# ---------------------------------------------------------------- Semaphore
case('''
s = threading.Semaphore(2)
p(s, s.acquire(), s.acquire(False), s.acquire(False), s.acquire(timeout=0.01), s)
s.release(2); p(s)
for bad in [lambda: threading.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1), lambda: threading.BoundedSemaphore(-2)]:
    try:
        bad()
    except ValueError as e:
        p('ValueError', e)
b = threading.BoundedSemaphore(2)
p(b); b.acquire(); p(b); b.release()
try:
    b.release()
except ValueError as e:
    p('ValueError', e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    p('ValueError', e)
b.release(2); p(b)
with b:
    p(b)
sem = threading.Semaphore(2)
lock = threading.Lock(); inside = [0, 0]
def limited():
    with sem:
        with lock:
            inside[0] += 1; inside[1] = max(inside[1], inside[0])
        time.sleep(0.005)
        with lock:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
p(inside[0], 1 <= inside[1] <= 2, sem)
z = threading.Semaphore(0); woke = []
def w():
    z.acquire(); woke.append(1)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
z.release(3)
for t in ts: t.join()
p(woke, z)
''')
# ---------------------------------------------------------------- Event
case('''
e = threading.Event()
p(e, e.is_set(), e.isSet(), e.wait(0.01), e.wait(0))
res = []
def waiter(i):
    res.append((i, e.wait(2)))
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ts: t.start()
e.set()
for t in ts: t.join()
p(sorted(res), e, e.wait(), e.wait(0))
e.clear(); p(e.is_set(), e)
''')
# ---------------------------------------------------------------- Barrier
case('''
acted = []
b = threading.Barrier(3, action=lambda: acted.append('go'))
p(b, b.parties, b.n_waiting, b.broken)
idx = []
def party():
    idx.append(b.wait())
    idx.append(b.wait())
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
p(sorted(idx), acted, b, b.n_waiting)
b2 = threading.Barrier(2, timeout=0.02)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    p('BrokenBarrierError', repr(e), b2.broken, b2)
try:
    b2.wait()
except threading.BrokenBarrierError:
    p('still broken')
b2.reset(); p(b2.broken, b2)
b3 = threading.Barrier(2)
res = []
def w():
    try:
        b3.wait()
        res.append('passed')
    except threading.BrokenBarrierError:
        res.append('broken')
t = threading.Thread(target=w); t.start()
while b3.n_waiting < 1:
    time.sleep(0.001)
b3.abort(); t.join(); p(res, b3.broken)
b3.reset()
t = threading.Thread(target=w); t.start()
while b3.n_waiting < 1:
    time.sleep(0.001)
b3.reset(); t.join(); p(res, b3.broken, b3.n_waiting)
def bad_action():
    raise ZeroDivisionError('act')
b4 = threading.Barrier(1, action=bad_action)
try:
    b4.wait()
except ZeroDivisionError as e:
    p('ZeroDivisionError', e, b4.broken)
p(threading.Barrier(1).wait(), issubclass(threading.BrokenBarrierError, RuntimeError))
''')
# ---------------------------------------------------------------- Timer
case('''
fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={'x': 3})
p(t, t.interval, t.args, t.kwargs, t.daemon)
t.start(); t.join(); p(fired, t.finished.is_set(), t)
c = threading.Timer(5, lambda: fired.append('no'))
c.start(); c.cancel(); c.join(); p(fired, c.is_alive())
d = threading.Timer(0, fired.append, ['yes']); d.start(); d.join(); p(fired, d.args, d.kwargs)
''')
# ---------------------------------------------------------------- local
case('''
loc = threading.local()
loc.x = 'main'
out = []
def f(i):
    out.append(hasattr(loc, 'x'))
    loc.x = i
    out.append(loc.x)
ts = [threading.Thread(target=f, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
p(sorted(out, key=str), loc.x)
class My(threading.local):
    def __init__(self, v, k=0):
        self.v = v
        self.k = k
        self.tid = threading.get_ident()
m = My(5, k=7)
vals = []
def g():
    vals.append((m.v, m.k, m.tid == threading.get_ident()))
t = threading.Thread(target=g); t.start(); t.join()
p(vals, m.v, m.tid == threading.get_ident())
''')
# ---------------------------------------------------------------- module odds and ends
case('''
p(sorted(threading.__all__))
p(threading.gettrace(), threading.getprofile())
f = lambda *a: None
threading.settrace(f); threading.setprofile(f)
p(threading.gettrace() is f, threading.getprofile() is f)
threading.settrace(None); threading.setprofile(None)
p(threading.stack_size(), threading.get_native_id() > 0, threading.get_ident() == _thread.get_ident())
p(threading.local is _thread._local, threading.excepthook is threading.__excepthook__)
''')
# ---------------------------------------------------------------- queue
case('''
q = queue.Queue()
for i in range(5):
    q.put(i)
p(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
l = queue.LifoQueue(); pq = queue.PriorityQueue()
for v in [3, 1, 4, 1, 5]:
    l.put(v); pq.put((v, str(v)))
p([l.get() for _ in range(5)], [pq.get_nowait() for _ in range(5)])
b = queue.Queue(2); b.put(1); b.put_nowait(2)
p(b.full(), b.qsize(), b.maxsize)
for fn in [lambda: b.put_nowait(3), lambda: b.put(3, False), lambda: b.put(3, timeout=0.01), lambda: b.put(3, True, 0)]:
    try:
        fn()
    except queue.Full as e:
        p('Full', repr(e))
e = queue.Queue()
for fn in [lambda: e.get_nowait(), lambda: e.get(False), lambda: e.get(timeout=0.01), lambda: e.get(False, -5)]:
    try:
        fn()
    except queue.Empty as x:
        p('Empty', repr(x))
for fn in [lambda: e.get(timeout=-1), lambda: b.put(1, timeout=-1), lambda: e.task_done()]:
    try:
        fn()
    except ValueError as x:
        p('ValueError', x)
e.put(1, timeout=-1); p(e.get(), e.unfinished_tasks)
p(queue.Empty, queue.Full, queue.Empty.__name__, issubclass(queue.Empty, Exception), sorted(queue.__all__))
u = queue.Queue(-1)
for i in range(10):
    u.put_nowait(i)
p(u.full(), u.qsize())
''')
case('''
q = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()
ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws: w.start()
for i in range(30):
    q.put(i)
q.join()
p(sorted(results) == [i * i for i in range(30)], q.unfinished_tasks)
for _ in ws: q.put(None)
for w in ws: w.join()
p(q.empty(), q.unfinished_tasks)
b = queue.Queue(maxsize=1)
order = []
def producer():
    for i in range(5):
        b.put(i)
    b.put('end')
t = threading.Thread(target=producer); t.start()
while True:
    x = b.get()
    order.append(x)
    if x == 'end':
        break
t.join(); p(order)
w = queue.Queue()
got = []
def slow():
    time.sleep(0.02); w.put('late')
t = threading.Thread(target=slow); t.start()
got.append(w.get(timeout=2)); t.join(); p(got)
''')
case('''
s = queue.SimpleQueue()
p(s.empty(), s.qsize())
s.put(1); s.put_nowait(2); s.put(3, block=False, timeout=9)
p(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.get(timeout=1), s.empty())
for fn in [lambda: s.get_nowait(), lambda: s.get(False), lambda: s.get(timeout=0.01), lambda: s.get(False, -1), lambda: s.get(True, 0)]:
    try:
        fn()
    except queue.Empty as e:
        p('Empty', repr(e))
try:
    s.get(timeout=-1)
except ValueError as e:
    p('ValueError', e)
out = []
lock = threading.Lock()
def consume():
    while True:
        v = s.get()
        if v is None:
            return
        with lock:
            out.append(v)
cs = [threading.Thread(target=consume) for _ in range(3)]
for c in cs: c.start()
for i in range(50):
    s.put(i)
for c in cs: s.put(None)
for c in cs: c.join()
p(sorted(out) == list(range(50)), s.empty())
''')


# ---------------------------------------------------------------- interpreter shutdown
# _shutdown() is what the interpreter runs when the main thread's code ends: it runs the
# _register_atexit callbacks, then joins the non-daemon threads. It needs a process of its own.
SHUTDOWN_PROGRAM = '''
def last(tag):
    print('atexit', tag)
threading._register_atexit(last, 1)
threading._register_atexit(last, tag=2)
ev = threading.Event()
def worker():
    ev.wait()
    time.sleep(0.02)
    print('worker: main alive?', threading.main_thread().is_alive())
    threading.main_thread().join()
    try:
        threading._register_atexit(last, 3)
    except RuntimeError as e:
        print('RuntimeError', e)
    late = threading.Thread(target=lambda: (time.sleep(0.02), print('late thread done')))
    late.start()
    print('worker done')
def forever():
    threading.Event().wait()
threading.Thread(target=worker).start()
threading.Thread(target=forever, daemon=True).start()
ev.set()
print('main end', threading.main_thread().is_alive())
'''

# What a snippet sees when it runs as a script of its own (err() cannot see stderr there).
SCRIPT_PRELUDE = '''import threading, queue, _thread, time
def p(*args):
    print(' '.join([a if isinstance(a, str) else repr(a) for a in args]))
def err():
    return []
'''

CPYTHON = [sys.executable]
OURS_ON_CPYTHON = [sys.executable, os.path.abspath(__file__), '--as-ours']
PYGIL = ['node', os.path.join(ROOT, 'bin', 'pygil.js')]


def run_as_ours(path):
    """Run the script at path under CPython with our modules in sys.modules under the real names.

    CPython's own finalization then calls our threading._shutdown(), as pygil's does."""
    sys.modules.update(threading=pg_threading, queue=pg_queue, _thread=SHIM)
    with open(path) as f:
        code = compile(f.read(), path, 'exec')
    exec(code, {'__name__': '__main__'})


def run_script(cmd, source):
    """Run SCRIPT_PRELUDE + source as a script under cmd; return normalized stdout and exit status."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'snippet.py')
        with open(path, 'w') as f:
            f.write(SCRIPT_PRELUDE + source + '\n')
        try:
            proc = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            return ['TIMEOUT']
    return [normalize(line) for line in proc.stdout.splitlines()] + ['exit status %d' % proc.returncode]


def compare(label, want, got):
    """Print the differing lines of want (CPython) and got (ours); return 1 if they differ."""
    if want == got:
        if VERBOSE:
            print('ok %s: %d lines' % (label, len(want)))
        return 0
    print('FAIL %s' % label)
    for j in range(max(len(want), len(got))):
        w = want[j] if j < len(want) else '<missing>'
        g = got[j] if j < len(got) else '<missing>'
        if w != g:
            print('  line %d\n    cpython: %s\n    ours:    %s' % (j, w[:600], g[:600]))
    return 1


def main():
    on_pygil = '--pygil' in sys.argv
    if not on_pygil:
        faulthandler.dump_traceback_later(120, exit=True)  # a deadlock fails the check, not hangs it
    ours = PYGIL if on_pygil else OURS_ON_CPYTHON
    failed = compare('shutdown', run_script(CPYTHON, SHUTDOWN_PROGRAM), run_script(ours, SHUTDOWN_PROGRAM))
    for i, code in enumerate(SNIPPETS):
        label = 'snippet %d (%s)' % (i, code.splitlines()[0])
        if on_pygil:
            failed += compare(label, run_script(CPYTHON, code), run_script(PYGIL, code))
        else:
            failed += compare(label, run_snippet(code, REAL), run_snippet(code, MINE))
    total = len(SNIPPETS) + 1
    print('%d/%d checks passed' % (total - failed, total))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    if '--as-ours' in sys.argv:
        run_as_ours(sys.argv[-1])
    else:
        main()
