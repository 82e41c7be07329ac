# % formatting corner cases: dict with extra keys, repr of special floats, big ints, negatives in hex.
print("%(a)s" % {"a": 1, "b": 2}, "%s %s" % ("x", "y"), "%-6s|" % "ab", "%6.2f%%" % 99.5)
print("%f %f %f" % (float("inf"), float("-inf"), float("nan")), "%e" % 0.0, "%g" % -0.0)
print("%x %o %X" % (-255, -8, -3054), "%d" % -(2 ** 65), "%+.3e" % 12345.6789)
print("%s" % [1, 2], "%s" % {"k": "v"}, "%r" % b"b", "%5s|%-5s|" % (1.5, None))
print("%i" % 3.7, "%d" % -3.7, "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25, "%.2f" % 1.005)
print("%10.4e|%-12.2e|" % (1234.5, 0.000987), "%g %g %g" % (123456789.0, 0.0001, 0.00001))
print("%c" % "é", "%05.1f" % -2.25, "% 05d" % 42, "%#.3g" % 1.0)
