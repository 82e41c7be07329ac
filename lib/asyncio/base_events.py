"""Base implementation of event loop."""

# pygil: the event loop (CPython 3.11's Lib/asyncio/base_events.py without sockets, pipes and
# subprocesses). One loop runs in one thread; several threads may each run their own.
#
# Notes about the implementation
# - The ready queue is a plain list. _run_once runs the callbacks that are ready when the
#   iteration starts (indices 0..ntodo-1) and then deletes them with one `del ready[:n]`;
#   callbacks scheduled meanwhile land after them and wait for the next iteration. This is
#   CPython's FIFO order, and the list object is never replaced, so another thread's
#   list.append (one native operation under the GIL, as deque.append is one C call in CPython)
#   can never be lost: call_soon_threadsafe appends and then wakes the loop.
# - Timers are a heapq of TimerHandle ordered by _when (TimerHandle.__lt__), as CPython's: each
#   call_at/pop costs O(log n), and timers due at the same time run in CPython's order.
# - When nothing is ready the loop waits on its Waker (_pygil.Waker: the GIL is released while
#   waiting) until the first timer is due or another thread calls wake(). A wake() that comes
#   before the wait is not lost. A timer never fires early: it fires once time() has reached
#   its deadline (a wait that ends early just waits again for the rest).
# - No finalizers: exceptions that nobody retrieved are reported when the loop is closed, and
#   tasks still pending then are reported and their coroutines closed at exit (what CPython's
#   garbage collector usually does at those points).

import sys
import time
from heapq import heappush, heappop, heapify
from _thread import get_ident

from . import coroutines
from . import events
from . import futures
from . import tasks
from .events import Handle as _Handle

__all__ = 'BaseEventLoop',

try:
    from _pygil import Waker as _Waker
except ImportError:  # CPython, when the checker loads this package for comparison
    _Waker = None

# Minimum number of _scheduled timer handles before cleanup of cancelled handles is performed.
_MIN_SCHEDULED_TIMER_HANDLES = 100

