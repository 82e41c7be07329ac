# KeyboardInterrupt, GeneratorExit and SystemExit are BaseExceptions, not caught by 'except Exception'.
for cls in (KeyboardInterrupt, GeneratorExit, SystemExit):
    try:
        try:
            raise cls()
        except Exception:
            print("wrong handler for", cls.__name__)
    except BaseException as e:
        print("BaseException handler got", type(e).__name__)
try:
    raise SystemExit("message")
except SystemExit as e:
    print("code:", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("code:", e.code)
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("sys.exit code:", e.code)
print("still running")
