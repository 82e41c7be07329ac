// The math module's numeric core as pure functions (bigint ints, number floats), with CPython's domain and range
// errors. No heap; any thread. Mirrors Modules/mathmodule.c of CPython 3.11; the elementary functions come from
// libm.ts, which rounds like glibc (V8's Math differs in the last bit too often).
import { PyErr } from '../common/errors.js';
import { decomposeDouble } from './dtoa.js';
import * as libm from './libm.js';
import { bitLength, floatToInt, intToFloat, intTrueDiv } from './numeric.js';

const FLOAT_OVERFLOW_INT = 2n ** 1024n - 2n ** 970n; // ints from here on do not convert to float
const domainError = (): PyErr => new PyErr('ValueError', 'math domain error');
const rangeError = (): PyErr => new PyErr('OverflowError', 'math range error');

// ====================== math_1: one-argument float functions ======================

/** math_1 of mathmodule.c: applies f and turns a NaN from a non-NaN argument into ValueError "math domain
 *  error", and an infinity from a finite argument into OverflowError "math range error" (when the function can
 *  overflow) or ValueError (a singularity, as log1p(-1)). */
export function applyMath1(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
  if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) throw canOverflow ? rangeError() : domainError();
  return r;
}

/** The math module's one-argument functions (libm.ts, glibc-like rounding), with math_1's overflow flag per function. */
export const MATH1_FUNCS: Readonly<Record<string, readonly [(x: number) => number, boolean]>> = {
  acos: [libm.acos, false],
  acosh: [libm.acosh, false],
  asin: [libm.asin, false],
  asinh: [libm.asinh, false],
  atan: [libm.atan, false],
  atanh: [libm.atanh, false],
  cbrt: [libm.cbrt, false],
  cos: [libm.cos, false],
  cosh: [libm.cosh, true],
  erf: [libm.erf, false],
  erfc: [libm.erfc, false],
  gamma: [libm.gamma, true],
  exp: [libm.exp, true],
  exp2: [libm.exp2, true],
  expm1: [libm.expm1, true],
  fabs: [Math.abs, false],
  log1p: [libm.log1p, false],
  sin: [libm.sin, false],
  sinh: [libm.sinh, true],
  sqrt: [Math.sqrt, false], // IEEE sqrt is correctly rounded everywhere
  tan: [libm.tan, false],
  tanh: [libm.tanh, false],
};

/** math.lgamma(x): ValueError at the poles (0 and negative integers), OverflowError past the float range. */
export function lgamma(x: number): number {
  if (x <= 0 && Number.isInteger(x)) throw domainError();
  const r = libm.lgamma(x);
  if (!Number.isFinite(r) && Number.isFinite(x)) throw rangeError();
  return r;
}

/** math.<name>(x) for a name of MATH1_FUNCS (math.sqrt(-1) -> ValueError, math.exp(1000) -> OverflowError). */
export function math1(name: string, x: number): number {
  const entry = MATH1_FUNCS[name];
  if (entry === undefined) throw new PyErr('AttributeError', `module 'math' has no attribute '${name}'`);
  return applyMath1(x, entry[0], entry[1]);
}

/** math.atan2(y, x) (glibc-like rounding, C99 special cases). */
export const atan2: (y: number, x: number) => number = libm.atan2;

/** math.hypot(*coordinates) and math.dist(p, q) (over the differences): correctly rounded. */
export const hypot: (xs: readonly number[]) => number = libm.hypot;

// ====================== logarithms ======================

function mLog(x: number, f: (x: number) => number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return f(x);
    throw domainError(); // log(0) and log(negative): EDOM
  }
  if (Number.isNaN(x)) return x;
  if (x > 0) return x;
  throw domainError();
}

/** _PyLong_Frexp: [m, e] with |v| = m * 2**e, m in [0.5, 1) correctly rounded, for a positive int. */
export function intFrexp(v: bigint): [number, number] {
  let e = bitLength(v);
  let m = intTrueDiv(v, 1n << BigInt(e));
  if (m === 1) {
    m = 0.5;
    e++;
  }
  return [m, e];
}

function logHelper(x: bigint | number, f: (x: number) => number): number {
  if (typeof x === 'bigint') {
    if (x <= 0n) throw domainError();
    if (x < FLOAT_OVERFLOW_INT) return f(Number(x)); // PyLong_AsDouble succeeds
    const [m, e] = intFrexp(x);
    return f(m) + f(2.0) * e; // log(m * 2**e), for ints beyond the float range
  }
  return mLog(x, f);
}

