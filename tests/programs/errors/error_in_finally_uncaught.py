# The finally block runs (and prints) before the uncaught exception ends the program.
def work():
    try:
        print("working")
        return [][0]
    finally:
        print("cleanup in finally")
work()
