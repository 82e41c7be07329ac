/*
 * float: the constructor, methods and dunders (explicit calls, subclasses, reflected dispatch; exact floats
 * take ops.ts's fast paths). Caller holds the GIL everywhere. An instance of a float subclass is a FLOAT
 * object whose type word is the subclass (no __dict__: FLOAT has no slot for one).
 */

import { alloc } from '../heap/alloc.js';
import { Tag } from '../heap/layout.js';
import { F64, I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE, bool, intFromBigInt, newFloat, floatValue, tupleFrom } from '../heap/objects.js';
import { newStr, strValue, bytesValue } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T, typeOf, typeName, isSubtype, lookupType } from '../runtime/types.js';
import { callWith, checkArgc, noKw } from '../runtime/call.js';
import { N, NOTIMPL, isInt, isFloat, isStr, toBig, tname, compareBasic, identityHash } from '../runtime/ops.js';
import * as num from '../runtime/numeric.js';
import { floatRepr, formatFloat } from '../runtime/format.js';
import { parseFloatLiteral } from '../runtime/number-parse.js';
import { floorToInt, ceilToInt } from '../runtime/math-fns.js';
import { defClassMethods, defGetters, defMethods, defStaticMethods } from './define.js';
import { argAt, asIndexBig, checkMethodSelf, checkSlotSelf } from './int.js';
import { PyErr } from '../common/errors.js';

/** A FLOAT of type cls (float or a subclass). */
export function newFloatOfType(x: number, cls: Ref): Ref {
  if (cls === T.float) return newFloat(x);
  const r = alloc(6, Tag.FLOAT, cls, 0);
  F64[(r >> 3) + 2] = x;
  return r;
}

/** float(x) (PyNumber_Float) as a JS number. */
export function floatFromObject(x: Ref): number {
  if (isFloat(x)) return floatValue(x);
  if (isInt(x)) return num.intToFloat(toBig(x));
  const tp = typeOf(x);
  const ff = lookupType(tp, N.__float__);
  if (ff !== NULL && ff !== NONE) {
    const v = callWith(ff, x);
    if (!isFloat(v)) raise('TypeError', `${typeName(tp)}.__float__ returned non-float (type ${tname(v)})`);
    return floatValue(v);
  }
  const fi = lookupType(tp, N.__index__);
  if (fi !== NULL && fi !== NONE) return num.intToFloat(asIndexBig(x));
  if (isStr(x)) return parseFloatLiteral(strValue(x));
  if ((x & 1) === 0 && (I32[x >> 2] & 0xff) === Tag.BYTES) {
    let s = '';
    for (const c of bytesValue(x)) s += String.fromCharCode(c);
    try {
      return parseFloatLiteral(s);
    } catch (e) {
      if (e instanceof PyErr) throw new PyErr('ValueError', `could not convert string to float: ${callReprJs(x)}`);
      throw e;
    }
  }
  raise('TypeError', `float() argument must be a string or a real number, not '${tname(x)}'`);
}

function callReprJs(x: Ref): string {
  const f = lookupType(typeOf(x), N.__repr__);
  return strValue(callWith(f, x));
}

function floatNew(args: number, argc: number, kw: Ref): Ref {
  noKw('float', kw);
  const cls = argAt(args, 0);
  if (argc - 1 > 1) raise('TypeError', `float expected at most 1 argument, got ${argc - 1}`);
  if (cls !== T.float && !isSubtype(cls, T.float))
    raise('TypeError', `float.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of float`);
  if (argc === 1) return newFloatOfType(0, cls);
  const x = argAt(args, 1);
  if (cls === T.float && typeOf(x) === T.float) return x;
  return newFloatOfType(floatFromObject(x), cls);
}

// ---------------------------------------------------------------- dunders

const enum B {
  ADD = 0, AND = 1, FLOORDIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6, OR = 7, POW = 8, RSHIFT = 9,
  SUB = 10, TRUEDIV = 11, XOR = 12,
}

function isIntOrFloat(r: Ref): boolean {
  return isInt(r) || isFloat(r);
}

function fval(r: Ref): number {
  return isFloat(r) ? floatValue(r) : num.intToFloat(toBig(r));
}

function floatArith(x: number, y: number, op: number): Ref {
  switch (op) {
    case B.ADD: return newFloat(x + y);
    case B.SUB: return newFloat(x - y);
    case B.MUL: return newFloat(x * y);
    case B.TRUEDIV: return newFloat(num.floatTrueDiv(x, y));
    case B.FLOORDIV: return newFloat(num.floatFloorDiv(x, y));
    case B.MOD: return newFloat(num.floatMod(x, y));
    case B.POW: return newFloat(num.floatPow(x, y));
  }
  return NOTIMPL;
}

