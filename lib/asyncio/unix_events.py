"""Selector event loop for Unix."""

# pygil: the default loop class and policy (CPython 3.11's Lib/asyncio/unix_events.py has
# signals, pipes and child watchers besides: pygil has none of them).

__all__ = (
    'SelectorEventLoop',
    'DefaultEventLoopPolicy',
)

from . import base_events
from . import events

_UnixSelectorEventLoop = base_events._UnixSelectorEventLoop


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
