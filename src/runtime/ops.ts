/*
 * The object protocol: truth, arithmetic, comparison, hashing, attributes, items, iteration.
 * Exact builtin types take direct paths here; anything else dispatches on dunder methods found along
 * the MRO, as CPython's abstract.c / object.c / typeobject.c do. Caller holds the GIL everywhere.
 * Values held across a call into Python must be on a value stack or rooted (thread-state.ts).
 */

import {
  F_VALUE, FN_DICT, H_AUX, H_TYPE, INST_DICT, M_FUNC, M_SELF, IT_A, IT_B, IT_POS, IT_SRC, ITER_WORDS, IterKind, L_DICT,
  MOD_DICT, NONE_REF, NOTIMPL_REF, R_LEN, R_START, R_STEP, R_STOP, S_DATA, Tag, TRUE_REF, FALSE_REF,
  B_SELF, P_FGET, P_FSET, P_FDEL, GEN_NAME, TH_CUREXC,
} from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { F64, I32, U16, U8 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  NONE, bool, intFromBigInt, intFromNumber, bigIntValue, newFloat, floatValue, tupleFrom,
  tupleLen, tupleGet, listLen, listGet, listItemsWord, newMethod, listSet,
  intToSafeNumber,
} from '../heap/objects.js';
import {
  newStr, strValue, strHash, strEq, strUnits, strFlags, bytesLen, bytesHash, intern,
} from '../heap/str.js';
import {
  dictGet, dictGetStr, dictSet, dictSetStr, dictDel, dictLen, dictNext, dictKeyAt, dictValueAt, newDict,
  D_INST_DICT,
} from '../heap/dict.js';
import { SET_HASH, setContains, setLen, setNext, setKeyAt } from '../heap/set.js';
import { STR_ASTRAL, S_FLAGS, STR_SPECIAL_ATTR, STR_INTERNED } from '../heap/layout.js';
import { raise, throwExc, toException, PY_THROWN, EX_DICT, isPyException } from './exceptions.js';
import {
  T, lookupType, typeOf, typeName, isSubtype, typeFlags, TF_HAS_GETATTR, TF_HEAPTYPE, TY_DICT, bumpTypeEpoch, bumpNameEpoch, TYPES, TY_QUALNAME,
} from './types.js';
import { callWith } from './call.js';
import { TS, root, unroot } from './thread-state.js';
import * as num from './numeric.js';
import { floatRepr, intToDecimalString } from './format.js';
import { BINARY_OPS } from '../bytecode/opcodes.js';

export const NOTIMPL = NOTIMPL_REF as Ref;

// ---------------------------------------------------------------- interned dunder names

export const N: Record<string, Ref> = {};
const NAME_LIST = [
  '__add__', '__radd__', '__iadd__', '__sub__', '__rsub__', '__isub__', '__mul__', '__rmul__', '__imul__',
  '__truediv__', '__rtruediv__', '__itruediv__', '__floordiv__', '__rfloordiv__', '__ifloordiv__', '__mod__',
  '__rmod__', '__imod__', '__pow__', '__rpow__', '__ipow__', '__lshift__', '__rlshift__', '__ilshift__',
  '__rshift__', '__rrshift__', '__irshift__', '__and__', '__rand__', '__iand__', '__or__', '__ror__', '__ior__',
  '__xor__', '__rxor__', '__ixor__', '__matmul__', '__rmatmul__', '__imatmul__', '__neg__', '__pos__',
  '__invert__', '__abs__', '__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__', '__hash__', '__bool__',
  '__len__', '__repr__', '__str__', '__iter__', '__next__', '__getitem__', '__setitem__', '__delitem__',
  '__contains__', '__getattr__', '__getattribute__', '__setattr__', '__delattr__', '__get__', '__set__',
  '__delete__', '__call__', '__init__', '__new__', '__enter__', '__exit__', '__index__', '__int__', '__float__',
  '__format__', '__class__', '__dict__', '__name__', '__qualname__', '__module__', '__doc__', '__missing__',
  '__reversed__', '__round__', '__await__', '__aiter__', '__anext__', '__aenter__', '__aexit__',
  '__init_subclass__', '__set_name__', '__class_getitem__', '__mro__', '__bases__', '__base__', '__slots__',
  '__annotations__', '__wrapped__', '__defaults__', '__kwdefaults__', '__code__', '__globals__', '__closure__',
  '__self__', '__func__', '__traceback__', '__cause__', '__context__', '__suppress_context__', 'args', 'value',
  'code', 'start', 'stop', 'step', 'fget', 'fset', 'fdel', 'real', 'imag', 'numerator', 'denominator',
  '__builtins__', '__file__', '__classcell__', '__length_hint__', '__sizeof__', '__subclasses__', 'mro',
  '__abstractmethods__', 'errno', 'strerror', 'filename', 'name', 'obj', 'gi_frame', 'gi_running', 'gi_code',
  'keys', 'send', 'throw', 'close', 'items', 'values', 'get', 'write', 'flush', 'append',
  '__all__', '__spec__', '__package__', '__loader__', '__path__', '__text_signature__', '__isabstractmethod__',
];
export function initNames(): void {
  for (const n of NAME_LIST) N[n] = intern(n);
  for (let i = 0; i < BIN_NAMES.length; i++) for (let k = 0; k < 3; k++) BIN_REFS[i * 3 + k] = N[BIN_NAMES[i][k]];
}

// ---------------------------------------------------------------- small helpers

export function tagOf(r: Ref): number {
  return (r & 1) === 1 ? Tag.INT : I32[r >> 2] & 0xff;
}

export function isInt(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const t = I32[r >> 2] & 0xff;
  return t === Tag.INT || t === Tag.BOOL;
}
export function isStr(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.STR;
}
export function isFloat(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.FLOAT;
}

/** The bigint value of an int or bool. */
export function toBig(r: Ref): bigint {
  if ((r & 1) === 1) return BigInt(r >> 1);
  const t = I32[r >> 2] & 0xff;
  if (t === Tag.BOOL) return BigInt(I32[(r >> 2) + H_AUX]);
  return bigIntValue(r);
}

/** A JS number for an int that must fit a machine index (e.g. list index); OverflowError otherwise. */
export function toIndexNumber(r: Ref, what = 'int'): number {
  if ((r & 1) === 1) return r >> 1;
  const t = I32[r >> 2] & 0xff;
  if (t === Tag.BOOL) return I32[(r >> 2) + H_AUX];
  if (t === Tag.INT) {
    const v = bigIntValue(r);
    if (v > 9007199254740991n || v < -9007199254740991n)
      raise('IndexError', `cannot fit 'int' into an index-sized integer`);
    return Number(v);
  }
  const idx = lookupType(typeOf(r), N.__index__);
  if (idx !== NULL) return toIndexNumber(callWith(idx, r), what);
  raise('TypeError', `'${typeName(typeOf(r))}' object cannot be interpreted as an integer`);
}

export function toFloatValue(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const t = I32[r >> 2] & 0xff;
  if (t === Tag.FLOAT) return F64[(r >> 3) + (F_VALUE >> 1)];
  if (t === Tag.BOOL) return I32[(r >> 2) + H_AUX];
  if (t === Tag.INT) return num.intToFloat(bigIntValue(r));
  const f = lookupType(typeOf(r), N.__float__);
  if (f !== NULL) return toFloatValue(callWith(f, r));
  const ix = lookupType(typeOf(r), N.__index__);
  if (ix !== NULL) return toFloatValue(callWith(ix, r));
  raise('TypeError', `must be real number, not ${typeName(typeOf(r))}`);
}

export function tname(r: Ref): string {
  return typeName(typeOf(r));
}

export function pyStr(s: string): Ref {
  return newStr(s);
}

// ---------------------------------------------------------------- truth

export function truthy(r: Ref): boolean {
  if (r === TRUE_REF) return true;
  if (r === FALSE_REF || r === NONE_REF) return false;
  if ((r & 1) === 1) return r !== 1;
  const w = r >> 2;
  const tp = I32[w + H_TYPE] as Ref;
  switch (I32[w] & 0xff) {
    case Tag.STR:
    case Tag.BYTES:
    case Tag.TUPLE:
      if (tp === T.str || tp === T.bytes || tp === T.tuple) return I32[w + H_AUX] !== 0;
      break;
    case Tag.LIST:
      if (tp === T.list) return I32[w + H_AUX] !== 0;
      break;
    case Tag.DICT:
      if (tp === T.dict) return dictLen(r) !== 0;
      break;
    case Tag.SET:
      if (tp === T.set || tp === T.frozenset) return setLen(r) !== 0;
      break;
    case Tag.FLOAT:
      return F64[(r >> 3) + 2] !== 0;
    case Tag.INT:
      if (tp === T.int) return true; // a heap int of exact type is never 0
      break;
    case Tag.RANGE:
      return toBig(I32[w + R_LEN] as Ref) !== 0n;
    case Tag.FUNCTION:
    case Tag.BUILTIN:
    case Tag.TYPE:
    case Tag.MODULE:
    case Tag.METHOD:
      return true;
  }
  const b = lookupType(tp, N.__bool__);
  if (b !== NULL) {
    const v = callWith(b, r);
    if (v === TRUE_REF) return true;
    if (v === FALSE_REF) return false;
    raise('TypeError', `__bool__ should return bool, returned ${tname(v)}`);
  }
  const l = lookupType(tp, N.__len__);
  if (l !== NULL) return lenOf(r) !== 0;
  return true;
}

// ---------------------------------------------------------------- len

