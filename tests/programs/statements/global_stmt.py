# global declarations: reading, rebinding and creating module globals from functions.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
def make_new():
    global created
    created = "yes"
def shadow():
    counter = 100
    return counter
incr(); incr()
print(counter, shadow(), counter)
make_new()
print(created)
def read_only():
    return counter * 10
print(read_only())
def g2():
    global a, b
    a, b = 1, 2
g2()
print(a, b)
x = "module"
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
    return x
print(nested(), x)
