"""A Future class similar to the one in PEP 3148."""

# pygil: CPython 3.11's Lib/asyncio/futures.py and base_futures.py. Not thread-safe: a Future
# belongs to its loop's thread (other threads reach it through call_soon_threadsafe). Error
# messages are those of CPython's C Future (_asyncio), which is what CPython programs see.
#
# "exception was never retrieved": CPython logs it from __del__; pygil has no finalizers, so
# set_exception() tells the loop, and the loop reports the futures whose exception nobody
# retrieved when it is closed (see BaseEventLoop._report_unretrieved).

__all__ = (
    'Future', 'wrap_future', 'isfuture',
)

import sys

from . import events
from . import exceptions
from . import format_helpers

# States for Future.
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Check for a Future (or an object advertising itself as one, as CPython's isfuture)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    """helper function for Future.__repr__"""
    size = len(cb)
    if not size:
        cb = ''

    def format_cb(callback):
        return format_helpers._format_callback_source(callback, ())

    if size == 1:
        cb = format_cb(cb[0][0])
    elif size == 2:
        cb = '{}, {}'.format(format_cb(cb[0][0]), format_cb(cb[1][0]))
    elif size > 2:
        cb = '{}, <{} more>, {}'.format(format_cb(cb[0][0]), size - 2, format_cb(cb[-1][0]))
    return f'cb=[{cb}]'


def _future_repr_info(future):
    info = [future._state.lower()]
    if future._state == _FINISHED:
        if future._exception is not None:
            info.append(f'exception={future._exception!r}')
        else:
            info.append(f'result={format_helpers.short_repr(future._result)}')
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    return info


_repr_running = set()  # ids of futures being repr'd (reprlib.recursive_repr)


def _recursive_repr(fn):
    def wrapper(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return fn(self)
        finally:
            _repr_running.discard(key)
    return wrapper


@_recursive_repr
def _future_repr(future):
    info = ' '.join(_future_repr_info(future))
    return f'<{future.__class__.__name__} {info}>'


class Future:
    """This class is *almost* compatible with concurrent.futures.Future.

    - It is not thread-safe.
    - result() and exception() take no timeout and raise if the future isn't done yet.
    - Callbacks registered with add_done_callback() always run through the loop's call_soon().
    """

    _state = _PENDING
    _result = None
    _exception = None
    _exception_tb = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None  # a saved CancelledError for later chaining as an exception context
    # Marks an object as a Future (not None) and, set by __await__, tells Task.__step that the
    # future was awaited (True) rather than yielded by hand.
    _asyncio_future_blocking = False
    _log_traceback = False  # an exception was set and nobody has retrieved it yet

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = events._get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        return _future_repr(self)

    def get_loop(self):
        """Return the event loop the Future is bound to."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        """The CancelledError to raise; only once per cancellation (it takes the saved one)."""
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = exceptions.CancelledError()
        else:
            exc = exceptions.CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        """Cancel the future and schedule callbacks; False if it was already done."""
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        """Return True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """Return True if the future is done (result, exception or cancelled)."""
        return self._state != _PENDING

    def result(self):
        """Return the result, or raise the exception or CancelledError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception.with_traceback(self._exception_tb)
        return self._result

    def exception(self):
        """Return the exception that was set (or None), or raise CancelledError."""
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Add a callback to be run (through call_soon) when the future becomes done."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove all instances of a callback; return how many were removed."""
        filtered_callbacks = [(f, ctx) for (f, ctx) in self._callbacks
                              if not _same_callback(f, fn)]
        removed_count = len(self._callbacks) - len(filtered_callbacks)
        if removed_count:
            self._callbacks[:] = filtered_callbacks
        return removed_count

    def set_result(self, result):
        """Mark the future done and set its result."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        """Mark the future done and set an exception."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type) and issubclass(exception, BaseException):
            exception = exception()
            if self._state != _PENDING:
                raise exceptions.InvalidStateError('invalid state')
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        note = getattr(self._loop, '_note_exception', None)
        if note is not None:
            note(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self  # This tells Task to wait for completion.
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()  # May raise too.

    __iter__ = __await__  # make compatible with 'yield from'.


_PyFuture = Future


def _same_callback(a, b):
    """a == b, as CPython compares callbacks; pygil's bound methods compare by identity, so two
    `obj.method` made at different times are matched on __self__ and __func__ here."""
    if a is b or a == b:
        return True
    sa = getattr(a, '__self__', None)
    return (sa is not None and sa is getattr(b, '__self__', None) and
            getattr(a, '__func__', None) is not None and
            getattr(a, '__func__', None) is getattr(b, '__func__', None))


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        pass
    else:
        return get_loop()
    return fut._loop


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _concurrent_futures():
    """concurrent.futures if some code imported it, else None (no object can be one of its
    futures then, and asyncio does not pay for importing threads it does not use)."""
    return sys.modules.get('concurrent.futures')


def _is_concurrent_future(obj):
    cf = _concurrent_futures()
    return cf is not None and isinstance(obj, cf.Future)


def _convert_future_exc(exc):
    cf = _concurrent_futures()
    exc_class = type(exc)
    if cf is not None:
        if exc_class is cf.CancelledError:
            return exceptions.CancelledError(*exc.args)
        if exc_class is cf.InvalidStateError:
            return exceptions.InvalidStateError(*exc.args)
    if exc_class is TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    """Copy state from a future to a concurrent.futures.Future."""
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    """Copy state from another Future (maybe a concurrent.futures.Future)."""
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
    else:
        exception = source.exception()
        if exception is not None:
            dest.set_exception(_convert_future_exc(exception))
        else:
            dest.set_result(source.result())


def _chain_future(source, destination):
    """Chain two futures so that when one completes, so does the other.

    The result (or exception) of source is copied to destination; if destination is
    cancelled, source is cancelled too. Works with asyncio and concurrent.futures Futures."""
    if not isfuture(source) and not _is_concurrent_future(source):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not _is_concurrent_future(destination):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Wrap concurrent.futures.Future object."""
    if isfuture(future):
        return future
    assert _is_concurrent_future(future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events._get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