export function lenOf(r: Ref): number {
  if ((r & 1) === 0) {
    const w = r >> 2;
    const tp = I32[w + H_TYPE] as Ref;
    switch (I32[w] & 0xff) {
      case Tag.STR:
        if (tp === T.str) return (I32[w + 5] & STR_ASTRAL) === 0 ? I32[w + H_AUX] : [...strValue(r)].length;
        break;
      case Tag.BYTES:
      case Tag.TUPLE:
        if (tp === T.bytes || tp === T.tuple) return I32[w + H_AUX];
        break;
      case Tag.LIST:
        if (tp === T.list) return I32[w + H_AUX];
        break;
      case Tag.DICT:
        if (tp === T.dict) return dictLen(r);
        break;
      case Tag.SET:
        if (tp === T.set || tp === T.frozenset) return setLen(r);
        break;
    }
  }
  const f = lookupType(typeOf(r), N.__len__);
  if (f === NULL) raise('TypeError', `object of type '${tname(r)}' has no len()`);
  const v = callWith(f, r);
  if (!isInt(v)) raise('TypeError', `'${tname(v)}' object cannot be interpreted as an integer`);
  const n = toBig(v);
  if (n < 0n) raise('ValueError', '__len__() should return >= 0');
  return Number(n);
}

// ---------------------------------------------------------------- numbers

const enum B {
  ADD = 0, AND = 1, FLOORDIV = 2, LSHIFT = 3, MATMUL = 4, MUL = 5, MOD = 6, OR = 7, POW = 8, RSHIFT = 9,
  SUB = 10, TRUEDIV = 11, XOR = 12,
}

function isNumeric(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const t = I32[r >> 2] & 0xff;
  return t === Tag.INT || t === Tag.BOOL || t === Tag.FLOAT;
}

/** Arithmetic on ints/bools/floats (op in 0..12). Returns NOTIMPL for @ and unsupported mixes. */
export function numericBinary(a: Ref, b: Ref, op: number): Ref {
  if ((op === B.AND || op === B.OR || op === B.XOR) && tagOf(a) === Tag.BOOL && tagOf(b) === Tag.BOOL) {
    const x = a === TRUE_REF;
    const y = b === TRUE_REF;
    return bool(op === B.AND ? x && y : op === B.OR ? x || y : x !== y);
  }
  const fa = isFloat(a);
  const fb = isFloat(b);
  if (!fa && !fb) {
    // Medium ints (safe JS integers) without bigints when the result stays safe.
    if (tagOf(a) !== Tag.BOOL && tagOf(b) !== Tag.BOOL) {
      const x = intToSafeNumber(a);
      const y = intToSafeNumber(b);
      if (x === x && y === y) {
        let r = NaN;
        if (op === B.ADD) r = x + y;
        else if (op === B.SUB) r = x - y;
        else if (op === B.MUL) r = x * y;
        else if (op === B.FLOORDIV && y !== 0 && Math.abs(x) < 2 ** 52) {
          // floor of the rounded quotient, corrected with the exact remainder
          r = Math.floor(x / y);
          let m = x - r * y;
          while (y > 0 ? m < 0 : m > 0) {
            r--;
            m += y;
          }
          while (y > 0 ? m >= y : m <= y) {
            r++;
            m -= y;
          }
        }
        else if (op === B.MOD && y !== 0) {
          r = x % y;
          if (r !== 0 && (r < 0) !== (y < 0)) r += y;
        }
        if (Number.isSafeInteger(r)) return intFromNumber(r);
      }
    }
    return intBinary(toBig(a), toBig(b), op);
  }
  const x = toFloatValue(a);
  const y = toFloatValue(b);
  switch (op) {
    case B.ADD: return newFloat(x + y);
    case B.SUB: return newFloat(x - y);
    case B.MUL: return newFloat(x * y);
    case B.TRUEDIV:
      if (y === 0) raise('ZeroDivisionError', 'float division by zero');
      return newFloat(x / y);
    case B.FLOORDIV:
      if (y === 0) raise('ZeroDivisionError', 'float floor division by zero');
      return newFloat(num.floatFloorDiv(x, y));
    case B.MOD:
      if (y === 0) raise('ZeroDivisionError', 'float modulo');
      return newFloat(num.floatMod(x, y));
    case B.POW:
      return newFloat(floatPow(x, y));
  }
  return NOTIMPL;
}

/** float ** float with CPython's special cases and correctly rounded results (numeric.ts). */
export function floatPow(x: number, y: number): number {
  return num.floatPow(x, y);
}

export function intBinary(x: bigint, y: bigint, op: number): Ref {
  switch (op) {
    case B.ADD: return intFromBigInt(x + y);
    case B.SUB: return intFromBigInt(x - y);
    case B.MUL: return intFromBigInt(x * y);
    case B.TRUEDIV:
      if (y === 0n) raise('ZeroDivisionError', 'division by zero');
      return newFloat(num.intTrueDiv(x, y));
    case B.FLOORDIV:
      if (y === 0n) raise('ZeroDivisionError', 'integer division or modulo by zero');
      return intFromBigInt(num.floorDiv(x, y));
    case B.MOD:
      if (y === 0n) raise('ZeroDivisionError', 'integer modulo by zero');
      return intFromBigInt(num.mod(x, y));
    case B.POW: {
      const r = num.intPow(x, y);
      return typeof r === 'bigint' ? intFromBigInt(r) : newFloat(r);
    }
    case B.LSHIFT:
      return intFromBigInt(num.lshift(x, y));
    case B.RSHIFT:
      if (y < 0n) raise('ValueError', 'negative shift count');
      return intFromBigInt(x >> y);
    case B.AND: return intFromBigInt(x & y);
    case B.OR: return intFromBigInt(x | y);
    case B.XOR: return intFromBigInt(x ^ y);
  }
  return NOTIMPL;
}

/** Small-int fast path used by the eval loop: both refs odd. Returns NULL when the result needs the
 *  general path (overflow of 31 bits, true division, negative shifts...). */
export function smallBinary(a: number, b: number, op: number): Ref {
  switch (op) {
    case B.ADD: case B.ADD + 13: { const r = a + b; return r >= -0x40000000 && r <= 0x3fffffff ? mkSmall(r) : NULL; }
    case B.SUB: case B.SUB + 13: { const r = a - b; return r >= -0x40000000 && r <= 0x3fffffff ? mkSmall(r) : NULL; }
    case B.MUL: case B.MUL + 13: { const r = a * b; return r >= -0x40000000 && r <= 0x3fffffff ? mkSmall(r) : NULL; }
    case B.FLOORDIV: case B.FLOORDIV + 13:
      if (b === 0) return NULL;
      { const r = Math.floor(a / b); return r >= -0x40000000 && r <= 0x3fffffff ? mkSmall(r) : NULL; }
    case B.MOD: case B.MOD + 13:
      if (b === 0) return NULL;
      { let r = a % b; if (r !== 0 && (r ^ b) < 0) r += b; return mkSmall(r); }
    case B.AND: case B.AND + 13: return mkSmall(a & b);
    case B.OR: case B.OR + 13: return mkSmall(a | b);
    case B.XOR: case B.XOR + 13: return mkSmall(a ^ b);
    case B.RSHIFT: case B.RSHIFT + 13: return b >= 0 ? mkSmall(b > 31 ? (a < 0 ? -1 : 0) : a >> b) : NULL;
  }
  return NULL;
}

// ---------------------------------------------------------------- binary operators

/** The interned names of BIN_NAMES, 3 per operator (initNames). */
const BIN_REFS = new Int32Array(13 * 3);
const BIN_NAMES: string[][] = [
  ['__add__', '__radd__', '__iadd__'], ['__and__', '__rand__', '__iand__'],
  ['__floordiv__', '__rfloordiv__', '__ifloordiv__'], ['__lshift__', '__rlshift__', '__ilshift__'],
  ['__matmul__', '__rmatmul__', '__imatmul__'], ['__mul__', '__rmul__', '__imul__'],
  ['__mod__', '__rmod__', '__imod__'], ['__or__', '__ror__', '__ior__'], ['__pow__', '__rpow__', '__ipow__'],
  ['__rshift__', '__rrshift__', '__irshift__'], ['__sub__', '__rsub__', '__isub__'],
  ['__truediv__', '__rtruediv__', '__itruediv__'], ['__xor__', '__rxor__', '__ixor__'],
];

/** Builtin-type arithmetic beyond numbers (sequences, sets, str %); NULL when not applicable.
 *  Installed by builtins (they own str formatting and set algebra). */
export const binaryHooks = {
  builtin: (_a: Ref, _b: Ref, _op: number): Ref => NULL,
};

function isExactBuiltin(r: Ref): boolean {
  if ((r & 1) === 1) return true;
  const tp = I32[(r >> 2) + H_TYPE] as Ref;
  return (typeFlags(tp) & 1) === 0; // not TF_HEAPTYPE
}

/** The dunder that BINARY_OP may run in the eval loop for a <op> b: a plain Python function when a and
 *  b are instances of the same class and, for an in-place op, the class has no in-place method (so
 *  that binaryOp would call exactly it, with no reflected fallback); NULL otherwise. */
export function inlineBinaryDunder(a: Ref, b: Ref, op: number): Ref {
  const ta = typeOf(a);
  if (typeOf(b) !== ta || (typeFlags(ta) & TF_HEAPTYPE) === 0) return NULL;
  const base = op >= 13 ? op - 13 : op;
  if (op >= 13 && lookupType(ta, BIN_REFS[base * 3 + 2] as Ref) !== NULL) return NULL;
  const f = lookupType(ta, BIN_REFS[base * 3] as Ref);
  return f !== NULL && (f & 1) === 0 && (I32[f >> 2] & 0xff) === Tag.FUNCTION ? f : NULL;
}

