# nonlocal rebinding of enclosing function variables, several levels deep.
def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    inc(); inc()
    return count, inc
c, f = outer()
print(c, f(), f())
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "c"
        c()
        return x
    return b(), x
print(a())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    def get():
        return total, items
    return add, get
add, get = acc()
add(3); add(4)
print(get())
def two():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(two())
