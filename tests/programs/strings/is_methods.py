# isdigit, isalpha, isalnum, isspace, isupper, islower on a table of inputs.
tests = ["", "123", "12.5", "abc", "ABC", "aBc", "abc123", "a b", " \t\n", "\u00e9t\u00e9", "\u0663", "\u00b2", "ABC1", "abc!", "_", "Ab Cd", "ΑΒΓ", "\u2003"]
for t in tests:
    print(repr(t), t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
