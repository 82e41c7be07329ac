# Uncaught exception with an empty message: 'Type: ' is not printed with a trailing colon.
class Quiet(Exception):
    pass
raise Quiet("")