# Minimum fraction of _scheduled timer handles that are cancelled before cleanup of cancelled
# handles is performed.
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Maximum timeout passed to the waker (as CPython's to select).
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


class _LockWaker:
    """Stand-in for _pygil.Waker outside pygil: a latch on a lock pair."""

    def __init__(self):
        import threading
        self._event = threading.Event()

    def wait(self, timeout=None):
        woken = self._event.wait(timeout)
        self._event.clear()
        return woken

    def wake(self):
        self._event.set()


def _ceil_ms(timeout):
    """The timeout rounded up to whole milliseconds, as CPython's epoll selector waits: timers
    due within the same millisecond then fire in the same iteration, as they do in CPython."""
    ms = int(timeout * 1e3)
    if ms < timeout * 1e3:
        ms += 1
    return ms * 1e-3


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        return repr(cb.__self__)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # Issue #22429: run_forever() already finished, no need to stop it.
            return
    futures._get_loop(fut).stop()


def _log(text, exception=None):
    """Write a record as logging's last-resort handler does: the text, then the traceback."""
    if exception is not None:
        import traceback
        tb = ''.join(traceback.format_exception(exception)).rstrip('\n')
        text = text + '\n' + tb
    sys.stderr.write(text + '\n')


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = []        # Handles to run, FIFO (see the notes above)
        self._scheduled = []    # heap of TimerHandles
        self._default_executor = None
        # Identifier of the thread running the event loop, or None if it is not running.
        self._thread_id = None
        self._clock_resolution = 1e-09  # time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self._debug = False
        # In debug mode, a callback or task step longer than this (seconds) is logged.
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._asyncgens = set()
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False
        self._waker = _Waker() if _Waker is not None else _LockWaker()
        self._exc_futures = []  # futures that got an exception, maybe never retrieved
        self._exc_prune_at = 64

    def __repr__(self):
        return (
            f'<{self.__class__.__name__} running={self.is_running()} '
            f'closed={self.is_closed()} debug={self.get_debug()}>'
        )

    def create_future(self):
        """Create a Future object attached to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule a coroutine object; return a task object."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """Set the task factory used by create_task(); None restores the default."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """Return a task factory, or None if the default one is in use."""
        return self._task_factory

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            import warnings
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning)
        self._asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        """Shutdown all active asynchronous generators.

        pygil registers async generators only once the runtime offers
        sys.set_asyncgen_hooks; until then there is nothing to close here."""
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(
            *[ag.aclose() for ag in closing_agens],
            return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Schedule the shutdown of the default executor."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        import threading
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run until stop() is called."""
        self._check_closed()
        self._check_running()
        set_hooks = getattr(sys, 'set_asyncgen_hooks', None)
        old_agen_hooks = sys.get_asyncgen_hooks() if set_hooks is not None else None
        try:
            self._thread_id = get_ident()
            if set_hooks is not None:
                set_hooks(firstiter=self._asyncgen_firstiter_hook,
                          finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if set_hooks is not None:
                set_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until the Future is done (a coroutine is wrapped in a Task); return its result
        or raise its exception."""
        self._check_closed()
        self._check_running()

        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # An exception is raised if the future didn't complete, so there is no need to
            # log the "destroy pending task" message.
            future._log_destroy_pending = False

        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException. Consume the exception to not log a
                # warning, the caller doesn't have access to the local task.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')

        return future.result()

    def stop(self):
        """Stop running the event loop after the callbacks of the current iteration."""
        self._stopping = True

    def close(self):
        """Close the event loop: report unretrieved exceptions (pygil has no finalizers to do
        it), clear the queues and shut down the executor without waiting for it."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        if self._debug:
            _log(f"Close {self!r}")
        self._report_unretrieved()
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        self._destroy_pending_tasks()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def _note_exception(self, fut):
        """Future.set_exception() was called: remember fut until close() (prunes retrieved
        ones as it grows, so the list stays as long as the unretrieved ones)."""
        pending = self._exc_futures
        pending.append(fut)
        if len(pending) >= self._exc_prune_at:
            pending[:] = [f for f in pending if f._log_traceback]
            self._exc_prune_at = max(64, 2 * len(pending))

    def _report_unretrieved(self):
        """What CPython's Future.__del__ logs: "<Class> exception was never retrieved"."""
        pending = self._exc_futures
        self._exc_futures = []
        for fut in pending:
            if fut._log_traceback:
                fut._log_traceback = False
                self.call_exception_handler({
                    'message': f'{fut.__class__.__name__} exception was never retrieved',
                    'exception': fut._exception,
                    'future': fut,
                })

    def _destroy_pending_tasks(self):
        """Tasks still pending when the loop closes: CPython collects them later, usually at
        exit (a pending task and its coroutine form a reference cycle), and then Task.__del__
        logs "Task was destroyed but it is pending!" and the coroutine's finalizer closes it
        (its `finally` blocks run). pygil has no finalizers: do the same at exit, from
        threading's atexit hook (the one concurrent.futures uses)."""
        pending = []
        for task in list(tasks._all_tasks):
            if task._loop is self:
                tasks._unregister_task(task)
                if not task.done():
                    pending.append(task)
        if not pending:
            return
        try:
            import threading
            threading._register_atexit(self._finalize_tasks, pending)
        except RuntimeError:  # closed while the interpreter shuts down
            self._finalize_tasks(pending)

    def _finalize_tasks(self, pending):
        # In this order, as CPython's collector usually does it: the coroutine is finalized
        # first, so the task's repr shows it done.
        for task in pending:
            if task.done():
                continue
            coro = task._coro
            try:
                coro.close()
            except BaseException as exc:
                _log(f'Exception ignored in: {coro!r}', exc)
            task._coro_closed = True
            if task._log_destroy_pending:
                self.call_exception_handler({
                    'task': task,
                    'message': 'Task was destroyed but it is pending!',
                })

    def is_closed(self):
        """Returns True if the event loop was closed."""
        return self._closed

    def is_running(self):
        """Returns True if the event loop is running."""
        return (self._thread_id is not None)

    def time(self):
        """The loop's clock: time.monotonic(), in seconds."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Arrange for callback(*args) to be called after delay seconds; return a TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        """Like call_later(), but uses an absolute time (on the loop.time() clock)."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Arrange for callback(*args) to be called as soon as possible (FIFO)."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = _Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(
                f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def _call_soon(self, callback, args, context):
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_thread(self):
        """In debug mode: raise if the caller is not the thread running the loop."""
        if self._thread_id is None:
            return
        if get_ident() != self._thread_id:
            raise RuntimeError(
                "Non-thread-safe operation invoked on an event loop other "
                "than the current one")

    def call_soon_threadsafe(self, callback, *args, context=None):
        """Like call_soon(), but thread-safe: any thread may call it; it wakes the loop."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)  # one native list operation: atomic under the GIL
        self._waker.wake()
        return handle

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            # Only check when the default executor is being used
            self._check_default_executor()
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio'
                )
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    # ------------------------------------------------------------------ error handling

    def get_exception_handler(self):
        """Return an exception handler, or None if the default one is in use."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Set handler(loop, context) as the loop's exception handler; None: the default."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the message, the other context entries and the exception's traceback to
        stderr, as CPython's logger 'asyncio' does with no logging configured."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'

        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')

        _log('\n'.join(log_lines), context.get('exception'))

    def call_exception_handler(self, context):
        """Call the current event loop's exception handler with a context dict ('message',
        and maybe 'exception', 'future', 'task', 'handle', 'asyncgen')."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # Second protection layer for unexpected errors in the default implementation.
                _log('Exception in default exception handler', exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                # Exception in the user set custom exception handler.
                try:
                    # Let's try default handler.
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    _log('Exception in default exception handler '
                         'while handling an unexpected error '
                         'in custom exception handler', exc2)

    # ------------------------------------------------------------------ the loop itself

    def _add_callback(self, handle):
        """Add a Handle to _ready."""
        if not handle._cancelled:
            self._ready.append(handle)

    def _timer_handle_cancelled(self, handle):
        """Notification that a TimerHandle has been cancelled."""
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """Run one full iteration of the event loop: wait for the first timer (or a wake-up)
        if nothing is ready, move the due timers to the ready queue, and run every callback
        that is ready at that point."""
        scheduled = self._scheduled
        sched_count = len(scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Remove delayed calls that were cancelled if their number is too high.
            new_scheduled = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            heapify(new_scheduled)
            self._scheduled = scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            # Remove delayed calls that were cancelled from head of queue.
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heappop(scheduled)
                handle._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            if scheduled:
                timeout = scheduled[0]._when - self.time()
                if timeout > 0:
                    self._waker.wait(_ceil_ms(min(timeout, MAXIMUM_SELECT_TIMEOUT)))
            else:
                self._waker.wait(None)

        # Handle 'later' callbacks that are ready.
        end_time = self.time() + self._clock_resolution
        while scheduled:
            handle = scheduled[0]
            if handle._when >= end_time:
                break
            handle = heappop(scheduled)
            handle._scheduled = False
            ready.append(handle)

        # This is the only place where callbacks are actually *called*. We run the callbacks
        # ready now, not those they schedule: those run the next time around.
        ntodo = len(ready)
        i = 0
        try:
            if self._debug:
                while i < ntodo:
                    handle = ready[i]
                    i += 1
                    if not handle._cancelled:
                        self._run_debug(handle)
            else:
                while i < ntodo:
                    handle = ready[i]
                    i += 1
                    if not handle._cancelled:
                        handle._run()
        finally:
            del ready[:i]

    def _run_debug(self, handle):
        try:
            self._current_handle = handle
            t0 = self.time()
            handle._run()
            dt = self.time() - t0
            if dt >= self.slow_callback_duration:
                _log('Executing %s took %.3f seconds' % (_format_handle(handle), dt))
        finally:
            self._current_handle = None

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


class _UnixSelectorEventLoop(BaseEventLoop):
    """The loop asyncio makes by default. pygil has no selector (no sockets or pipes); the
    name is CPython's, so that reprs of the loop read the same."""
