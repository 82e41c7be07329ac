# collections: deque, defaultdict, Counter, namedtuple, OrderedDict (and a small ChainMap),
# written in plain Python for pygil, behaving like CPython 3.11's collections module.

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque', 'namedtuple']

_NULL = object()
_repr_running = set()


def _index(x, what):
    if isinstance(x, int):
        return x
    meth = getattr(type(x), '__index__', None)
    if meth is None:
        raise TypeError(what % type(x).__name__)
    return meth(x)


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    for klass in getattr(type(obj), '__mro__', ()):
        if klass.__name__ in ('Mapping', 'MutableMapping', 'UserDict', 'ChainMap'):
            return True
    return False


################################################################################
### deque
################################################################################

class _deque_iterator(object):
    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        self._reverse = reverse
        self._pos = 0
        self._len = len(d)

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d is None:
            raise StopIteration
        if d._state != self._state or len(d) != self._len:
            self._deque = None
            raise RuntimeError('deque mutated during iteration')
        pos = self._pos
        if pos >= self._len:
            self._deque = None
            raise StopIteration
        self._pos = pos + 1
        if self._reverse:
            return d._data[len(d._data) - 1 - pos]
        return d._data[d._head + pos]


class deque(object):
    """A list-like sequence optimized for data accesses near its endpoints."""

    # Items live in self._data[self._head:]; the dead prefix makes popleft/appendleft O(1) amortized.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen, "'%s' object cannot be interpreted as an integer")
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._data = []
        self._head = 0
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._data) - self._head

    def __bool__(self):
        return len(self._data) > self._head

    def _items(self):
        if self._head:
            return self._data[self._head:]
        return list(self._data)

    def _set_items(self, items):
        self._data = items
        self._head = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None:
            if maxlen == 0:
                return
            if len(self._data) - self._head >= maxlen:
                self._popleft()
        self._data.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        maxlen = self._maxlen
        if maxlen is not None:
            if maxlen == 0:
                return
            if len(self._data) - self._head >= maxlen:
                self._data.pop()
        if self._head == 0:
            n = len(self._data)
            pad = n if n > 8 else 8
            self._data = [None] * pad + self._data
            self._head = pad
        self._head -= 1
        self._data[self._head] = x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._data) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._data.pop()
        if len(self._data) == self._head:
            self._data = []
            self._head = 0
        return x

    def _popleft(self):
        data = self._data
        head = self._head
        x = data[head]
        data[head] = None
        head += 1
        if head == len(data):
            self._data = []
            self._head = 0
        elif head > 16 and head * 4 >= len(data) * 3:
            self._data = data[head:]
            self._head = 0
        else:
            self._head = head
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._data) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._data.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._data = []
        self._head = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        if self._maxlen is None:
            return self.__class__(self)
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        data = self._data
        for i in range(self._head, len(data)):
            v = data[i]
            if v is value or v == value:
                n += 1
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        n = len(self)
        if stop is None:
            stop = n
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        head = self._head
        for i in range(start, stop):
            v = self._data[head + i]
            if v is value or v == value:
                return i
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(index, value)
        self._state += 1
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        data = self._data
        for i in range(self._head, len(data)):
            v = data[i]
            if v is value or v == value:
                items = self._items()
                del items[i - self._head]
                self._state += 1
                self._set_items(items)
                return None
        raise ValueError('deque.remove(x): x not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._state += 1
        self._set_items(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        length = len(self)
        if length <= 1:
            return None
        n = n % length
        if n == 0:
            return None
        items = self._items()
        self._state += 1
        self._set_items(items[length - n:] + items[:length - n])

    def _checked_index(self, i):
        if not isinstance(i, int):
            meth = getattr(type(i), '__index__', None)
            if meth is None:
                raise TypeError('sequence index must be integer, not %r' % type(i).__name__)
            i = meth(i)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._data[self._checked_index(i)]

    def __setitem__(self, i, value):
        self._data[self._checked_index(i)] = value

    def __delitem__(self, i):
        j = self._checked_index(i) - self._head
        items = self._items()
        del items[j]
        self._state += 1
        self._set_items(items)

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, value):
        data = self._data
        for i in range(self._head, len(data)):
            v = data[i]
            if v is value or v == value:
                return True
        return False

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items())
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() < other._items()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() <= other._items()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() > other._items()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() >= other._items()

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n, "can't multiply sequence by non-int of type '%s'")
        if n <= 0:
            self.clear()
            return self
        if n == 1:
            return self
        items = self._items()
        if self._maxlen is None:
            self._state += 1
            self._set_items(items * n)
        else:
            for i in range(n - 1):
                self.extend(items)
        return self


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, *args, **kwargs):
        default_factory = None
        if args:
            default_factory = args[0]
            args = args[1:]
            if default_factory is not None and not callable(default_factory):
                raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### OrderedDict
################################################################################

class _OrderedDictView(object):
    _kind = ''

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (self._kind, list(self))

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield self._get(key)

    def __iter__(self):
        for key in dict.__iter__(self._mapping):
            yield self._get(key)


