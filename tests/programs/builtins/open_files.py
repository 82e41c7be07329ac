# open(): write a text file, read it back whole, by line, by iteration and with readline; append mode.
path = "/tmp/pygil_golden_open_files.txt"
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    f.write("third, no newline")
print("wrote", n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(f.readlines())
with open(path, "a") as f:
    f.write("\nappended")
f = open(path)
lines = f.read().splitlines()
f.close()
print(lines, f.closed)
with open(path, "w") as f:
    print("via print", 42, file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, "w", encoding="utf-8") as f:
    f.write("caf\u00e9 \u4e2d\n")
with open(path, encoding="utf-8") as f:
    s = f.read()
print(s, len(s))
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
