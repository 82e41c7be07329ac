/*
 * The math module (Modules/mathmodule.c): natives over the pure functions of runtime/math-fns.ts, with
 * CPython's argument handling and messages ("math domain error", "math range error", "must be real
 * number, not str"). Caller holds the GIL. Elementary functions use V8's Math (fdlibm), which may differ
 * from glibc's libm in the last bit for some arguments.
 */

import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, bool, intFromBigInt, newFloat, tupleFrom } from '../heap/objects.js';
import { intern } from '../heap/str.js';
import { dictSetStr } from '../heap/dict.js';
import { raise } from '../runtime/exceptions.js';
import { lookupType, typeOf, typeName, T } from '../runtime/types.js';
import { callWith, checkArgc, kwCount, noKw, parseArgs } from '../runtime/call.js';
import { root, reroot, unroot } from '../runtime/thread-state.js';
import { N, binaryOp, getIter, isFloat, isInt, iterNext, toBig, toFloatValue, tname } from '../runtime/ops.js';
import * as M from '../runtime/math-fns.js';
import type { NativeFn } from '../runtime/natives.js';
import { defModule } from './define.js';

const MUL = 5; // BINARY_OPS index of '*'

/** The float value of a math argument: "must be real number, not str" otherwise. */
function fl(r: Ref): number {
  return toFloatValue(r);
}

/** The value of an integer argument (ints, bools, objects with __index__). */
export function indexBig(r: Ref): bigint {
  if (isInt(r)) return toBig(r);
  const f = lookupType(typeOf(r), N.__index__);
  if (f !== NULL) {
    const v = callWith(f, r);
    if (!isInt(v)) raise('TypeError', `__index__ returned non-int (type ${tname(v)})`);
    return toBig(v);
  }
  raise('TypeError', `'${tname(r)}' object cannot be interpreted as an integer`);
}

function arg(args: number, i: number): Ref {
  return I32[args + i] as Ref;
}

function one(name: string, f: (x: Ref) => Ref): NativeFn {
  return (args, argc, kw) => {
    noKw(`math.${name}`, kw);
    checkArgc(`math.${name}`, argc, 1, 1);
    return f(arg(args, 0));
  };
}

function two(name: string, f: (x: Ref, y: Ref) => Ref): NativeFn {
  return (args, argc, kw) => {
    noKw(`math.${name}`, kw);
    checkArgc(name, argc, 2, 2);
    return f(arg(args, 0), arg(args, 1));
  };
}

/** floor/ceil: ints unchanged, floats directly, else __floor__/__ceil__, else via float. */
function rounding(dunder: string, fn: (x: number) => bigint): (x: Ref) => Ref {
  let name: Ref = NULL;
  return (x) => {
    if (isInt(x)) return intFromBigInt(toBig(x));
    if (isFloat(x) && typeOf(x) === T.float) return intFromBigInt(fn(fl(x)));
    if (name === NULL) name = intern(dunder);
    const f = lookupType(typeOf(x), name);
    if (f !== NULL) return callWith(f, x);
    return intFromBigInt(fn(fl(x)));
  };
}

function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) raise('ValueError', 'math domain error');
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = M.mathFmod(absx, absy);
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * M.mathFmod(0.5 * (absx - m), absy);
    return M.copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) raise('ValueError', 'math domain error');
  return x;
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  f64[0] = x;
  if ((y > x) === (x > 0)) u64[0] += 1n;
  else u64[0] -= 1n;
  return f64[0];
}
function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (!Number.isFinite(x)) return x;
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** Collects an iterable's items as floats (fsum, dist, hypot's sequences). */
function floatsOf(it0: Ref): number[] {
  const it = getIter(it0);
  const m = root(it);
  const out: number[] = [];
  try {
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) out.push(fl(x));
  } finally {
    unroot(m);
  }
  return out;
}

const ONE_ARG = ['sqrt', 'exp', 'exp2', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'fabs', 'log1p'];

/** glibc's cbrt (sysdeps/ieee754/dbl-64/s_cbrt.c): a polynomial guess, one Halley step, the exponent split
 *  by 3. CPython calls the C library's cbrt, which is not correctly rounded (cbrt(27) is
 *  3.0000000000000004), so V8's Math.cbrt gives different last bits; this port matches glibc. */
