// Python int and float arithmetic semantics as pure functions: a Python int is a JS bigint, a float a JS number.
// No heap; any thread. Mirrors Objects/longobject.c and Objects/floatobject.c of CPython 3.11; the math module's
// helpers live in math-fns.ts, string <-> number parsing in number-parse.ts.
import { PyErr } from '../common/errors.js';
import { bitLength, decomposeDouble, fixedDigits, ratioToDouble } from './dtoa.js';
import { pow as libmPow } from './libm.js';

export { bitLength, ratioToDouble };

// ====================== floor division and modulo ======================

/** a // b for ints (long_div / l_divmod): rounds towards negative infinity. */
export function floorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  // BigInt division truncates; step down when the signs differ and the division is inexact.
  if ((a < 0n) !== (b < 0n) && q * b !== a) return q - 1n;
  return q;
}

/** a % b for ints (long_mod): the result has the sign of b. */
export function mod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) return r + b;
  return r;
}

/** divmod(a, b) for ints (long_divmod). */
export function divmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'integer division or modulo by zero');
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** a // b for ints that fit in a double exactly (|a|, |b| <= 2**53): the VM's small-int fast path. */
export function floorDivNumber(a: number, b: number): number {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'integer division or modulo by zero');
  // fmod is exact and a - r is an exact multiple of b, so the division is exact: no rounding across integers.
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) q -= 1;
  return q + 0; // no -0
}

/** a % b for ints that fit in a double exactly (|a|, |b| <= 2**53). Never returns -0. */
export function modNumber(a: number, b: number): number {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  if (r !== 0 && r < 0 !== b < 0) return r + b;
  return r === 0 ? 0 : r;
}

function isNegativeOrMinusZero(x: number): boolean {
  return x < 0 || Object.is(x, -0);
}

/** divmod(a, b) for ints that fit in a double exactly (|a|, |b| <= 2**53). */
export function divmodNumber(a: number, b: number): [number, number] {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'integer division or modulo by zero');
  const r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && r < 0 !== b < 0) return [q - 1 + 0, r + b];
  q += 0;
  return [q, r === 0 ? 0 : r];
}

/** a ** b for small ints when the exact result is a safe integer (|result| <= 2**53), else null (then use
 *  intPow). b must be >= 0. Repeated squaring in doubles is exact while every product stays below 2**53. */
export function intPowNumber(a: number, b: number): number | null {
  let result = 1;
  let base = a;
  let e = b;
  while (e > 0) {
    if (e & 1) {
      result *= base;
      if (!Number.isSafeInteger(result)) return null;
    }
    e = Math.floor(e / 2);
    if (e > 0) {
      base *= base;
      if (!Number.isSafeInteger(base)) return null;
    }
  }
  return result;
}

/** float % (float_rem in Objects/floatobject.c): sign of the divisor, zero takes the divisor's sign. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw new PyErr('ZeroDivisionError', 'float modulo');
  let m = vx % wx; // JS % on doubles is C's fmod
  if (m !== 0) {
    if (wx < 0 !== m < 0) m += wx;
  } else {
    m = isNegativeOrMinusZero(wx) ? -0 : 0;
  }
  return m;
}

/** _float_div_mod: the floor quotient snapped to an integral value and the remainder, for finite or not. */
function floatDivModRaw(vx: number, wx: number): [number, number] {
  let m = vx % wx;
  let div = (vx - m) / wx;
  if (m !== 0) {
    if (wx < 0 !== m < 0) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = isNegativeOrMinusZero(wx) ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = isNegativeOrMinusZero(vx / wx) ? -0 : 0;
  }
  return [floordiv, m];
}

/** float // (float_floor_div). */
export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw new PyErr('ZeroDivisionError', 'float floor division by zero');
  return floatDivModRaw(vx, wx)[0];
}

/** divmod() of floats (float_divmod). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw new PyErr('ZeroDivisionError', 'float divmod()');
  return floatDivModRaw(vx, wx);
}

/** float / float (float_div). */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'float division by zero');
  return a / b;
}

// ====================== true division of ints ======================

/** a / b for ints (long_true_divide): the correctly rounded double nearest to the exact quotient, even for
 *  ints far beyond 2**1024 as long as the quotient fits. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'division by zero');
  const r = ratioToDouble(a, b);
  if (!Number.isFinite(r)) throw new PyErr('OverflowError', 'integer division result too large for a float');
  return r;
}

/** a / b for small ints (|a|, |b| <= 2**53). */
export function intTrueDivNumber(a: number, b: number): number {
  if (b === 0) throw new PyErr('ZeroDivisionError', 'division by zero');
  return a / b;
}

