// Elementary functions that agree with glibc's libm (which CPython calls) far more often than V8's Math does.
// Pure functions; any thread. glibc's exp/log/pow/exp2/log2/sin/cos/tan/atan/asin/acos are correctly rounded in
// all but ~0.1% of cases, V8's (fdlibm) differ in the last bit in 2-10% of them: these evaluate in double-double
// arithmetic (~100 bits) and round once. Where glibc uses fdlibm's algorithm (log10, sinh, cosh, asinh, acosh)
// we compose the same formula over our exp/log; where both use fdlibm (expm1, log1p, tanh, atanh) V8's Math is
// already identical. Remaining differences: the rare misrounded glibc results, and cbrt (glibc's own algorithm,
// not correctly rounded; ours is).
import { decomposeDouble, divRoundHalfEven, ratioToDouble } from './dtoa.js';

// ====================== bit access ======================

const wordF64 = new Float64Array(1);
const wordU32 = new Uint32Array(wordF64.buffer);
/** The high 32 bits of a double, as C's GET_HIGH_WORD (signed). */
function highWord(x: number): number {
  wordF64[0] = x;
  return wordU32[1]! | 0;
}
function lowWord(x: number): number {
  wordF64[0] = x;
  return wordU32[0]!;
}
function withHighWord(x: number, hi: number): number {
  wordF64[0] = x;
  wordU32[1] = hi >>> 0;
  return wordF64[0]!;
}

// ====================== double-double arithmetic ======================
// A double-double is a pair [hi, lo] with |lo| <= ulp(hi)/2, representing hi + lo exactly.

type DD = [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

const SPLITTER = 134217729; // 2**27 + 1
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function ddMul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddMulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

function ddDiv(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = ddAdd(a, ddMulD(b, -q1));
  const q2 = r[0] / b[0];
  r = ddAdd(r, ddMulD(b, -q2));
  const q3 = r[0] / b[0];
  return ddAdd(quickTwoSum(q1, q2), [q3, 0]);
}

function ddNeg(a: DD): DD {
  return [-a[0], -a[1]];
}

function ddSqrt(a: DD): DD {
  if (a[0] <= 0) return [Math.sqrt(a[0]), 0];
  const x = Math.sqrt(a[0]);
  // one Newton step: x + (a - x*x) / (2x)
  const r = ddAdd(a, ddNeg(twoProd(x, x)));
  return quickTwoSum(x, r[0] / (2 * x));
}

// ====================== constants, computed once with bigint fixed point ======================

const FIX_BITS = 256n;
const ONE = 1n << FIX_BITS;

function fixedToDD(f: bigint): DD {
  const hi = ratioToDouble(f, ONE);
  const { mant, exp2 } = decomposeDouble(hi);
  const hiFixed = exp2 + 256 >= 0 ? mant << BigInt(exp2 + 256) : mant >> BigInt(-(exp2 + 256));
  const lo = ratioToDouble(f - (hi < 0 ? -hiFixed : hiFixed), ONE);
  return [hi, lo];
}

/** atanh(1/q) * 2**256 for an integer q > 1, as the series sum of 1/((2k+1) q**(2k+1)). */
function atanhInv(q: bigint): bigint {
  let sum = 0n;
  let pow = ONE / q;
  const q2 = q * q;
  for (let k = 1n; pow !== 0n; k += 2n) {
    sum += pow / k;
    pow /= q2;
  }
  return sum;
}

function atanInv(q: bigint): bigint {
  let sum = 0n;
  let pow = ONE / q;
  const q2 = q * q;
  let sign = 1n;
  for (let k = 1n; pow !== 0n; k += 2n) {
    sum += (sign * pow) / k;
    pow /= q2;
    sign = -sign;
  }
  return sum;
}

const LN2_FIX = 2n * atanhInv(3n); // ln 2 = 2 atanh(1/3)
const PI_FIX = 16n * atanInv(5n) - 4n * atanInv(239n); // Machin
const LN2: DD = fixedToDD(LN2_FIX);
const LOG2E: DD = fixedToDD((ONE * ONE) / LN2_FIX);
const PI: DD = fixedToDD(PI_FIX);
const PI_2: DD = [PI[0] / 2, PI[1] / 2];

/** 1/(2j+1) as double-doubles, for the atanh series of the logarithm. */
const INV_ODD: DD[] = [];
for (let j = 0; j <= 24; j++) {
  const d = 2 * j + 1;
  const hi = 1 / d;
  const [p, e] = twoProd(hi, d); // hi * d = p + e exactly; 1/d - hi = (1 - p - e) / d
  INV_ODD.push([hi, (1 - p - e) / d]);
}
/** 1/n! as double-doubles for n = 0..30. */
const INV_FACT: DD[] = [[1, 0]];
for (let n = 1; n <= 30; n++) INV_FACT.push(ddDiv(INV_FACT[n - 1]!, [n, 0]));

/** atanh(p/q) * 2**256 for |p| < q, by its series. */
function atanhRatio(p: bigint, q: bigint): bigint {
  if (p < 0n) return -atanhRatio(-p, q);
  let sum = 0n;
  let term = (ONE * p) / q;
  const p2 = p * p;
  const q2 = q * q;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * p2) / q2;
  }
  return sum;
}

