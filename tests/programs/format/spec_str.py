# Format specs for strings: width, alignment, fill, truncation with precision.
for s in ("", "a", "hello", "longer text here"):
    print(f"[{s:10}][{s:>10}][{s:^10}][{s:*<10}][{s:.3}][{s:>8.2}][{s:^7.4}]")
print(f"[{'x':^4}][{'xy':^5}][{'é':>3}][{'中文':<4}]")
print("[%s][%10s][%-10s][%.2s]" % ("q", "q", "q", "quux"))
try:
    f"{'a':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'a':=5}"
except ValueError as e:
    print("ValueError:", e)