/** a <op> b for BINARY_OP's argument op (0..25; 13.. are in-place). */
export function binaryOp(a: Ref, b: Ref, op: number): Ref {
  const inplace = op >= 13;
  const base = inplace ? op - 13 : op;
  if (isExactBuiltin(a) && isExactBuiltin(b)) {
    if (isNumeric(a) && isNumeric(b)) {
      const r = numericBinary(a, b, base);
      if (r !== NOTIMPL) return r;
    } else {
      const r = binaryHooks.builtin(a, b, op);
      if (r !== NULL && r !== NOTIMPL) return r;
    }
    return binaryError(a, b, op);
  }
  if (inplace) {
    const f = lookupType(typeOf(a), BIN_REFS[base * 3 + 2] as Ref);
    if (f !== NULL) {
      const r = callWith(f, a, b);
      if (r !== NOTIMPL) return r;
    }
  }
  const r = binaryDunder(a, b, BIN_REFS[base * 3] as Ref, BIN_REFS[base * 3 + 1] as Ref);
  if (r !== NOTIMPL) return r;
  return binaryError(a, b, op);
}

/** CPython's binary_op1: left's method, unless right's type is a subclass overriding the reflection. */
export function binaryDunder(a: Ref, b: Ref, name: Ref, rname: Ref): Ref {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const fa = lookupType(ta, name);
  let fb = ta !== tb ? lookupType(tb, rname) : NULL;
  if (fb !== NULL && fb !== lookupType(ta, rname) && isSubtype(tb, ta)) {
    const r = callWith(fb, b, a);
    if (r !== NOTIMPL) return r;
    fb = NULL;
  }
  if (fa !== NULL) {
    const r = callWith(fa, a, b);
    if (r !== NOTIMPL) return r;
  }
  if (fb !== NULL) {
    const r = callWith(fb, b, a);
    if (r !== NOTIMPL) return r;
  }
  return NOTIMPL;
}

export function binaryError(a: Ref, b: Ref, op: number): never {
  const base = op >= 13 ? op - 13 : op;
  const ta = tname(a);
  if (base === B.ADD && (ta === 'str' || ta === 'list' || ta === 'tuple' || ta === 'bytes') && !isStrLikeSame(a, b)) {
    if (ta === 'str') raise('TypeError', `can only concatenate str (not "${tname(b)}") to str`);
    if (ta === 'bytes') raise('TypeError', `can't concat ${tname(b)} to bytes`);
    raise('TypeError', `can only concatenate ${ta} (not "${tname(b)}") to ${ta}`);
  }
  if (base === B.MUL) {
    const seqA = ['str', 'list', 'tuple', 'bytes'].includes(ta);
    const seqB = ['str', 'list', 'tuple', 'bytes'].includes(tname(b));
    if (seqA && !isInt(b)) raise('TypeError', `can't multiply sequence by non-int of type '${tname(b)}'`);
    if (seqB && !isInt(a)) raise('TypeError', `can't multiply sequence by non-int of type '${ta}'`);
  }
  if (base === B.POW) raise('TypeError', `unsupported operand type(s) for ** or pow(): '${ta}' and '${tname(b)}'`);
  raise('TypeError', `unsupported operand type(s) for ${BINARY_OPS[op]}: '${ta}' and '${tname(b)}'`);
}

function isStrLikeSame(a: Ref, b: Ref): boolean {
  return typeOf(a) === typeOf(b);
}

// ---------------------------------------------------------------- unary operators

export function unaryNeg(a: Ref): Ref {
  if ((a & 1) === 1) return intFromNumber(-(a >> 1));
  if (isExactBuiltin(a)) {
    if (isFloat(a)) return newFloat(-floatValue(a));
    if (isInt(a)) return intFromBigInt(-toBig(a));
  }
  return unaryDunder(a, N.__neg__, '-');
}
export function unaryPos(a: Ref): Ref {
  if ((a & 1) === 1) return a;
  if (isExactBuiltin(a)) {
    if (isFloat(a)) return a;
    if (isInt(a)) return intFromBigInt(toBig(a));
  }
  return unaryDunder(a, N.__pos__, '+');
}
export function unaryInvert(a: Ref): Ref {
  if ((a & 1) === 1) return mkSmall(~(a >> 1));
  if (isExactBuiltin(a) && isInt(a)) return intFromBigInt(~toBig(a));
  return unaryDunder(a, N.__invert__, '~');
}
function unaryDunder(a: Ref, name: Ref, sym: string): Ref {
  const f = lookupType(typeOf(a), name);
  if (f === NULL) raise('TypeError', `bad operand type for unary ${sym}: '${tname(a)}'`);
  return callWith(f, a);
}

// ---------------------------------------------------------------- comparison

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];
const CMP_SYM = ['<', '<=', '==', '!=', '>', '>='];

function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case 0: return c < 0;
    case 1: return c <= 0;
    case 2: return c === 0;
    case 3: return c !== 0;
    case 4: return c > 0;
    default: return c >= 0;
  }
}

/** Builtin-type comparisons beyond numbers and str (sequences, sets, dicts): NULL when not applicable. */
export const compareHooks = {
  builtin: (_a: Ref, _b: Ref, _op: number): Ref => NULL,
};

/** Compares numbers/strs directly; returns NULL when the types are not both numbers or both strs. */
export function compareBasic(a: Ref, b: Ref, op: number): Ref {
  if ((a & b & 1) === 1) return bool(cmpResult((a >> 1) - (b >> 1), op));
  if (isNumeric(a) && isNumeric(b)) {
    const fa = isFloat(a);
    const fb = isFloat(b);
    if (fa && fb) {
      const x = floatValue(a);
      const y = floatValue(b);
      if (x !== x || y !== y) return bool(op === 3);
      return bool(cmpResult(x < y ? -1 : x > y ? 1 : 0, op));
    }
    if (!fa && !fb) {
      const x = toBig(a);
      const y = toBig(b);
      return bool(cmpResult(x < y ? -1 : x > y ? 1 : 0, op));
    }
    if (fa) {
      const x = floatValue(a);
      if (x !== x) return bool(op === 3);
      return bool(cmpResult(-num.compareIntFloat(toBig(b), x), op));
    }
    const y = floatValue(b);
    if (y !== y) return bool(op === 3);
    return bool(cmpResult(num.compareIntFloat(toBig(a), y), op));
  }
  if (isStr(a) && isStr(b)) {
    if (op === 2) return bool(strEq(a, b));
    if (op === 3) return bool(!strEq(a, b));
    const x = strValue(a);
    const y = strValue(b);
    return bool(cmpResult(x < y ? -1 : x > y ? 1 : 0, op));
  }
  return NULL;
}

/** a <op> b for COMPARE_OP (op 0..5: < <= == != > >=). */
export function compareOp(a: Ref, b: Ref, op: number): Ref {
  if (isExactBuiltin(a) && isExactBuiltin(b)) {
    const r = compareBasic(a, b, op);
    if (r !== NULL) return r;
    const h = compareHooks.builtin(a, b, op);
    if (h !== NULL && h !== NOTIMPL) return h;
    if (op === 2 || op === 3) {
      // bound methods are equal when they bind the same function to the same object
      const same = a === b || (tagOf(a) === Tag.METHOD && tagOf(b) === Tag.METHOD && I32[(a >> 2) + M_SELF] === I32[(b >> 2) + M_SELF] &&
        eqBool(I32[(a >> 2) + M_FUNC] as Ref, I32[(b >> 2) + M_FUNC] as Ref));
      return bool(op === 2 ? same : !same);
    }
    raise('TypeError', `'${CMP_SYM[op]}' not supported between instances of '${tname(a)}' and '${tname(b)}'`);
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  const name = intern(CMP_NAMES[op]);
  const rname = intern(CMP_NAMES[CMP_SWAP[op]]);
  let checkedReflected = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const fb = lookupType(tb, rname);
    if (fb !== NULL && fb !== lookupType(ta, rname)) {
      checkedReflected = true;
      const r = callWith(fb, b, a);
      if (r !== NOTIMPL) return r;
    }
  }
  const fa = lookupType(ta, name);
  if (fa !== NULL) {
    const r = callWith(fa, a, b);
    if (r !== NOTIMPL) return r;
  }
  if (!checkedReflected) {
    const fb = lookupType(tb, rname);
    if (fb !== NULL) {
      const r = callWith(fb, b, a);
      if (r !== NOTIMPL) return r;
    }
  }
  if (op === 2) return bool(a === b);
  if (op === 3) return bool(a !== b);
  raise('TypeError', `'${CMP_SYM[op]}' not supported between instances of '${tname(a)}' and '${tname(b)}'`);
}

/** a == b as a JS boolean (identity first, as CPython's PyObject_RichCompareBool). */
export function eqBool(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if ((a & b & 1) === 1) return false;
  if (isStr(a) && isStr(b)) return strEq(a, b);
  return truthy(compareOp(a, b, 2));
}

// ---------------------------------------------------------------- hashing

const M61 = (1n << 61n) - 1n;

/** hash(x) as CPython computes it for ints and floats (modulus 2**61 - 1), as a bigint. */
export function hashNumberBig(r: Ref): bigint {
  if (isFloat(r)) {
    const x = floatValue(r);
    if (Number.isNaN(x)) return BigInt(r >> 3);
    if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
    if (Number.isInteger(x)) return hashBigInt(BigInt(x));
    // x = m * 2**e exactly; hash = m * 2**e mod P, computed with the exact binary expansion.
    let m = Math.abs(x);
    let e = 0;
    while (!Number.isInteger(m)) {
      m *= 2;
      e--;
    }
    let h = BigInt(m) % M61;
    const inv2 = (M61 + 1n) / 2n; // 2**-1 mod P
    let p = 1n;
    let base = inv2;
    let k = -e;
    while (k > 0) {
      if (k & 1) p = (p * base) % M61;
      base = (base * base) % M61;
      k >>= 1;
    }
    h = (h * p) % M61;
    if (x < 0) h = -h;
    return h === -1n ? -2n : h;
  }
  return hashBigInt(toBig(r));
}