/** ln(1 + j/128) for j = -38..54 (the table covers [sqrt(1/2), sqrt(2)]): ln c = 2 atanh((c-1)/(c+1)). */
const LOG_TABLE_OFFSET = 38;
const LOG_TABLE: DD[] = [];
for (let j = -LOG_TABLE_OFFSET; j <= 54; j++) LOG_TABLE.push(fixedToDD(2n * atanhRatio(BigInt(j), BigInt(256 + j))));

/** 2**(j/128) for j = 0..127, from the exponential series in fixed point. */
const EXP2_TABLE: DD[] = [];
for (let j = 0; j < 128; j++) {
  const x = (LN2_FIX * BigInt(j)) / 128n;
  let sum = ONE;
  let term = ONE;
  for (let n = 1n; term !== 0n; n++) {
    term = (term * x) / (n * ONE);
    sum += term;
  }
  EXP2_TABLE.push(fixedToDD(sum));
}
const LN2_128: DD = [LN2[0] / 128, LN2[1] / 128];
const LOG2E_128 = LOG2E[0] * 128;

// ====================== log and exp cores ======================

/** ln(x) for a finite x > 0 (subnormals included) as a double-double. */
function ddLogCore(x: number): DD {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 64;
    k = -64;
  }
  // x = f * 2**k with f in [sqrt(1/2), sqrt(2)), read from the exponent bits (exact)
  const hw = highWord(x);
  let e = ((hw >>> 20) & 0x7ff) - 1023;
  let f = withHighWord(x, (hw & 0x000fffff) | 0x3ff00000);
  if (f > Math.SQRT2) {
    f /= 2;
    e++;
  }
  k += e;
  // f = c * (1 + u) with c = 1 + j/128 from a table: ln f = ln c + 2 atanh(s), s = (f - c) / (f + c), |s| < 2**-8
  const j = Math.round((f - 1) * 128);
  const c = 1 + j / 128;
  const s = ddDiv([f - c, 0], twoSum(f, c)); // f - c is exact (Sterbenz)
  const s2 = ddMul(s, s);
  let acc: DD = INV_ODD[7]!;
  for (let i = 6; i >= 0; i--) acc = ddAdd(ddMul(acc, s2), INV_ODD[i]!);
  const lnu = ddMul(s, acc);
  return ddAdd(ddAdd(ddMulD(LN2, k), LOG_TABLE[j + LOG_TABLE_OFFSET]!), [2 * lnu[0], 2 * lnu[1]]);
}

/** exp(t) = m * 2**k for a double-double t of moderate size: m is a double-double in [0.7, 1.5). */
function ddExpParts(t: DD): { m: DD; k: number } {
  // t = (n/128) ln 2 + r with |r| <= ln2/256; exp(t) = 2**(n >> 7) * 2**((n & 127)/128) * exp(r)
  const n = Math.round(t[0] * LOG2E_128);
  const r = ddAdd(t, ddNeg(ddMulD(LN2_128, n)));
  // expm1(r) by Taylor: 10 terms reach 2**-107 for |r| < 0.0028
  let p: DD = INV_FACT[10]!;
  for (let i = 9; i >= 1; i--) p = ddAdd(ddMul(p, r), INV_FACT[i]!);
  p = ddMul(p, r);
  const j = ((n % 128) + 128) % 128;
  const tj = EXP2_TABLE[j]!;
  return { m: ddAdd(tj, ddMul(tj, p)), k: (n - j) / 128 };
}

/** Rounds the double-double m times 2**k to the nearest double, once, also when the result is subnormal or
 *  overflows (to +-Infinity). */
