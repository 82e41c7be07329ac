/*
 * The builtin iterator types: enumerate, zip, map, filter, reversed, iter(callable, sentinel) and
 * the old sequence iterator (a class with only __getitem__), plus the builtins iter() and next().
 * Their state is an ITER object (layout.ts IT_*), advanced by `iterHooks.nativeNext`. Caller holds
 * the GIL everywhere.
 *
 *   kind        IT_SRC                 IT_POS        IT_A              IT_B
 *   ENUMERATE   the inner iterator     -             the next count    -
 *   ZIP         tuple of iterators     -             strict (bool)     -
 *   MAP         tuple of iterators     -             the function      -
 *   FILTER      the inner iterator     -             function or None  -
 *   REVERSED    the sequence           next index    -                 -
 *   CALLABLE    the callable           -             the sentinel      -
 *   SEQ         the sequence           next index    -                 -
 * IT_SRC becomes NULL once an iterator is exhausted (where CPython clears it too).
 */

import { H_AUX, H_TYPE, IT_A, IT_POS, IT_SRC, IterKind, T_ITEMS, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { FALSE, NONE, TRUE, intFromBigInt, listLen, newTuple, tupleFrom, tupleGet, tupleLen, tupleSetInit } from '../heap/objects.js';
import { strValue } from '../heap/str.js';
import { defMethods, defModule, defStaticMethods } from './define.js';
import {
  N, eqBool, getItem, getIter, isInt, iterHooks, iterNext, lenOf, newIter, tagOf, toBig, truthy,
} from '../runtime/ops.js';
import { T, TYPES, lookupType, typeName, typeOf } from '../runtime/types.js';
import { call, callWith, kwCount } from '../runtime/call.js';
import { raise } from '../runtime/exceptions.js';
import { root, unroot } from '../runtime/thread-state.js';
import { arg, isPyExc, parseArgsLocal } from './object.js';

function setType(it: Ref, cls: Ref): Ref {
  I32[(it >> 2) + H_TYPE] = cls;
  return it;
}

/** An int from an int-like (bool, int subclass, __index__). */
function asIntRef(v: Ref): Ref {
  if ((v & 1) === 1) return v;
  if (isInt(v)) return intFromBigInt(toBig(v));
  const f = lookupType(typeOf(v), N.__index__);
  if (f === NULL) raise('TypeError', `'${typeName(typeOf(v))}' object cannot be interpreted as an integer`);
  const r = callWith(f, v);
  if (!isInt(r)) raise('TypeError', `__index__ returned non-int (type ${typeName(typeOf(r))})`);
  return intFromBigInt(toBig(r));
}

/** A tuple of iter(x) for the positional args [from, to), rooted while built. */
function itersOf(args: number, from: number, to: number): Ref {
  const n = to - from;
  const t = newTuple(n);
  const mark = root(t);
  try {
    for (let i = 0; i < n; i++) tupleSetInit(t, i, getIter(I32[args + from + i] as Ref));
    return t;
  } finally {
    unroot(mark);
  }
}

// ================================================================ constructors

defStaticMethods('enumerate', {
  __new__(args, argc, kw) {
    const cls = arg(args, 0);
    const [iterable, start] = parseArgsLocal('enumerate', args + 1, argc - 1, kw, ['iterable', 'start']);
    if (iterable === NULL) raise('TypeError', `enumerate() missing required argument 'iterable'`);
    const count = start === NULL ? mkSmall(0) : asIntRef(start);
    const m = root(count);
    try {
      const it = getIter(iterable);
      return setType(newIter(IterKind.ENUMERATE, it, 0, count), cls);
    } finally {
      unroot(m);
    }
  },
});

defStaticMethods('zip', {
  __new__(args, argc, kw) {
    const cls = arg(args, 0);
    const nkw = kwCount(kw);
    const npos = argc - nkw;
    let strict = false;
    for (let k = 0; k < nkw; k++) {
      const name = strValue(tupleGet(kw, k));
      if (name !== 'strict') raise('TypeError', `'${name}' is an invalid keyword argument for zip()`);
      strict = truthy(I32[args + npos + k] as Ref);
    }
    const its = itersOf(args, 1, npos);
    return setType(newIter(IterKind.ZIP, its, 0, strict ? TRUE : FALSE), cls);
  },
});

defStaticMethods('map', {
  __new__(args, argc, kw) {
    const cls = arg(args, 0);
    if (kwCount(kw) > 0 && cls === T_map()) raise('TypeError', 'map() takes no keyword arguments');
    const npos = argc - kwCount(kw);
    if (npos < 3) raise('TypeError', 'map() must have at least two arguments.');
    const its = itersOf(args, 2, npos);
    return setType(newIter(IterKind.MAP, its, 0, arg(args, 1)), cls);
  },
});

defStaticMethods('filter', {
  __new__(args, argc, kw) {
    const cls = arg(args, 0);
    if (kwCount(kw) > 0 && cls === TYPES.get('filter')) raise('TypeError', 'filter() takes no keyword arguments');
    const npos = argc - kwCount(kw);
    if (npos !== 3) raise('TypeError', `filter expected 2 arguments, got ${npos - 1}`);
    const it = getIter(arg(args, 2));
    return setType(newIter(IterKind.FILTER, it, 0, arg(args, 1)), cls);
  },
});

function T_map(): Ref {
  return TYPES.get('map')!;
}

defStaticMethods('reversed', {
  __new__(args, argc, kw) {
    const cls = arg(args, 0);
    if (kwCount(kw) > 0 && cls === TYPES.get('reversed')) raise('TypeError', 'reversed() takes no keyword arguments');
    const npos = argc - kwCount(kw);
    if (npos !== 2) raise('TypeError', `reversed expected 1 argument, got ${npos - 1}`);
    const seq = arg(args, 1);
    const tp = typeOf(seq);
    if (tp === T.list && cls === TYPES.get('reversed')) return newIter(IterKind.LIST_REV, seq, listLen(seq) - 1);
    const f = lookupType(tp, N.__reversed__);
    if (f === NONE) raise('TypeError', `'${typeName(tp)}' object is not reversible`);
    if (f !== NULL) return callWith(f, seq);
    const tag = tagOf(seq);
    const isSeq =
      tag !== Tag.DICT && lookupType(tp, N.__getitem__) !== NULL && lookupType(tp, N.__len__) !== NULL;
    if (!isSeq) raise('TypeError', `'${typeName(tp)}' object is not reversible`);
    const n = lenOf(seq);
    return setType(newIter(IterKind.REVERSED, seq, n - 1), cls);
  },
});

// ================================================================ iterNext of these kinds

function exhaust(w: number): Ref {
  I32[w + IT_SRC] = NULL;
  return NULL;
}

function zipStrictError(i: number, longer: boolean): never {
  const plural = i === 1 ? ' ' : 's 1-';
  raise('ValueError', `zip() argument ${i + 1} is ${longer ? 'longer' : 'shorter'} than argument${plural}${i}`);
}

function nextEnumerate(it: Ref): Ref {
  const w = it >> 2;
  const src = I32[w + IT_SRC] as Ref;
  if (src === NULL) return NULL;
  const x = iterNext(src);
  if (x === NULL) return exhaust(w);
  const count = I32[w + IT_A] as Ref;
  const t = tupleFrom([count, x]);
  if ((count & 1) === 1 && count >> 1 < 0x3fffffff) I32[w + IT_A] = mkSmall((count >> 1) + 1);
  else I32[w + IT_A] = intFromBigInt(toBig(count) + 1n);
  return t;
}

function nextZip(it: Ref): Ref {
  const w = it >> 2;
  const its = I32[w + IT_SRC] as Ref;
  if (its === NULL) return NULL;
  const n = tupleLen(its);
  if (n === 0) return NULL;
  const res = newTuple(n);
  const mark = root(res);
  try {
    for (let i = 0; i < n; i++) {
      const x = iterNext(tupleGet(its, i));
      if (x === NULL) {
        if (I32[w + IT_A] === TRUE) {
          if (i > 0) zipStrictError(i, false);
          for (let j = 1; j < n; j++) if (iterNext(tupleGet(its, j)) !== NULL) zipStrictError(j, true);
        }
        return NULL;
      }
      tupleSetInit(res, i, x);
    }
    return res;
  } finally {
    unroot(mark);
  }
}

function nextMap(it: Ref): Ref {
  const w = it >> 2;
  const its = I32[w + IT_SRC] as Ref;
  if (its === NULL) return NULL;
  const n = tupleLen(its);
  const vals = newTuple(n);
  const mark = root(vals);
  try {
    for (let i = 0; i < n; i++) {
      const x = iterNext(tupleGet(its, i));
      if (x === NULL) return NULL;
      tupleSetInit(vals, i, x);
    }
    return call(I32[w + IT_A] as Ref, (vals >> 2) + T_ITEMS, n, NULL);
  } finally {
    unroot(mark);
  }
}

function nextFilter(it: Ref): Ref {
  const w = it >> 2;
  for (;;) {
    const src = I32[w + IT_SRC] as Ref;
    if (src === NULL) return NULL;
    const x = iterNext(src);
    if (x === NULL) return exhaust(w);
    const f = I32[w + IT_A] as Ref;
    let ok: boolean;
    if (f === NONE || f === T.bool) ok = truthy(x);
    else {
      const mark = root(x);
      try {
        ok = truthy(callWith(f, x));
      } finally {
        unroot(mark);
      }
    }
    if (ok) return x;
  }
}

/** seq[pos] for the index-driven kinds; NULL (and exhausted) on IndexError / StopIteration. */
function indexed(it: Ref, step: number): Ref {
  const w = it >> 2;
  const src = I32[w + IT_SRC] as Ref;
  const pos = I32[w + IT_POS] >> 1;
  if (src === NULL || pos < 0) return exhaust(w);
  let v: Ref;
  try {
    v = getItem(src, mkSmall(pos));
  } catch (e) {
    if (isPyExc(e, 'IndexError') || isPyExc(e, 'StopIteration')) return exhaust(w);
    throw e;
  }
  I32[w + IT_POS] = mkSmall(pos + step);
  return v;
}

function nextCallable(it: Ref): Ref {
  const w = it >> 2;
  const src = I32[w + IT_SRC] as Ref;
  if (src === NULL) return NULL;
  let v: Ref;
  try {
    v = callWith(src);
  } catch (e) {
    if (isPyExc(e, 'StopIteration')) return exhaust(w);
    throw e;
  }
  const mark = root(v);
  try {
    if (eqBool(I32[w + IT_A] as Ref, v)) return exhaust(w);
  } finally {
    unroot(mark);
  }
  return v;
}

const prevNext = iterHooks.nativeNext;
iterHooks.nativeNext = (it: Ref, kind: number): Ref => {
  switch (kind) {
    case IterKind.ENUMERATE:
      return nextEnumerate(it);
    case IterKind.ZIP:
      return nextZip(it);
    case IterKind.MAP:
      return nextMap(it);
    case IterKind.FILTER:
      return nextFilter(it);
    case IterKind.REVERSED:
      return indexed(it, -1);
    case IterKind.SEQ:
      return indexed(it, 1);
    case IterKind.CALLABLE:
      return nextCallable(it);
  }
  return prevNext(it, kind);
};

// ================================================================ __iter__ / __next__ on the iterator types

/** Whether `it` is an iterator (has a __next__). */
export function isIterator(it: Ref): boolean {
  if ((it & 1) === 0 && tagOf(it) === Tag.ITER) return I32[(it >> 2) + H_AUX] < IterKind.VIEW_KEYS;
  return lookupType(typeOf(it), N.__next__) !== NULL;
}

const ITERATOR_TYPES = [
  'list_iterator', 'list_reverseiterator', 'tuple_iterator', 'str_ascii_iterator', 'bytes_iterator',
  'range_iterator', 'dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator', 'enumerate',
  'zip', 'map', 'filter', 'reversed', 'iterator', 'callable_iterator',
];
for (const name of ITERATOR_TYPES) {
  defMethods(name, {
    __iter__: (args) => arg(args, 0),
    __next__(args) {
      const self = arg(args, 0);
      if (tagOf(self) !== Tag.ITER) raise('TypeError', `descriptor '__next__' requires a '${name}' object but received a '${typeName(typeOf(self))}'`);
      const v = iterNext(self);
      if (v === NULL) raise('StopIteration');
      return v;
    },
  });
}

// ================================================================ iter() and next()

function isCallable(c: Ref): boolean {
  if ((c & 1) === 1) return false;
  switch (tagOf(c)) {
    case Tag.FUNCTION:
    case Tag.BUILTIN:
    case Tag.METHOD:
    case Tag.TYPE:
      return true;
  }
  return lookupType(typeOf(c), N.__call__) !== NULL;
}

defModule('builtins', {
  iter(args, argc, kw) {
    if (kwCount(kw) > 0) raise('TypeError', 'iter() takes no keyword arguments');
    if (argc < 1) raise('TypeError', 'iter expected at least 1 argument, got 0');
    if (argc > 2) raise('TypeError', `iter expected at most 2 arguments, got ${argc}`);
    const obj = arg(args, 0);
    if (argc === 1) return getIter(obj);
    if (!isCallable(obj)) raise('TypeError', 'iter(v, w): v must be callable');
    return newIter(IterKind.CALLABLE, obj, 0, arg(args, 1));
  },
  next(args, argc, kw) {
    if (kwCount(kw) > 0) raise('TypeError', 'next() takes no keyword arguments');
    if (argc < 1) raise('TypeError', 'next expected at least 1 argument, got 0');
    if (argc > 2) raise('TypeError', `next expected at most 2 arguments, got ${argc}`);
    const it = arg(args, 0);
    const dflt = argc > 1 ? arg(args, 1) : NULL;
    if ((it & 1) === 0 && tagOf(it) === Tag.ITER) {
      if (I32[(it >> 2) + H_AUX] >= IterKind.VIEW_KEYS)
        raise('TypeError', `'${typeName(typeOf(it))}' object is not an iterator`);
      const v = iterNext(it);
      if (v !== NULL) return v;
      if (dflt !== NULL) return dflt;
      raise('StopIteration');
    }
    const f = lookupType(typeOf(it), N.__next__);
    if (f === NULL) {
      if ((it & 1) === 0 && tagOf(it) === Tag.GENERATOR && typeOf(it) === T.generator) {
        const v = iterNext(it);
        if (v !== NULL) return v;
        if (dflt !== NULL) return dflt;
        raise('StopIteration');
      }
      raise('TypeError', `'${typeName(typeOf(it))}' object is not an iterator`);
    }
    if (dflt === NULL) return callWith(f, it);
    try {
      return callWith(f, it);
    } catch (e) {
      if (isPyExc(e, 'StopIteration')) return dflt;
      throw e;
    }
  },
});

export { isCallable };
