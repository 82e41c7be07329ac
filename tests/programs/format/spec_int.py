# Format specs for ints: fill, align, sign, '#', '0', width, grouping and every integer type.
for v in (0, 7, -7, 255, -255, 1234567, 2 ** 70):
    print(f"{v:d}|{v:8d}|{v:<8d}|{v:^8d}|{v:+d}|{v: d}|{v:08d}|{v:,}|{v:_}|{v:x}|{v:X}|{v:#x}|{v:o}|{v:#o}|{v:b}|{v:#b}|{v:_b}|" if v >= 0 else f"{v:d}|{v:8d}|{v:+d}|{v:,}|{v:_x}|{v:#X}|{v:#o}")
print(f"{42:*^10}|{42:->8}|{42:=+8}|{-42:=8}|{42:#010x}|{-42:#010b}|{5:e}|{5:.2f}|{5:%}|{5:g}")
print(f"{1234567:,d}|{1234567:_d}|{-1234567:012,}|{65:c}|{True:d}|{True}|{False:>5}")
print(format(255, "x"), format(255, "#06x"), format(-3, "05"), format(10 ** 12, ","), format(12, ""))
try:
    f"{1:s}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1:,x}"
except ValueError as e:
    print("ValueError:", e)
