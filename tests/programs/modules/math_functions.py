# math: exact functions printed directly, transcendental ones rounded to stay libm-independent.
import math
print(math.sqrt(16), math.sqrt(2), math.floor(2.7), math.floor(-2.1), math.ceil(2.1), math.ceil(-2.7), math.trunc(-3.9))
print(math.fabs(-3), math.factorial(20), math.gcd(48, 18), math.gcd(0, 5), math.isqrt(99), math.isqrt(10 ** 20))
print(math.pow(2, 10), math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.hypot(3, 4))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0), math.isclose(0.1 + 0.2, 0.3))
print(round(math.sin(1), 12), round(math.cos(1), 12), round(math.tan(0.5), 12), math.sin(0), math.cos(0))
print(round(math.exp(2), 10), math.log(1), round(math.log(10), 12), math.log(8, 2), math.log2(1024), math.log10(1000), round(math.log1p(1e-5), 15))
print(round(math.atan2(1, 1), 12), round(math.asin(1), 12), round(math.acos(0), 12), round(math.atan(1), 12))
print(round(math.degrees(math.pi), 9), round(math.radians(180), 12), math.floor(10 ** 20 + 0.5) if False else math.floor(1e20))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
