# Format specs for floats: f, e, E, g, G, %, precision, width, sign and grouping.
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 1e-5, 1.5e16, 123456789.0, 0.000123456, 1e100, 0.5, 2.5, 1.005]
for v in vals:
    print(f"{v}|{v:f}|{v:.2f}|{v:10.3f}|{v:e}|{v:.3E}|{v:g}|{v:.3g}|{v:G}|{v:%}|{v:.1%}|{v:+.1f}|{v:,.2f}|{v:08.2f}|{v:.0f}|{v:.0e}|{v:#.0f}|{v:#g}")
for v in (float("inf"), float("-inf"), float("nan")):
    print(f"{v}|{v:f}|{v:e}|{v:g}|{v:10.2f}|{v:+}|{v:%}|{v:F}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f} {2.675:.2f}")
print(f"{1e16:.17g} {0.1:.20f} {1/3:.30f}")
print(f"{12345.678:_.2f} {3.0:.0%} {1e-7:g} {1e-4:g} {123456.0:g} {1234567.0:g} {1e15:.3}")
print(f"{3.0:}|{3.0:10}|{-3.0:<8}|{1e22:}|{1.5:n}|{100.0:.2}")
print(format(2.5), format(2.5, ".3"), format(1e-10, ""), format(12.0, "5"), format(0.1 + 0.2, ".17"))