const CBRT_FACTOR = [1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0, 1.2599210498948731648, 1.5874010519681994748];
function glibcCbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = M.frexp(Math.abs(x));
  const u = 0.35489576504391986 + (1.50819193781584896 + (-2.11499494167371287 + (2.4469312256353443 + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = ((u * (t2 + 2.0 * xm)) / (2.0 * t2 + xm)) * CBRT_FACTOR[2 + (xe % 3)];
  return M.ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

const fns: Record<string, NativeFn> = {};
for (const name of ONE_ARG) fns[name] = one(name, (x) => newFloat(M.math1(name, fl(x))));
fns.cbrt = one('cbrt', (x) => newFloat(glibcCbrt(fl(x))));

function logArg(x: Ref): bigint | number {
  return isInt(x) ? toBig(x) : fl(x);
}

Object.assign(fns, {
  log: ((args, argc, kw) => {
    noKw('math.log', kw);
    if (argc < 1 || argc > 2) raise('TypeError', 'math.log requires 1 to 2 arguments');
    const x = logArg(arg(args, 0));
    return newFloat(argc === 2 ? M.mathLog(x, logArg(arg(args, 1))) : M.mathLog(x));
  }) as NativeFn,
  log2: one('log2', (x) => newFloat(M.mathLog2(logArg(x)))),
  log10: one('log10', (x) => newFloat(M.mathLog10(logArg(x)))),
  pow: two('pow', (x, y) => newFloat(M.mathPow(fl(x), fl(y)))),
  atan2: two('atan2', (y, x) => newFloat(Math.atan2(fl(y), fl(x)))),
  copysign: two('copysign', (x, y) => newFloat(M.copysign(fl(x), fl(y)))),
  fmod: two('fmod', (x, y) => newFloat(M.mathFmod(fl(x), fl(y)))),
  remainder: two('remainder', (x, y) => newFloat(remainder(fl(x), fl(y)))),
  nextafter: two('nextafter', (x, y) => newFloat(nextafter(fl(x), fl(y)))),
  ulp: one('ulp', (x) => newFloat(ulp(fl(x)))),
  ldexp: two('ldexp', (x, i) => {
    const xv = fl(x);
    if (!isInt(i)) raise('TypeError', 'Expected an int as second argument to ldexp.');
    return newFloat(M.ldexp(xv, toBig(i)));
  }),
  frexp: one('frexp', (x) => {
    const [m, e] = M.frexp(fl(x));
    return tupleFrom([newFloat(m), intFromBigInt(BigInt(e))]);
  }),
  modf: one('modf', (x) => {
    const [fp, ip] = M.modf(fl(x));
    const a = newFloat(fp);
    return tupleFrom([a, newFloat(ip)]);
  }),
  degrees: one('degrees', (x) => newFloat(fl(x) * (180.0 / Math.PI))),
  radians: one('radians', (x) => newFloat(fl(x) * (Math.PI / 180.0))),
  floor: one('floor', rounding('__floor__', M.floorToInt)),
  ceil: one('ceil', rounding('__ceil__', M.ceilToInt)),
  trunc: one('trunc', (x) => {
    if (isInt(x)) return intFromBigInt(toBig(x));
    if (isFloat(x) && typeOf(x) === T.float) return intFromBigInt(M.truncToInt(fl(x)));
    const f = lookupType(typeOf(x), intern('__trunc__'));
    if (f === NULL) raise('TypeError', `type ${typeName(typeOf(x))} doesn't define __trunc__ method`);
    return callWith(f, x);
  }),
  isnan: one('isnan', (x) => bool(Number.isNaN(fl(x)))),
  isinf: one('isinf', (x) => {
    const v = fl(x);
    return bool(v === Infinity || v === -Infinity);
  }),
  isfinite: one('isfinite', (x) => bool(Number.isFinite(fl(x)))),
  factorial: one('factorial', (x) => {
    if (isFloat(x)) raise('TypeError', `'float' object cannot be interpreted as an integer`);
    return intFromBigInt(M.factorial(indexBig(x)));
  }),
  isqrt: one('isqrt', (x) => intFromBigInt(M.isqrt(indexBig(x)))),
  gcd: ((args, argc, kw) => {
    noKw('math.gcd', kw);
    const xs: bigint[] = [];
    for (let i = 0; i < argc; i++) xs.push(indexBig(arg(args, i)));
    return intFromBigInt(M.gcd(...xs));
  }) as NativeFn,
  lcm: ((args, argc, kw) => {
    noKw('math.lcm', kw);
    const xs: bigint[] = [];
    for (let i = 0; i < argc; i++) xs.push(indexBig(arg(args, i)));
    return intFromBigInt(M.lcm(...xs));
  }) as NativeFn,
  comb: two('comb', (n, k) => intFromBigInt(M.comb(indexBig(n), indexBig(k)))),
  perm: ((args, argc, kw) => {
    noKw('math.perm', kw);
    checkArgc('perm', argc, 1, 2);
    const n = indexBig(arg(args, 0));
    if (argc === 1 || arg(args, 1) === NONE) return intFromBigInt(M.perm(n));
    return intFromBigInt(M.perm(n, indexBig(arg(args, 1))));
  }) as NativeFn,
  fsum: one('fsum', (it) => newFloat(M.fsum(floatsOf(it)))),
  hypot: ((args, argc, kw) => {
    noKw('math.hypot', kw);
    const xs: number[] = [];
    for (let i = 0; i < argc; i++) xs.push(fl(arg(args, i)));
    return newFloat(hypot(xs));
  }) as NativeFn,
  dist: two('dist', (p, q) => {
    const a = floatsOf(p);
    const b = floatsOf(q);
    if (a.length !== b.length) raise('ValueError', 'both points must have the same number of dimensions');
    return newFloat(hypot(a.map((x, i) => x - b[i])));
  }),
  isclose: ((args, argc, kw) => {
    const npos = argc - kwCount(kw);
    if (npos > 2) raise('TypeError', `isclose() takes exactly 2 positional arguments (${npos} given)`);
    const [a, b, rt, at] = parseArgs('isclose', args, argc, kw, ['a', 'b', '*', 'rel_tol', 'abs_tol'], 2);
    return bool(M.isclose(fl(a), fl(b), rt === NULL ? 1e-9 : fl(rt), at === NULL ? 0.0 : fl(at)));
  }) as NativeFn,
  prod: ((args, argc, kw) => {
    const [iterable, start] = parseArgs('prod', args, argc, kw, ['iterable', '/', '*', 'start'], 1);
    const it = getIter(iterable);
    const m = root(it);
    try {
      let acc: Ref = start === NULL ? mkSmall(1) : start;
      const am = root(acc);
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) {
        acc = binaryOp(acc, x, MUL);
        reroot(am, acc);
      }
      return acc;
    } finally {
      unroot(m);
    }
  }) as NativeFn,
});

/** vector_norm of Modules/mathmodule.c (3.11): sqrt of the sum of squares with lossless scaling,
 *  Veltkamp-Dekker squaring, compensated summation and a differential correction of the root, so that
 *  hypot() and dist() round as CPython's do (V8's Math.hypot differs in the last bit). */
function hypot(xs: number[]): number {
  let max = 0;
  let nan = false;
  const vec = xs.map((x) => {
    const a = Math.abs(x);
    if (Number.isNaN(a)) nan = true;
    if (a > max) max = a;
    return a;
  });
  return vectorNorm(vec, max, nan);
}

const T27 = 134217729.0; // 2**27 + 1
const DBL_MIN = 2.2250738585072014e-308;
function vectorNorm(vec: number[], max: number, nan: boolean): number {
  if (max === Infinity) return max;
  if (nan) return NaN;
  const n = vec.length;
  if (max === 0 || n <= 1) return max;
  const maxE = M.frexp(max)[1];
  if (maxE < -1023) return DBL_MIN * vectorNorm(vec.map((x) => x / DBL_MIN), max / DBL_MIN, nan);
  const scale = 2 ** -maxE;
  let csum = 1.0;
  let frac = 0.0;
  let oldcsum: number, x: number, t: number, hi: number, lo: number;
  for (let i = 0; i < n; i++) {
    x = vec[i] * scale; // lossless scaling
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac += oldcsum - csum + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac += oldcsum - csum + x;
    frac += lo * lo;
  }
  const h = Math.sqrt(csum - 1.0 + frac);
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac += oldcsum - csum + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac += oldcsum - csum + x;
  frac += -lo * lo;
  x = csum - 1.0 + frac;
  return (h + x / (2.0 * h)) / scale;
}

defModule('math', fns, (d) => {
  const set = (name: string, v: number) => dictSetStr(d, intern(name), newFloat(v));
  set('pi', Math.PI);
  set('e', Math.E);
  set('tau', 2 * Math.PI);
  set('inf', Infinity);
  set('nan', NaN);
});

