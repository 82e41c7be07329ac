# Uncaught exception raised while handling another one (implicit chaining).
try:
    {}["missing"]
except KeyError:
    print("handling KeyError")
    raise RuntimeError("failed while handling")
