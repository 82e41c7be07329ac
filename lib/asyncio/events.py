"""Event loop and event loop policy."""

# pygil: Handle/TimerHandle, the running loop of each thread and the default policy (CPython
# 3.11's Lib/asyncio/events.py without the network and subprocess API). The running loop and
# each thread's current loop are kept in dicts keyed by thread ident: every thread may run a
# loop of its own. Runs in whichever thread calls it.

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

from _thread import get_ident as _get_ident, allocate_lock as _allocate_lock

from . import format_helpers


class Handle:
    """Object returned by callback registration methods."""

    _source_traceback = None
    _repr = None

    def __init__(self, callback, args, loop, context=None):
        # pygil has no contextvars: a context is only kept when one is given (anything with run()).
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<{}>'.format(' '.join(self._repr_info()))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            if self._context is None:
                self._callback(*self._args)
            else:
                self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = format_helpers._format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """Object returned by timed callback registration methods."""

    # The loop's timer heap orders handles with __lt__ on _when alone, as CPython does: with the
    # same heapq algorithm, timers due at the same instant run in the same order as CPython's.

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """Return the scheduled time, on the loop.time() clock."""
        return self._when


class AbstractEventLoop:
    """Abstract event loop (the part of the interface pygil implements)."""

    def run_forever(self):
        raise NotImplementedError

    def run_until_complete(self, future):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError

    def is_running(self):
        raise NotImplementedError

    def is_closed(self):
        raise NotImplementedError

    def close(self):
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        raise NotImplementedError

    async def shutdown_default_executor(self):
        raise NotImplementedError

    def _timer_handle_cancelled(self, handle):
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        return self.call_later(0, callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


def _current_thread_name():
    import threading  # only on this error path: threading costs an import
    return threading.current_thread().name


def _is_main_thread():
    import threading
    return threading.current_thread() is threading.main_thread()


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Each thread has its own event loop; only the main thread gets one made on demand."""

    _loop_factory = None

    def __init__(self):
        self._loops = {}  # thread ident -> loop or None once set_event_loop() was called

    def get_event_loop(self):
        ident = _get_ident()
        if ident not in self._loops and _is_main_thread():
            self.set_event_loop(self.new_event_loop())
        loop = self._loops.get(ident)
        if loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % _current_thread_name())
        return loop

    def set_event_loop(self, loop):
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, "
                            f"not '{type(loop).__name__}'")
        self._loops[_get_ident()] = loop

    def new_event_loop(self):
        return self._loop_factory()


_event_loop_policy = None
_lock = _allocate_lock()

# thread ident -> the loop running in that thread. A dict write is one native operation, so
# threads that start and stop loops need no lock for it.
_running_loops = {}


def get_running_loop():
    """Return the running event loop.  Raise a RuntimeError if there is none."""
    loop = _running_loops.get(_get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    """Return the running event loop or None."""
    return _running_loops.get(_get_ident())


def _set_running_loop(loop):
    """Set the running event loop of this thread."""
    if loop is None:
        _running_loops.pop(_get_ident(), None)
    else:
        _running_loops[_get_ident()] = loop


def _init_event_loop_policy():
    global _event_loop_policy
    with _lock:
        if _event_loop_policy is None:
            from . import DefaultEventLoopPolicy
            _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """Get the current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Set the current event loop policy; None restores the default."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, "
                        f"not '{type(policy).__name__}'")
    _event_loop_policy = policy


def get_event_loop():
    """The running loop in a coroutine or callback, else the policy's loop for this thread."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def _get_event_loop(stacklevel=3):
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Equivalent to calling get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Equivalent to calling get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()
