/*
 * int and bool: the constructor (int.__new__, bool.__new__), methods, dunders and the numeric builtins
 * abs(), divmod(), pow() and round(). Caller holds the GIL everywhere.
 *
 * Exact ints take the fast paths of runtime/ops.ts (binaryOp, compareOp); the dunders here exist for
 * explicit calls (`int.__add__(1, 2)`), for subclasses and for reflected dispatch. They return
 * NotImplemented for operands that are not ints, as CPython's long_* slots do.
 *
 * Small ints are odd Refs; an instance of an int SUBCLASS is a heap INT object (limbs, even for small
 * values) whose type word is the subclass. It has no __dict__ (INT has no slot for one), so such a
 * subclass cannot carry instance attributes; ops.truthy also treats any heap INT as true, so a
 * subclass instance equal to 0 is (wrongly) truthy.
 */

import { Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  NONE, TRUE, FALSE, bool, intFromBigInt, newBigInt, newFloat, floatValue, tupleFrom, tupleGet,
} from '../heap/objects.js';
import { newStr, strValue, bytesValue, newBytes } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T, typeOf, typeName, isSubtype, lookupType } from '../runtime/types.js';
import { callWith, checkArgc, noKw, parseArgs, kwCount } from '../runtime/call.js';
import {
  N, NOTIMPL, isInt, isFloat, isStr, toBig, tname, compareBasic, intBinary, binaryDunder,
  binaryOp, truthy, getIter, iterNext, reprJs, strJs,
} from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import * as num from '../runtime/numeric.js';
import { formatInt, intToDecimalString } from '../runtime/format.js';
import { parseIntLiteral } from '../runtime/number-parse.js';
import { intern } from '../heap/str.js';
import { defClassMethods, defGetters, defMethods, defModule, defStaticMethods, onAttach } from './define.js';
import { PyErr } from '../common/errors.js';

// ---------------------------------------------------------------- shared helpers (used by the other files)

export function argAt(args: number, i: number): Ref {
  return I32[args + i] as Ref;
}

/** The check of a slot wrapper (`int.__add__('a', 1)`). */
export function checkSlotSelf(self: Ref, type: Ref, mname: string): void {
  const tp = typeOf(self);
  if (tp !== type && !isSubtype(tp, type))
    raise('TypeError', `descriptor '${mname}' requires a '${typeName(type)}' object but received a '${typeName(tp)}'`);
}

/** The check of a method descriptor (`list.append(1, 2)`). */
export function checkMethodSelf(self: Ref, type: Ref, mname: string): void {
  const tp = typeOf(self);
  if (tp !== type && !isSubtype(tp, type))
    raise('TypeError', `descriptor '${mname}' for '${typeName(type)}' objects doesn't apply to a '${typeName(tp)}' object`);
}

/** PyNumber_Index as a bigint: ints and bools, else __index__ (which must return an int). */
export function asIndexBig(r: Ref): bigint {
  if (isInt(r)) return toBig(r);
  const f = lookupType(typeOf(r), N.__index__);
  if (f === NULL) raise('TypeError', `'${tname(r)}' object cannot be interpreted as an integer`);
  const v = callWith(f, r);
  if (!isInt(v)) raise('TypeError', `__index__ returned non-int (type ${tname(v)})`);
  return toBig(v);
}

/** PyNumber_AsSsize_t(r, OverflowError) for sizes and indices. */
export function asIndexNumber(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const v = asIndexBig(r);
  if (v > 9223372036854775807n || v < -9223372036854775808n)
    raise('OverflowError', `Python int too large to convert to C ssize_t`);
  return Number(v);
}

/** Whether r is an exact int (small or heap, not bool, not a subclass). */
export function isExactInt(r: Ref): boolean {
  return (r & 1) === 1 || typeOf(r) === T.int;
}

/** A heap INT of type `cls` (an int subclass) holding v. */
export function newIntOfType(v: bigint, cls: Ref): Ref {
  return cls === T.int ? intFromBigInt(v) : newBigInt(v, cls);
}