function hashBigInt(v: bigint): bigint {
  let h = (v < 0n ? -v : v) % M61;
  if (v < 0n) h = -h;
  return h === -1n ? -2n : h;
}

/** The Int32 our tables use for a 64-bit hash (never -1): its low 32 bits. CPython's set and dict
 *  start probing at `hash & mask` and mix the hash in 5 bits per collision, so with the low 32 bits
 *  our sets visit slots in CPython's order (and print in its order) for tables up to 2**27 slots. */
export function foldHash(h: bigint): number {
  const x = Number(BigInt.asIntN(32, h));
  return x === -1 ? -2 : x;
}

/** The high 32 bits of the last `hash64` result. */
export let hashHi = 0;

/** hash(x) as CPython computes it, a signed 64-bit value: returns its low 32 bits (Int32) and leaves
 *  the high 32 bits in `hashHi`. May call __hash__. */
export function hash64(r: Ref): number {
  if ((r & 1) === 1) {
    const v = r >> 1;
    hashHi = v < 0 ? -1 : 0;
    return v === -1 ? -2 : v;
  }
  const w = r >> 2;
  const tp = I32[w + H_TYPE] as Ref;
  switch (I32[w] & 0xff) {
    case Tag.INT:
    case Tag.FLOAT:
      if (tp === T.int || tp === T.float) return split64(hashNumberBig(r));
      break;
    case Tag.TUPLE:
      if (tp === T.tuple) return tupleHash64(r);
      break;
    case Tag.SET:
      if (tp === T.frozenset) return frozensetHash64(r);
      break;
  }
  hashOf64Hi = null;
  const lo = hashOf(r);
  if (hashOf64Hi !== null) {
    hashHi = hashOf64Hi;
    hashOf64Hi = null;
  } else hashHi = lo < 0 ? -1 : 0;
  return lo;
}

/** Set by hashOf when a __hash__ method returned an int wider than 32 bits (its high word). */
let hashOf64Hi: number | null = null;

/** Splits a 64-bit hash: low word returned, high word in hashHi. */
function split64(h: bigint): number {
  const u = BigInt.asUintN(64, h);
  hashHi = Number(BigInt.asIntN(32, u >> 32n));
  return Number(BigInt.asIntN(32, u));
}

/** The signed 64-bit value (low word `lo`, high word `hi`) as a Python int. */
export function hashInt(lo: number, hi: number): Ref {
  if ((hi === 0 && lo >= 0) || (hi === -1 && lo < 0)) return intFromNumber(lo);
  return intFromBigInt(BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo >>> 0)));
}

/** hash(x) as a Python int. */
export function hashValue(r: Ref): Ref {
  const lo = hash64(r);
  return hashInt(lo, hashHi);
}

/** hash(x) for tables: an Int32, never -1: the low 32 bits of hash(x). May call __hash__. */
export function hashOf(r: Ref): number {
  if ((r & 1) === 1) {
    const v = r >> 1;
    return v === -1 ? -2 : v;
  }
  const w = r >> 2;
  const tp = I32[w + H_TYPE] as Ref;
  switch (I32[w] & 0xff) {
    case Tag.STR:
      if (tp === T.str) return strHash(r);
      break;
    case Tag.BOOL:
      return I32[w + H_AUX];
    case Tag.INT:
    case Tag.FLOAT:
      if (tp === T.int || tp === T.float) {
        if (isFloat(r)) {
          const x = floatValue(r);
          if (Number.isInteger(x) && Math.abs(x) < 0x40000000) return x === -1 ? -2 : x;
        }
        return foldHash(hashNumberBig(r));
      }
      break;
    case Tag.BYTES:
      if (tp === T.bytes) return bytesHash(r);
      break;
    case Tag.TUPLE:
      if (tp === T.tuple) return tupleHash(r);
      break;
    case Tag.NONE:
      return 0x5ca1ab1e >> 3;
    case Tag.METHOD: {
      // CPython: hash(self) by identity, mixed with the function's hash
      const h = objectHash.of(I32[(r >> 2) + M_SELF] as Ref) ^ hashOf(I32[(r >> 2) + M_FUNC] as Ref);
      return h === -1 ? -2 : h;
    }
  }
  const f = lookupType(tp, N.__hash__);
  if (f === NULL || f === NONE) raise('TypeError', `unhashable type: '${typeName(tp)}'`);
  if (f === objectHash.ref) {
    // object.__hash__ without a Python call
    hashOf64Hi = Math.floor(objectHash.full(r) / 0x100000000) | 0;
    return objectHash.of(r);
  }
  const v = callWith(f, r);
  if (!isInt(v)) raise('TypeError', '__hash__ method should return an integer');
  if ((v & 1) === 1) {
    const h = v >> 1;
    return h === -1 ? -2 : h;
  }
  // CPython: a result outside the 64-bit range is hashed again as an int; -1 becomes -2.
  let b = toBig(v);
  if (b !== BigInt.asIntN(64, b)) b = hashNumberBig(v);
  if (b === -1n) b = -2n;
  const lo = split64(b);
  hashOf64Hi = hashHi;
  return lo === -1 ? -2 : lo;
}

/** object.__hash__ (set by builtins/object.ts): its native, and the hash it returns, folded. */
export const objectHash = { ref: NULL as Ref, of: (_r: Ref): number => 0, full: (_r: Ref): number => 0 };

// CPython's tuplehash (Objects/tupleobject.c, xxHash's round) in 64-bit arithmetic on 32-bit halves.
const XXPRIME_1_HI = 0x9e3779b1 | 0;
const XXPRIME_1_LO = 0x85ebca87 | 0;
const XXPRIME_2_HI = 0xc2b2ae3d | 0;
const XXPRIME_2_LO = 0x27d4eb4f | 0;
const XXPRIME_5_HI = 0x27d4eb2f | 0;
const XXPRIME_5_LO = 0x165667c5 | 0;
let mulHi = 0;

/** The low word of (ahi:alo) * (bhi:blo) mod 2**64; the high word in mulHi. */
function mul64(alo: number, ahi: number, blo: number, bhi: number): number {
  const a0 = alo & 0xffff;
  const a1 = alo >>> 16;
  const b0 = blo & 0xffff;
  const b1 = blo >>> 16;
  const mid = a0 * b1 + a1 * b0; // < 2**33, exact
  const low = a0 * b0 + (mid % 0x10000) * 0x10000; // < 2**33, exact
  const carry = Math.floor(low / 0x100000000);
  mulHi = (a1 * b1 + Math.floor(mid / 0x10000) + carry + Math.imul(alo, bhi) + Math.imul(ahi, blo)) | 0;
  return low | 0;
}

/** hash(t) for a tuple, CPython's value: low word returned, high word in hashHi. */
export function tupleHash64(t: Ref): number {
  const n = tupleLen(t);
  let lo = XXPRIME_5_LO;
  let hi = XXPRIME_5_HI;
  for (let i = 0; i < n; i++) {
    const e = tupleGet(t, i);
    let llo: number;
    let lhi: number;
    if ((e & 1) === 1) {
      llo = e >> 1;
      lhi = llo >> 31;
      if (llo === -1) llo = -2;
    } else {
      llo = hash64(e);
      lhi = hashHi;
    }
    // acc += lane * XXPRIME_2
    const plo = mul64(llo, lhi, XXPRIME_2_LO, XXPRIME_2_HI);
    const sum = (lo >>> 0) + (plo >>> 0);
    hi = (hi + mulHi + (sum > 0xffffffff ? 1 : 0)) | 0;
    lo = sum | 0;
    // acc = rotate left 31
    const rlo = (lo << 31) | (hi >>> 1);
    hi = (hi << 31) | (lo >>> 1);
    lo = rlo;
    // acc *= XXPRIME_1
    lo = mul64(lo, hi, XXPRIME_1_LO, XXPRIME_1_HI);
    hi = mulHi;
  }
  // acc += len ^ (XXPRIME_5 ^ 3527539)
  const klo = n ^ XXPRIME_5_LO ^ 3527539;
  const sum = (lo >>> 0) + (klo >>> 0);
  hi = (hi + XXPRIME_5_HI + (sum > 0xffffffff ? 1 : 0)) | 0;
  lo = sum | 0;
  if (lo === -1 && hi === -1) {
    hashHi = 0;
    return 1546275796;
  }
  hashHi = hi;
  return lo;
}

/** hash(t) for tables (never -1). */
export function tupleHash(t: Ref): number {
  const lo = tupleHash64(t);
  return lo === -1 ? -2 : lo;
}

/** hash(s) for a frozenset, CPython's value (Objects/setobject.c frozenset_hash, whose corrections
 *  for empty and dummy slots leave the entries' shuffled hashes): low word returned, high in hashHi. */
