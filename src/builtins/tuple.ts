/*
 * tuple: tuple.__new__ (works for subclasses: namedtuple calls `tuple.__new__(cls, iterable)`), methods
 * and dunders. Exact tuples take ops.ts's fast paths; slicing, comparison and + * of exact tuples are
 * list.ts's hooks. An instance of a tuple subclass is a TUPLE object whose type word is the subclass; it
 * has no __dict__ (TUPLE has no slot for one), which is what namedtuple's `__slots__ = ()` asks anyway.
 * Caller holds the GIL everywhere.
 */

import { IterKind, T_ITEMS, Tag } from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { bool, tupleLen, tupleGet, tupleFrom, newTuple } from '../heap/objects.js';
import { newStr } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T, typeOf, typeName, isSubtype, lookupType } from '../runtime/types.js';
import { checkArgc, noKw, kwCount } from '../runtime/call.js';
import { N, NOTIMPL, isInt, tname, newIter, tupleHash64, hashHi, hashInt, seqIndex } from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import { defMethods, defStaticMethods } from './define.js';
import { argAt, asIndexNumber, checkMethodSelf, checkSlotSelf } from './int.js';
import {
  eqBoolRooted, isTupleLike, listOf, seqCompare, seqConcat, seqGetSlice, seqRepeat, seqRepr, tupleFromList,
} from './list.js';
import { sliceIndex, SSIZE_MAX } from './slice-util.js';

/** A tuple of type cls (tuple or a subclass) with the items of `iterable`. */
export function tupleOfType(cls: Ref, iterable: Ref): Ref {
  if ((iterable & 1) === 0 && (I32[iterable >> 2] & 0xff) === Tag.TUPLE) {
    if (cls === T.tuple && typeOf(iterable) === T.tuple) return iterable;
    const n = tupleLen(iterable);
    const t = alloc(T_ITEMS + n, Tag.TUPLE, cls, n);
    I32.copyWithin((t >> 2) + T_ITEMS, (iterable >> 2) + T_ITEMS, (iterable >> 2) + T_ITEMS + n);
    return t;
  }
  const l = listOf(iterable);
  return tupleFromList(l, cls);
}

function tupleNew(args: number, argc: number, kw: Ref): Ref {
  const cls = argAt(args, 0);
  if (cls !== T.tuple && !isSubtype(cls, T.tuple))
    raise('TypeError', `tuple.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of tuple`);
  if (kw !== NULL && kwCount(kw) > 0) raise('TypeError', 'tuple() takes no keyword arguments');
  if (argc > 2) raise('TypeError', `tuple expected at most 1 argument, got ${argc - 1}`);
  if (argc === 1) return cls === T.tuple ? newTuple(0) : alloc(T_ITEMS, Tag.TUPLE, cls, 0);
  return tupleOfType(cls, argAt(args, 1));
}

function selfTuple(args: number, name: string): Ref {
  const self = argAt(args, 0);
  checkMethodSelf(self, T.tuple, name);
  return self;
}

function repeatCount(n: Ref): number | null {
  if ((n & 1) === 1) return n >> 1;
  if (isInt(n) || ((I32[n >> 2] & 0xff) !== Tag.FLOAT && lookupType(typeOf(n), N.__index__) !== NULL)) return asIndexNumber(n);
  return null;
}

function tupleMul(args: number, argc: number, kw: Ref): Ref {
  noKw('__mul__', kw);
  checkArgc('__mul__', argc - 1, 1, 1);
  const t = argAt(args, 0);
  checkSlotSelf(t, T.tuple, '__mul__');
  const n = repeatCount(argAt(args, 1));
  if (n === null) return NOTIMPL;
  return seqRepeat(t, n);
}

