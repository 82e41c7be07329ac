// Python int and float arithmetic semantics as pure functions: a Python int is a JS bigint, a float a JS number.
// No heap; any thread. Mirrors Objects/longobject.c and Objects/floatobject.c of CPython 3.11; the math module's
// helpers live in math-fns.ts, string <-> number parsing in number-parse.ts.
import { PyErr } from '../common/errors.js';
import { fixedDigits } from './dtoa.js';

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

export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  // toString(16) is linear; for the sizes we see this is cheaper than repeated shifting.
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

function roundHalfEvenDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** a / b for ints (long_true_divide): the correctly rounded double nearest to the exact quotient, even for
 *  ints far beyond 2**1024 as long as the quotient fits. */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw new PyErr('ZeroDivisionError', 'division by zero');
  const LIM = 9007199254740992n; // 2**53: both exact as doubles, so one IEEE division rounds correctly
  if (a <= LIM && a >= -LIM && b <= LIM && b >= -LIM) return Number(a) / Number(b);
  const negative = a < 0n !== b < 0n;
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  // E = floor(log2(a / b)) exactly.
  let e = bitLength(a) - bitLength(b);
  const ge = e >= 0 ? a >= b << BigInt(e) : a << BigInt(-e) >= b;
  if (!ge) e--;
  if (e >= 1024) throw new PyErr('OverflowError', 'integer division result too large for a float');
  const ulpExp = Math.max(e - 52, -1074);
  const mant =
    ulpExp >= 0 ? roundHalfEvenDiv(a, b << BigInt(ulpExp)) : roundHalfEvenDiv(a << BigInt(-ulpExp), b);
  const r = ldexpExact(Number(mant), ulpExp);
  if (r === Infinity) throw new PyErr('OverflowError', 'integer division result too large for a float');
  return negative ? -r : r;
}

/** m * 2**e for an integral m <= 2**53 whose product is representable (or overflows to infinity): exact. */
function ldexpExact(m: number, e: number): number {
  if (e > 1023) return m * 2 ** 1023 * 2 ** (e - 1023);
  if (e < -1022) return m * 2 ** -1022 * 2 ** (e + 1022); // second factor >= 2**-52: exact if representable
  return m * 2 ** e;
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
