# upper, lower, title, capitalize, swapcase (ASCII and some non-ASCII letters).
for s in ["hello World", "HELLO", "123abc DEF", "o'neil mcdonald", "ßtraße", "éclair ÉCOLE", "", "a1b2 c3-d4_e5", "tItLe CaSe"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
