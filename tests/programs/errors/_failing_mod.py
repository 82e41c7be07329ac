# Helper module for errors programs: an exception class defined outside __main__.
class ModuleError(Exception):
    pass
def explode(msg):
    raise ModuleError(msg)