const tupleMethods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {
  index(args, argc, kw) {
    noKw('index', kw);
    const t = selfTuple(args, 'index');
    if (argc < 2) raise('TypeError', `index expected at least 1 argument, got ${argc - 1}`);
    if (argc > 4) raise('TypeError', `index expected at most 3 arguments, got ${argc - 1}`);
    const x = argAt(args, 1);
    const n = tupleLen(t);
    let start = argc > 2 ? sliceIndex(argAt(args, 2), 0) : 0;
    let stop = argc > 3 ? sliceIndex(argAt(args, 3), SSIZE_MAX) : SSIZE_MAX;
    if (start < 0) {
      start += n;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += n;
      if (stop < 0) stop = 0;
    }
    for (let i = start; i < stop && i < n; i++) {
      const y = tupleGet(t, i);
      if (y === x || eqBoolRooted(y, x)) return mkSmall(i);
    }
    raise('ValueError', 'tuple.index(x): x not in tuple');
  },
  count(args, argc, kw) {
    noKw('tuple.count', kw);
    const t = selfTuple(args, 'count');
    if (argc !== 2) raise('TypeError', `tuple.count() takes exactly one argument (${argc - 1} given)`);
    const x = argAt(args, 1);
    let c = 0;
    for (let i = 0; i < tupleLen(t); i++) {
      const y = tupleGet(t, i);
      if (y === x || eqBoolRooted(y, x)) c++;
    }
    return mkSmall(c);
  },
  __len__(args, argc, kw) {
    noKw('__len__', kw);
    void argc;
    const t = argAt(args, 0);
    checkSlotSelf(t, T.tuple, '__len__');
    return mkSmall(tupleLen(t));
  },
  __getitem__(args, argc, kw) {
    noKw('__getitem__', kw);
    const t = selfTuple(args, '__getitem__');
    if (argc !== 2) raise('TypeError', `tuple.__getitem__() takes exactly one argument (${argc - 1} given)`);
    const k = argAt(args, 1);
    if ((k & 1) === 0 && (I32[k >> 2] & 0xff) === Tag.SLICE) return seqGetSlice(t, k);
    return tupleGet(t, seqIndex(k, tupleLen(t), 'tuple'));
  },
  __contains__(args, argc, kw) {
    noKw('__contains__', kw);
    const t = argAt(args, 0);
    checkSlotSelf(t, T.tuple, '__contains__');
    checkArgc('__contains__', argc - 1, 1, 1);
    const x = argAt(args, 1);
    for (let i = 0; i < tupleLen(t); i++) {
      const y = tupleGet(t, i);
      if (y === x || eqBoolRooted(y, x)) return bool(true);
    }
    return bool(false);
  },
  __iter__(args, argc, kw) {
    noKw('__iter__', kw);
    void argc;
    const t = argAt(args, 0);
    checkSlotSelf(t, T.tuple, '__iter__');
    return newIter(IterKind.TUPLE, t, 0);
  },
  __add__(args, argc, kw) {
    noKw('__add__', kw);
    checkArgc('__add__', argc - 1, 1, 1);
    const t = argAt(args, 0);
    checkSlotSelf(t, T.tuple, '__add__');
    const o = argAt(args, 1);
    if (!isTupleLike(o)) raise('TypeError', `can only concatenate tuple (not "${tname(o)}") to tuple`);
    return seqConcat(t, o);
  },
  __mul__: tupleMul,
  __rmul__: tupleMul,
  __hash__(args, argc, kw) {
    noKw('__hash__', kw);
    void argc;
    const t = argAt(args, 0);
    checkSlotSelf(t, T.tuple, '__hash__');
    return hashInt(tupleHash64(t), hashHi);
  },
  __repr__(args, argc, kw) {
    noKw('__repr__', kw);
    void argc;
    const t = argAt(args, 0);
    checkSlotSelf(t, T.tuple, '__repr__');
    return newStr(seqRepr(t, '(', ')'));
  },
  __getnewargs__(args, argc, kw) {
    noKw('__getnewargs__', kw);
    void argc;
    const t = selfTuple(args, '__getnewargs__');
    const m = root(t);
    try {
      const n = tupleLen(t);
      const copy = newTuple(n);
      I32.copyWithin((copy >> 2) + T_ITEMS, (t >> 2) + T_ITEMS, (t >> 2) + T_ITEMS + n);
      return tupleFrom([copy]);
    } finally {
      unroot(m);
    }
  },
};

const CMP = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP.forEach((name, op) => {
  tupleMethods[name] = (args, argc, kw) => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const a = argAt(args, 0);
    checkSlotSelf(a, T.tuple, name);
    const b = argAt(args, 1);
    if (!isTupleLike(b)) return NOTIMPL;
    return seqCompare(a, b, op);
  };
});

defStaticMethods('tuple', { __new__: tupleNew });
defMethods('tuple', tupleMethods);

