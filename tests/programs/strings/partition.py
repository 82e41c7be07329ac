# partition and rpartition.
for s in ["key=value", "key=val=ue", "novalue", "=x", "x=", ""]:
    print(s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
