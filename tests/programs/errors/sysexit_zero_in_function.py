# SystemExit raised deep in calls, after finally blocks run.
import sys
def inner():
    try:
        sys.exit(0)
    finally:
        print("inner finally")
def outer():
    inner()
    print("not reached")
outer()
