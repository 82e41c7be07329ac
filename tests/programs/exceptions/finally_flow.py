# finally runs on return, break, continue and exceptions; return in finally overrides.
def f():
    try:
        return "try"
    finally:
        print("finally of f")
def g():
    try:
        return "try"
    finally:
        return "finally wins"
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by finally return"
print(f(), g(), h())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
