# Uncaught exception whose class lives in another module: shown as module.ClassName.
import _failing_mod
print("imported")
_failing_mod.explode("from the helper")
