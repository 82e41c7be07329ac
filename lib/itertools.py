# itertools: lazy iterator building blocks, written in plain Python for pygil and producing
# the same items, in the same order, with the same errors as CPython 3.11's itertools.

import sys as _sys

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_NULL = object()


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class count(object):
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        result = self._cnt
        self._cnt = result + self._step
        return result

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)


class repeat(object):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object endlessly."""

    def __init__(self, object, times=None):
        self._element = object
        if times is None:
            self._cnt = -1
        else:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(times).__name__)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._element

    def __length_hint__(self):
        if self._cnt < 0:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return '%s(%r)' % (type(self).__name__, self._element)
        return '%s(%r, %d)' % (type(self).__name__, self._element, self._cnt)


class cycle(object):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class chain(object):
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls()
        self._source = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                iterable = next(self._source, _NULL)
                if iterable is _NULL:
                    self._source = None
                    break
                self._active = iter(iterable)
            item = next(self._active, _NULL)
            if item is not _NULL:
                return item
            self._active = None
        raise StopIteration


_ISLICE_STOP = ('Stop argument for islice() must be None or an integer: '
                '0 <= x <= sys.maxsize.')
_ISLICE_INDEX = ('Indices for islice() must be None or an integer: '
                 '0 <= x <= sys.maxsize.')
_ISLICE_STEP = 'Step for islice() must be a positive integer or None.'


def _ssize(x):
    # PyNumber_AsSsize_t, with any failure reported as -1 (as islice() does)
    if not isinstance(x, int):
        meth = getattr(type(x), '__index__', None)
        if meth is None:
            return -1
        x = meth(x)
    if x > _sys.maxsize or x < -_sys.maxsize - 1:
        return -1
    return x


class islice(object):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""

    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError('islice() takes no keyword arguments')
        numargs = len(args)
        if numargs < 2:
            raise TypeError('islice expected at least 2 arguments, got %d' % numargs)
        if numargs > 4:
            raise TypeError('islice expected at most 4 arguments, got %d' % numargs)
        seq = args[0]
        start = 0
        stop = -1
        step = 1
        if numargs == 2:
            a1 = args[1]
            if a1 is not None:
                stop = _ssize(a1)
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        else:
            a1 = args[1]
            a2 = args[2]
            if a1 is not None:
                start = _ssize(a1)
            if a2 is not None:
                stop = _ssize(a2)
                if stop == -1:
                    raise ValueError(_ISLICE_STOP)
        if start < 0 or stop < -1:
            raise ValueError(_ISLICE_INDEX)
        if numargs == 4:
            a3 = args[3]
            if a3 is not None:
                step = _ssize(a3)
        if step < 1:
            raise ValueError(_ISLICE_STEP)
        self._it = iter(seq)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            item = next(it, _NULL)
            if item is _NULL:
                self._it = None
                raise StopIteration
            self._cnt += 1
        if stop != -1 and self._cnt >= stop:
            self._it = None
            raise StopIteration
        item = next(it, _NULL)
        if item is _NULL:
            self._it = None
            raise StopIteration
        self._cnt += 1
        self._next += self._step
        if stop != -1 and self._next > stop:
            self._next = stop
        return item


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def product(*args, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple([pool[0] for pool in pools])
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple([pools[j][indices[j]] for j in range(n)])


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple([pool[k] for k in indices])


def zip_longest(*args, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""
    iterators = [iter(it) for it in args]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i in range(len(iterators)):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            value = next(it, _NULL)
            if value is _NULL:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        total = next(it, _NULL)
        if total is _NULL:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class _grouper(object):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _NULL:
            gbo._step()
        tgt = self._tgtkey
        cur = gbo._currkey
        if not (tgt is cur or tgt == cur):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _NULL
        gbo._currkey = _NULL
        return r


class groupby(object):
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        newvalue = next(self._it)
        if self._keyfunc is None:
            newkey = newvalue
        else:
            newkey = self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            else:
                tgt = self._tgtkey
                cur = self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*tuple(args))


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d in data:
        s = next(selectors, _NULL)
        if s is _NULL:
            return
        if s:
            yield d


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    a = next(it, _NULL)
    if a is _NULL:
        return
    for b in it:
        yield (a, b)
        a = b


class _TeeLink(object):
    def __init__(self):
        self.filled = False
        self.value = None
        self.next = None


class _tee(object):
    """Iterator wrapped to make it copyable."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if not link.filled:
            value = next(self._it)
            link.value = value
            link.next = _TeeLink()
            link.filled = True
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        copyable = it
    else:
        copyable = _tee(it, _TeeLink())
    result = [copyable]
    for i in range(1, n):
        copyable = copyable.__copy__()
        result.append(copyable)
    return tuple(result)
