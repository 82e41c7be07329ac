# sys.exit raises SystemExit, which can be caught, and finally blocks run.
import sys
for arg in (None, 0, 2, "message"):
    try:
        try:
            if arg is None:
                sys.exit()
            sys.exit(arg)
        finally:
            print("finally runs for", repr(arg))
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args)
print("end")
