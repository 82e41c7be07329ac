# A caught SystemExit does not end the program; a later one does.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
print("continuing")
sys.exit(2)