function ddScaleRound(m: DD, k: number): number {
  const [hi, lo] = quickTwoSum(m[0], m[1]);
  if (hi === 0) return 0;
  const e = ((highWord(hi) >>> 20) & 0x7ff) - 1023; // hi is normal here: m is near 1
  const resultExp = e + k;
  if (resultExp > 1023) return hi > 0 ? Infinity : -Infinity;
  if (resultExp >= -1021) {
    // normal result: hi is already hi + lo rounded; scaling is exact (split to stay within the exponent range)
    const k1 = Math.trunc(k / 2);
    return hi * 2 ** k1 * 2 ** (k - k1);
  }
  if (resultExp < -1080) return hi > 0 ? 0 : -0;
  // subnormal: round the exact sum hi + lo at 2**-1074 with bigint arithmetic
  const a = decomposeDouble(hi);
  let num = (hi < 0 ? -a.mant : a.mant) << 200n;
  let exp = a.exp2 - 200;
  if (lo !== 0) {
    const b = decomposeDouble(lo);
    const shift = b.exp2 - exp;
    const bm = lo < 0 ? -b.mant : b.mant;
    if (shift >= 0) num += bm << BigInt(shift);
    else num += bm >> BigInt(-shift); // below 2**-200 relative: cannot change the rounding
  }
  exp += k;
  // value = num * 2**exp; express in units of 2**-1074
  const s = -1074 - exp;
  if (s <= 0) return Number(num) * 2 ** exp;
  const neg = num < 0n;
  const q = divRoundHalfEven(neg ? -num : num, 1n << BigInt(s)); // to a whole number of 2**-1074
  const r = Number(q) * 2 ** -1074;
  return neg ? -r : r;
}

function expOfDD(t: DD): number {
  if (t[0] > 710) return Infinity;
  if (t[0] < -746) return 0;
  const { m, k } = ddExpParts(t);
  return ddScaleRound(m, k);
}

// ====================== public functions ======================

/** exp(x) like glibc (math.exp). Infinity on overflow: the caller raises. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (x === 0) return 1;
  return expOfDD([x, 0]);
}

/** 2**x (math.exp2, 3.11). */
export function exp2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity) return 0;
  if (Number.isInteger(x)) return x > 1023 ? Infinity : x < -1074 ? 0 : ddScaleRound([1, 0], x);
  return expOfDD(ddMulD(LN2, x));
}

/** expm1(x) (math.expm1): fdlibm's algorithm in both V8 and glibc. */
export const expm1: (x: number) => number = Math.expm1;

/** ln(x) like glibc (math.log's m_log core; the caller maps 0 and negatives to errors). */
export function log(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  if (x === 1) return 0;
  const r = ddLogCore(x);
  return r[0] + r[1];
}

/** log2(x) like glibc: exact for powers of two. */
export function log2(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return -Infinity;
  if (x < 0) return NaN;
  const r = ddMul(ddLogCore(x), LOG2E);
  return r[0] + r[1];
}

const TWO54 = 1.8014398509481984e16;
const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

/** log10(x): fdlibm's e_log10.c formula (glibc uses it too) over our log. */
export function log10(x: number): number {
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    if (x === 0) return -Infinity;
    if (hx < 0) return NaN;
    k -= 54;
    x *= TWO54;
    hx = highWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = withHighWord(x, hx);
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

/** log1p(x) (math.log1p): fdlibm's algorithm in both V8 and glibc. */
export const log1p: (x: number) => number = Math.log1p;

/** Exact x**n for a finite x and an integer |n| <= 64, rounded once (what a correctly rounded pow gives). */
function powInt(x: number, n: number): number {
  const neg = x < 0 && n % 2 !== 0;
  const { mant, exp2 } = decomposeDouble(x);
  const m = mant ** BigInt(Math.abs(n));
  const e = exp2 * Math.abs(n);
  let r: number;
  if (n > 0) r = e >= 0 ? ratioToDouble(m << BigInt(e), 1n) : ratioToDouble(m, 1n << BigInt(-e));
  else r = e >= 0 ? ratioToDouble(1n, m << BigInt(e)) : ratioToDouble(1n << BigInt(-e), m);
  return neg ? -r : r;
}

/** pow(x, y) like glibc for finite x > 0 or an integral y, finite y (float_pow and math.pow handle the special
 *  values first). Infinity on overflow, 0 on underflow. */
export function pow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5 && x > 0) return Math.sqrt(x);
  if (Number.isInteger(y) && Math.abs(y) <= 64) return powInt(x, y);
  if (x < 0 && !Number.isInteger(y)) return NaN;
  const neg = x < 0 && Number.isInteger(y) && Math.abs(y % 2) === 1;
  const ax = Math.abs(x);
  const l = ddLogCore(ax);
  const t0 = l[0] * y;
  if (t0 > 746) return neg ? -Infinity : Infinity;
  if (t0 < -760) return neg ? -0 : 0;
  const r = expOfDD(ddMulD(l, y));
  return neg ? -r : r;
}

