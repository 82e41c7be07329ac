"""Thread module emulating a subset of Java's threading model."""

# pygil's threading: CPython 3.11's Lib/threading.py rebuilt, much smaller, on the subset of
# `_thread` that pygil's native module offers. Every Python thread is a worker_thread sharing
# one heap, so everything here runs in whichever thread calls it.
#
# Differences from CPython, all invisible to ordinary programs:
# - `_thread._set_sentinel` does not exist. A thread's "tstate lock" is a plain lock that the
#   thread itself acquires in _bootstrap() and releases as the very last thing it does, after
#   leaving _active. join() and is_alive() wait on it exactly as CPython's do.
# - No warnings module: the deprecated camelCase aliases work silently.
# - No sys.settrace/setprofile: settrace() and setprofile() only remember the function.
# - pygil's lib/ deque and itertools.count are Python code, so not atomic under the GIL; this
#   module keeps its shared state in lists and dicts and touches it only under a lock.

import sys as _sys
import _thread
import _pygil
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
           'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local

Lock = _allocate_lock
RLock = _thread.RLock


################################################################################
### Trace and profile hooks (remembered only: pygil has no sys.settrace)
################################################################################

_profile_hook = None
_trace_hook = None


def setprofile(func):
    """Set a profile function for all threads started from the threading module."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook


def settrace(func):
    """Set a trace function for all threads started from the threading module."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


################################################################################
### Condition
################################################################################

class Condition:
    """Class that implements a condition variable."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock brings its own _release_save/_acquire_restore/_is_owned, which really unlock
        # it however deep the recursion; a plain Lock uses the fallbacks below.
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        # One locked "waiter" lock per waiting thread; notify() releases it. Only touched while
        # holding self._lock.
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        # A plain Lock cannot say who holds it: "held by someone" is the best we can do.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Wait until notified or until a timeout occurs; return False on timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            elif timeout > 0:
                gotit = waiter.acquire(True, timeout)
            else:
                gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until a condition evaluates to True; return the last value of predicate()."""
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up at most n of the threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiters.pop(0).release()
            n -= 1

    def notify_all(self):
        """Wake up all threads waiting on this condition."""
        self.notify(len(self._waiters))

    notifyAll = notify_all


################################################################################
### Semaphore, BoundedSemaphore, Event
################################################################################

class Semaphore:
    """A counter of release() calls minus acquire() calls; acquire() blocks at zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, blocking (at most timeout seconds) while it is zero."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking up to n waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose counter may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        """Increment the counter by n; ValueError if that would exceed the initial value."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event(_pygil.EventBase):
    """A flag that threads can wait on until another thread sets it.

    pygil departs from CPython here: the flag and the waiting are native (_pygil.EventBase: is_set,
    set, clear, wait(timeout)), not a Condition, so that a hand-off costs microseconds.
    """

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self.is_set() else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def isSet(self):
        """Deprecated alias of is_set()."""
        return self.is_set()


################################################################################
### Barrier
################################################################################

