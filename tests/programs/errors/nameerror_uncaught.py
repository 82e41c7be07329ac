# Uncaught NameError inside a function.
def compute():
    return undefined_variable + 1
print("calling")
compute()
