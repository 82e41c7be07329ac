# Helper module defining an exception class, to check names of exceptions from other modules.
class ModError(Exception):
    pass
def fail(msg):
    raise ModError(msg)
