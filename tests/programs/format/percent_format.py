# printf-style % formatting: conversions, flags, width, precision, * and mappings.
print("%d %i %s %r %f %e %g %x %X %o %c %%" % (42, -3, "s", "s", 3.14159, 31415.9, 0.00001, 255, 255, 8, 65))
print("%5d|%-5d|%05d|%+d|% d|%x|%#x|%#o|%.3d" % (42, 42, 42, 42, 42, 255, 255, 8, 7))
print("%.2f|%10.3f|%-10.1f|%+.0f|%08.2f|%.0f|%.0f" % (2.675, 3.14159, 2.5, 2.5, -1.5, 0.5, 1.5))
print("%e|%.2E|%g|%G|%.3g|%g|%g" % (12345.678, 0.000123, 1e-5, 1e20, 1234567, 100000.0, 1e6))
print("%s|%s|%s|%r|%a" % (None, [1, "a"], (1,), "q'", "é"))
print("%s" % "single", "%s" % (("tuple",),), "%d%%" % 50, "%c%c" % ("x", 0x263A))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d %d" % (True, 3.99), "%s" % 10 ** 20, "%x" % 2 ** 70, "%.3s" % "abcdef", "%5.1s|" % "xyz")
print(b"%s and %d" % (b"bytes", 5) if hasattr(bytes, "__mod__") else "")
for bad in [("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
