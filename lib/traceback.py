"""Extract, format and print information about Python stack traces."""

# pygil: a small part of CPython's traceback module, for asyncio's and concurrent.futures' error
# reports. The full text of a traceback comes from the runtime when it offers
# `_pygil.format_exception(exc) -> str` (the text pygil prints for an uncaught exception).
# Without it, pygil's traceback objects have no tb_frame/tb_lineno to walk yet, so
# format_exception() gives only the final line (`ValueError: boom`), without the
# "Traceback (most recent call last):" part.

import sys

__all__ = ['format_exception', 'format_exception_only', 'print_exception',
           'format_exc', 'print_exc']

try:
    from _pygil import format_exception as _native_format
except ImportError:
    _native_format = None

_sentinel = object()


def _exc_from(exc, value):
    # format_exception(exc) and the old format_exception(type, value, tb) both work.
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, type):
        return exc() if value is _sentinel else None
    return exc


def _type_name(etype):
    name = getattr(etype, '__qualname__', None) or etype.__name__
    module = getattr(etype, '__module__', None)
    if module not in (None, '__main__', 'builtins'):
        name = module + '.' + name
    return name


def format_exception_only(exc, /, value=_sentinel):
    """The last line of a traceback, as a list of one string ending in a newline."""
    if value is not _sentinel:
        etype, exc = exc, value
    else:
        etype = type(exc)
    if exc is None:
        return [_type_name(etype) + '\n'] if etype is not None else ['NoneType: None\n']
    name = _type_name(type(exc))
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    return [name + ': ' + text + '\n' if text else name + '\n']


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of a traceback report for exc, each ending in a newline."""
    exc = _exc_from(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    if _native_format is not None:
        text = _native_format(exc)
        if not text.endswith('\n'):
            text += '\n'
        return text.splitlines(True)
    return format_exception_only(exc)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print format_exception(exc) to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    """format_exception() of the exception being handled, as one string."""
    return ''.join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
