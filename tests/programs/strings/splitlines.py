# splitlines with every line-boundary kind and keepends.
s = "one\ntwo\r\nthree\rfour\n\nfive"
print(s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(True), "x\x0by\x0cz\x1cw".splitlines())
print("no newline".splitlines(), "a\u2028b".splitlines())
print("line1\nline2\n".split("\n"))
