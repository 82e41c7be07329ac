# pygil: iscoroutine/iscoroutinefunction and the coroutine part of Task reprs (CPython 3.11's
# Lib/asyncio/coroutines.py). pygil has no `types` or `inspect` module, so the coroutine and
# generator types come from probe objects.

__all__ = 'iscoroutinefunction', 'iscoroutine'

try:
    import _pygil
except ImportError:  # CPython, when the checker loads this package for comparison
    _pygil = None

# A marker for iscoroutinefunction (functions that asyncio must treat as coroutine functions).
_is_coroutine = object()

CO_COROUTINE = 0x80


async def _probe_coro():
    pass


def _probe_gen():
    yield


_c = _probe_coro()
CoroutineType = type(_c)
_c.close()  # a closed, never-started coroutine gives no "never awaited" warning
del _c
GeneratorType = type(_probe_gen())
_FunctionType = type(_probe_gen)

_iscoroutine_typecache = set()


def iscoroutinefunction(func):
    """Return True if func is a coroutine function (an `async def`, maybe bound or partial)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    while True:
        inner = getattr(func, '__func__', None)  # bound method
        if inner is None:
            inner = getattr(func, 'func', None) if type(func).__name__ == 'partial' else None
        if inner is None:
            break
        func = inner
    return (type(func) is _FunctionType and
            bool(func.__code__.co_flags & CO_COROUTINE))


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    t = type(obj)
    if t in _iscoroutine_typecache:
        return True
    # collections.abc.Coroutine is structural: send, throw, close and __await__.
    if (t is CoroutineType or t is GeneratorType or
            (hasattr(t, 'send') and hasattr(t, 'throw') and hasattr(t, 'close') and
             hasattr(t, '__await__'))):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(t)
        return True
    return False


def _coro_frame(coro):
    """The coroutine's frame while it is not finished, else None (CPython's cr_frame/gi_frame).

    pygil's coroutines have no cr_frame yet, and reading gi_frame of a generator hangs the
    runtime (reported to the lead), so under pygil only cr_frame is tried."""
    frame = getattr(coro, 'cr_frame', None)
    if frame is None and _pygil is None:
        frame = getattr(coro, 'gi_frame', None)
    return frame


def _format_coroutine(coro, finished=None):
    """`name() running at file:line` or `name() done, defined at file:line`, as CPython.

    finished: what the caller knows (a Task knows whether its coroutine has ended). Without a
    frame (pygil today) it decides between "running" and "done", and a running coroutine is
    shown at its first line: CPython shows the line where it is suspended."""
    if getattr(coro, '__qualname__', None):
        coro_name = coro.__qualname__ + '()'
    elif getattr(coro, '__name__', None):
        coro_name = coro.__name__ + '()'
    else:
        coro_name = f'<{type(coro).__name__} without __name__>()'

    coro_code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not coro_code:
        running = getattr(coro, 'cr_running', None)
        if running is None:
            running = getattr(coro, 'gi_running', False)
        return f'{coro_name} running' if running else coro_name

    filename = coro_code.co_filename or '<empty co_filename>'
    frame = _coro_frame(coro)
    if frame is not None:
        return f'{coro_name} running at {filename}:{frame.f_lineno}'
    if finished is False and not hasattr(coro, 'cr_frame'):
        return f'{coro_name} running at {filename}:{coro_code.co_firstlineno}'
    return f'{coro_name} done, defined at {filename}:{coro_code.co_firstlineno}'
