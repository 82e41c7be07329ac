# try/except/else/finally: which blocks run in each case.
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "return":
            return log + ["returned"]
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for a in ("ok", "raise", "return"):
    print(a, run(a))
try:
    int("x")
except ValueError:
    print("caught without binding")
try:
    [][1]
except (KeyError, IndexError) as e:
    print("tuple catch", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class catch", type(e).__name__, e)
try:
    1 / 0
except Exception as e:
    print("Exception catches", type(e).__name__)
try:
    raise KeyError("k")
except IndexError:
    print("wrong")
except KeyError:
    print("second handler")
except Exception:
    print("not reached")
