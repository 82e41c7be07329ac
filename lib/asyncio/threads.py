"""High-level support for working with threads in asyncio"""

# pygil: no contextvars, so nothing is copied into the thread; the call is a closure rather
# than a functools.partial (asyncio does not import functools).

from . import events


__all__ = "to_thread",


async def to_thread(func, /, *args, **kwargs):
    """Asynchronously run function *func* in a separate thread; await its result."""
    loop = events.get_running_loop()

    def func_call():
        return func(*args, **kwargs)

    return await loop.run_in_executor(None, func_call)
