# pygil: how asyncio names callbacks in reprs and log messages (CPython 3.11's
# Lib/asyncio/format_helpers.py), plus the few lines of `reprlib` that asyncio needs (pygil has
# no reprlib module). Runs in whichever thread formats a repr.

import sys


def _probe():
    pass


_FunctionType = type(_probe)


class Repr:
    """reprlib.Repr with CPython's default limits: reprs of results and callback arguments are
    shortened exactly as CPython's `reprlib.repr` shortens them."""

    fillvalue = '...'
    maxlevel = 6
    maxtuple = 6
    maxlist = 6
    maxdict = 4
    maxset = 6
    maxfrozenset = 6
    maxdeque = 6
    maxstring = 30
    maxlong = 40
    maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type's name, as reprlib does (so a list subclass is an "instance").
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            pieces = [self.repr1(elem, level - 1) for elem in list(x)[:maxiter]]
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return '%s%s%s' % (left, s, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        pieces = []
        for key in _possibly_sorted(x)[:self.maxdict]:
            pieces.append('%s: %s' % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (', '.join(pieces),)

    def repr_str(self, x, level):
        s = repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            i = max(0, (self.maxstring - 3) // 2)
            j = max(0, self.maxstring - 3 - i)
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        s = repr(x)
        if len(s) > self.maxlong:
            i = max(0, (self.maxlong - 3) // 2)
            j = max(0, self.maxlong - 3 - i)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_instance(self, x, level):
        try:
            s = repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            i = max(0, (self.maxother - 3) // 2)
            j = max(0, self.maxother - 3 - i)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


short_repr = Repr().repr


def _is_partial(func):
    # functools is a 400-line Python module in pygil: asyncio does not import it. If nobody
    # imported it, no partial object can exist.
    ft = sys.modules.get('functools')
    return ft is not None and isinstance(func, ft.partial)


def _get_function_source(func):
    while hasattr(func, '__wrapped__'):  # inspect.unwrap
        func = func.__wrapped__
    if type(func) is _FunctionType:
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if _is_partial(func):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        func_repr += f' at {source[0]}:{source[1]}'
    return func_repr


def _format_args_and_kwargs(args, kwargs):
    """Format arguments as CPython does: ('hello',) is formatted as ('hello')."""
    items = []
    if args:
        items.extend(short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f'{k}={short_repr(v)}' for k, v in kwargs.items())
    return '({})'.format(', '.join(items))


def _format_callback(func, args, kwargs, suffix=''):
    if _is_partial(func):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if getattr(func, '__qualname__', None):
        func_repr = func.__qualname__
    elif getattr(func, '__name__', None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    func_repr += _format_args_and_kwargs(args, kwargs)
    if suffix:
        func_repr += suffix
    return func_repr
