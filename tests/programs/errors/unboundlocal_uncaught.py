# Uncaught UnboundLocalError: a local read before assignment.
count = 0
def increment():
    count += 1
    return count
increment()
