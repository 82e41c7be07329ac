/*
 * range and slice objects. Caller holds the GIL everywhere.
 *
 * RANGE: [4] start, [5] stop, [6] step, [7] length, all int Refs (small or heap ints), as CPython's
 * rangeobject keeps PyLongs. ops.ts iterates ranges; indexing and slicing come through itemHooks.rangeItem.
 * SLICE: [4] start, [5] stop, [6] step: any Refs (None included).
 */

import { IterKind, R_LEN, R_START, R_STEP, R_STOP, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, bool, intFromBigInt, newFields, tupleFrom, objTypes } from '../heap/objects.js';
import { newStr } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T, typeOf, lookupType } from '../runtime/types.js';
import { checkArgc, noKw } from '../runtime/call.js';
import {
  N, NOTIMPL, isInt, toBig, tname, reprJs, eqBool, getIter, iterNext, newIter, itemHooks,
  compareHooks, tupleHash64, hashHi, hashInt,
} from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import { defGetters, defMethods, defStaticMethods, onBootstrap } from './define.js';
import { argAt, asIndexBig, checkSlotSelf, checkMethodSelf } from './int.js';
import { sliceIndices } from './slice-util.js';
import { seqCompare } from './list.js';
import { typeSetAttr } from '../runtime/types.js';

// ---------------------------------------------------------------- range

function rangeLength(lo: bigint, hi: bigint, step: bigint): bigint {
  if (step > 0n) return lo < hi ? (hi - lo - 1n) / step + 1n : 0n;
  return lo > hi ? (lo - hi - 1n) / -step + 1n : 0n;
}

/** A new range object (start, stop, step as bigints; step != 0). */
export function newRange(start: bigint, stop: bigint, step: bigint): Ref {
  const len = rangeLength(start, stop, step);
  // Allocate the ints first: newFields allocates the object last, so nothing is left unreachable.
  const a = intFromBigInt(start);
  const b = intFromBigInt(stop);
  const c = intFromBigInt(step);
  const d = intFromBigInt(len);
  const r = newFields(Tag.RANGE, objTypes.range !== 0 ? objTypes.range : T.range, 0, 4);
  const w = r >> 2;
  I32[w + R_START] = a;
  I32[w + R_STOP] = b;
  I32[w + R_STEP] = c;
  I32[w + R_LEN] = d;
  return r;
}

function rf(r: Ref, f: number): bigint {
  return toBig(I32[(r >> 2) + f] as Ref);
}

function rangeNew(args: number, argc: number, kw: Ref): Ref {
  noKw('range', kw);
  const n = argc - 1;
  if (n < 1) raise('TypeError', `range expected at least 1 argument, got ${n}`);
  if (n > 3) raise('TypeError', `range expected at most 3 arguments, got ${n}`);
  if (n === 1) {
    const a = argAt(args, 1);
    if ((a & 1) === 1) {
      const v = a >> 1;
      return newRange(0n, BigInt(v), 1n);
    }
    return newRange(0n, asIndexBig(a), 1n);
  }
  const start = asIndexBig(argAt(args, 1));
  const stop = asIndexBig(argAt(args, 2));
  const step = n === 3 ? asIndexBig(argAt(args, 3)) : 1n;
  if (step === 0n) raise('ValueError', 'range() arg 3 must not be zero');
  return newRange(start, stop, step);
}

/** range[i] and range[slice] (itemHooks.rangeItem). */
function rangeItem(r: Ref, k: Ref): Ref {
  if ((k & 1) === 0 && (I32[k >> 2] & 0xff) === Tag.SLICE) {
    const len = rf(r, R_LEN);
    const m = root(r);
    let s: number, e: number, st: number;
    try {
      [s, e, st] = sliceIndices(k, Number(len));
    } finally {
      unroot(m);
    }
    const start = rf(r, R_START);
    const step = rf(r, R_STEP);
    return newRange(start + BigInt(s) * step, start + BigInt(e) * step, step * BigInt(st));
  }
  let i: bigint;
  if ((k & 1) === 1) i = BigInt(k >> 1);
  else if (isInt(k) || lookupType(typeOf(k), N.__index__) !== NULL) i = asIndexBig(k);
  else raise('TypeError', `range indices must be integers or slices, not ${tname(k)}`);
  const len = rf(r, R_LEN);
  if (i < 0n) i += len;
  if (i < 0n || i >= len) raise('IndexError', 'range object index out of range');
  return intFromBigInt(rf(r, R_START) + i * rf(r, R_STEP));
}