export function frozensetHash64(s: Ref): number {
  let lo = 0;
  let hi = 0;
  for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) {
    // _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const elo = hash64(setKeyAt(s, i));
    const ehi = hashHi;
    const xlo = (elo ^ 89869747) ^ (elo << 16);
    const xhi = ehi ^ ((ehi << 16) | (elo >>> 16));
    lo ^= mul64(xlo, xhi, 3644798167 | 0, 0);
    hi ^= mulHi;
  }
  // hash ^= (len + 1) * 1927868237
  lo ^= mul64(setLen(s) + 1, 0, 1927868237, 0);
  hi ^= mulHi;
  // hash ^= (hash >> 11) ^ (hash >> 25), logical shifts of the unsigned value
  const s11lo = (lo >>> 11) | (hi << 21);
  const s11hi = hi >>> 11;
  const s25lo = (lo >>> 25) | (hi << 7);
  const s25hi = hi >>> 25;
  lo ^= s11lo ^ s25lo;
  hi ^= s11hi ^ s25hi;
  // hash = hash * 69069 + 907133923
  lo = mul64(lo, hi, 69069, 0);
  hi = mulHi;
  const sum = (lo >>> 0) + 907133923;
  hi = (hi + (sum > 0xffffffff ? 1 : 0)) | 0;
  lo = sum | 0;
  if (lo === -1 && hi === -1) {
    lo = 590923713;
    hi = 0;
  }
  I32[(s >> 2) + SET_HASH] = (lo << 1) | 1;
  hashHi = hi;
  return lo;
}

/** The identity hash of an object (object.__hash__): stable for the object's lifetime. */
export function identityHash(r: Ref): number {
  return (r >>> 4) | ((r & 0xf) << 28);
}

// ---------------------------------------------------------------- attributes

/** Where an object keeps its __dict__ (word offset), or 0 when it has none. */
export function instDictOffset(r: Ref): number {
  if ((r & 1) === 1) return 0;
  switch (I32[r >> 2] & 0xff) {
    case Tag.INSTANCE:
    case Tag.NATIVE:
      return INST_DICT;
    case Tag.LOCAL:
      localHooks.view(r); // word 4 becomes the running thread's __dict__ of this threading.local
      return INST_DICT;
    case Tag.EXCEPTION:
      return EX_DICT;
    case Tag.LIST:
      return L_DICT;
    case Tag.DICT:
      return D_INST_DICT;
    case Tag.FUNCTION:
      return FN_DICT;
    case Tag.MODULE:
      return MOD_DICT;
    case Tag.SET:
      return 7;
  }
  return 0;
}

/** threading.local (builtins/mod-thread.ts): makes word 4 of a LOCAL object the running thread's dict
 *  (creating it, and calling __init__, on a thread's first use). */
export const localHooks = { view: (_r: Ref): void => {} };

/** The __dict__ of an object, created on demand; NULL when the object cannot have one. */
export function instDict(r: Ref, create: boolean): Ref {
  const off = instDictOffset(r);
  if (off === 0) return NULL;
  let d = I32[(r >> 2) + off] as Ref;
  if (d === NULL && create) {
    const tag = I32[r >> 2] & 0xff;
    // builtin lists/dicts/sets/exceptions of exact builtin type have no __dict__ (CPython)
    if ((tag === Tag.LIST || tag === Tag.DICT || tag === Tag.SET) && !isHeapTypeOf(r)) return NULL;
    d = newDict(T.dict);
    I32[(r >> 2) + off] = d;
  }
  return d;
}

function isHeapTypeOf(r: Ref): boolean {
  return (typeFlags(typeOf(r)) & 1) !== 0;
}

/** Attribute lookup on super objects (installed by the VM, which knows frames). */
export const superHooks = { getattr: (_o: Ref, _n: Ref, _raising: boolean): Ref => NULL };

/** Special (getset) attributes by tag: name -> getter. Filled by builtins. */
export const specialGetters: Map<number, (obj: Ref) => Ref>[] = [];
export const specialSetters: Map<number, (obj: Ref, v: Ref) => void>[] = [];
for (let i = 0; i < 64; i++) {
  specialGetters.push(new Map());
  specialSetters.push(new Map());
}

export function isDataDescriptor(d: Ref): boolean {
  if ((d & 1) === 1) return false;
  const tag = I32[d >> 2] & 0xff;
  if (tag === Tag.PROPERTY) return true;
  if (tag === Tag.INSTANCE) return lookupType(typeOf(d), N.__set__) !== NULL || lookupType(typeOf(d), N.__delete__) !== NULL;
  return false;
}

/** Binds a class attribute found on the type to an instance (the descriptor protocol's __get__). */
export function bindDescr(d: Ref, obj: Ref, tp: Ref): Ref {
  if ((d & 1) === 1) return d;
  const w = d >> 2;
  switch (I32[w] & 0xff) {
    case Tag.FUNCTION:
      return newMethod(d, obj);
    case Tag.BUILTIN:
      return I32[w + B_SELF] === NULL ? bindBuiltin(d, obj) : d;
    case Tag.STATICMETHOD:
      return I32[w + 4] as Ref;
    case Tag.CLASSMETHOD:
      return newMethod(I32[w + 4] as Ref, tp);
    case Tag.PROPERTY: {
      const g = I32[w + P_FGET] as Ref;
      if (g === NULL || g === NONE) raise('AttributeError', `${propertyDesc(d)} of '${typeQualnameOf(typeOf(obj))}' object has no getter`);
      return callWith(g, obj);
    }
    case Tag.INSTANCE: {
      const get = lookupType(typeOf(d), N.__get__);
      if (get !== NULL) return callWith(get, d, obj, tp);
      return d;
    }
  }
  return d;
}

/** "property 'x'" (or just "property" when it has no name yet), for 3.11's messages. */
function propertyDesc(p: Ref): string {
  const w = p >> 2;
  const name = I32[w + 1] >= 10 ? (I32[w + 8] as Ref) : NULL;
  return name !== NULL && name !== NONE && isStr(name) ? `property ${strRepr(strValue(name))}` : 'property';
}

function typeQualnameOf(t: Ref): string {
  return strValue(I32[(t >> 2) + TY_QUALNAME] as Ref);
}

/** A builtin method bound to self (a BUILTIN with B_SELF set). */
export function bindBuiltin(f: Ref, self: Ref): Ref {
  const w = f >> 2;
  const b = alloc(8, Tag.BUILTIN, T.builtin, I32[w + H_AUX]);
  const bw = b >> 2;
  I32[bw + B_SELF] = self;
  I32[bw + 5] = I32[w + 5];
  I32[bw + 6] = I32[w + 6];
  I32[bw + 7] = I32[w + 7];
  return b;
}

/** getattr(obj, name) with name an interned str. Raises AttributeError. */
export function getAttr(obj: Ref, name: Ref): Ref {
  const r = getAttrOrNull(obj, name, true);
  return r;
}

/** getattr that returns NULL instead of raising AttributeError when `raising` is false. */
export function getAttrOrNull(obj: Ref, name: Ref, raising: boolean): Ref {
  if ((I32[(name >> 2) + S_FLAGS] & STR_INTERNED) === 0) name = intern(strValue(name));
  const tag = tagOf(obj);
  if (tag === Tag.INSTANCE && (I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) === 0) return instanceGetAttr(obj, name, raising);
  if (tag === Tag.TYPE) return typeGetAttr(obj, name, raising);
  if (tag === Tag.SUPER) return superHooks.getattr(obj, name, raising);
  if (tag === Tag.MODULE) {
    const v = dictGetStr(I32[(obj >> 2) + MOD_DICT] as Ref, name);
    if (v !== NULL) return v;
    const sg = (I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) !== 0 ? specialGetters[tag].get(name) : undefined;
    if (sg !== undefined) return sg(obj);
    const ga = dictGetStr(I32[(obj >> 2) + MOD_DICT] as Ref, N.__getattr__);
    if (ga !== NULL) return guardAttr(() => callWith(ga, name), raising);
    if (!raising) return NULL;
    const mn = dictGetStr(I32[(obj >> 2) + MOD_DICT] as Ref, N.__name__);
    raise('AttributeError', `module '${mn !== NULL ? strValue(mn) : '?'}' has no attribute '${strValue(name)}'`);
  }
  return genericGetAttr(obj, name, raising, tag);
}

/** PyObject_GenericGetAttr: data descriptors, the instance dict, other class attributes, __getattr__. */
function genericGetAttr(obj: Ref, name: Ref, raising: boolean, tag: number): Ref {
  const tp = typeOf(obj);
  if ((I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) !== 0) {
    const sg = specialGetters[tag].get(name);
    if (sg !== undefined) return guardAttr(() => sg(obj), raising);
  }
  const descr = lookupType(tp, name);
  if (descr !== NULL && isDataDescriptor(descr)) return guardAttr(() => bindDescr(descr, obj, tp), raising);
  const off = instDictOffset(obj);
  if (off !== 0) {
    const d = I32[(obj >> 2) + off] as Ref;
    if (d !== NULL) {
      const v = dictGetStr(d, name);
      if (v !== NULL) return v;
    }
  }
  if (descr !== NULL) return guardAttr(() => bindDescr(descr, obj, tp), raising);
  if ((typeFlags(tp) & TF_HAS_GETATTR) !== 0) {
    const ga = lookupType(tp, N.__getattr__);
    if (ga !== NULL) return guardAttr(() => callWith(ga, obj, name), raising);
  }
  if (!raising) return NULL;
  raise('AttributeError', `'${typeName(tp)}' object has no attribute '${strValue(name)}'`);
}

/** getattr on a plain instance for a name no special getter uses (the common case, kept short). */
function instanceGetAttr(obj: Ref, name: Ref, raising: boolean): Ref {
  const w = obj >> 2;
  const tp = I32[w + H_TYPE] as Ref;
  const descr = lookupType(tp, name);
  if (descr === NULL || (descr & 1) === 1 || (I32[descr >> 2] & 0xff) === Tag.FUNCTION) {
    const d = I32[w + INST_DICT] as Ref;
    if (d !== NULL) {
      const v = dictGetStr(d, name);
      if (v !== NULL) return v;
    }
    if (descr !== NULL) return (descr & 1) === 1 ? descr : newMethod(descr, obj);
  }
  return genericGetAttr(obj, name, raising, Tag.INSTANCE);
}