/** cbrt(x) (math.cbrt, 3.11): V8's estimate refined by one Newton step in double-double. */
export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const ax = Math.abs(x);
  let scale = 1;
  let v = ax;
  if (ax < 1e-290) {
    v = ax * 2 ** 300;
    scale = 2 ** -100;
  }
  const y = Math.cbrt(v);
  // y + (v - y**3) / (3 y**2)
  const y3 = ddMul(twoProd(y, y), [y, 0]);
  const d = ddAdd([v, 0], ddNeg(y3));
  const r = quickTwoSum(y, d[0] / (3 * y * y));
  const res = (r[0] + r[1]) * scale;
  return x < 0 ? -res : res;
}

// ====================== hyperbolic functions ======================
// fdlibm's formulas (e_sinh.c, e_cosh.c, s_asinh.c, e_acosh.c), shared by glibc, over our exp and log.

const LN2_D = 6.93147180559945286227e-1;

/** sinh(x) (math.sinh). */
export function sinh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return x + x;
  const h = jx < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) {
    if (ix < 0x3e300000) return x;
    const t = Math.expm1(Math.abs(x));
    if (ix < 0x3ff00000) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(Math.abs(x));
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    return h * w * w;
  }
  return x * Infinity;
}

/** cosh(x) (math.cosh). */
export function cosh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x40360000) {
    if (ix < 0x3fd62e43) {
      if (ix < 0x3c800000) return 1;
      const t = Math.expm1(Math.abs(x));
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = exp(Math.abs(x));
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(Math.abs(x));
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = exp(0.5 * Math.abs(x));
    return 0.5 * w * w;
  }
  if (ix >= 0x7ff00000) return x * x;
  return Infinity;
}

/** tanh(x) (math.tanh): fdlibm 5.3's s_tanh.c formula as glibc keeps it (V8 took FreeBSD's, which returns x
 *  below 2**-28 where glibc computes). */
export function tanh(x: number): number {
  const jx = highWord(x);
  const ix = jx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : jx >= 0 ? 1 : -1;
  let z: number;
  if (ix < 0x40360000) {
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x);
    if (ix >= 0x3ff00000) {
      const t = Math.expm1(2 * Math.abs(x));
      z = 1 - 2 / (t + 2);
    } else {
      const t = Math.expm1(-2 * Math.abs(x));
      z = -t / (t + 2);
    }
  } else z = 1;
  return jx >= 0 ? z : -z;
}

/** atanh(x) (math.atanh): fdlibm's algorithm (log1p based) in both V8 and glibc. */
export const atanh: (x: number) => number = Math.atanh;

/** asinh(x) (math.asinh). */
export function asinh(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix < 0x3e300000) return x;
  let w: number;
  if (ix > 0x41b00000) {
    if (ix >= 0x7ff00000) return x + x;
    w = log(Math.abs(x)) + LN2_D;
  } else {
    const xa = Math.abs(x);
    if (ix > 0x40000000) {
      w = log(2.0 * xa + 1 / (Math.sqrt(xa * xa + 1) + xa));
    } else {
      const t = xa * xa;
      w = Math.log1p(xa + t / (1 + Math.sqrt(1 + t)));
    }
  }
  return x < 0 ? -w : w;
}

