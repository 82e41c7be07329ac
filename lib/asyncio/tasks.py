"""Support for tasks, coroutines and the scheduler."""

# pygil: CPython 3.11's Lib/asyncio/tasks.py (Task is the Python Task that CPython's C Task
# mirrors; wake-up order, messages and reprs are CPython's). Differences:
# - asyncio.wait() accepts bare coroutines, as Python 3.8-3.10 did (see wait()).
# - The registry of tasks is a dict of pending tasks (no WeakSet): a task leaves it when done.
# - No contextvars: a `context` argument is kept and used only if given.

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

from _thread import allocate_lock as _allocate_lock

from . import coroutines
from . import events
from . import exceptions
from . import futures
from .coroutines import _is_coroutine

_task_name_lock = _allocate_lock()  # tasks are named from every thread's loop
_task_name_count = 0


def _task_name_counter():
    global _task_name_count
    with _task_name_lock:
        _task_name_count += 1
        return _task_name_count


def current_task(loop=None):
    """Return a currently executed task."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """Return a set of all tasks for the loop."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks)
            if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        task.set_name(name)


def _strip_step_frame(exc):
    """Drop Task.__step's own frame from a traceback, as CPython's C Task has none. (pygil's
    tracebacks have no tb_next yet: then there is nothing to do.)"""
    tb = exc.__traceback__
    nxt = getattr(tb, 'tb_next', None) if tb is not None else None
    if nxt is not None:
        exc.__traceback__ = nxt


class Task(futures._PyFuture):
    """A coroutine wrapped in a Future."""

    # While a Task is not done, _fut_waiter is None or a Future, and the task is in one of three
    # states (CPython's invariant):
    #   1. _fut_waiter is pending: __step is not scheduled; __wakeup is one of its callbacks.
    #   2. _fut_waiter is None or done, and __step is scheduled (in the ready queue).
    #   3. _fut_waiter is None and __step is not scheduled: the task is running its __step.
    # 1 -> 2 when _fut_waiter becomes done (it schedules __wakeup), 2 -> 3 when __step runs.

    _log_destroy_pending = True
    _coro_closed = False  # set when a closed loop finalizes the task's coroutine at exit

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = f'Task-{_task_name_counter()}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = context
        self._loop.call_soon(self.__step, context=context)
        _register_task(self)

    def __repr__(self):
        return _task_repr(self)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """pygil keeps no frame objects for suspended coroutines: always an empty list."""
        return []

    def print_stack(self, *, limit=None, file=None):
        import sys
        print(f'No stack for {self!r}', file=file if file is not None else sys.stderr)

    def cancel(self, msg=None):
        """Request that this task cancel itself (a CancelledError thrown into the coroutine)."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # Leave self._fut_waiter; it may be a Task that catches and ignores the
                # cancellation, so we may have to cancel it again later.
                return True
        # It must be the case that self.__step is already scheduled.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """Return the count of the task's cancellation requests."""
        return self._num_cancels_requested

    def uncancel(self):
        """Decrement the count of cancellation requests; return what remains."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self._state != futures._PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r} {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None

        loop = self._loop
        # _enter_task(loop, self) and, in the finally clause, _leave_task(loop, self): written
        # out because this runs for every step of every task.
        current = _current_tasks.get(loop)
        if current is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another "
                               f"task {current!r} is being executed.")
        _current_tasks[loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as exc:
            _unregister_task(self)
            if self._must_cancel:
                # Task is cancelled right before coro stops.
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, exc.value)
        except exceptions.CancelledError as exc:
            _unregister_task(self)
            self._cancelled_exc = exc  # saved for chaining as a context later
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as exc:
            _unregister_task(self)
            futures.Future.set_exception(self, exc)
            raise
        except BaseException as exc:
            _unregister_task(self)
            _strip_step_frame(exc)
            futures.Future.set_exception(self, exc)
        else:
            if result is None:
                # Bare yield relinquishes control for one event loop iteration.
                if self._context is None:
                    loop.call_soon(self.__step)
                else:
                    loop.call_soon(self.__step, context=self._context)
            else:
                self._handle_yield(result, loop)
        finally:
            current = _current_tasks.get(loop)
            if current is not self:
                raise RuntimeError(f"Leaving task {self!r} does not match "
                                   f"the current task {current!r}.")
            del _current_tasks[loop]

    def _handle_yield(self, result, loop):
        """What the coroutine yielded, other than None: an awaited Future, or a mistake."""
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            # Yielded Future must come from Future.__iter__().
            if futures._get_loop(result) is not loop:
                new_exc = RuntimeError(
                    f'Task {self!r} got Future '
                    f'{result!r} attached to a different loop')
                loop.call_soon(self.__step, new_exc, context=self._context)
            elif blocking:
                if result is self:
                    new_exc = RuntimeError(f'Task cannot await on itself: {self!r}')
                    loop.call_soon(self.__step, new_exc, context=self._context)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self.__wakeup, context=self._context)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                new_exc = RuntimeError(
                    f'yield was used instead of yield from '
                    f'in task {self!r} with {result!r}')
                loop.call_soon(self.__step, new_exc, context=self._context)
        elif type(result) is coroutines.GeneratorType:
            new_exc = RuntimeError(
                f'yield was used instead of yield from for '
                f'generator in task {self!r} with {result!r}')
            loop.call_soon(self.__step, new_exc, context=self._context)
        else:
            new_exc = RuntimeError(f'Task got bad yield: {result!r}')
            loop.call_soon(self.__step, new_exc, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            # This may also be a cancellation.
            self.__step(exc)
        else:
            self.__step()


# CPython's C Task names its wake-up method task_wakeup, and Future reprs show it as
# `cb=[Task.task_wakeup()]`: name ours the same in reprs.
try:
    Task._Task__wakeup.__qualname__ = 'Task.task_wakeup'
except (AttributeError, TypeError):
    pass

_PyTask = Task


def _task_repr_info(task):
    info = futures._future_repr_info(task)
    if task.cancelling() and not task.done():
        info[0] = 'cancelling'
    info.insert(1, 'name=%r' % task.get_name())
    coro = coroutines._format_coroutine(task._coro, task.done() or task._coro_closed)
    info.insert(2, f'coro=<{coro}>')
    if task._fut_waiter is not None:
        info.insert(3, f'wait_for={task._fut_waiter!r}')
    return info


@futures._recursive_repr
def _task_repr(task):
    info = ' '.join(_task_repr_info(task))
    return f'<{task.__class__.__name__} {info}>'


def create_task(coro, *, name=None, context=None):
    """Schedule the execution of a coroutine object in a spawn task; return the Task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