/** Runs a getter; when not raising, turns an AttributeError into NULL. */
function guardAttr(f: () => Ref, raising: boolean): Ref {
  if (raising) return f();
  try {
    return f();
  } catch (e) {
    if (!isPyException(e)) throw e;
    const exc = toException(e);
    if (isSubtype(typeOf(exc), TYPES.get('AttributeError')!)) return NULL;
    throw PY_THROWN;
  }
}

/** Attribute lookup on a class (type_getattro): metatype data descriptors, the MRO, then the metatype. */
export function typeGetAttr(t: Ref, name: Ref, raising: boolean): Ref {
  const sg = (I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) !== 0 ? specialGetters[Tag.TYPE].get(name) : undefined;
  if (sg !== undefined) return sg(t);
  const v = lookupType(t, name);
  if (v !== NULL) {
    if ((v & 1) === 0) {
      const tag = I32[v >> 2] & 0xff;
      if (tag === Tag.STATICMETHOD) return I32[(v >> 2) + 4] as Ref;
      if (tag === Tag.CLASSMETHOD) return newMethod(I32[(v >> 2) + 4] as Ref, t);
      if (tag === Tag.INSTANCE) {
        const get = lookupType(typeOf(v), N.__get__);
        if (get !== NULL) return callWith(get, v, NONE, t);
      }
    }
    return v;
  }
  const meta = typeOf(t);
  const mv = lookupType(meta, name);
  if (mv !== NULL) return bindDescr(mv, t, meta);
  if (!raising) return NULL;
  raise('AttributeError', `type object '${typeName(t)}' has no attribute '${strValue(name)}'`);
}

/** setattr(obj, name, value); value NULL deletes. */
export function setAttr(obj: Ref, name: Ref, value: Ref): void {
  if ((I32[(name >> 2) + S_FLAGS] & STR_INTERNED) === 0) name = intern(strValue(name));
  const tag = tagOf(obj);
  if (tag === Tag.TYPE) {
    if ((I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) !== 0) {
      const ss = specialSetters[Tag.TYPE].get(name);
      if (ss !== undefined) return ss(obj, value);
    }
    if ((typeFlags(obj) & 1) === 0) raise('TypeError', `cannot set '${strValue(name)}' attribute of immutable type '${typeName(obj)}'`);
    const d = I32[(obj >> 2) + TY_DICT] as Ref;
    if (value === NULL) {
      if (!dictDel(d, name)) raise('AttributeError', `type object '${typeName(obj)}' has no attribute '${strValue(name)}'`);
    } else dictSetStr(d, name, value);
    // A dunder may change how instances behave beyond lookups of its name: everything goes stale.
    if (isDunder(name)) bumpTypeEpoch();
    else bumpNameEpoch(name);
    return;
  }
  if ((I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) !== 0) {
    const ss = specialSetters[tag].get(name);
    if (ss !== undefined) return ss(obj, value);
  }
  fallbackStore(obj, name, value);
}

/** Store for an attribute no per-tag setter handles on this object: the user's __setattr__ (or
 *  __delattr__ when `value` is NULL) when the class defines one, else the generic store. */
/** Whether an interned str is a dunder name (__x__). */
function isDunder(name: Ref): boolean {
  const n = strUnits(name);
  if (n < 5) return false;
  const w = ((name >> 2) + S_DATA) << 1;
  return U16[w] === 95 && U16[w + 1] === 95 && U16[w + n - 1] === 95 && U16[w + n - 2] === 95;
}

export function fallbackStore(obj: Ref, name: Ref, value: Ref): void {
  const sa = lookupType(typeOf(obj), value === NULL ? N.__delattr__ : N.__setattr__);
  if (sa !== NULL && sa !== objectSetattr.set && sa !== objectSetattr.del) {
    if (value === NULL) callWith(sa, obj, name);
    else callWith(sa, obj, name, value);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** The natives object.__setattr__ / __delattr__ (set by builtins), skipped on the fast path. */
export const objectSetattr = { set: NULL as Ref, del: NULL as Ref };

/** object.__setattr__: data descriptors on the type, else the instance dict. */
export function genericSetAttr(obj: Ref, name: Ref, value: Ref): void {
  const tp = typeOf(obj);
  const descr = lookupType(tp, name);
  if (descr !== NULL && (descr & 1) === 0) {
    const dtag = I32[descr >> 2] & 0xff;
    if (dtag === Tag.PROPERTY) {
      const f = I32[(descr >> 2) + (value === NULL ? P_FDEL : P_FSET)] as Ref;
      if (f === NULL || f === NONE) {
        // CPython 3.11: `property 'x' of 'C' object has no setter`; the name is set by __set_name__
        // in word 8 of a 10-word property (builtins/object.ts).
        raise('AttributeError', `${propertyDesc(descr)} of '${typeQualnameOf(tp)}' object has no ${value === NULL ? 'deleter' : 'setter'}`);
      }
      if (value === NULL) callWith(f, obj);
      else callWith(f, obj, value);
      return;
    }
    if (dtag === Tag.INSTANCE) {
      const s = lookupType(typeOf(descr), value === NULL ? N.__delete__ : N.__set__);
      if (s !== NULL) {
        if (value === NULL) callWith(s, descr, obj);
        else callWith(s, descr, obj, value);
        return;
      }
    }
  }
  const d = instDict(obj, true);
  if (d === NULL) {
    if (descr !== NULL)
      raise('AttributeError', `'${typeName(tp)}' object attribute '${strValue(name)}' is read-only`);
    raise('AttributeError', `'${typeName(tp)}' object has no attribute '${strValue(name)}'`);
  }
  if (value === NULL) {
    if (!dictDel(d, name)) raise('AttributeError', `'${typeName(tp)}' object has no attribute '${strValue(name)}'`);
  } else dictSetStr(d, name, value);
}

/** LOAD_METHOD: when `name` is a plain function on the type (and not shadowed by the instance dict),
 *  returns it unbound and sets methodSelf = true; else returns the bound attribute. */
export const methodOut = { unbound: false };
export function loadMethod(obj: Ref, name: Ref): Ref {
  if ((I32[(name >> 2) + S_FLAGS] & STR_INTERNED) === 0) name = intern(strValue(name));
  const tag = tagOf(obj);
  if (tag !== Tag.TYPE && tag !== Tag.MODULE && tag !== Tag.SUPER && ((I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) === 0 || specialGetters[tag].get(name) === undefined)) {
    const tp = typeOf(obj);
    const descr = lookupType(tp, name);
    if (descr !== NULL && (descr & 1) === 0) {
      const dtag = I32[descr >> 2] & 0xff;
      if (dtag === Tag.FUNCTION || (dtag === Tag.BUILTIN && I32[(descr >> 2) + B_SELF] === NULL)) {
        const off = instDictOffset(obj);
        const d = off !== 0 ? (I32[(obj >> 2) + off] as Ref) : NULL;
        if (d === NULL || dictGetStr(d, name) === NULL) {
          methodOut.unbound = true;
          return descr;
        }
      }
    }
  }
  const v = getAttr(obj, name);
  methodOut.unbound = false; // after getAttr: a __getattr__ it ran may have used methodOut itself
  return v;
}

// ---------------------------------------------------------------- items

/** Normalises a sequence index (negative from the end); IndexError when out of range. */
export function seqIndex(i: Ref, len: number, what: string): number {
  let n: number;
  if ((i & 1) === 1) n = i >> 1;
  else if (isInt(i)) n = toIndexNumber(i);
  else if (lookupType(typeOf(i), N.__index__) !== NULL) n = toIndexNumber(i);
  else raise('TypeError', `${what} indices must be integers or slices, not ${tname(i)}`);
  if (n < 0) n += len;
  if (n < 0 || n >= len) raise('IndexError', `${what} index out of range`);
  return n;
}

/** Item access hooks for builtin containers (slices etc.), installed by builtins. */
export const itemHooks = {
  getSlice: (_c: Ref, _s: Ref): Ref => NULL,
  setSlice: (_c: Ref, _s: Ref, _v: Ref): void => {},
  delSlice: (_c: Ref, _s: Ref): void => {},
  strIndex: (_s: Ref, _i: number): Ref => NULL,
  rangeItem: (_r: Ref, _i: Ref): Ref => NULL,
};

export function getItem(c: Ref, k: Ref): Ref {
  if ((c & 1) === 0) {
    const w = c >> 2;
    const tp = I32[w + H_TYPE] as Ref;
    const tag = I32[w] & 0xff;
    if (tag === Tag.LIST && tp === T.list) {
      if ((k & 1) === 1) {
        let i = k >> 1;
        const n = I32[w + H_AUX];
        if (i < 0) i += n;
        if (i >= 0 && i < n) return listGet(c, i);
        raise('IndexError', 'list index out of range');
      }
      if (tagOf(k) === Tag.SLICE) return itemHooks.getSlice(c, k);
      return listGet(c, seqIndex(k, I32[w + H_AUX], 'list'));
    }
    if (tag === Tag.TUPLE && tp === T.tuple) {
      if (tagOf(k) === Tag.SLICE) return itemHooks.getSlice(c, k);
      return tupleGet(c, seqIndex(k, I32[w + H_AUX], 'tuple'));
    }
    if (tag === Tag.DICT && tp === T.dict) {
      const v = dictGet(c, k);
      if (v !== NULL) return v;
      throwKeyError(k);
    }
    if (tag === Tag.STR && tp === T.str) {
      if (tagOf(k) === Tag.SLICE) return itemHooks.getSlice(c, k);
      if (!isInt(k) && lookupType(typeOf(k), N.__index__) === NULL)
        raise('TypeError', `string indices must be integers, not '${tname(k)}'`);
      return itemHooks.strIndex(c, seqIndex(k, lenOf(c), 'string'));
    }
    if (tag === Tag.BYTES && tp === T.bytes) {
      if (tagOf(k) === Tag.SLICE) return itemHooks.getSlice(c, k);
      if (!isInt(k) && lookupType(typeOf(k), N.__index__) === NULL)
        raise('TypeError', `byte indices must be integers or slices, not ${tname(k)}`);
      let i = toIndexNumber(k);
      if (i < 0) i += bytesLen(c);
      if (i < 0 || i >= bytesLen(c)) raise('IndexError', 'index out of range');
      return mkSmall(U8[((w + S_DATA) << 2) + i]);
    }
    if (tag === Tag.RANGE) return itemHooks.rangeItem(c, k);
    if (tag === Tag.TYPE) {
      const cg = typeGetAttr(c, N.__class_getitem__, false);
      if (cg !== NULL) return callWith(cg, k);
      raise('TypeError', `type '${typeName(c)}' is not subscriptable`);
    }
  }
  const tp = typeOf(c);
  const f = lookupType(tp, N.__getitem__);
  if (f === NULL) raise('TypeError', `'${typeName(tp)}' object is not subscriptable`);
  return callWith(f, c, k);
}

export function throwKeyError(k: Ref): never {
  const e = TYPES.get('KeyError')!;
  throwExc(callWith(e, k));
}

export function setItem(c: Ref, k: Ref, v: Ref): void {
  if ((c & 1) === 0) {
    const w = c >> 2;
    const tp = I32[w + H_TYPE] as Ref;
    const tag = I32[w] & 0xff;
    if (tag === Tag.LIST && tp === T.list) {
      if (tagOf(k) === Tag.SLICE) return itemHooks.setSlice(c, k, v);
      listSet(c, seqIndex(k, I32[w + H_AUX], 'list assignment'), v);
      return;
    }
    if (tag === Tag.DICT && tp === T.dict) {
      dictSet(c, k, v);
      return;
    }
  }
  const tp = typeOf(c);
  const f = lookupType(tp, N.__setitem__);
  if (f === NULL) raise('TypeError', `'${typeName(tp)}' object does not support item assignment`);
  callWith(f, c, k, v);
}

export function delItem(c: Ref, k: Ref): void {
  if ((c & 1) === 0) {
    const w = c >> 2;
    const tp = I32[w + H_TYPE] as Ref;
    const tag = I32[w] & 0xff;
    if (tag === Tag.LIST && tp === T.list) {
      if (tagOf(k) === Tag.SLICE) return itemHooks.delSlice(c, k);
      const i = seqIndex(k, I32[w + H_AUX], 'list assignment');
      const n = I32[w + H_AUX];
      const iw = listItemsWord(c);
      I32.copyWithin(iw + i, iw + i + 1, iw + n);
      I32[iw + n - 1] = 0;
      I32[w + H_AUX] = n - 1;
      return;
    }
    if (tag === Tag.DICT && tp === T.dict) {
      if (!dictDel(c, k)) throwKeyError(k);
      return;
    }
  }
  const tp = typeOf(c);
  const f = lookupType(tp, N.__delitem__);
  if (f === NULL) raise('TypeError', `'${typeName(tp)}' object doesn't support item deletion`);
  callWith(f, c, k);
}

/** `item in container`. */
export function contains(c: Ref, item: Ref): boolean {
  if ((c & 1) === 0) {
    const w = c >> 2;
    const tp = I32[w + H_TYPE] as Ref;
    switch (I32[w] & 0xff) {
      case Tag.DICT:
        if (tp === T.dict) return dictGet(c, item) !== NULL;
        break;
      case Tag.SET:
        // (a set used as a key is looked up as a frozenset by set.__contains__)
        if ((tp === T.set || tp === T.frozenset) && !(tagOf(item) === Tag.SET && typeOf(item) === T.set)) return setContains(c, item);
        break;
      case Tag.STR:
        if (tp === T.str) {
          if (!isStr(item)) raise('TypeError', `'in <string>' requires string as left operand, not ${tname(item)}`);
          return strValue(c).includes(strValue(item));
        }
        break;
      case Tag.LIST:
      case Tag.TUPLE:
        if (tp === T.list || tp === T.tuple) {
          const n = I32[w + H_AUX];
          for (let i = 0; i < (tp === T.list ? listLen(c) : n); i++) {
            const x = tp === T.list ? listGet(c, i) : tupleGet(c, i);
            if (x === item || eqBool(x, item)) return true;
          }
          return false;
        }
        break;
    }
  }
  const tp = typeOf(c);
  const f = lookupType(tp, N.__contains__);
  if (f !== NULL) return truthy(callWith(f, c, item));
  if (lookupType(tp, N.__iter__) === NULL && lookupType(tp, N.__getitem__) === NULL)
    raise('TypeError', `argument of type '${typeName(tp)}' is not iterable`);
  const it = getIter(c);
  const mark = root(it);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return false;
      if (x === item || eqBool(x, item)) return true;
    }
  } finally {
    unroot(mark);
  }
}

