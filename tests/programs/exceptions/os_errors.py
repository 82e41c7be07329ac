# OSError family: opening a missing file, errno and filename attributes, TimeoutError.
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.filename, isinstance(e, OSError), e.strerror)
try:
    open("definitely_missing_file.txt")
except OSError as e:
    print("caught as OSError:", type(e).__name__)
try:
    raise TimeoutError("took too long")
except OSError as e:
    print(type(e).__name__, e)
try:
    raise OSError("generic")
except Exception as e:
    print(repr(e))
try:
    raise MemoryError()
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    raise NotImplementedError("later")
except RuntimeError as e:
    print(type(e).__name__, e)
