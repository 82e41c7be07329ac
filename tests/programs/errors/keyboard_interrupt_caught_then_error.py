# A caught KeyboardInterrupt, then an uncaught error with multiple args: the message is the args tuple.
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupted, continuing")
raise ValueError("bad value", 42)
