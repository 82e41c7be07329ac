// Exact binary-to-decimal conversion of doubles: the digit generator behind float repr, format() and round().
// Pure functions, no heap; any thread. Mirrors the three modes of David Gay's _Py_dg_dtoa (Python/dtoa.c)
// that CPython uses, with bigint arithmetic on the double's exact value m * 2**e instead of Gay's Bigint code.

/** Digits as _Py_dg_dtoa returns them: value = 0.<digits> * 10**decpt, trailing zeros stripped.
 *  `digits` is '' when mode 3 rounds the value to zero (then decpt = -ndigits), and '0' (decpt 1) for a zero input. */
export interface DecimalDigits {
  readonly negative: boolean;
  readonly digits: string;
  readonly decpt: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
// Float64Array and Uint32Array share the platform's byte order, and every platform Node supports is little endian.
const HI = 1;
const LO = 0;

/** Splits a finite non-zero |x| into an odd-or-any integer mantissa and a power of two: |x| = mant * 2**exp2. */
export function decomposeDouble(x: number): { mant: bigint; exp2: number } {
  f64[0] = x;
  const hi = u32[HI]!;
  const lo = u32[LO]!;
  const biased = (hi >>> 20) & 0x7ff;
  const hiMant = hi & 0xfffff;
  let mant = (BigInt(hiMant) << 32n) | BigInt(lo);
  let exp2: number;
  if (biased === 0) {
    exp2 = -1074; // subnormal
  } else {
    mant |= 1n << 52n;
    exp2 = biased - 1075;
  }
  return { mant, exp2 };
}

const pow10Cache: bigint[] = [];
/** 10n ** n for n >= 0, cached for small n. */
export function pow10n(n: number): bigint {
  if (n < 64) {
    let v = pow10Cache[n];
    if (v === undefined) {
      v = 10n ** BigInt(n);
      pow10Cache[n] = v;
    }
    return v;
  }
  return 10n ** BigInt(n);
}

/** round-half-even(num / den) for num >= 0, den > 0. */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** round-half-even(|x| * 10**scale) as a bigint, exactly. */
function scaledRound(mant: bigint, exp2: number, scale: number): bigint {
  let num = mant;
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  if (scale >= 0) num *= pow10n(scale);
  else den *= pow10n(-scale);
  return divRoundHalfEven(num, den);
}

/** Compares |x| = mant * 2**exp2 with 10**k: -1, 0 or 1. */
function cmpPow10(mant: bigint, exp2: number, k: number): number {
  let lhs = mant;
  let rhs = 1n;
  if (exp2 >= 0) lhs <<= BigInt(exp2);
  else rhs <<= BigInt(-exp2);
  if (k >= 0) rhs *= pow10n(k);
  else lhs *= pow10n(-k);
  return lhs < rhs ? -1 : lhs > rhs ? 1 : 0;
}

/** floor(log10(|x|)) exactly, for finite non-zero x. */
export function decimalExponent(x: number): number {
  const { mant, exp2 } = decomposeDouble(x);
  let k = Math.floor(Math.log10(Math.abs(x)));
  while (cmpPow10(mant, exp2, k) < 0) k--;
  while (cmpPow10(mant, exp2, k + 1) >= 0) k++;
  return k;
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** Mode 0: the shortest digit string that round-trips (ties broken towards the closest), as repr() uses.
 *  V8's Number#toExponential() without argument yields exactly these digits. x must be finite. */
export function shortestDigits(x: number): DecimalDigits {
  const negative = isNegative(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const s = Math.abs(x).toExponential();
  const ePos = s.indexOf('e');
  const digits = s.charCodeAt(1) === 46 ? s[0] + s.slice(2, ePos) : s.slice(0, ePos);
  return { negative, digits, decpt: Number(s.slice(ePos + 1)) + 1 };
}

/** Mode 2: max(1, ndigits) significant digits, correctly rounded (half-even on exact ties). x must be finite. */
export function precisionDigits(x: number, ndigits: number): DecimalDigits {
  const negative = isNegative(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const n = Math.max(1, ndigits);
  const { mant, exp2 } = decomposeDouble(x);
  const k = decimalExponent(x);
  const N = scaledRound(mant, exp2, n - 1 - k);
  const s = N.toString();
  // Rounding can carry into a new leading digit (9.99 -> 10.0): then N == 10**n exactly.
  if (s.length > n) return { negative, digits: '1', decpt: k + 2 };
  return { negative, digits: stripZeros(s), decpt: k + 1 };
}

/** Mode 3: ndigits digits after the decimal point (ndigits may be negative), correctly rounded half-even.
 *  x must be finite. */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  const negative = isNegative(x);
  if (x === 0) return { negative, digits: '0', decpt: 1 };
  const { mant, exp2 } = decomposeDouble(x);
  const N = scaledRound(mant, exp2, ndigits);
  if (N === 0n) return { negative, digits: '', decpt: -ndigits };
  const s = N.toString();
  return { negative, digits: stripZeros(s), decpt: s.length - ndigits };
}

// ====================== exact rational -> double ======================

/** The number of bits of |v| (int.bit_length()). */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  const approx = Number(v); // rounded, so the estimate may be one too high; checked below
  if (approx < 2 ** 1023) {
    let e = Math.floor(Math.log2(approx)) + 1;
    if (v >> BigInt(e) !== 0n) e++;
    else if (v >> BigInt(e - 1) === 0n) e--;
    return e;
  }
  // toString(16) is linear in the size; fine for the huge values that get here
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** The double nearest to a / b (ties to even) for ints of any size, b != 0: +-Infinity when it overflows, and
 *  correctly rounded in the subnormal range too. */
export function ratioToDouble(a: bigint, b: bigint): number {
  const LIM = 9007199254740992n; // 2**53: both exact as doubles, so one IEEE division rounds correctly
  if (a <= LIM && a >= -LIM && b <= LIM && b >= -LIM) return Number(a) / Number(b);
  const negative = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  // e = floor(log2(a / b)) exactly.
  let e = bitLength(a) - bitLength(b);
  const ge = e >= 0 ? a >= b << BigInt(e) : a << BigInt(-e) >= b;
  if (!ge) e--;
  if (e >= 1024) return negative ? -Infinity : Infinity;
  const ulpExp = Math.max(e - 52, -1074);
  const mant =
    ulpExp >= 0 ? divRoundHalfEven(a, b << BigInt(ulpExp)) : divRoundHalfEven(a << BigInt(-ulpExp), b);
  const r = ldexpExact(Number(mant), ulpExp);
  return negative ? -r : r;
}

/** m * 2**e for an integral m <= 2**53 whose product is representable (or overflows to infinity): exact. */
function ldexpExact(m: number, e: number): number {
  if (e > 1023) return m * 2 ** 1023 * 2 ** (e - 1023);
  if (e < -1022) return m * 2 ** -1022 * 2 ** (e + 1022); // second factor >= 2**-52: exact if representable
  return m * 2 ** e;
}

