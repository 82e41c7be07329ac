"""The asyncio package, tracking PEP 3156."""

# pygil's asyncio: CPython 3.11's Lib/asyncio rebuilt in compact Python on pygil's runtime
# (coroutines are suspendable heap frames; the loop waits on _pygil.Waker with the GIL
# released). What it has: the event loop (callbacks, timers, threads), futures and tasks,
# gather/wait/wait_for/shield/as_completed/timeout/TaskGroup, locks and queues, Runner/run,
# to_thread and run_coroutine_threadsafe. No sockets, streams, subprocesses or signals.
# Differences from CPython are listed at the top of each module.
#
# Parsing the library is most of what an import costs in pygil, so the modules that a program
# may not need (locks, queues, timeouts, taskgroups, threads) are imported on first use of one
# of their names (a module __getattr__, PEP 562). `from asyncio import *` still gets them all.

# This relies on each of the submodules having an __all__ variable.
from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .runners import *
from .tasks import *
from .unix_events import *

_LAZY = {
    'locks': ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier'),
    'queues': ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty'),
    'timeouts': ('Timeout', 'timeout', 'timeout_at'),
    'taskgroups': ('TaskGroup',),
    'threads': ('to_thread',),
}
_LAZY_NAMES = {name: module for module, names in _LAZY.items() for name in names}

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           _LAZY['locks'] +
           runners.__all__ +
           _LAZY['queues'] +
           tasks.__all__ +
           _LAZY['threads'] +
           _LAZY['timeouts'] +
           unix_events.__all__)


def _submodule(name):
    if name == 'locks':
        from . import locks as module
    elif name == 'queues':
        from . import queues as module
    elif name == 'timeouts':
        from . import timeouts as module
    elif name == 'taskgroups':
        from . import taskgroups as module
    elif name == 'threads':
        from . import threads as module
    else:
        from . import mixins as module
    return module


_importing = set()


def __getattr__(name):
    if name in _LAZY or name == 'mixins':
        # `from . import locks` looks for the attribute first: while it is being imported,
        # say it is missing so that the import system loads the submodule.
        if name in _importing:
            raise AttributeError(f"module 'asyncio' has no attribute {name!r}")
        _importing.add(name)
        try:
            return _submodule(name)
        finally:
            _importing.discard(name)
    module_name = _LAZY_NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module 'asyncio' has no attribute {name!r}")
    value = getattr(_submodule(module_name), name)
    globals()[name] = value
    return value