// ---------------------------------------------------------------- iteration

/** Whether iter(r) could succeed (for "cannot unpack non-iterable" messages). */
export function isIterable(r: Ref): boolean {
  switch (tagOf(r)) {
    case Tag.LIST: case Tag.TUPLE: case Tag.STR: case Tag.BYTES: case Tag.DICT: case Tag.SET: case Tag.RANGE:
    case Tag.GENERATOR: case Tag.ITER:
      return true;
  }
  const tp = typeOf(r);
  return lookupType(tp, N.__iter__) !== NULL || lookupType(tp, N.__getitem__) !== NULL;
}

function iterType(kind: IterKind): Ref {
  return ITER_TYPES[kind];
}
export const ITER_TYPES: Ref[] = [];
export function initIterTypes(): void {
  const names = [
    'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_ascii_iterator', 'bytes_iterator',
    'range_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'iterator',
    'callable_iterator', 'enumerate', 'zip', 'map', 'filter', 'reversed', 'dict_keys', 'dict_values',
    'dict_items', 'mappingproxy',
  ];
  names.forEach((n, i) => (ITER_TYPES[i] = TYPES.get(n)!));
}

export function newIter(kind: IterKind, src: Ref, pos: number, a: Ref = NULL, b: Ref = NULL): Ref {
  const it = alloc(ITER_WORDS, Tag.ITER, iterType(kind), kind);
  const w = it >> 2;
  I32[w + IT_SRC] = src;
  I32[w + IT_POS] = mkSmall(pos);
  I32[w + IT_A] = a;
  I32[w + IT_B] = b;
  return it;
}

/** Generator resumption and other iterator kinds implemented elsewhere (VM, builtins). */
export const iterHooks = {
  genNext: (_g: Ref): Ref => NULL,
  nativeNext: (_it: Ref, _kind: number): Ref => NULL,
};

/** iter(x). */
export function getIter(r: Ref): Ref {
  if ((r & 1) === 0) {
    const w = r >> 2;
    const tp = I32[w + H_TYPE] as Ref;
    switch (I32[w] & 0xff) {
      case Tag.LIST:
        if (tp === T.list) return newIter(IterKind.LIST, r, 0);
        break;
      case Tag.TUPLE:
        if (tp === T.tuple) return newIter(IterKind.TUPLE, r, 0);
        break;
      case Tag.STR:
        if (tp === T.str) return newIter(IterKind.STR, r, 0);
        break;
      case Tag.BYTES:
        if (tp === T.bytes) return newIter(IterKind.BYTES, r, 0);
        break;
      case Tag.DICT:
        if (tp === T.dict) return newIter(IterKind.DICT_KEYS, r, 0, mkSmall(dictLen(r)));
        break;
      case Tag.SET:
        if (tp === T.set || tp === T.frozenset) return newIter(IterKind.SET, r, 0, mkSmall(setLen(r)));
        break;
      case Tag.RANGE: {
        const start = I32[w + R_START] as Ref;
        return newIter(IterKind.RANGE, start, 0, I32[w + R_STOP] as Ref, I32[w + R_STEP] as Ref);
      }
      case Tag.GENERATOR:
        if (tp === T.generator) return r;
        break;
      case Tag.ITER: {
        const k = I32[w + H_AUX];
        if (k === IterKind.VIEW_KEYS) return newIter(IterKind.DICT_KEYS, I32[w + IT_SRC] as Ref, 0, mkSmall(dictLen(I32[w + IT_SRC] as Ref)));
        if (k === IterKind.VIEW_VALUES) return newIter(IterKind.DICT_VALUES, I32[w + IT_SRC] as Ref, 0, mkSmall(dictLen(I32[w + IT_SRC] as Ref)));
        if (k === IterKind.VIEW_ITEMS) return newIter(IterKind.DICT_ITEMS, I32[w + IT_SRC] as Ref, 0, mkSmall(dictLen(I32[w + IT_SRC] as Ref)));
        if (k === IterKind.MAPPINGPROXY) return getIter(I32[w + IT_SRC] as Ref);
        if (tp === ITER_TYPES[k]) return r;
        break;
      }
    }
  }
  const tp = typeOf(r);
  const f = lookupType(tp, N.__iter__);
  if (f !== NULL && f !== NONE) {
    const it = callWith(f, r);
    if (lookupType(typeOf(it), N.__next__) === NULL)
      raise('TypeError', `iter() returned non-iterator of type '${tname(it)}'`);
    return it;
  }
  if (f === NULL && lookupType(tp, N.__getitem__) !== NULL) return newIter(IterKind.SEQ, r, 0);
  raise('TypeError', `'${typeName(tp)}' object is not iterable`);
}