function floatDunder(name: string, op: number, reflected: boolean) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.float, name);
    const other = argAt(args, 1);
    if (!isIntOrFloat(other)) return NOTIMPL;
    const a = floatValue(self);
    const b = fval(other);
    return reflected ? floatArith(b, a, op) : floatArith(a, b, op);
  };
}

function floatPowDunder(reflected: boolean) {
  const name = reflected ? '__rpow__' : '__pow__';
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 2);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.float, name);
    const other = argAt(args, 1);
    if (!isIntOrFloat(other)) return NOTIMPL;
    if (argc > 2 && argAt(args, 2) !== NONE)
      raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
    const a = floatValue(self);
    const b = fval(other);
    return reflected ? floatArith(b, a, B.POW) : floatArith(a, b, B.POW);
  };
}

function floatDivmodDunder(reflected: boolean) {
  const name = reflected ? '__rdivmod__' : '__divmod__';
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.float, name);
    const other = argAt(args, 1);
    if (!isIntOrFloat(other)) return NOTIMPL;
    const a = floatValue(self);
    const b = fval(other);
    const [q, r] = reflected ? num.floatDivmod(b, a) : num.floatDivmod(a, b);
    return tupleFrom([newFloat(q), newFloat(r)]);
  };
}

function floatCompare(name: string, op: number) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.float, name);
    const other = argAt(args, 1);
    if (!isIntOrFloat(other)) return NOTIMPL;
    return compareBasic(self, other, op);
  };
}

function floatUnary(name: string, f: (x: number, self: Ref) => Ref, slot = true) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    const self = argAt(args, 0);
    if (slot) checkSlotSelf(self, T.float, name);
    else checkMethodSelf(self, T.float, name);
    if (argc !== 1) raise('TypeError', `float.${name}() takes no arguments (${argc - 1} given)`);
    return f(floatValue(self), self);
  };
}

/** float.as_integer_ratio() as bigints. */
function asIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let m = x;
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let n = BigInt(m);
  let d = 1n << BigInt(e);
  while ((n & 1n) === 0n && d > 1n) {
    n >>= 1n;
    d >>= 1n;
  }
  return [n, d];
}

/** float.hex(). */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  let a = Math.abs(x);
  if (a === 0) return sign + '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, a);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  let exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let lead = '1';
  if (exp === 0) {
    lead = '0';
    exp = -1022;
  } else exp -= 1023;
  void a;
  const digits = mant.toString(16).padStart(13, '0');
  mant = 0n;
  return `${sign}0x${lead}.${digits}p${exp >= 0 ? '+' : ''}${exp}`;
}

