# The builtin exception hierarchy.
pairs = [
    (Exception, BaseException), (ArithmeticError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (LookupError, Exception), (KeyError, LookupError), (IndexError, LookupError),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception), (SystemExit, BaseException), (SystemExit, Exception),
    (GeneratorExit, BaseException), (GeneratorExit, Exception), (StopIteration, Exception), (RuntimeError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (AssertionError, Exception),
    (AttributeError, Exception), (NameError, Exception), (UnboundLocalError, NameError), (TypeError, Exception),
    (ValueError, Exception), (UnicodeDecodeError, ValueError), (MemoryError, Exception), (OSError, Exception),
    (FileNotFoundError, OSError), (TimeoutError, OSError), (ValueError, TypeError), (EOFError, Exception),
    (ImportError, Exception), (ModuleNotFoundError, ImportError), (StopIteration, RuntimeError),
]
for sub, base in pairs:
    print(f"{sub.__name__:20} {base.__name__:20} {issubclass(sub, base)}")
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong: caught by Exception")
except BaseException as e:
    print("caught KeyboardInterrupt via BaseException", repr(e))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
