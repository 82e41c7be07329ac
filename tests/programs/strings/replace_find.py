# replace, find, rfind, index, rindex and count.
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the ", ""), s.replace("", "-")[:12], s.replace("zz", "y"))
print("aaaa".replace("aa", "b"), "abc".replace("", "|"), "abc".replace("b", "", 0))
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.find("dog"), s.find(""), s.find("", 100), s.find("t", -3))
print(s.rfind("at"), s.rfind("at", 0, 10), s.rfind("zz"), s.rfind(""), s.rfind("t", -5, -1))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("t"), s.count(""), "aaaa".count("aa"), s.count("t", 5, 15))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("dog")
except ValueError as e:
    print("ValueError:", e)