// ====================== int <-> float ======================

const FLOAT_OVERFLOW_INT = 2n ** 1024n - 2n ** 970n; // ints from here on round to 2**1024

/** float(int) (PyLong_AsDouble): correctly rounded, half-even; OverflowError past the largest double. */
export function intToFloat(v: bigint): number {
  if (v >= FLOAT_OVERFLOW_INT || v <= -FLOAT_OVERFLOW_INT) {
    throw new PyErr('OverflowError', 'int too large to convert to float');
  }
  return Number(v); // ECMAScript's Number(bigint) rounds to nearest, ties to even
}

/** int(float) / math.trunc (PyLong_FromDouble): truncates towards zero. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw new PyErr('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw new PyErr('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** Exact comparison of an int with a float (float_richcompare): -1, 0 or 1, or NaN when x is NaN (every
 *  comparison is then False except !=). No precision is lost: 2**53 + 1 > 2.0**53. */
export function compareIntFloat(i: bigint, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const fl = Math.floor(x);
  const flI = BigInt(fl);
  if (fl === x) return i < flI ? -1 : i > flI ? 1 : 0;
  return i <= flI ? -1 : 1;
}

/** int == float without precision loss (what the VM needs for dict keys and ==). */
export function intEqualsFloat(i: bigint, x: number): boolean {
  return compareIntFloat(i, x) === 0;
}

// ====================== round() ======================

/** round(x) of a float with no ndigits (float___round___impl): to the nearest int, ties to even. */
export function roundFloatToInt(x: number): bigint {
  let rounded = Math.round(x); // JS rounds ties up; fix them below
  if (Math.abs(x - Math.trunc(x)) === 0.5) rounded = 2.0 * Math.round(x / 2.0);
  return floatToInt(rounded);
}

/** round(x, ndigits) of a float (float___round___impl + double_round): correctly rounded through the exact
 *  decimal expansion, as CPython does with _Py_dg_dtoa mode 3, so round(2.675, 2) == 2.67. Keeps -0.0. */
export function roundFloat(x: number, ndigits: number | bigint): number {
  if (!Number.isFinite(x)) return x;
  const NDIGITS_MAX = Math.trunc((53 + 1021) * 0.30103);
  const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103);
  const n = typeof ndigits === 'bigint' ? ndigits : BigInt(ndigits);
  if (n > BigInt(NDIGITS_MAX)) return x;
  if (n < BigInt(NDIGITS_MIN)) return 0.0 * x;
  const d = fixedDigits(x, Number(n));
  const s = (d.negative ? '-' : '') + '0' + d.digits + 'e' + (d.decpt - d.digits.length);
  const rounded = parseFloat(s);
  if (!Number.isFinite(rounded)) throw new PyErr('OverflowError', 'rounded value too large to represent');
  return rounded;
}

/** round(i, ndigits) of an int (long_round): identity for ndigits >= 0, else to a multiple of 10**-ndigits,
 *  ties to even (_PyLong_DivmodNear). */
export function roundInt(v: bigint, ndigits: bigint | number): bigint {
  const n = BigInt(ndigits);
  if (n >= 0n) return v;
  const pow = 10n ** -n;
  const [q0, r] = divmod(v, pow);
  let q = q0;
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) q += 1n;
  return q * pow;
}

// ====================== pow ======================

/** Converts a RangeError of V8's BigInt ("Maximum BigInt size exceeded") into Python's MemoryError. */
function guardBigint<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw new PyErr('MemoryError', '');
    throw e;
  }
}

/** a ** b for ints (long_pow without modulus): an int for b >= 0, else float_pow on the converted operands
 *  (so 0 ** -1 raises ZeroDivisionError "0.0 cannot be raised to a negative power"). */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b));
  if (a === 0n || a === 1n) return b === 0n ? 1n : a;
  if (a === -1n) return (b & 1n) === 0n ? 1n : -1n;
  return guardBigint(() => a ** b);
}