/** math.log(x[, base]) (math_log_impl): ints of any size; the quotient of two logs is a float division, so a
 *  base of 1 raises ZeroDivisionError "float division by zero". */
export function mathLog(x: bigint | number, base?: bigint | number): number {
  const num = logHelper(x, libm.log);
  if (base === undefined) return num;
  const den = logHelper(base, libm.log);
  if (den === 0) throw new PyErr('ZeroDivisionError', 'float division by zero');
  return num / den;
}

/** math.log2(x) for ints of any size and floats. */
export function mathLog2(x: bigint | number): number {
  return logHelper(x, libm.log2);
}

/** math.log10(x) for ints of any size and floats. */
export function mathLog10(x: bigint | number): number {
  return logHelper(x, libm.log10);
}

// ====================== pow, fmod, copysign, frexp, ldexp, modf ======================

/** math.pow(x, y) (math_pow): C99 special cases, ValueError for (-x)**fraction and 0**-y, OverflowError. */
export function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? (x < 0 ? -0 : 0) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (y === 0) return 1;
  if (x === 0) {
    if (y < 0) throw domainError(); // (+-0)**negative: a pole
    return Number.isInteger(y) && Math.abs(y % 2) === 1 ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) throw domainError();
  const r = libm.pow(x, y);
  if (Number.isNaN(r)) throw domainError();
  if (!Number.isFinite(r)) throw x === 0 ? domainError() : rangeError();
  return r;
}

/** math.fmod(x, y): C fmod, x for an infinite y, ValueError when the result is a NaN from non-NaNs. */
export function mathFmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw domainError();
  return r;
}

const bitsF64 = new Float64Array(1);
const bitsU32 = new Uint32Array(bitsF64.buffer);
/** The sign bit of a double, NaNs included (what C's signbit() reads). */
export function signBit(x: number): boolean {
  bitsF64[0] = x;
  return bitsU32[1]! >>> 31 === 1;
}

/** math.copysign(x, y). */
export function copysign(x: number, y: number): number {
  const a = Math.abs(x);
  return signBit(y) ? -a : a;
}

/** math.frexp(x): [m, e] with x = m * 2**e and 0.5 <= |m| < 1; (x, 0) for zeros, infinities and NaN. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { mant, exp2 } = decomposeDouble(x);
  const bits = bitLength(mant);
  // |x| = mant * 2**exp2 = (mant / 2**bits) * 2**(exp2 + bits); mant / 2**bits is exact.
  const m = Number(mant) / 2 ** bits;
  return [x < 0 ? -m : m, exp2 + bits];
}

/** math.ldexp(x, i): x * 2**i with one correct rounding, also into the subnormal range; OverflowError
 *  "math range error" on overflow. */
export function ldexp(x: number, i: bigint | number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const e = BigInt(i);
  if (e > 100000n) throw rangeError();
  if (e < -100000n) return x < 0 ? -0 : 0;
  const { mant, exp2 } = decomposeDouble(x);
  const k = exp2 + Number(e);
  let r: number;
  if (k >= -1074) {
    r = k > 1023 ? Infinity : Number(mant) * 2 ** k; // one multiplication: one rounding
  } else {
    const s = BigInt(-1074 - k);
    const q = mant >> s;
    const rem2 = (mant - (q << s)) * 2n;
    const half = 1n << s;
    const rounded = rem2 > half || (rem2 === half && (q & 1n) === 1n) ? q + 1n : q;
    r = Number(rounded) * 2 ** -1074;
  }
  if (!Number.isFinite(r)) throw rangeError();
  return x < 0 ? -r : r;
}

/** math.modf(x): [fractional part, integral part], both with the sign of x. */
export function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, x];
    return [x < 0 ? -0 : 0, x];
  }
  const ip = Math.trunc(x);
  const fp = x - ip;
  return [fp === 0 ? (signBit(x) ? -0 : 0) : fp, ip === 0 ? (signBit(x) ? -0 : 0) : ip];
}

/** math.floor(x) of a float: an int; ValueError for NaN, OverflowError for infinities. */
export function floorToInt(x: number): bigint {
  return floatToInt(Math.floor(x));
}