# ======================================================================= wait(), as_completed()

FIRST_COMPLETED = 'FIRST_COMPLETED'  # the same strings as concurrent.futures'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the Futures or Tasks given by fs to complete; return (done, pending) sets.

    This does not raise TimeoutError: futures not done at the timeout are in `pending`."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    loop = events.get_running_loop()
    items = list(fs)
    if any(coroutines.iscoroutine(f) for f in items):
        # Deliberate difference: CPython 3.11 raises TypeError("Passing coroutines is
        # forbidden, use tasks explicitly."). pygil accepts them as Python 3.8-3.10 did, with
        # 3.10's warning (pointing at the caller of wait(), stacklevel=2), and wraps them in
        # tasks in argument order (3.10 wrapped them in the order of a set).
        import warnings
        warnings.warn("The explicit passing of coroutine objects to "
                      "asyncio.wait() is deprecated since Python 3.8, and "
                      "scheduled for removal in Python 3.11.",
                      DeprecationWarning, stacklevel=2)
        wrapped = {}
        for f in items:
            if f not in wrapped:
                wrapped[f] = ensure_future(f, loop=loop)
        items = list(wrapped.values())
    return await _wait(set(items), timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """Wait for the single Future or coroutine to complete, with timeout.

    When the timeout occurs, it cancels the task and raises TimeoutError. If the wait is
    cancelled, the task is also cancelled."""
    loop = events.get_running_loop()

    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(_fut):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        # wait until the future completes or the timeout
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                # We must ensure that the task is not running after wait_for() returns.
                await _cancel_and_wait(fut, loop=loop)
                raise

        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            # In case task cancellation failed with some exception, we should re-raise it.
            try:
                return fut.result()
            except exceptions.CancelledError as exc:
                raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    """Internal helper for wait(): fs is a non-empty set of Futures."""
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    """Cancel the *fut* future or task and wait until it completes."""
    waiter = loop.create_future()

    def cb(_fut):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        # We cannot wait on *fut* directly, to keep _cancel_and_wait itself cancellable.
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):  # a generator, as CPython's: nothing runs before next()
    """Return an iterator of coroutines that give the results of fs in completion order.

        for f in as_completed(fs):
            result = await f  # The 'await' may raise.

    With a timeout, the 'await' raises TimeoutError once it has passed."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from .queues import Queue  # Import here to avoid circular import problem.
    done = Queue()

    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # Queue a dummy value for _wait_for_one().
        todo.clear()  # Can't do todo.remove(f) in the loop.

    def _on_completion(f):
        if not todo:
            return  # _on_timeout() was here first.
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            # Dummy value from _on_timeout().
            raise exceptions.TimeoutError
        return f.result()  # May raise f.exception().

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ======================================================================= sleep()

class _Sleep0:
    """`await _SLEEP0` is a bare yield: Task.__step sees None and reschedules itself for the
    next loop iteration (CPython's @types.coroutine __sleep0)."""

    def __await__(self):
        yield


_SLEEP0 = _Sleep0()


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _SLEEP0
        return result

    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


# ======================================================================= ensure_future()

def ensure_future(coro_or_future, *, loop=None):
    """Wrap a coroutine or an awaitable in a future; a Future is returned as it is."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    called_wrap_awaitable = False
    if not coroutines.iscoroutine(coro_or_future):
        if hasattr(type(coro_or_future), '__await__'):
            coro_or_future = _wrap_awaitable(coro_or_future)
            called_wrap_awaitable = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')

    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not called_wrap_awaitable:
            coro_or_future.close()
        raise


async def _wrap_awaitable(awaitable):
    """Wrap an awaitable (an object with __await__) in a coroutine for ensure_future()."""
    return await awaitable

_wrap_awaitable._is_coroutine = _is_coroutine


# ======================================================================= gather(), shield()

class _GatheringFuture(futures.Future):
    """Helper for gather(): cancel() cancels the children, like Task.cancel() it does not mark
    itself cancelled at once."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # If any child tasks were actually cancelled, we should propagate the cancellation
            # request regardless of *return_exceptions* argument. See issue 32684.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Return a future aggregating results from the given coroutines/futures.

    Results come in the order of the arguments. Without return_exceptions, the first exception
    is propagated to the returned future at once. Cancelling gather() cancels the children that
    are not done; a cancelled child counts as if it raised CancelledError."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark exception retrieved.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                # Check if 'fut' is cancelled first, as 'fut.exception()' will *raise* a
                # CancelledError instead of returning it.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            # All futures are done; create a list of results and set it to the 'outer' future.
            results = []

            for fut in children:
                if fut.cancelled():
                    res = exceptions.CancelledError(
                        '' if fut._cancel_message is None else
                        fut._cancel_message)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if outer._cancel_requested:
                # If gather is being cancelled we must propagate the cancellation regardless
                # of *return_exceptions* argument. See issue 32684.
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None  # bpo-46672
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # 'arg' was not a Future: 'fut' was made for it, and the caller can't control
                # it, so disable the "destroy pending task" warning.
                fut._log_destroy_pending = False

            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)

        else:
            # There's a duplicate Future object in coros_or_futures.
            fut = arg_to_fut[arg]

        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Wait for a future, shielding it from cancellation.

    `res = await shield(task)` is `res = await task` except that cancelling the awaiting
    coroutine does not cancel the task."""
    inner = _ensure_future(arg)
    if inner.done():
        # Shortcut.
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                # Mark inner's result as retrieved.
                inner.exception()
            return

        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine object to a given event loop (from another thread).

    Return a concurrent.futures.Future to access the result."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# ======================================================================= the task registry

# Pending tasks of every loop, in creation order (a dict used as an ordered set). A task leaves
# when it is done; a closed loop drops its own (BaseEventLoop.close).
_all_tasks = {}

# The task each running loop is executing: {loop: task}.
_current_tasks = {}


def _register_task(task):
    """Register a new task in asyncio as executed by loop."""
    _all_tasks[task] = None


def _enter_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current_task!r} is being executed.")
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current_task = _current_tasks.get(loop)
    if current_task is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current_task!r}.")
    del _current_tasks[loop]


def _unregister_task(task):
    """Unregister a task."""
    _all_tasks.pop(task, None)