/** Modular inverse of a modulo m > 0 (long_invmod), or ValueError as CPython. */
export function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [mod(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new PyErr('ValueError', 'base is not invertible for the given modulus');
  return mod(oldS, m);
}

/** pow(a, b, m) for ints (long_pow with modulus): b may be negative (modular inverse, 3.8+); the result takes
 *  the sign of m as CPython's does. */
export function intPowMod(a: bigint, b: bigint, m: bigint): bigint {
  if (m === 0n) throw new PyErr('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0n;
  if (negativeOutput) m = -m;
  if (m === 1n) return 0n;
  if (b < 0n) {
    b = -b;
    a = modInverse(a, m);
  }
  let base = mod(a, m);
  let result = 1n;
  while (b > 0n) {
    if ((b & 1n) === 1n) result = (result * base) % m;
    base = (base * base) % m;
    b >>= 1n;
  }
  if (negativeOutput && result !== 0n) result -= m;
  return result;
}

function isOddInteger(x: number): boolean {
  return Math.abs(x % 2) === 1; // exact fmod; false for non-integers, NaN and infinities
}

/** float ** float (float_pow in Objects/floatobject.c), special cases handled in CPython's order. A negative
 *  base with a non-integral exponent gives a complex number in CPython; pygil has no complex type, so it raises
 *  ValueError "negative number cannot be raised to a fractional power" (Python 2's message) instead. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Infinity;
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return odd ? iv : Math.abs(iv);
    return odd ? (iv < 0 ? -0 : 0) : 0.0;
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw new PyErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) {
      throw new PyErr('ValueError', 'negative number cannot be raised to a fractional power');
    }
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return negate ? -1.0 : 1.0;
  const ix = libmPow(iv, iw); // glibc-like rounding; V8's Math.pow is off by an ulp in a few percent of cases
  if (!Number.isFinite(ix)) throw new PyErr('OverflowError', "(34, 'Numerical result out of range')");
  return negate ? -ix : ix;
}

// ====================== shifts and bitwise operations ======================

/** a << n (long_lshift): ValueError for a negative count. */
export function lshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new PyErr('ValueError', 'negative shift count');
  if (a === 0n) return 0n;
  if (n > 0x7fffffffn) throw new PyErr('OverflowError', 'too many digits in integer');
  return guardBigint(() => a << n);
}

/** a >> n (long_rshift): floor semantics for negative a; any count beyond the bit length gives 0 or -1. */
export function rshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw new PyErr('ValueError', 'negative shift count');
  if (n > 0x7fffffffn) return a < 0n ? -1n : 0n;
  return a >> n; // BigInt's >> is an arithmetic (floor) shift, like Python's
}

/** a & b, a | b, a ^ b and ~a: JS bigints already use Python's infinite two's complement semantics. */
export function bitAnd(a: bigint, b: bigint): bigint {
  return a & b;
}
export function bitOr(a: bigint, b: bigint): bigint {
  return a | b;
}
export function bitXor(a: bigint, b: bigint): bigint {
  return a ^ b;
}
export function bitInvert(a: bigint): bigint {
  return ~a;
}

/** int.bit_count() (3.10+): number of ones in |a|. */
export function bitCount(a: bigint): number {
  if (a < 0n) a = -a;
  let n = 0;
  for (const ch of a.toString(16)) n += [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4][parseInt(ch, 16)]!;
  return n;
}

// ====================== hash ======================

/** sys.hash_info: the modulus 2**61 - 1 of numeric hashes (Python/pyhash.c, Include/cpython/pyhash.h). */
export const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_BITS = 61;
export const HASH_INF = 314159n;

/** hash(int) (long_hash): the value modulo 2**61 - 1 with the sign of the value, -1 mapped to -2. */
export function hashInt(v: bigint): bigint {
  let h = v < 0n ? -(-v % HASH_MODULUS) : v % HASH_MODULUS;
  if (h === -1n) h = -2n;
  return h;
}

/** hash(int) for a safe integer (|v| < 2**53 < 2**61 - 1): the value itself except -1. */
export function hashIntNumber(v: number): number {
  return v === -1 ? -2 : v;
}

/** hash(float) (_Py_HashDouble): equal to the hash of the equal int or rational; +-314159 for infinities;
 *  a NaN hashes by identity since 3.10, so the caller passes that object's identity hash as `nanHash`. */
export function hashFloat(x: number, nanHash: bigint = 0n): bigint {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return nanHash;
    return x > 0 ? HASH_INF : -HASH_INF;
  }
  if (Number.isSafeInteger(x)) return BigInt(hashIntNumber(x));
  if (x === 0) return 0n;
  const { mant, exp2 } = decomposeDouble(x);
  // 2**61 = 1 (mod 2**61 - 1), so 2**e = 2**(e mod 61) for any e, negative included.
  const e = ((exp2 % HASH_BITS) + HASH_BITS) % HASH_BITS;
  let h = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

/** Folds a 64-bit Python hash to an int32 for pygil's own hash tables (not visible to Python code). */
export function foldHash(h: bigint): number {
  return Number(BigInt.asIntN(32, h ^ (h >> 32n)));
}