/** float.fromhex(s). */
function floatFromHex(s: string): number {
  const t = s.trim();
  const m = /^([+-])?(?:(inf(?:inity)?|nan)|(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?)$/i.exec(t);
  if (m === null || (m[2] === undefined && !(m[3] || m[4]))) raise('ValueError', 'invalid hexadecimal floating-point string');
  const neg = m[1] === '-';
  if (m[2] !== undefined) {
    const v = m[2].toLowerCase() === 'nan' ? NaN : Infinity;
    return neg ? -v : v;
  }
  const intPart = m[3] ?? '';
  const frac = m[4] ?? '';
  const exp = m[5] !== undefined ? parseInt(m[5], 10) : 0;
  let mant = BigInt('0x0' + intPart + frac);
  let e = exp - 4 * frac.length;
  if (mant === 0n) return neg ? -0 : 0;
  // Round mant * 2**e to a double, half-even, through exact bigint arithmetic.
  const bl = mant.toString(2).length;
  const top = bl + e; // value in [2**(top-1), 2**top)
  if (top > 1024) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  const precBits = Math.max(Math.min(53, top + 1074), 0);
  const shift = bl - precBits;
  if (shift > 0) {
    const sh = BigInt(shift);
    const q = mant >> sh;
    const rem = mant - (q << sh);
    const half = 1n << (sh - 1n);
    mant = q;
    if (rem > half || (rem === half && (q & 1n) === 1n)) mant += 1n;
    e += shift;
  }
  const v = e > 1000 ? Number(mant) * 2 ** 1000 * 2 ** (e - 1000) : Number(mant) * 2 ** e;
  if (!Number.isFinite(v)) raise('OverflowError', 'hexadecimal value too large to represent as a float');
  return neg ? -v : v;
}

const floatMethods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {};
const OPS: [string, number][] = [
  ['add', B.ADD], ['sub', B.SUB], ['mul', B.MUL], ['truediv', B.TRUEDIV], ['floordiv', B.FLOORDIV], ['mod', B.MOD],
];
for (const [n, op] of OPS) {
  floatMethods[`__${n}__`] = floatDunder(`__${n}__`, op, false);
  floatMethods[`__r${n}__`] = floatDunder(`__r${n}__`, op, true);
}
floatMethods.__pow__ = floatPowDunder(false);
floatMethods.__rpow__ = floatPowDunder(true);
floatMethods.__divmod__ = floatDivmodDunder(false);
floatMethods.__rdivmod__ = floatDivmodDunder(true);
['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((n, op) => (floatMethods[n] = floatCompare(n, op)));

Object.assign(floatMethods, {
  __neg__: floatUnary('__neg__', (x) => newFloat(-x)),
  __pos__: floatUnary('__pos__', (x) => newFloat(x)),
  __abs__: floatUnary('__abs__', (x) => newFloat(Math.abs(x))),
  __bool__: floatUnary('__bool__', (x) => bool(x !== 0)),
  __int__: floatUnary('__int__', (x) => intFromBigInt(num.floatToInt(x))),
  __float__: floatUnary('__float__', (x, s) => (typeOf(s) === T.float ? s : newFloat(x))),
  __hash__: floatUnary('__hash__', (x, s) => intFromBigInt(num.hashFloat(x, BigInt(identityHash(s))))),
  __repr__: floatUnary('__repr__', (x) => newStr(floatRepr(x))),
  __trunc__: floatUnary('__trunc__', (x) => intFromBigInt(num.floatToInt(x)), false),
  __floor__: floatUnary('__floor__', (x) => intFromBigInt(floorToInt(x)), false),
  __ceil__: floatUnary('__ceil__', (x) => intFromBigInt(ceilToInt(x)), false),
  __getnewargs__: floatUnary('__getnewargs__', (x) => tupleFrom([newFloat(x)]), false),
  conjugate: floatUnary('conjugate', (x, s) => (typeOf(s) === T.float ? s : newFloat(x)), false),
  is_integer: floatUnary('is_integer', (x) => bool(num.floatIsInteger(x)), false),
  hex: floatUnary('hex', (x) => newStr(floatHex(x)), false),
  as_integer_ratio: floatUnary('as_integer_ratio', (x) => {
    const [n, d] = asIntegerRatio(x);
    return tupleFrom([intFromBigInt(n), intFromBigInt(d)]);
  }, false),
  __round__: (args: number, argc: number, kw: Ref): Ref => {
    noKw('__round__', kw);
    const self = argAt(args, 0);
    checkMethodSelf(self, T.float, '__round__');
    if (argc > 2) raise('TypeError', `__round__ expected at most 1 argument, got ${argc - 1}`);
    const x = floatValue(self);
    if (argc === 1 || argAt(args, 1) === NONE) return intFromBigInt(num.roundFloatToInt(x));
    return newFloat(num.roundFloat(x, asIndexBig(argAt(args, 1))));
  },
  __format__: (args: number, argc: number, kw: Ref): Ref => {
    noKw('__format__', kw);
    const self = argAt(args, 0);
    checkMethodSelf(self, T.float, '__format__');
    if (argc !== 2) raise('TypeError', `__format__() takes exactly one argument (${argc - 1} given)`);
    const spec = argAt(args, 1);
    if (!isStr(spec)) raise('TypeError', `__format__() argument must be str, not ${tname(spec)}`);
    return newStr(formatFloat(floatValue(self), strValue(spec), typeName(typeOf(self))));
  },
});

defStaticMethods('float', { __new__: floatNew });
defMethods('float', floatMethods);
defClassMethods('float', {
  fromhex: (args: number, argc: number, kw: Ref): Ref => {
    noKw('fromhex', kw);
    checkArgc('float.fromhex', argc - 1, 1, 1);
    const cls = argAt(args, 0);
    const s = argAt(args, 1);
    if (!isStr(s)) raise('TypeError', `must be str, not ${tname(s)}`);
    const r = newFloat(floatFromHex(strValue(s)));
    return cls === T.float ? r : callWith(cls, r);
  },
});

defGetters(Tag.FLOAT, {
  real: (o: Ref) => (typeOf(o) === T.float ? o : newFloat(floatValue(o))),
  imag: (_o: Ref) => newFloat(0),
});