/** math.ceil(x) of a float. */
export function ceilToInt(x: number): bigint {
  return floatToInt(Math.ceil(x));
}

/** math.trunc(x) of a float. */
export function truncToInt(x: number): bigint {
  return floatToInt(x);
}

// ====================== integer functions ======================

function productRange(lo: bigint, hi: bigint): bigint {
  // product of lo..hi inclusive, by binary splitting so big factorials multiply numbers of similar size
  if (lo > hi) return 1n;
  if (hi - lo < 16n) {
    let p = lo;
    for (let k = lo + 1n; k <= hi; k++) p *= k;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return productRange(lo, mid) * productRange(mid + 1n, hi);
}

/** math.factorial(n) for an int n. */
export function factorial(n: bigint): bigint {
  if (n < 0n) throw new PyErr('ValueError', 'factorial() not defined for negative values');
  if (n > 9223372036854775807n) throw new PyErr('OverflowError', 'factorial() argument should not exceed 9223372036854775807');
  return productRange(2n, n) || 1n;
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** math.gcd(*ints): 0 for no arguments, always non-negative. */
export function gcd(...xs: bigint[]): bigint {
  let g = 0n;
  for (const x of xs) g = gcd2(g, x);
  return g;
}

/** math.lcm(*ints) (3.9+): 1 for no arguments, 0 if any is 0, always non-negative. */
export function lcm(...xs: bigint[]): bigint {
  let l = 1n;
  for (const x of xs) {
    if (x === 0n || l === 0n) {
      l = 0n;
      continue;
    }
    const ax = x < 0n ? -x : x;
    l = (l / gcd2(l, ax)) * ax;
  }
  return l;
}

/** math.isqrt(n): floor(sqrt(n)) exactly. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new PyErr('ValueError', 'isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  if (n < 2n ** 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton's iteration from an overestimate decreases monotonically to the floor of the root.
  let x = 1n << BigInt((bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** math.comb(n, k). */
export function comb(n: bigint, k: bigint): bigint {
  if (n < 0n) throw new PyErr('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PyErr('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  if (n - k < k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i; // exact at every step: C(n-k+i, i)
  return r;
}

/** math.perm(n, k=None): n! / (n-k)!, n! when k is omitted. */
export function perm(n: bigint, k?: bigint): bigint {
  if (k === undefined) return factorial(n);
  if (n < 0n) throw new PyErr('ValueError', 'n must be a non-negative integer');
  if (k < 0n) throw new PyErr('ValueError', 'k must be a non-negative integer');
  if (k > n) return 0n;
  return productRange(n - k + 1n, n);
}

// ====================== sums, products, closeness ======================

/** math.fsum(floats): Shewchuk's exactly rounded sum as CPython's msum, with the same handling of infinities,
 *  NaN ("-inf + inf in fsum") and intermediate overflow ("intermediate overflow in fsum"). The caller converts
 *  the items to floats first (ints through intToFloat). */
export function fsum(xs: Iterable<number>): number {
  const p: number[] = [];
  let n = 0;
  let specialSum = 0;
  let infSum = 0;
  let lo = 0;
  for (let x of xs) {
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new PyErr('OverflowError', 'intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else {
        p[n++] = x;
      }
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new PyErr('ValueError', '-inf + inf in fsum');
    return specialSum;
  }
  let hi = 0;
  if (n > 0) {
    hi = p[--n]!;
    while (n > 0) {
      const x = hi;
      const y = p[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1]! < 0) || (lo > 0 && p[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0). */
export function isclose(a: number, b: number, relTol = 1e-9, absTol = 0.0): boolean {
  if (relTol < 0 || absTol < 0) throw new PyErr('ValueError', 'tolerances must be non-negative');
  if (a === b) return true;
  if (!Number.isFinite(a) && !Number.isNaN(a)) return false;
  if (!Number.isFinite(b) && !Number.isNaN(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

/** math.prod of ints only, in order, from `start`. Mixed int/float products are the caller's (float after the
 *  first float, as CPython's fast paths). */
export function prodInts(xs: Iterable<bigint>, start = 1n): bigint {
  let p = start;
  for (const x of xs) p *= x;
  return p;
}

/** math.sqrt of an int of any size: float(n) first (OverflowError "int too large to convert to float"). */
export function sqrtInt(n: bigint): number {
  return math1('sqrt', intToFloat(n));
}
