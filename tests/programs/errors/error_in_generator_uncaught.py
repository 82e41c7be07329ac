# Uncaught exception raised inside a generator while a for loop consumes it.
def numbers():
    yield 1
    yield 2
    raise IndexError("generator ran out")
for n in numbers():
    print("got", n)