/** acosh(x) (math.acosh); NaN below 1. */
export function acosh(x: number): number {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN;
  if (hx >= 0x41b00000) {
    if (hx >= 0x7ff00000) return x + x;
    return log(x) + LN2_D;
  }
  if (x === 1) return 0;
  if (hx > 0x40000000) {
    const t = x * x;
    return log(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

// ====================== trigonometric functions ======================

/** x mod pi/2 as a double-double r in [-pi/4, pi/4] and the quadrant n mod 4. Exact reduction with bigint for
 *  large |x| (Payne-Hanek in spirit: enough bits of pi for any double). */
const PI_2_FIX_BITS = 1200n;
let pi2Big: bigint | null = null;
function reduce(x: number): { r: DD; n: number } {
  const ax = Math.abs(x);
  if (ax <= Math.PI / 4) return { r: [x, 0], n: 0 };
  if (ax < 2 ** 20) {
    const n = Math.round(x / PI_2[0]);
    // x - n*pi/2 with pi/2 as a triple: the double-double product is exact enough for |n| < 2**20
    const r = ddAdd([x, 0], ddNeg(ddMulD(PI_2, n)));
    // n * pi/2 carries an absolute error near 2**-85: fine unless x is very close to a multiple of pi/2
    if (Math.abs(r[0]) > 2 ** -30) return { r, n: ((n % 4) + 4) % 4 };
  }
  if (pi2Big === null) {
    // pi/2 with 1200 fractional bits, from Machin's formula at that precision
    const one = 1n << PI_2_FIX_BITS;
    const atanInvP = (q: bigint): bigint => {
      let sum = 0n;
      let p = one / q;
      const q2 = q * q;
      let sign = 1n;
      for (let k = 1n; p !== 0n; k += 2n) {
        sum += (sign * p) / k;
        p /= q2;
        sign = -sign;
      }
      return sum;
    };
    pi2Big = 8n * atanInvP(5n) - 2n * atanInvP(239n);
  }
  const { mant, exp2 } = decomposeDouble(ax);
  // ax = mant * 2**exp2; in units of 2**-1200: X = mant << (exp2 + 1200)
  const X = exp2 + 1200 >= 0 ? mant << BigInt(exp2 + 1200) : mant >> BigInt(-(exp2 + 1200));
  const P = pi2Big;
  let n = X / P;
  let rem = X - n * P;
  if (rem * 2n > P) {
    n += 1n;
    rem -= P;
  }
  const hi = ratioToDouble(rem, 1n << PI_2_FIX_BITS);
  const hiFix = (() => {
    if (hi === 0) return 0n;
    const d = decomposeDouble(hi);
    const v = d.exp2 + 1200 >= 0 ? d.mant << BigInt(d.exp2 + 1200) : d.mant >> BigInt(-(d.exp2 + 1200));
    return hi < 0 ? -v : v;
  })();
  const lo = ratioToDouble(rem - hiFix, 1n << PI_2_FIX_BITS);
  let q = Number(n % 4n);
  let r: DD = [hi, lo];
  if (x < 0) {
    r = ddNeg(r);
    q = (4 - q) % 4;
  }
  return { r, n: q };
}

function sinKernel(r: DD): DD {
  // r - r**3/3! + r**5/5! ... for |r| <= pi/4: 14 terms reach 2**-110
  const r2 = ddMul(r, r);
  let acc: DD = INV_FACT[27]!;
  for (let n = 25; n >= 1; n -= 2) {
    acc = ddMul(acc, ddNeg(r2));
    acc = ddAdd(acc, INV_FACT[n]!);
  }
  return ddMul(acc, r);
}

function cosKernel(r: DD): DD {
  const r2 = ddMul(r, r);
  let acc: DD = INV_FACT[28]!;
  for (let n = 26; n >= 0; n -= 2) {
    acc = ddMul(acc, ddNeg(r2));
    acc = ddAdd(acc, INV_FACT[n]!);
  }
  return acc;
}

/** sin(x) (math.sin); NaN for infinities. */
export function sin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return x;
  const { r, n } = reduce(x);
  const v = n % 2 === 0 ? sinKernel(r) : cosKernel(r);
  const s = v[0] + v[1];
  return n >= 2 ? -s : s;
}

/** cos(x) (math.cos). */
export function cos(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return 1;
  const { r, n } = reduce(x);
  const v = n % 2 === 0 ? cosKernel(r) : sinKernel(r);
  const c = v[0] + v[1];
  return n === 1 || n === 2 ? -c : c;
}

/** tan(x) (math.tan). */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -27) return x;
  const { r, n } = reduce(x);
  const s = sinKernel(r);
  const c = cosKernel(r);
  const t = n % 2 === 0 ? ddDiv(s, c) : ddNeg(ddDiv(c, s));
  return t[0] + t[1];
}

/** atan of a double-double with |a| <= 1, by halving the argument three times then the Taylor series. */
function ddAtanSmall(a: DD): DD {
  let t = a;
  for (let i = 0; i < 3; i++) {
    // atan(t) = 2 atan(t / (1 + sqrt(1 + t**2)))
    t = ddDiv(t, ddAdd([1, 0], ddSqrt(ddAdd([1, 0], ddMul(t, t)))));
  }
  const t2 = ddMul(t, t);
  let acc: DD = INV_ODD[22]!;
  for (let j = 21; j >= 0; j--) {
    acc = ddMul(acc, ddNeg(t2));
    acc = ddAdd(acc, INV_ODD[j]!);
  }
  const r = ddMul(acc, t);
  return [r[0] * 8, r[1] * 8];
}