/** Whether int v is in range r (range_contains_long). */
function rangeHasInt(r: Ref, v: bigint): boolean {
  const start = rf(r, R_START);
  const stop = rf(r, R_STOP);
  const step = rf(r, R_STEP);
  if (step > 0n ? v < start || v >= stop : v > start || v <= stop) return false;
  return (v - start) % step === 0n;
}

function isExactIntOrBool(x: Ref): boolean {
  return (x & 1) === 1 || typeOf(x) === T.int || typeOf(x) === T.bool;
}

/** Linear search for non-int items (PySequence_Contains / _PySequence_IterSearch). Returns the index or -1. */
function rangeSearch(r: Ref, x: Ref, countAll: boolean): number {
  const it = getIter(r);
  const m = root(it);
  let n = 0;
  try {
    for (let i = 0, v = iterNext(it); v !== NULL; i++, v = iterNext(it)) {
      if (eqBool(v, x)) {
        if (!countAll) return i;
        n++;
      }
    }
  } finally {
    unroot(m);
  }
  return countAll ? n : -1;
}

function selfRange(args: number, name: string): Ref {
  const r = argAt(args, 0);
  checkMethodSelf(r, T.range, name);
  return r;
}

function rangeEq(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const la = rf(a, R_LEN);
  if (la !== rf(b, R_LEN)) return false;
  if (la === 0n) return true;
  if (rf(a, R_START) !== rf(b, R_START)) return false;
  if (la === 1n) return true;
  return rf(a, R_STEP) === rf(b, R_STEP);
}

function rangeRepr(r: Ref): string {
  const w = r >> 2;
  const s = reprJs(I32[w + R_START] as Ref);
  const e = reprJs(I32[w + R_STOP] as Ref);
  const step = rf(r, R_STEP);
  return step === 1n ? `range(${s}, ${e})` : `range(${s}, ${e}, ${reprJs(I32[w + R_STEP] as Ref)})`;
}

const rangeMethods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {
  __len__(args, argc, kw) {
    noKw('__len__', kw);
    void argc;
    const r = argAt(args, 0);
    checkSlotSelf(r, T.range, '__len__');
    const n = rf(r, R_LEN);
    if (n > 9223372036854775807n) raise('OverflowError', 'Python int too large to convert to C ssize_t');
    return I32[(r >> 2) + R_LEN] as Ref;
  },
  __getitem__(args, argc, kw) {
    noKw('__getitem__', kw);
    const r = selfRange(args, '__getitem__');
    checkArgc('range.__getitem__', argc - 1, 1, 1);
    return rangeItem(r, argAt(args, 1));
  },
  __contains__(args, argc, kw) {
    noKw('__contains__', kw);
    const r = argAt(args, 0);
    checkSlotSelf(r, T.range, '__contains__');
    checkArgc('__contains__', argc - 1, 1, 1);
    const x = argAt(args, 1);
    if (isExactIntOrBool(x)) return bool(rangeHasInt(r, toBig(x)));
    return bool(rangeSearch(r, x, false) >= 0);
  },
  __iter__(args, argc, kw) {
    noKw('__iter__', kw);
    void argc;
    const r = argAt(args, 0);
    checkSlotSelf(r, T.range, '__iter__');
    return getIter(r);
  },
  __reversed__(args, argc, kw) {
    noKw('__reversed__', kw);
    void argc;
    const r = selfRange(args, '__reversed__');
    const len = rf(r, R_LEN);
    const start = rf(r, R_START);
    const step = rf(r, R_STEP);
    const last = start + (len - 1n) * step;
    const a = intFromBigInt(start - step);
    const b = intFromBigInt(-step);
    const lo = intFromBigInt(len === 0n ? start : last);
    return newIter(IterKind.RANGE, lo, 0, len === 0n ? lo : a, b);
  },
  __repr__(args, argc, kw) {
    noKw('__repr__', kw);
    void argc;
    const r = argAt(args, 0);
    checkSlotSelf(r, T.range, '__repr__');
    return newStr(rangeRepr(r));
  },
  __hash__(args, argc, kw) {
    noKw('__hash__', kw);
    void argc;
    const r = argAt(args, 0);
    checkSlotSelf(r, T.range, '__hash__');
    return rangeHash(r);
  },
  __bool__(args, argc, kw) {
    noKw('__bool__', kw);
    void argc;
    const r = argAt(args, 0);
    checkSlotSelf(r, T.range, '__bool__');
    return bool(rf(r, R_LEN) !== 0n);
  },
  index(args, argc, kw) {
    noKw('index', kw);
    const r = selfRange(args, 'index');
    checkArgc('range.index', argc - 1, 1, 1);
    const x = argAt(args, 1);
    if (isExactIntOrBool(x)) {
      const v = toBig(x);
      if (!rangeHasInt(r, v)) raise('ValueError', `${reprJs(x)} is not in range`);
      return intFromBigInt((v - rf(r, R_START)) / rf(r, R_STEP));
    }
    const i = rangeSearch(r, x, false);
    if (i < 0) raise('ValueError', 'sequence.index(x): x not in sequence');
    return mkSmall(i);
  },
  count(args, argc, kw) {
    noKw('count', kw);
    const r = selfRange(args, 'count');
    checkArgc('range.count', argc - 1, 1, 1);
    const x = argAt(args, 1);
    if (isExactIntOrBool(x)) return mkSmall(rangeHasInt(r, toBig(x)) ? 1 : 0);
    return mkSmall(rangeSearch(r, x, true));
  },
};