/** next(it): the next value, or NULL when exhausted (no StopIteration is raised for that). */
export function iterNext(it: Ref): Ref {
  const w = it >> 2;
  const tag = I32[w] & 0xff;
  if (tag === Tag.ITER) {
    const pos = I32[w + IT_POS] >> 1;
    const src = I32[w + IT_SRC] as Ref;
    switch (I32[w + H_AUX]) {
      case IterKind.LIST:
        if (src !== NULL && pos < listLen(src)) {
          I32[w + IT_POS] = mkSmall(pos + 1);
          return listGet(src, pos);
        }
        I32[w + IT_SRC] = NULL;
        return NULL;
      case IterKind.TUPLE:
        if (src !== NULL && pos < tupleLen(src)) {
          I32[w + IT_POS] = mkSmall(pos + 1);
          return tupleGet(src, pos);
        }
        I32[w + IT_SRC] = NULL;
        return NULL;
      case IterKind.RANGE: {
        const stop = I32[w + IT_A] as Ref;
        const step = I32[w + IT_B] as Ref;
        if ((src & stop & step & 1) === 1) {
          const cur = src >> 1;
          const st = step >> 1;
          if (st > 0 ? cur >= stop >> 1 : cur <= stop >> 1) return NULL;
          const nx = cur + st;
          I32[w + IT_SRC] = nx >= -0x40000000 && nx <= 0x3fffffff ? mkSmall(nx) : intFromNumber(nx);
          return src;
        }
        const cur = toBig(src);
        const st = toBig(step);
        if (st > 0n ? cur >= toBig(stop) : cur <= toBig(stop)) return NULL;
        I32[w + IT_SRC] = intFromBigInt(cur + st);
        return src;
      }
      case IterKind.DICT_KEYS:
      case IterKind.DICT_VALUES:
      case IterKind.DICT_ITEMS: {
        if (src === NULL) return NULL;
        if (dictLen(src) !== I32[w + IT_A] >> 1) {
          I32[w + IT_A] = mkSmall(-1);
          raise('RuntimeError', 'dictionary changed size during iteration');
        }
        const i = dictNext(src, pos);
        if (i < 0) {
          I32[w + IT_SRC] = NULL;
          return NULL;
        }
        I32[w + IT_POS] = mkSmall(i + 1);
        const kind = I32[w + H_AUX];
        if (kind === IterKind.DICT_KEYS) return dictKeyAt(src, i);
        if (kind === IterKind.DICT_VALUES) return dictValueAt(src, i);
        return tupleFrom([dictKeyAt(src, i), dictValueAt(src, i)]);
      }
      case IterKind.SET: {
        if (src === NULL) return NULL;
        if (setLen(src) !== I32[w + IT_A] >> 1) {
          I32[w + IT_A] = mkSmall(-1);
          raise('RuntimeError', 'Set changed size during iteration');
        }
        const i = setNext(src, pos);
        if (i < 0) {
          I32[w + IT_SRC] = NULL;
          return NULL;
        }
        I32[w + IT_POS] = mkSmall(i + 1);
        return setKeyAt(src, i);
      }
      case IterKind.STR: {
        if (src === NULL) return NULL;
        const n = strUnits(src);
        if (pos >= n) {
          I32[w + IT_SRC] = NULL;
          return NULL;
        }
        const base = ((src >> 2) + S_DATA) << 1;
        const c = U16[base + pos];
        if ((strFlags(src) & STR_ASTRAL) !== 0 && c >= 0xd800 && c < 0xdc00 && pos + 1 < n) {
          I32[w + IT_POS] = mkSmall(pos + 2);
          return itemHooks.strIndex(newStr(String.fromCharCode(c, U16[base + pos + 1])), 0);
        }
        I32[w + IT_POS] = mkSmall(pos + 1);
        return charStr(c);
      }
      case IterKind.BYTES:
        if (src !== NULL && pos < bytesLen(src)) {
          I32[w + IT_POS] = mkSmall(pos + 1);
          return mkSmall(U8[(((src >> 2) + S_DATA) << 2) + pos]);
        }
        I32[w + IT_SRC] = NULL;
        return NULL;
      case IterKind.LIST_REV:
        if (src !== NULL && pos >= 0 && pos < listLen(src)) {
          I32[w + IT_POS] = mkSmall(pos - 1);
          return listGet(src, pos);
        }
        I32[w + IT_SRC] = NULL;
        return NULL;
      default:
        return iterHooks.nativeNext(it, I32[w + H_AUX]);
    }
  }
  if (tag === Tag.GENERATOR && I32[w + H_TYPE] === T.generator) return iterHooks.genNext(it);
  const f = lookupType(typeOf(it), N.__next__);
  if (f === NULL) raise('TypeError', `'${tname(it)}' object is not an iterator`);
  try {
    return callWith(f, it);
  } catch (e) {
    const exc = toException(e);
    if (isSubtype(typeOf(exc), T.StopIteration)) {
      I32[TS + TH_CUREXC] = NULL; // consumed: exhaustion is NULL, not an exception
      return NULL;
    }
    throw PY_THROWN;
  }
}

/** Calls fn on each item of an iterable (the iterator stays rooted while Python code may run). */
export function forEachItem(iterable: Ref, fn: (v: Ref) => void): void {
  const it = getIter(iterable);
  const m = root(it);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === NULL) return;
      fn(v);
    }
  } finally {
    unroot(m);
  }
}

/** One-character strs for Latin-1 are cached per worker within a GC epoch... simply allocate. */
export function charStr(c: number): Ref {
  return newStr(String.fromCharCode(c));
}

// ---------------------------------------------------------------- repr / str

const reprActive = new Set<number>();

/** The JS string of repr(r). */
export function reprJs(r: Ref): string {
  if ((r & 1) === 1) return String(r >> 1);
  const w = r >> 2;
  const tp = I32[w + H_TYPE] as Ref;
  if ((typeFlags(tp) & 1) === 0) {
    const s = builtinRepr(r, I32[w] & 0xff, tp);
    if (s !== null) return s;
  }
  const f = lookupType(tp, N.__repr__);
  const v = callWith(f, r);
  if (!isStr(v)) raise('TypeError', `__repr__ returned non-string (type ${tname(v)})`);
  return strValue(v);
}

/** The JS string of str(r). */
export function strJs(r: Ref): string {
  if ((r & 1) === 1) return String(r >> 1);
  const w = r >> 2;
  const tp = I32[w + H_TYPE] as Ref;
  const tag = I32[w] & 0xff;
  if (tp === T.str) return strValue(r);
  if ((typeFlags(tp) & 1) === 0 && tag !== Tag.EXCEPTION) {
    const s = builtinRepr(r, tag, tp);
    if (s !== null) return s;
  }
  const f = lookupType(tp, N.__str__);
  const v = callWith(f, r);
  if (!isStr(v)) raise('TypeError', `__str__ returned non-string (type ${tname(v)})`);
  return strValue(v);
}

/** Repr hooks for builtin tags implemented in builtins (containers, functions...). */
export const reprHooks = {
  builtin: (_r: Ref, _tag: number, _tp: Ref): string | null => null,
};

function builtinRepr(r: Ref, tag: number, tp: Ref): string | null {
  switch (tag) {
    case Tag.NONE:
      return 'None';
    case Tag.BOOL:
      return I32[(r >> 2) + H_AUX] ? 'True' : 'False';
    case Tag.INT:
      return intToDecimalString(bigIntValue(r));
    case Tag.FLOAT:
      return floatRepr(floatValue(r));
    case Tag.STR:
      return strRepr(strValue(r));
    case Tag.LIST:
    case Tag.TUPLE: {
      if (reprActive.has(r)) return tag === Tag.LIST ? '[...]' : '(...)';
      reprActive.add(r);
      try {
        const n = tag === Tag.LIST ? listLen(r) : tupleLen(r);
        const parts: string[] = [];
        for (let i = 0; i < n && i < (tag === Tag.LIST ? listLen(r) : n); i++)
          parts.push(reprJs(tag === Tag.LIST ? listGet(r, i) : tupleGet(r, i)));
        if (tag === Tag.LIST) return `[${parts.join(', ')}]`;
        return n === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
      } finally {
        reprActive.delete(r);
      }
    }
    case Tag.DICT: {
      if (reprActive.has(r)) return '{...}';
      reprActive.add(r);
      try {
        const parts: string[] = [];
        for (let i = dictNext(r, 0); i >= 0; i = dictNext(r, i + 1))
          parts.push(`${reprJs(dictKeyAt(r, i))}: ${reprJs(dictValueAt(r, i))}`);
        return `{${parts.join(', ')}}`;
      } finally {
        reprActive.delete(r);
      }
    }
    case Tag.SET: {
      const frozen = tp === T.frozenset;
      if (setLen(r) === 0) return frozen ? 'frozenset()' : 'set()';
      if (reprActive.has(r)) return `${typeName(tp)}(...)`;
      reprActive.add(r);
      try {
        const parts: string[] = [];
        for (let i = setNext(r, 0); i >= 0; i = setNext(r, i + 1)) parts.push(reprJs(setKeyAt(r, i)));
        return frozen ? `frozenset({${parts.join(', ')}})` : `{${parts.join(', ')}}`;
      } finally {
        reprActive.delete(r);
      }
    }
    case Tag.TYPE:
      return null;
    case Tag.GENERATOR:
      return `<${typeName(tp)} object ${strValue(I32[(r >> 2) + GEN_NAME + 1] as Ref)} at ${addr(r)}>`;
  }
  return reprHooks.builtin(r, tag, tp);
}

export function addr(r: Ref): string {
  return '0x' + (0x7f0000000000 + r).toString(16).padStart(12, '0');
}

/** repr() of a str: CPython's quote choice and escapes (unicode_repr). */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0x80 && !isPrintable(c)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

const NONPRINT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  return !NONPRINT.test(String.fromCodePoint(c));
}