function ddAtan(a: DD): DD {
  const neg = a[0] < 0;
  const ab: DD = neg ? ddNeg(a) : a;
  let r: DD;
  if (ab[0] > 1) r = ddAdd(PI_2, ddNeg(ddAtanSmall(ddDiv([1, 0], ab))));
  else r = ddAtanSmall(ab);
  return neg ? ddNeg(r) : r;
}

/** atan(x) (math.atan). */
export function atan(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return PI_2[0];
  if (x === -Infinity) return -PI_2[0];
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > 2 ** 60) return x > 0 ? PI_2[0] : -PI_2[0];
  const r = ddAtan([x, 0]);
  return r[0] + r[1];
}

/** asin(x) (math.asin): atan(x / sqrt(1 - x**2)); NaN outside [-1, 1]. */
export function asin(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 1) return NaN;
  if (ax < 2 ** -27) return x;
  if (ax === 1) return x > 0 ? PI_2[0] : -PI_2[0];
  // 1 - x**2 = (1 - x)(1 + x), each factor exact or a double-double
  const d = ddMul(twoSum(1, -ax), twoSum(1, ax));
  const r = ddAtan(ddDiv([ax, 0], ddSqrt(d)));
  const v = r[0] + r[1];
  return x < 0 ? -v : v;
}

/** acos(x) (math.acos): 2 atan(sqrt((1 - x) / (1 + x))); NaN outside [-1, 1]. */
export function acos(x: number): number {
  if (Number.isNaN(x)) return x;
  if (Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  if (x === -1) return PI[0];
  const q = ddDiv(twoSum(1, -x), twoSum(1, x));
  const r = ddAtan(ddSqrt(q));
  return 2 * r[0] + 2 * r[1];
}

/** atan2(y, x) (math.atan2) with C99's special cases. */
export function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 0) return Math.atan2(y, x);
  const q = ddDiv([y, 0], [x, 0]);
  if (!Number.isFinite(q[0]) || q[0] === 0) return Math.atan2(y, x);
  let r = ddAtan(q);
  if (x < 0) r = y >= 0 ? ddAdd(r, PI) : ddAdd(r, ddNeg(PI));
  return r[0] + r[1];
}

// ====================== hypot ======================

/** math.hypot(*xs) and math.dist: the correctly rounded Euclidean norm (CPython 3.11's vector_norm is correctly
 *  rounded in nearly all cases): infinities win over NaNs; computed in double-double after scaling by a power
 *  of two, so neither overflow nor underflow occurs before the final rounding. */
export function hypot(xs: readonly number[]): number {
  let max = 0;
  let sawNaN = false;
  for (const x of xs) {
    const a = Math.abs(x);
    if (a === Infinity) return Infinity;
    if (Number.isNaN(a)) sawNaN = true;
    else if (a > max) max = a;
  }
  if (sawNaN) return NaN;
  if (max === 0) return 0;
  if (xs.length === 1) return max;
  // scale so that max is in [1, 2): exact for max itself, and any element that underflows is irrelevant
  let e = ((highWord(max) >>> 20) & 0x7ff) - 1023;
  if (e === -1023) e = Math.floor(Math.log2(max)); // subnormal max
  const down = e > 0;
  let sum: DD = [0, 0];
  for (const x of xs) {
    let y = Math.abs(x);
    // two steps keep the scale factors representable
    if (down) y = y * 2 ** -Math.ceil(e / 2) * 2 ** -Math.floor(e / 2);
    else y = y * 2 ** Math.ceil(-e / 2) * 2 ** Math.floor(-e / 2);
    sum = ddAdd(sum, twoProd(y, y));
  }
  return ddScaleRound(ddSqrt(sum), e);
}

// ====================== erf, erfc, gamma, lgamma ======================
// JS has none of these. CPython 3.11 computes gamma and lgamma with its own Lanczos code and erf/erfc with
// glibc's: none is correctly rounded (CPython's gamma differs from the correctly rounded value in most of its
// last digits, lgamma about half the time, erfc a third, erf 2%). These are correctly rounded in double-double,
// so they can differ from CPython in the last digit for those reasons.

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const INV_SQRT_PI: DD = fixedToDD(isqrtBig((ONE * ONE * ONE) / PI_FIX));
const LN_SQRT_2PI: DD = (() => {
  const l = ddLogCore(2 * Math.PI); // ln(2 pi) from the double 2*pi, corrected by ln(1 + d) ~ d for the remainder
  const twoPi = ddMulD(PI, 2);
  const d = (twoPi[0] - 2 * Math.PI + twoPi[1]) / (2 * Math.PI);
  const r = ddAdd(l, [d, 0]);
  return [r[0] / 2, r[1] / 2] as DD;
})();

