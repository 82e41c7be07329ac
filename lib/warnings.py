"""Python part of the warnings subsystem."""

# pygil's warnings: a compact CPython 3.11 Lib/warnings.py. What it does:
# - warn() finds the file and line `stacklevel` frames up with _pygil.caller_location (pygil has
#   no sys._getframe), then applies the first matching filter, and prints as CPython's default
#   hook: "{file}:{line}: {Category}: {message}\n  {source line, stripped}\n" on stderr (the
#   source line is read from the file; the second line is left out if it cannot be read).
#   Past the outermost frame the location is "sys:1", as CPython's.
# - The default filters are CPython 3.11's (release build, no -W options):
#   DeprecationWarning is shown when the warned-about line is in __main__ and ignored
#   elsewhere; PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored;
#   everything else gets the "default" action: shown once per (message, category, line) of
#   each module.
# - The module of a location is '__main__' when its file is the main script's, else the
#   module in sys.modules loaded from that file, else the file name without ".py" (CPython
#   reads it from the frame's globals, which caller_location does not give).
# - filterwarnings() message and module patterns are regular expressions matched at the
#   start, as CPython's; pygil has no `re` module yet, so without it they support literal
#   text, '.', '*', '+', '?', '\\' escapes and a trailing '$' or '\\Z' (enough for the usual
#   "some message.*" patterns).
# - Actions: "error", "ignore", "always", "default", "module", "once". catch_warnings(record=,
#   action=) saves and restores the filters and showwarning.

import sys

__all__ = ["warn", "warn_explicit", "showwarning",
           "formatwarning", "filterwarnings", "simplefilter",
           "resetwarnings", "catch_warnings"]

try:
    from _pygil import caller_location as _caller_location
except ImportError:  # CPython, when the checker loads this module for comparison
    def _caller_location(depth=0):
        try:
            frame = sys._getframe(depth + 1)
        except ValueError:
            return None
        return (frame.f_code.co_filename, frame.f_lineno)

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ======================================================================= showing a warning

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _getline(filename, lineno):
    """Line `lineno` of the file, or '' (linecache.getline)."""
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    line = _getline(msg.filename, msg.lineno) if msg.line is None else msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        # CPython offers tracemalloc's allocation traceback here; pygil has no tracemalloc.
        s += f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return s


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        # warnings.showwarning() was replaced
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fw = formatwarning
    if fw is not _formatwarning_orig:
        # warnings.formatwarning() was replaced
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ======================================================================= filters

class _Pattern:
    """A compiled filter pattern: re.compile(pattern[, re.I]).match when `re` exists, else a
    small backtracking matcher (see the notes at the top)."""

    def __init__(self, pattern, ignorecase):
        self.pattern = pattern
        self._ignorecase = ignorecase
        try:
            import re
        except ImportError:
            self._re = None
            self._tokens = self._parse(pattern)
        else:
            self._re = re.compile(pattern, re.I if ignorecase else 0)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern and
                self._ignorecase == other._ignorecase)

    def __hash__(self):
        return hash(self.pattern)

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,)

    def _parse(self, pattern):
        # tokens: (char or None for '.', or 'END', quantifier '' / '*' / '+' / '?')
        tokens = []
        i = 0
        n = len(pattern)
        while i < n:
            c = pattern[i]
            if c == '\\' and i + 1 < n:
                i += 1
                c = pattern[i]
                atom = 'END' if c == 'Z' else c
            elif c == '$' and i == n - 1:
                atom = 'END'
            elif c == '.':
                atom = None
            else:
                atom = c
            i += 1
            quant = ''
            if i < n and pattern[i] in '*+?':
                quant = pattern[i]
                i += 1
            tokens.append((atom, quant))
        return tokens

    def match(self, text):
        if self._re is not None:
            return self._re.match(text) is not None
        if self._ignorecase:
            text = text.lower()
        return self._match(0, text, 0)

    def _atom_ok(self, atom, ch):
        if atom is None:
            return ch != '\n'
        if self._ignorecase:
            return atom.lower() == ch
        return atom == ch

    def _match(self, ti, text, pi):
        tokens = self._tokens
        if pi == len(tokens):
            return True
        atom, quant = tokens[pi]
        if atom == 'END':
            return ti == len(text) or (ti == len(text) - 1 and text[ti] == '\n')
        if quant == '':
            return (ti < len(text) and self._atom_ok(atom, text[ti]) and
                    self._match(ti + 1, text, pi + 1))
        lo = 1 if quant == '+' else 0
        hi = 1 if quant == '?' else len(text) - ti
        count = 0
        while count < hi and ti + count < len(text) and self._atom_ok(atom, text[ti + count]):
            count += 1
        while count >= lo:  # greedy, then backtrack
            if self._match(ti + count, text, pi + 1):
                return True
            count -= 1
        return False


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front, or the end if
    append): action, a message pattern, a Warning subclass, a module pattern, a line (0: any)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry (any message, any module) into the list of warnings filters."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    # Remove possible duplicate filters, so new one will be placed in correct place. If
    # append=True and duplicate exists, do nothing.
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ======================================================================= warn()

def _matches(pattern, text):
    # A plain string matches exactly (CPython's C filters do the same for the default filter).
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text)


def _module_of(filename):
    """The module name CPython would read from the warned-about frame's globals."""
    if filename == 'sys':
        return 'sys'
    main = sys.modules.get('__main__')
    if main is not None and getattr(main, '__file__', None) == filename:
        return '__main__'
    for name, mod in list(sys.modules.items()):
        if getattr(mod, '__file__', None) == filename:
            return name
    module = filename.rsplit('/', 1)[-1]
    return module[:-3] if module[-3:].lower() == '.py' else module


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    # Depth 0 is this frame, so the caller of warn() (stacklevel 1) is depth 1.
    where = _caller_location(stacklevel if stacklevel > 1 else 1)
    if where is None:
        filename, lineno = 'sys', 1
    else:
        filename, lineno = where
    module = _module_of(filename)
    registry = _registries.get(module)
    if registry is None:
        registry = _registries[module] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    # Quick test for common case
    if registry.get(key):
        return
    # Search the filters
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _matches(msg, text)) and
                issubclass(category, cat) and
                (mod is None or _matches(mod, module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    # Early exit actions
    if action == "ignore":
        return
    if action == "error":
        raise message
    # Other actions
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        # Unrecognized actions are errors
        raise RuntimeError(
            "Unrecognized action (%r) in warnings.filters:\n %s" %
            (action, item))
    # Print message and context
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _warn_unawaited_coroutine(coro):
    """What CPython's runtime calls when a coroutine that was never awaited is destroyed."""
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


class WarningMessage(object):

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the
    context. With record=True, warnings are appended to the list that __enter__ returns
    instead of being shown. With action, simplefilter(action, category, lineno, append) is
    applied on entry."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            # Reset showwarning() to the default implementation to make sure
            # that _showwarnmsg() calls _showwarnmsg_impl()
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


# filters holds 5-tuples: (action, message pattern or None, category, module pattern or None,
# line or 0). CPython 3.11's defaults; the first one means "DeprecationWarning in __main__".
filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_registries = {}  # module name -> __warningregistry__ (CPython keeps it in module globals)

filters[:] = [
    ("default", None, DeprecationWarning, "__main__", 0),  # a plain string: an exact match
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