/** hash(range): CPython hashes (len, start, step), with start and step None when len is 0, step when 1. */
function rangeHash(r: Ref): Ref {
  const w = r >> 2;
  const len = rf(r, R_LEN);
  let t: Ref;
  if (len === 0n) t = tupleFrom([mkSmall(0), NONE, NONE]);
  else if (len === 1n) t = tupleFrom([mkSmall(1), I32[w + R_START] as Ref, NONE]);
  else t = tupleFrom([I32[w + R_LEN] as Ref, I32[w + R_START] as Ref, I32[w + R_STEP] as Ref]);
  return hashInt(tupleHash64(t), hashHi);
}

const CMPN = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMPN.forEach((name, op) => {
  rangeMethods[name] = (args, argc, kw) => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const a = argAt(args, 0);
    checkSlotSelf(a, T.range, name);
    const b = argAt(args, 1);
    if (typeOf(b) !== T.range || (op !== 2 && op !== 3)) return NOTIMPL;
    return bool(rangeEq(a, b) === (op === 2));
  };
});

defStaticMethods('range', { __new__: rangeNew });
defMethods('range', rangeMethods);
defGetters(Tag.RANGE, {
  start: (r: Ref) => I32[(r >> 2) + R_START] as Ref,
  stop: (r: Ref) => I32[(r >> 2) + R_STOP] as Ref,
  step: (r: Ref) => I32[(r >> 2) + R_STEP] as Ref,
});

// ---------------------------------------------------------------- slice

/** A new slice object. */
export function newSlice(start: Ref, stop: Ref, step: Ref): Ref {
  const s = newFields(Tag.SLICE, objTypes.slice !== 0 ? objTypes.slice : T.slice, 0, 3);
  const w = s >> 2;
  I32[w + R_START] = start;
  I32[w + R_STOP] = stop;
  I32[w + R_STEP] = step;
  return s;
}

function sliceNew(args: number, argc: number, kw: Ref): Ref {
  noKw('slice', kw);
  const n = argc - 1;
  if (n < 1) raise('TypeError', `slice expected at least 1 argument, got ${n}`);
  if (n > 3) raise('TypeError', `slice expected at most 3 arguments, got ${n}`);
  if (n === 1) return newSlice(NONE, argAt(args, 1), NONE);
  return newSlice(argAt(args, 1), argAt(args, 2), n === 3 ? argAt(args, 3) : NONE);
}

