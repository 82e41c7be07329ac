# sys.exit() with no argument: exit status 0.
import sys
print("clean exit")
sys.exit()
print("not reached")