class _odict_keys(_OrderedDictView):
    _kind = 'odict_keys'

    def _get(self, key):
        return key

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return set(self) == _as_set(other)

    def __ne__(self, other):
        return not self == other

    def __and__(self, other):
        return set(self) & _as_set(other)

    def __or__(self, other):
        return set(self) | _as_set(other)

    def __sub__(self, other):
        return set(self) - _as_set(other)

    def __xor__(self, other):
        return set(self) ^ _as_set(other)

    def isdisjoint(self, other):
        return set(self).isdisjoint(other)


class _odict_values(_OrderedDictView):
    _kind = 'odict_values'

    def _get(self, key):
        return dict.__getitem__(self._mapping, key)


class _odict_items(_OrderedDictView):
    _kind = 'odict_items'

    def _get(self, key):
        return (key, dict.__getitem__(self._mapping, key))

    def __contains__(self, item):
        key, value = item
        if key not in self._mapping:
            return False
        v = dict.__getitem__(self._mapping, key)
        return v is value or v == value

    def __eq__(self, other):
        return set(self) == _as_set(other)

    def __ne__(self, other):
        return not self == other


def _as_set(other):
    if isinstance(other, (set, frozenset)):
        return other
    return set(other)


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # pygil's dict already keeps insertion order, so the order lives in the dict itself.

    def __init__(self, *args, **kwds):
        dict.__init__(self, *args, **kwds)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
            return None
        items = list(dict.items(self))
        dict.clear(self)
        for k, v in items:
            if k is key or k == key:
                dict.__setitem__(self, k, v)
                break
        for k, v in items:
            if not (k is key or k == key):
                dict.__setitem__(self, k, v)
        return None

    def keys(self):
        return _odict_keys(self)

    def values(self):
        return _odict_values(self)

    def items(self):
        return _odict_items(self)

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(dict.items(self)))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            for a, b in zip(dict.__iter__(self), dict.__iter__(other)):
                if not (a is b or a == b):
                    return False
            return True
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


def _quoted_list(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return ', '.join(names[:-1]) + ', and ' + names[-1]


class _tuplegetter:
    # CPython's namedtuple fields are _tuplegetter descriptors (not properties): read-only, and
    # assigning one raises "can't set attribute".
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj[self._index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _field_property(index, name):
    return _tuplegetter(index, 'Alias for field number %d' % index)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    num_required = num_fields - len(field_defaults)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    new_name = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        values = list(args[:num_fields])
        while len(values) < num_fields:
            values.append(_NULL)
        for key in kwargs:
            if key not in field_names:
                raise TypeError('%s() got an unexpected keyword argument %r' % (new_name, key))
            i = field_names.index(key)
            if values[i] is not _NULL:
                raise TypeError('%s() got multiple values for argument %r' % (new_name, key))
            values[i] = kwargs[key]
        if nargs > num_fields:
            given = nargs + 1
            if num_required < num_fields:
                takes = 'from %d to %d positional arguments' % (num_required + 1, num_fields + 1)
            elif num_fields == 0:
                takes = '1 positional argument'
            else:
                takes = '%d positional arguments' % (num_fields + 1)
            raise TypeError('%s() takes %s but %d %s given'
                            % (new_name, takes, given, 'was' if given == 1 else 'were'))
        missing = []
        for i in range(num_fields):
            if values[i] is _NULL:
                name = field_names[i]
                if name in field_defaults:
                    values[i] = field_defaults[name]
                else:
                    missing.append(name)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (new_name, len(missing), '' if len(missing) == 1 else 's',
                               _quoted_list(missing)))
        return tuple.__new__(_cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_name
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    def __repr__(self):
        parts = []
        for i in range(num_fields):
            parts.append('%s=%r' % (field_names[i], self[i]))
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _field_property(index, name)

    if module is None:
        module = '__main__'
    class_namespace['__module__'] = module
    result = type(typename, (tuple,), class_namespace)
    return result


################################################################################
### Counter
################################################################################

def _one_optional(args, fname):
    # the single optional positional-only parameter of Counter's methods
    if len(args) > 1:
        raise TypeError('%s() takes from 1 to 2 positional arguments but %d were given'
                        % (fname, len(args) + 1))
    return args[0] if args else None


def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


def _count_of(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, *args, **kwds):
        iterable = _one_optional(args, 'Counter.__init__')
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most common to the least."""
        # sorted() is stable, so ties keep insertion order (heapq.nlargest gives the same result)
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        if n <= 0:
            return []
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in list(self.items()):
            for i in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, *args, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        iterable = _one_optional(args, 'Counter.update')
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, *args, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        iterable = _one_optional(args, 'Counter.subtract')
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        'Add counts from two counters.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        'Subtract count, but keep only results with positive counts.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        'Union is the maximum of value in either of the input counters.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        'Intersection is the minimum of corresponding counts.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        'Subtracts from an empty counter.  Strips positive and zero counts, flips negative ones.'
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        'Internal method to strip elements with a negative or zero count'
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


################################################################################
### ChainMap
################################################################################

class ChainMap(object):
    """A ChainMap groups multiple dicts (or other mappings) together to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __eq__(self, other):
        if isinstance(other, ChainMap) or isinstance(other, dict):
            return dict(self.items()) == dict(other.items())
        return NotImplemented

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwds):
        self.maps[0].update(*args, **kwds)

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