function sliceTuple(s: Ref): Ref {
  const w = s >> 2;
  return tupleFrom([I32[w + R_START] as Ref, I32[w + R_STOP] as Ref, I32[w + R_STEP] as Ref]);
}

/** slice.indices(length) with CPython's bigint arithmetic (_PySlice_GetLongIndices). */
function sliceIndicesBig(s: Ref, length: bigint): [bigint, bigint, bigint] {
  const w = s >> 2;
  const stepR = I32[w + R_STEP] as Ref;
  let step = 1n;
  if (stepR !== NONE) {
    step = asIndexBigSlice(stepR);
    if (step === 0n) raise('ValueError', 'slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const fix = (r: Ref, dflt: bigint): bigint => {
    if (r === NONE) return dflt;
    let v = asIndexBigSlice(r);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = fix(I32[w + R_START] as Ref, neg ? upper : lower);
  const stop = fix(I32[w + R_STOP] as Ref, neg ? lower : upper);
  return [start, stop, step];
}

function asIndexBigSlice(r: Ref): bigint {
  if (!isInt(r) && lookupType(typeOf(r), N.__index__) === NULL)
    raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  return asIndexBig(r);
}

const sliceMethods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {
  indices(args, argc, kw) {
    noKw('indices', kw);
    const s = argAt(args, 0);
    checkMethodSelf(s, T.slice, 'indices');
    checkArgc('slice.indices', argc - 1, 1, 1);
    const len = asIndexBig(argAt(args, 1));
    if (len < 0n) raise('ValueError', 'length should not be negative');
    const [a, b, c] = sliceIndicesBig(s, len);
    return tupleFrom([intFromBigInt(a), intFromBigInt(b), intFromBigInt(c)]);
  },
  __repr__(args, argc, kw) {
    noKw('__repr__', kw);
    void argc;
    const s = argAt(args, 0);
    checkSlotSelf(s, T.slice, '__repr__');
    const w = s >> 2;
    return newStr(`slice(${reprJs(I32[w + R_START] as Ref)}, ${reprJs(I32[w + R_STOP] as Ref)}, ${reprJs(I32[w + R_STEP] as Ref)})`);
  },
};
CMPN.forEach((name, op) => {
  sliceMethods[name] = (args, argc, kw) => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const a = argAt(args, 0);
    checkSlotSelf(a, T.slice, name);
    const b = argAt(args, 1);
    if (typeOf(b) !== T.slice) return NOTIMPL;
    if (a === b && (op === 2 || op === 3)) return bool(op === 2);
    const ta = sliceTuple(a);
    const ma = root(ta);
    try {
      const tb = sliceTuple(b);
      root(tb);
      return seqCompare(ta, tb, op);
    } finally {
      unroot(ma);
    }
  };
});

defStaticMethods('slice', { __new__: sliceNew });
defMethods('slice', sliceMethods);
defGetters(Tag.SLICE, {
  start: (s: Ref) => I32[(s >> 2) + R_START] as Ref,
  stop: (s: Ref) => I32[(s >> 2) + R_STOP] as Ref,
  step: (s: Ref) => I32[(s >> 2) + R_STEP] as Ref,
});
onBootstrap(() => typeSetAttr(T.slice, '__hash__', NONE));

// ---------------------------------------------------------------- hooks

itemHooks.rangeItem = rangeItem;
{
  const prevCmp = compareHooks.builtin;
  compareHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
    if ((a & 1) === 0 && (b & 1) === 0) {
      const ta = I32[a >> 2] & 0xff;
      const tb = I32[b >> 2] & 0xff;
      if (ta === Tag.RANGE && tb === Tag.RANGE && (op === 2 || op === 3)) return bool(rangeEq(a, b) === (op === 2));
      if (ta === Tag.SLICE && tb === Tag.SLICE) {
        const x = sliceTuple(a);
        const m = root(x);
        try {
          const y = sliceTuple(b);
          root(y);
          return seqCompare(x, y, op);
        } finally {
          unroot(m);
        }
      }
    }
    return prevCmp(a, b, op);
  };
}