/** A plain int equal to an int-like r (bool and subclass instances become exact ints). */
export function exactInt(r: Ref): Ref {
  if ((r & 1) === 1) return r;
  if (typeOf(r) === T.int) return r;
  return intFromBigInt(toBig(r));
}

// ---------------------------------------------------------------- int()

function bytesText(b: Ref): string {
  let s = '';
  for (const c of bytesValue(b)) s += String.fromCharCode(c);
  return s;
}

function bytesReprJs(b: Ref): string {
  return reprJs(b);
}

function parseIntFromBytes(b: Ref, base: number | bigint): bigint {
  try {
    return parseIntLiteral(bytesText(b), base);
  } catch (e) {
    if (e instanceof PyErr && e.pyMsg.startsWith('invalid literal'))
      throw new PyErr('ValueError', `invalid literal for int() with base ${Number(base)}: ${bytesReprJs(b)}`);
    throw e;
  }
}

function isBytesLike(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.BYTES;
}

/** int(x) for one argument (PyNumber_Long): an exact int Ref. */
export function intFromObject(x: Ref): Ref {
  if (isInt(x)) return exactInt(x);
  if (isFloat(x)) return intFromBigInt(num.floatToInt(floatValue(x)));
  const tp = typeOf(x);
  const fi = lookupType(tp, N.__int__);
  if (fi !== NULL && fi !== NONE) {
    const v = callWith(fi, x);
    if (!isInt(v)) raise('TypeError', `__int__ returned non-int (type ${tname(v)})`);
    return exactInt(v);
  }
  const fx = lookupType(tp, N.__index__);
  if (fx !== NULL && fx !== NONE) {
    const v = callWith(fx, x);
    if (!isInt(v)) raise('TypeError', `__index__ returned non-int (type ${tname(v)})`);
    return exactInt(v);
  }
  const ft = lookupType(tp, S.__trunc__);
  if (ft !== NULL && ft !== NONE) {
    const v = callWith(ft, x);
    if (isInt(v)) return exactInt(v);
    const m = root(v);
    try {
      if (lookupType(typeOf(v), N.__index__) === NULL)
        raise('TypeError', `__trunc__ returned non-Integral (type ${tname(v)})`);
      return intFromBigInt(asIndexBig(v));
    } finally {
      unroot(m);
    }
  }
  if (isStr(x)) return intFromBigInt(parseIntLiteral(strValue(x), 10));
  if (isBytesLike(x)) return intFromBigInt(parseIntFromBytes(x, 10));
  raise('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${tname(x)}'`);
}

const S = { __trunc__: NULL as Ref, __floor__: NULL as Ref, __ceil__: NULL as Ref, __divmod__: NULL as Ref, __rdivmod__: NULL as Ref };

function intNew(args: number, argc: number, kw: Ref): Ref {
  const cls = argAt(args, 0);
  const nkw = kwCount(kw);
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kw, k));
    if (name !== 'base') raise('TypeError', `'${name}' is an invalid keyword argument for int()`);
  }
  const [x, base] = parseArgs('int', args + 1, argc - 1, kw, ['x', '/', 'base']);
  let v: Ref;
  if (x === NULL) {
    if (base !== NULL) raise('TypeError', 'int() missing string argument');
    v = mkSmall(0);
  } else if (base === NULL) {
    v = intFromObject(x);
  } else {
    const b = asIndexBig(base);
    if (isStr(x)) v = intFromBigInt(parseIntLiteral(strValue(x), b));
    else if (isBytesLike(x)) v = intFromBigInt(parseIntFromBytes(x, b));
    else raise('TypeError', "int() can't convert non-string with explicit base");
  }
  if (cls === T.int) return v;
  if (!isSubtype(cls, T.int)) raise('TypeError', `int.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of int`);
  return newIntOfType(toBig(v), cls);
}

function boolNew(args: number, argc: number, kw: Ref): Ref {
  noKw('bool', kw);
  const cls = argAt(args, 0);
  if (cls !== T.bool) raise('TypeError', `bool.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of bool`);
  if (argc - 1 > 1) raise('TypeError', `bool expected at most 1 argument, got ${argc - 1}`);
  if (argc === 1) return FALSE;
  return bool(truthy(argAt(args, 1)));
}

// ---------------------------------------------------------------- arithmetic dunders

const enum B {
  ADD = 0, AND = 1, FLOORDIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6, OR = 7, POW = 8, RSHIFT = 9,
  SUB = 10, TRUEDIV = 11, XOR = 12,
}

/** x <op> y for two ints with CPython's errors (shifts and ** through numeric.ts). */
export function intOp(x: bigint, y: bigint, op: number): Ref {
  switch (op) {
    case B.POW: {
      const r = num.intPow(x, y);
      return typeof r === 'bigint' ? intFromBigInt(r) : newFloat(r);
    }
    case B.LSHIFT:
      return intFromBigInt(num.lshift(x, y));
    case B.RSHIFT:
      return intFromBigInt(num.rshift(x, y));
    case B.MATMUL:
      return NOTIMPL;
  }
  return intBinary(x, y, op);
}

function intDunder(name: string, op: number, reflected: boolean) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.int, name);
    const other = argAt(args, 1);
    if (!isInt(other)) return NOTIMPL;
    return reflected ? intOp(toBig(other), toBig(self), op) : intOp(toBig(self), toBig(other), op);
  };
}

function boolDunder(name: string, op: number) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.bool, name);
    const other = argAt(args, 1);
    if (typeOf(other) === T.bool) {
      const a = self === TRUE;
      const b = other === TRUE;
      return bool(op === B.AND ? a && b : op === B.OR ? a || b : a !== b);
    }
    if (!isInt(other)) return NOTIMPL;
    return intOp(toBig(self), toBig(other), op);
  };
}

function intPowDunder(reflected: boolean) {
  const name = reflected ? '__rpow__' : '__pow__';
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 2);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.int, name);
    const other = argAt(args, 1);
    const m = argc > 2 ? argAt(args, 2) : NONE;
    if (!isInt(other)) return NOTIMPL;
    const [a, b] = reflected ? [toBig(other), toBig(self)] : [toBig(self), toBig(other)];
    if (m === NONE) return intOp(a, b, B.POW);
    if (!isInt(m)) return NOTIMPL;
    return intFromBigInt(num.intPowMod(a, b, toBig(m)));
  };
}

function intDivmodDunder(reflected: boolean) {
  const name = reflected ? '__rdivmod__' : '__divmod__';
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.int, name);
    const other = argAt(args, 1);
    if (!isInt(other)) return NOTIMPL;
    const [a, b] = reflected ? [toBig(other), toBig(self)] : [toBig(self), toBig(other)];
    const [q, r] = num.divmod(a, b);
    return tupleFrom([intFromBigInt(q), intFromBigInt(r)]);
  };
}

const CMP = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

function intCompare(name: string, op: number) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.int, name);
    const other = argAt(args, 1);
    if (!isInt(other)) return NOTIMPL;
    return compareBasic(self, other, op);
  };
}

function intUnary(name: string, f: (v: bigint, self: Ref) => Ref) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    const self = argAt(args, 0);
    checkSlotSelf(self, T.int, name);
    if (argc !== 1) raise('TypeError', `int.${name}() takes no arguments (${argc - 1} given)`);
    return f(toBig(self), self);
  };
}

function intMethod0(name: string, f: (v: bigint, self: Ref) => Ref) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(name, kw);
    const self = argAt(args, 0);
    checkMethodSelf(self, T.int, name);
    if (argc !== 1) raise('TypeError', `int.${name}() takes no arguments (${argc - 1} given)`);
    return f(toBig(self), self);
  };
}

const intMethods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {};
const OPS: [string, number][] = [
  ['add', B.ADD], ['sub', B.SUB], ['mul', B.MUL], ['truediv', B.TRUEDIV], ['floordiv', B.FLOORDIV],
  ['mod', B.MOD], ['lshift', B.LSHIFT], ['rshift', B.RSHIFT], ['and', B.AND], ['or', B.OR], ['xor', B.XOR],
];
for (const [n, op] of OPS) {
  intMethods[`__${n}__`] = intDunder(`__${n}__`, op, false);
  intMethods[`__r${n}__`] = intDunder(`__r${n}__`, op, true);
}
intMethods.__pow__ = intPowDunder(false);
intMethods.__rpow__ = intPowDunder(true);
intMethods.__divmod__ = intDivmodDunder(false);
intMethods.__rdivmod__ = intDivmodDunder(true);
CMP.forEach((n, op) => (intMethods[n] = intCompare(n, op)));

Object.assign(intMethods, {
  __neg__: intUnary('__neg__', (v) => intFromBigInt(-v)),
  __pos__: intUnary('__pos__', (v) => intFromBigInt(v)),
  __abs__: intUnary('__abs__', (v) => intFromBigInt(v < 0n ? -v : v)),
  __invert__: intUnary('__invert__', (v) => intFromBigInt(~v)),
  __bool__: intUnary('__bool__', (v) => bool(v !== 0n)),
  __int__: intUnary('__int__', (_v, s) => exactInt(s)),
  __index__: intUnary('__index__', (_v, s) => exactInt(s)),
  __float__: intUnary('__float__', (v) => newFloat(num.intToFloat(v))),
  __hash__: intUnary('__hash__', (v) => intFromBigInt(num.hashInt(v))),
  __repr__: intUnary('__repr__', (v) => newStr(intToDecimalString(v))),
  __trunc__: intMethod0('__trunc__', (_v, s) => exactInt(s)),
  __floor__: intMethod0('__floor__', (_v, s) => exactInt(s)),
  __ceil__: intMethod0('__ceil__', (_v, s) => exactInt(s)),
  __getnewargs__: intMethod0('__getnewargs__', (_v, s) => tupleFrom([exactInt(s)])),
  conjugate: intMethod0('conjugate', (_v, s) => exactInt(s)),
  bit_length: intMethod0('bit_length', (v) => mkSmall(num.bitLength(v))),
  bit_count: intMethod0('bit_count', (v) => mkSmall(num.bitCount(v))),
  as_integer_ratio: intMethod0('as_integer_ratio', (_v, s) => tupleFrom([exactInt(s), mkSmall(1)])),
  __round__: (args: number, argc: number, kw: Ref): Ref => {
    noKw('__round__', kw);
    const self = argAt(args, 0);
    checkMethodSelf(self, T.int, '__round__');
    if (argc > 2) raise('TypeError', `__round__ expected at most 1 argument, got ${argc - 1}`);
    if (argc === 1 || argAt(args, 1) === NONE) return exactInt(self);
    return intFromBigInt(num.roundInt(toBig(self), asIndexBig(argAt(args, 1))));
  },
  __format__: (args: number, argc: number, kw: Ref): Ref => {
    noKw('__format__', kw);
    const self = argAt(args, 0);
    checkMethodSelf(self, T.int, '__format__');
    if (argc !== 2) raise('TypeError', `__format__() takes exactly one argument (${argc - 1} given)`);
    const spec = argAt(args, 1);
    if (!isStr(spec)) raise('TypeError', `__format__() argument must be str, not ${tname(spec)}`);
    const s = strValue(spec);
    if (s === '') return newStr(strJs(self));
    return newStr(formatInt(toBig(self), s, typeName(typeOf(self))));
  },
  to_bytes: (args: number, argc: number, kw: Ref): Ref => {
    const self = argAt(args, 0);
    checkMethodSelf(self, T.int, 'to_bytes');
    const [lengthR, orderR, signedR] = parseArgs('to_bytes', args + 1, argc - 1, kw, ['length', 'byteorder', '*', 'signed']);
    const length = lengthR === NULL ? 1 : asIndexNumber(lengthR);
    const little = byteOrder(orderR);
    const signed = signedR !== NULL && truthy(signedR);
    if (length < 0) raise('ValueError', 'length argument must be non-negative');
    let v = toBig(self);
    if (v < 0n && !signed) raise('OverflowError', "can't convert negative int to unsigned");
    const bits = BigInt(length * 8);
    if (signed) {
      if (length === 0 ? v !== 0n : v >= 1n << (bits - 1n) || v < -(1n << (bits - 1n))) raise('OverflowError', 'int too big to convert');
      if (v < 0n) v += 1n << bits;
    } else if (v >= 1n << bits) raise('OverflowError', 'int too big to convert');
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      out[little ? i : length - 1 - i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return newBytes(out);
  },
});

function byteOrder(r: Ref): boolean {
  if (r === NULL) return false;
  if (!isStr(r)) raise('TypeError', `to_bytes() argument 'byteorder' must be str, not ${tname(r)}`);
  const s = strValue(r);
  if (s === 'little') return true;
  if (s === 'big') return false;
  raise('ValueError', "byteorder must be either 'little' or 'big'");
}

function fromBytes(args: number, argc: number, kw: Ref): Ref {
  const cls = argAt(args, 0);
  const [bytesR, orderR, signedR] = parseArgs('from_bytes', args + 1, argc - 1, kw, ['bytes', 'byteorder', '*', 'signed'], 1);
  const little = byteOrder(orderR);
  const signed = signedR !== NULL && truthy(signedR);
  let data: number[];
  if (isBytesLike(bytesR)) data = [...bytesValue(bytesR)];
  else {
    if (isStr(bytesR) || isInt(bytesR) || isFloat(bytesR))
      raise('TypeError', `cannot convert '${tname(bytesR)}' object to bytes`);
    data = [];
    const it = getIter(bytesR);
    const m = root(it);
    try {
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) {
        if (!isInt(x)) raise('TypeError', `'${tname(x)}' object cannot be interpreted as an integer`);
        const b = toBig(x);
        if (b < 0n || b > 255n) raise('ValueError', 'bytes must be in range(0, 256)');
        data.push(Number(b));
      }
    } finally {
      unroot(m);
    }
  }
  let v = 0n;
  const n = data.length;
  for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(data[little ? n - 1 - i : i]);
  if (signed && n > 0 && (data[little ? n - 1 : 0] & 0x80) !== 0) v -= 1n << BigInt(8 * n);
  const r = intFromBigInt(v);
  if (cls === T.int) return r;
  return callWith(cls, r);
}

defStaticMethods('int', { __new__: intNew });
defMethods('int', intMethods);
defClassMethods('int', { from_bytes: fromBytes });

const intGetters = {
  real: (o: Ref) => exactInt(o),
  imag: (_o: Ref) => mkSmall(0),
  numerator: (o: Ref) => exactInt(o),
  denominator: (_o: Ref) => mkSmall(1),
};
defGetters(Tag.INT, intGetters);
defGetters(Tag.BOOL, intGetters);

// ---------------------------------------------------------------- bool

defStaticMethods('bool', { __new__: boolNew });
defMethods('bool', {
  __repr__: (args: number, argc: number, kw: Ref): Ref => {
    noKw('__repr__', kw);
    void argc;
    const self = argAt(args, 0);
    checkSlotSelf(self, T.bool, '__repr__');
    return newStr(self === TRUE ? 'True' : 'False');
  },
  __and__: boolDunder('__and__', B.AND),
  __rand__: boolDunder('__rand__', B.AND),
  __or__: boolDunder('__or__', B.OR),
  __ror__: boolDunder('__ror__', B.OR),
  __xor__: boolDunder('__xor__', B.XOR),
  __rxor__: boolDunder('__rxor__', B.XOR),
});

// ---------------------------------------------------------------- the numeric builtins

function isNumber(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const t = I32[r >> 2] & 0xff;
  return (t === Tag.INT || t === Tag.BOOL || t === Tag.FLOAT) && (typeOf(r) === T.int || typeOf(r) === T.bool || typeOf(r) === T.float);
}

function builtinAbs(args: number, argc: number, kw: Ref): Ref {
  noKw('abs', kw);
  checkArgc('abs', argc, 1, 1);
  const x = argAt(args, 0);
  if ((x & 1) === 1) {
    const v = x >> 1;
    return v < 0 ? intFromBigInt(BigInt(-v)) : x;
  }
  if (isNumber(x)) {
    if (isFloat(x)) return newFloat(Math.abs(floatValue(x)));
    const v = toBig(x);
    return intFromBigInt(v < 0n ? -v : v);
  }
  const f = lookupType(typeOf(x), N.__abs__);
  if (f === NULL) raise('TypeError', `bad operand type for abs(): '${tname(x)}'`);
  return callWith(f, x);
}

/** divmod(a, b) for two numbers (exact types), or NULL. */
function numberDivmod(a: Ref, b: Ref): Ref {
  if (!isNumber(a) || !isNumber(b)) return NULL;
  if (isFloat(a) || isFloat(b)) {
    const x = floatOf(a);
    const y = floatOf(b);
    const [q, r] = num.floatDivmod(x, y);
    return tupleFrom([newFloat(q), newFloat(r)]);
  }
  const [q, r] = num.divmod(toBig(a), toBig(b));
  return tupleFrom([intFromBigInt(q), intFromBigInt(r)]);
}

function floatOf(r: Ref): number {
  return isFloat(r) ? floatValue(r) : num.intToFloat(toBig(r));
}

function builtinDivmod(args: number, argc: number, kw: Ref): Ref {
  noKw('divmod', kw);
  checkArgc('divmod', argc, 2, 2);
  const a = argAt(args, 0);
  const b = argAt(args, 1);
  const r = numberDivmod(a, b);
  if (r !== NULL) return r;
  const d = binaryDunder(a, b, S.__divmod__, S.__rdivmod__);
  if (d !== NOTIMPL) return d;
  raise('TypeError', `unsupported operand type(s) for divmod(): '${tname(a)}' and '${tname(b)}'`);
}

function builtinPow(args: number, argc: number, kw: Ref): Ref {
  const [base, exp, mod] = parseArgs('pow', args, argc, kw, ['base', 'exp', 'mod'], 2);
  if (mod === NULL || mod === NONE) return binaryOp(base, exp, B.POW);
  if (isInt(base) && isInt(exp) && isInt(mod) && isNumber(base) && isNumber(exp) && isNumber(mod))
    return intFromBigInt(num.intPowMod(toBig(base), toBig(exp), toBig(mod)));
  // Ternary dispatch (ternary_op): base's __pow__, then exp's __rpow__ is not tried with a modulus in CPython.
  if (isNumber(base) && isNumber(exp) && isNumber(mod))
    raise('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
  const f = lookupType(typeOf(base), N.__pow__);
  if (f !== NULL) {
    const r = callWith(f, base, exp, mod);
    if (r !== NOTIMPL) return r;
  }
  raise('TypeError', `unsupported operand type(s) for ** or pow(): '${tname(base)}', '${tname(exp)}', '${tname(mod)}'`);
}

function builtinRound(args: number, argc: number, kw: Ref): Ref {
  const [x, nd] = parseArgs('round', args, argc, kw, ['number', 'ndigits'], 1);
  if ((x & 1) === 1 && (nd === NULL || nd === NONE)) return x;
  const f = lookupType(typeOf(x), N.__round__);
  if (f === NULL) raise('TypeError', `type ${tname(x)} doesn't define __round__ method`);
  if (nd === NULL || nd === NONE) return callWith(f, x);
  return callWith(f, x, nd);
}

defModule('builtins', { abs: builtinAbs, divmod: builtinDivmod, pow: builtinPow, round: builtinRound });

/** Interned names (per worker: intern() is idempotent on the shared intern table). */
onAttach(function initIntNames(): void {
  S.__trunc__ = intern('__trunc__');
  S.__floor__ = intern('__floor__');
  S.__ceil__ = intern('__ceil__');
  S.__divmod__ = intern('__divmod__');
  S.__rdivmod__ = intern('__rdivmod__');
});