/** e**(-x*x) as m * 2**k for a double x (x*x is formed exactly as a double-double). */
function expMinusSquare(x: number): { m: DD; k: number } {
  return ddExpParts(ddNeg(twoProd(x, x)));
}

/** erf(x) for |x| < 2.5: 2/sqrt(pi) e**(-x**2) sum 2**n x**(2n+1) / (2n+1)!!, all terms positive. */
function erfSeries(x: number): DD {
  const x2 = twoProd(x, x);
  let term: DD = [x, 0];
  let sum: DD = term;
  for (let n = 0; n < 200; n++) {
    term = ddDiv(ddMul(term, [2 * x2[0], 2 * x2[1]]), [2 * n + 3, 0]);
    sum = ddAdd(sum, term);
    if (Math.abs(term[0]) < Math.abs(sum[0]) * 2 ** -110) break;
  }
  const { m, k } = expMinusSquare(x);
  const e: DD = [m[0] * 2 ** k, m[1] * 2 ** k];
  return ddMul(ddMul(sum, e), [2 * INV_SQRT_PI[0], 2 * INV_SQRT_PI[1]]);
}

/** erfc(x) for x >= 2.5 by its continued fraction, evaluated from the tail: e**(-x**2) / (sqrt(pi) t) with
 *  t = x + (1/2)/(x + 1/(x + (3/2)/(x + ...))). Returns the fraction part and the exponential separately. */
function erfcFraction(x: number): { f: DD; m: DD; k: number } {
  const terms = Math.ceil(1000 / (x * x)) + 20;
  let t: DD = [x, 0];
  for (let k = terms; k >= 1; k--) t = ddAdd([x, 0], ddDiv([k / 2, 0], t));
  const { m, k } = expMinusSquare(x);
  return { f: ddDiv(INV_SQRT_PI, t), m, k };
}

/** math.erf(x). */
export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return x * (2 * INV_SQRT_PI[0]) + x * (2 * INV_SQRT_PI[1]);
  if (ax >= 6) return x > 0 ? 1 : -1;
  let r: DD;
  if (ax < 2.5) r = erfSeries(ax);
  else {
    const { f, m, k } = erfcFraction(ax);
    const c = ddMul(f, [m[0] * 2 ** k, m[1] * 2 ** k]);
    r = ddAdd([1, 0], ddNeg(c));
  }
  const v = r[0] + r[1];
  return x < 0 ? -v : v;
}

/** math.erfc(x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 2;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    const e = erfSeries(ax);
    const r = x < 0 ? ddAdd([1, 0], e) : ddAdd([1, 0], ddNeg(e));
    return r[0] + r[1];
  }
  if (x < 0) {
    if (ax >= 6) return 2;
    const { f, m, k } = erfcFraction(ax);
    const r = ddAdd([2, 0], ddNeg(ddMul(f, [m[0] * 2 ** k, m[1] * 2 ** k])));
    return r[0] + r[1];
  }
  if (x > 27.3) return 0;
  const { f, m, k } = erfcFraction(x);
  return ddScaleRound(ddMul(f, m), k);
}

/** B(2k) / (2k (2k-1)) for k = 1..15: the coefficients of Stirling's series for ln Gamma. */
const STIRLING: DD[] = (
  [
    [1, 12], [-1, 360], [1, 1260], [-1, 1680], [1, 1188], [-691, 360360], [1, 156], [-3617, 122400],
    [43867, 244188], [-174611, 125400], [77683, 5796], [-236364091, 1506960], [657931, 300],
    [-3392780147, 93960], [1723168255201, 2492028],
  ] as const
).map(([n, d]) => ddDiv([n, 0], [d, 0]));

/** ln Gamma(x) for x >= 20 by Stirling's series (15 terms reach 2**-110). */
function lnGammaStirling(x: DD): DD {
  const lx = ddAdd(ddLogCore(x[0]), [x[1] / x[0], 0]);
  let r = ddAdd(ddMul(ddAdd(x, [-0.5, 0]), lx), ddNeg(x));
  r = ddAdd(r, LN_SQRT_2PI);
  const inv = ddDiv([1, 0], x);
  const inv2 = ddMul(inv, inv);
  let acc: DD = STIRLING[14]!;
  for (let k = 13; k >= 0; k--) acc = ddAdd(ddMul(acc, inv2), STIRLING[k]!);
  return ddAdd(r, ddMul(acc, inv));
}

