# chr, ord, hex, oct, bin across ranges.
print([chr(i) for i in range(65, 70)], [ord(c) for c in "AZaz09"], chr(0x4E2D), ord("\u4e2d"), chr(128512) == "\U0001F600")
print(hex(1), hex(16), hex(2 ** 64), oct(64), bin(0), bin(1), bin(-1), bin(255))
print(format(65, "c"), "%c" % 66, chr(ord("a") + 1))
for bad in [("ord", ""), ("ord", "ab")]:
    try:
        ord(bad[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
