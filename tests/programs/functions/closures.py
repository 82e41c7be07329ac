# Closures capture variables, not values; cells are shared between inner functions.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(); inc()
print(get())
inc2, get2 = counter()
print(inc2(), get())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def outer():
    x = 1
    def show():
        return x
    x = 2
    return show
print(outer()())
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def make_acc(start):
    total = [start]
    def add(v):
        total[0] += v
        return total[0]
    return add
acc = make_acc(100)
print(acc(1), acc(10))
print(outer().__closure__ is not None, (lambda: 1).__closure__)