/** sin(pi x) for a double x, exactly reduced (x - n/2 is exact). */
function sinPi(x: number): DD {
  const n = Math.round(2 * x);
  const r = x - n / 2; // exact, |r| <= 1/4
  const arg = ddMulD(PI, r);
  const q = ((n % 4) + 4) % 4;
  const v = q % 2 === 0 ? sinKernel(arg) : cosKernel(arg);
  return q >= 2 ? ddNeg(v) : v;
}

/** For 0 < x < 20: Gamma(x) = Gamma(x + n) / (x (x+1) ... (x+n-1)) with x + n >= 20; returns [shifted, product]. */
function shiftUp(x: number): { y: DD; prod: DD } {
  let prod: DD = [1, 0];
  let y: DD = [x, 0];
  while (y[0] < 20) {
    prod = ddMul(prod, y);
    y = ddAdd(y, [1, 0]);
  }
  return { y, prod };
}

/** Gamma(x) as m * 2**k (m a double-double), for finite x > 0. */
function gammaPositive(x: number): { m: DD; k: number } {
  if (x >= 20) return ddExpParts(lnGammaStirling([x, 0]));
  const { y, prod } = shiftUp(x);
  const { m, k } = ddExpParts(lnGammaStirling(y));
  return { m: ddDiv(m, prod), k };
}

/** math.gamma(x): NaN for poles (0 and negative integers) and -inf (the caller raises "math domain error"),
 *  Infinity on overflow (the caller raises "math range error"). */
export function gamma(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === -Infinity || x === 0 || (x < 0 && Number.isInteger(x))) return NaN;
  if (x > 171.7) return Infinity;
  if (Math.abs(x) < 2 ** -60) return 1 / x;
  if (x > 0) {
    const { m, k } = gammaPositive(x);
    return ddScaleRound(m, k);
  }
  // reflection: Gamma(x) = pi / (sin(pi x) Gamma(1 - x)); 1 - x is exact enough as a double-double
  if (x < -190) return sinPi(x)[0] > 0 ? 0 : -0;
  const s = sinPi(x);
  const oneMinus = twoSum(1, -x);
  let g: { m: DD; k: number };
  if (oneMinus[0] >= 20) g = ddExpParts(lnGammaStirling(oneMinus));
  else {
    const { y, prod } = shiftUpDD(oneMinus);
    const e = ddExpParts(lnGammaStirling(y));
    g = { m: ddDiv(e.m, prod), k: e.k };
  }
  return ddScaleRound(ddDiv(PI, ddMul(s, g.m)), -g.k);
}

function shiftUpDD(x: DD): { y: DD; prod: DD } {
  let prod: DD = [1, 0];
  let y: DD = x;
  while (y[0] < 20) {
    prod = ddMul(prod, y);
    y = ddAdd(y, [1, 0]);
  }
  return { y, prod };
}

/** math.lgamma(x) = ln|Gamma(x)|: Infinity at poles (the caller raises "math domain error" for those) and for
 *  infinities; exactly 0 at 1 and 2 as CPython. */
export function lgamma(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Infinity;
  if (x === 1 || x === 2) return 0;
  if (x <= 0 && Number.isInteger(x)) return Infinity;
  const ax = Math.abs(x);
  if (ax < 2 ** -60) return -log(ax);
  let r: DD;
  if (x > 0) {
    if (x >= 20) r = lnGammaStirling([x, 0]);
    else {
      const { y, prod } = shiftUp(x);
      r = ddAdd(lnGammaStirling(y), ddNeg(ddAdd(ddLogCore(prod[0]), [prod[1] / prod[0], 0])));
    }
  } else {
    // ln|Gamma(x)| = ln(pi / |sin(pi x)|) - ln Gamma(1 - x)
    const s = sinPi(x);
    const as: DD = s[0] < 0 ? ddNeg(s) : s;
    const lnSin = ddAdd(ddLogCore(as[0]), [as[1] / as[0], 0]);
    const oneMinus = twoSum(1, -x);
    let lg: DD;
    if (oneMinus[0] >= 20) lg = lnGammaStirling(oneMinus);
    else {
      const { y, prod } = shiftUpDD(oneMinus);
      lg = ddAdd(lnGammaStirling(y), ddNeg(ddAdd(ddLogCore(prod[0]), [prod[1] / prod[0], 0])));
    }
    r = ddAdd(ddAdd(ddLogCore(PI[0]), [PI[1] / PI[0], 0]), ddNeg(ddAdd(lnSin, lg)));
  }
  return r[0] + r[1];
}