# States of a Barrier: threads may enter only while it is filling; once tripped it drains (the
# released threads leave) before it fills again. Resetting is draining with BrokenBarrierError.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Makes a fixed number of threads wait for each other, then releases them all."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the other parties; return this thread's index, 0 to parties-1."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        # Block while the previous round drains; refuse to enter a broken barrier.
        while self._state in (_RESETTING, _DRAINING):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        # The last party runs the action, then lets everyone go.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        # The last thread out of a drained or reset barrier opens it for the next round.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        """Return the barrier to its initial state; current waiters get BrokenBarrierError."""
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future waiters get BrokenBarrierError."""
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == _BROKEN


class BrokenBarrierError(RuntimeError):
    pass


################################################################################
### Thread registry
################################################################################

# _active maps ident -> Thread for running threads; _limbo holds threads between start() and
# their first instruction. Both only change under _active_limbo_lock (reentrant, as CPython's,
# so current_thread() may run inside enumerate()).
_active_limbo_lock = RLock()
_active = {}
_limbo = {}
_counter = 0

# The tstate locks of running non-daemon threads, which _shutdown() waits for.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()

_threading_atexits = []
_SHUTTING_DOWN = False


def _newname(name_template):
    global _counter
    with _active_limbo_lock:
        _counter += 1
        return name_template % _counter


################################################################################
### Thread
################################################################################

class Thread:
    """A class that represents a thread of control."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a finished thread and sets _is_stopped
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity; at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        """The thread's activity: call target(*args, **kwargs). Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references, as CPython does, so an argument pointing back at the thread
            # makes no cycle.
            del self._target, self._args, self._kwargs

    def _set_tstate_lock(self):
        # Held for the thread's whole life: join() and is_alive() wait for its release.
        self._tstate_lock = _allocate_lock()
        self._tstate_lock.acquire()
        return self._tstate_lock

    def _bootstrap(self):
        """Body of the new OS thread: register, run, then unregister and let joiners go."""
        tlock = self._set_tstate_lock()
        if not self._daemonic:
            with _shutdown_locks_lock:
                _shutdown_locks.add(tlock)
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._bootstrap_inner()
        finally:
            with _active_limbo_lock:
                del _active[self._ident]
            with _shutdown_locks_lock:
                _shutdown_locks.discard(tlock)
            # Last: once this is released, join() returns and is_alive() is False.
            tlock.release()

    def _bootstrap_inner(self):
        """Run the thread's activity, handing an uncaught exception to excepthook."""
        try:
            self.run()
        except:
            self._invoke_excepthook(_sys.exc_info())

    def _invoke_excepthook(self, exc_info):
        """Call threading.excepthook as CPython's _make_invoke_excepthook does."""
        try:
            hook = excepthook
            if hook is None:
                hook = __excepthook__
            hook(ExceptHookArgs(exc_info + (self,)))
        except Exception as exc:
            exc.__suppress_context__ = True
            print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
            sys_hook = getattr(_sys, 'excepthook', None)
            if sys_hook is None:
                raise  # no sys.excepthook (pygil): let _thread report the error itself
            sys_hook(*_sys.exc_info())

    def _stop(self):
        # The tstate lock has been released: the thread is gone.
        self._is_stopped = True
        self._tstate_lock = None

    def join(self, timeout=None):
        """Wait until the thread terminates, or at most timeout seconds."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            # A negative timeout has always acted as 0.
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        if lock.acquire(block, timeout):
            lock.release()
            self._stop()

    @property
    def name(self):
        """A string used for identification purposes only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive: from just before run() to just after it."""
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread; the program does not wait for daemon threads."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Deprecated alias of the daemon attribute."""
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated alias of setting the daemon attribute."""
        self.daemon = daemonic

    def getName(self):
        """Deprecated alias of the name attribute."""
        return self.name

    def setName(self, name):
        """Deprecated alias of setting the name attribute."""
        self.name = name


################################################################################
### excepthook
################################################################################

class ExceptHookArgs(tuple):
    """ExceptHookArgs((exc_type, exc_value, exc_traceback, thread)): what excepthook receives."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)"
                            % len(args))
        return tuple.__new__(cls, args)

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")


excepthook = _thread._excepthook
__excepthook__ = excepthook


################################################################################
### Timer, the main thread, foreign threads
################################################################################

class Timer(Thread):
    """Call a function after a specified number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread that imported this module; _shutdown() marks it stopped."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._set_tstate_lock()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread started with _thread directly: always alive, never joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


################################################################################
### Module functions
################################################################################

def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def active_count():
    """Return the number of Thread objects currently alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    """Return a list of all Thread objects currently alive."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def main_thread():
    """Return the main thread object."""
    return _main_thread


def _register_atexit(func, *arg, **kwargs):
    """Register func(*arg, **kwargs) to run (last registered first) before _shutdown() joins threads."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


_main_thread = _MainThread()


def _shutdown():
    """Called by the interpreter when the main thread's code ends: wait for non-daemon threads."""
    if _main_thread._is_stopped:
        return
    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    # Threads joining the main thread may go now.
    if _main_thread.ident == get_ident():
        _main_thread._tstate_lock.release()
        _main_thread._stop()
    # A thread may start new threads while we wait, so repeat until none is left.
    while True:
        with _shutdown_locks_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()
