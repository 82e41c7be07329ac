# print: multiple args, sep, end, file=sys.stdout/sys.stderr, flush, and printing nothing.
import sys
print()
print("a", "b", 3, None, 1.5)
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <END>\n")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr: must not appear in stdout", file=sys.stderr)
print("sep None", "end None", sep=None, end=None)
print([1, 2], (3,), {"k": "v"}, sep="|")
print("", "", sep="x")
r = print("returns")
print(r)
sys.stdout.write("written directly\n")
print("x" * 3, 5 * "-")
try:
    print("a", sep=1)
except TypeError as e:
    print("TypeError:", e)
