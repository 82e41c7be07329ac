# return: implicit None, multiple values as tuples, early returns, return inside loops and try.
def nothing():
    return
def implicit():
    x = 1
def multi():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i == 3:
            return "hit 3"
    return "loop ended"
def in_try():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(nothing(), implicit(), multi(), early(10), early(2))
a, b, c = multi()
print(a, b, c)
print(in_try())
def gen_list(n):
    return [i for i in range(n)] if n else []
print(gen_list(3), gen_list(0))
