# startswith / endswith with tuples and ranges.
s = "pygil interpreter"
print(s.startswith("py"), s.startswith("gil"), s.startswith("gil", 2), s.startswith(("x", "py")), s.startswith(""))
print(s.endswith("ter"), s.endswith("pre"), s.endswith("pre", 0, -3), s.endswith(("a", "r")), s.endswith(()))
print("".startswith(""), "".endswith("a"), "abc".startswith("abcd"), "abc".endswith("abc", 1), "abc".startswith("b", 1, 2))
