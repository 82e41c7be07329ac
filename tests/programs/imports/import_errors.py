# Exceptions from other modules keep their module-qualified identity; import-time failures.
import _errors_mod
try:
    _errors_mod.fail("from module")
except _errors_mod.ModError as e:
    print(type(e).__name__, type(e).__module__, e)
try:
    import _raises_on_import
except ValueError as e:
    print("ValueError:", e)
import sys
print("_raises_on_import" in sys.modules)
