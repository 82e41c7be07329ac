/*
 * list: constructor (__new__/__init__, so subclasses work), methods, dunders, slicing (itemHooks for
 * list and tuple), sequence comparison (compareHooks) and + * (binaryHooks) for exact lists and tuples.
 * Caller holds the GIL everywhere.
 *
 * GC: anything Python code can run during (eqBool, compareOp, iterNext on a user iterator, key
 * functions) may collect, so temporaries held across such calls are rooted, and list contents are
 * re-read (never cached as a word index) after each of them: the list may have been resized.
 */

import { H_AUX, H_TYPE, IterKind, STR_ASTRAL, T_ITEMS, Tag } from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  NONE, bool, newList, listLen, listGet, listSet, listAppend, listItemsWord, listSetLen, listReserve,
  listInsert, listRemoveAt, tupleLen, tupleGet, newTuple, objTypes, floatValue,
} from '../heap/objects.js';
import { newStr, strValue, strFlags } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T, typeOf, typeName, isSubtype, lookupType, typeSetAttr } from '../runtime/types.js';
import { callWith, checkArgc, noKw, parseArgs, kwCount } from '../runtime/call.js';
import {
  NOTIMPL, isInt, tname, compareOp, eqBool, truthy, getIter, iterNext, reprJs, newIter, itemHooks,
  compareHooks, binaryHooks, seqIndex, N,
} from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import { defMethods, defStaticMethods, onBootstrap } from './define.js';
import { argAt, asIndexNumber, checkMethodSelf, checkSlotSelf } from './int.js';
import { sliceIndices, sliceIndex, SSIZE_MAX } from './slice-util.js';

// ---------------------------------------------------------------- shared sequence helpers

function tagOfRef(r: Ref): number {
  return (r & 1) === 1 ? Tag.INT : I32[r >> 2] & 0xff;
}

export function isListLike(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.LIST;
}
export function isTupleLike(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.TUPLE;
}

/** Appends every item of `iterable` to list `l` (l rooted by the caller). */
export function extendFromIterable(l: Ref, iterable: Ref): void {
  if ((iterable & 1) === 0) {
    const tag = I32[iterable >> 2] & 0xff;
    const tp = I32[(iterable >> 2) + H_TYPE] as Ref;
    if ((tag === Tag.LIST && tp === T.list) || (tag === Tag.TUPLE && tp === T.tuple) || iterable === l) {
      const n = tag === Tag.LIST ? listLen(iterable) : tupleLen(iterable);
      const len = listLen(l);
      listReserve(l, len + n);
      const src = tag === Tag.LIST ? listItemsWord(iterable) : (iterable >> 2) + T_ITEMS;
      const dst = listItemsWord(l);
      I32.copyWithin(dst + len, src, src + n);
      I32[(l >> 2) + H_AUX] = len + n;
      return;
    }
  }
  const it = getIter(iterable);
  const m = root(it);
  try {
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) listAppend(l, x);
  } finally {
    unroot(m);
  }
}

/** A new exact list of the items of `iterable` (not rooted: root it before running Python code). */
export function listOf(iterable: Ref): Ref {
  const l = newList(0);
  const m = root(l);
  try {
    extendFromIterable(l, iterable);
  } finally {
    unroot(m);
  }
  return l;
}

/** Items of a list or tuple as a fresh exact list when `r` is not already an exact list or tuple:
 *  PySequence_Fast. Returns r itself for exact lists/tuples. */
export function seqFast(r: Ref): Ref {
  if ((r & 1) === 0) {
    const tp = typeOf(r);
    if (tp === T.list || tp === T.tuple) return r;
  }
  return listOf(r);
}

export function seqLen(s: Ref): number {
  return (I32[s >> 2] & 0xff) === Tag.LIST ? listLen(s) : tupleLen(s);
}
export function seqGet(s: Ref, i: number): Ref {
  return (I32[s >> 2] & 0xff) === Tag.LIST ? listGet(s, i) : tupleGet(s, i);
}

/** A tuple (of type `type`) with the items of list `l`. */
export function tupleFromList(l: Ref, type: Ref = objTypes.tuple): Ref {
  const n = listLen(l);
  const t = alloc(T_ITEMS + n, Tag.TUPLE, type, n);
  const src = listItemsWord(l);
  I32.copyWithin((t >> 2) + T_ITEMS, src, src + n);
  return t;
}

/** list_richcompare / tuplerichcompare for two lists or two tuples. */
export function seqCompare(a: Ref, b: Ref, op: number): Ref {
  const m = root(a);
  root(b);
  try {
    if ((op === 2 || op === 3) && seqLen(a) !== seqLen(b)) return bool(op === 3);
    let i = 0;
    for (; i < seqLen(a) && i < seqLen(b); i++) {
      const x = seqGet(a, i);
      const y = seqGet(b, i);
      if (x === y) continue;
      const mx = root(x);
      root(y);
      try {
        if (!eqBool(x, y)) break;
      } finally {
        unroot(mx);
      }
    }
    const na = seqLen(a);
    const nb = seqLen(b);
    if (i >= na || i >= nb) {
      const c = na - nb;
      switch (op) {
        case 0: return bool(c < 0);
        case 1: return bool(c <= 0);
        case 2: return bool(c === 0);
        case 3: return bool(c !== 0);
        case 4: return bool(c > 0);
        default: return bool(c >= 0);
      }
    }
    if (op === 2) return bool(false);
    if (op === 3) return bool(true);
    return compareOp(seqGet(a, i), seqGet(b, i), op);
  } finally {
    unroot(m);
  }
}

/** The repr of a list-like or tuple-like with a recursion guard. */
const reprActive = new Set<number>();
export function seqRepr(r: Ref, open: string, close: string): string {
  if (reprActive.has(r)) return `${open}...${close}`;
  reprActive.add(r);
  const m = root(r);
  try {
    const parts: string[] = [];
    for (let i = 0; i < seqLen(r); i++) parts.push(reprJs(seqGet(r, i)));
    if (close === ')' && parts.length === 1) return `(${parts[0]},)`;
    return open + parts.join(', ') + close;
  } finally {
    unroot(m);
    reprActive.delete(r);
  }
}

/** s[slice] for a list or tuple: a new exact list or tuple. */
export function seqGetSlice(s: Ref, slice: Ref): Ref {
  const isList = (I32[s >> 2] & 0xff) === Tag.LIST;
  const m = root(s);
  let start: number, step: number, n: number;
  try {
    [start, , step, n] = sliceIndices(slice, seqLen(s));
  } finally {
    unroot(m);
  }
  const len = seqLen(s);
  if (!isList && step === 1 && n === len && typeOf(s) === T.tuple) return s;
  let dst: number;
  let out: Ref;
  if (isList) {
    out = newList(n);
    dst = listItemsWord(out);
  } else {
    out = newTuple(n);
    dst = (out >> 2) + T_ITEMS;
  }
  const src2 = isList ? listItemsWord(s) : (s >> 2) + T_ITEMS;
  if (step === 1) I32.copyWithin(dst, src2 + start, src2 + start + n);
  else for (let i = 0, j = start; i < n; i++, j += step) I32[dst + i] = I32[src2 + j];
  return out;
}

/** l[slice] = v (list_ass_slice / list_ass_subscript). */
export function listSetSlice(l: Ref, slice: Ref, v: Ref): void {
  const m = root(l);
  try {
    let [start, stop, step, n] = sliceIndices(slice, listLen(l));
    let items: Ref;
    if (step === 1) {
      if (v !== l && (v & 1) === 0 && typeOf(v) !== T.list && typeOf(v) !== T.tuple) {
        if (!isIterable(v)) raise('TypeError', 'can only assign an iterable');
      }
      items = v === l ? listOf(v) : seqFast(v);
    } else {
      if (!isIterable(v)) raise('TypeError', 'must assign iterable to extended slice');
      items = v === l ? listOf(v) : seqFast(v);
    }
    root(items);
    // Indices may have been computed before the iteration changed l: recompute as CPython does after
    // PySequence_Fast (list_ass_subscript computes them first, then converts; keep that order).
    const len = listLen(l);
    const k = seqLen(items);
    if (step === 1) {
      if (start > len) start = len;
      if (stop > len) stop = len;
      if (stop < start) stop = start;
      const d = k - (stop - start);
      if (d > 0) listReserve(l, len + d);
      const w = listItemsWord(l);
      I32.copyWithin(w + stop + d, w + stop, w + len);
      if (d < 0) I32.fill(0, w + len + d, w + len);
      I32[(l >> 2) + H_AUX] = len + d;
      const iw = (I32[items >> 2] & 0xff) === Tag.LIST ? listItemsWord(items) : (items >> 2) + T_ITEMS;
      I32.copyWithin(w + start, iw, iw + k);
      return;
    }
    if (k !== n) raise('ValueError', `attempt to assign sequence of size ${k} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) if (j >= 0 && j < listLen(l)) listSet(l, j, seqGet(items, i));
  } finally {
    unroot(m);
  }
}

/** Whether iter(v) can succeed (without calling __iter__). */
export function isIterable(v: Ref): boolean {
  if ((v & 1) === 1) return false;
  switch (I32[v >> 2] & 0xff) {
    case Tag.LIST: case Tag.TUPLE: case Tag.STR: case Tag.BYTES: case Tag.DICT: case Tag.SET: case Tag.RANGE:
    case Tag.ITER: case Tag.GENERATOR:
      return true;
  }
  const tp = typeOf(v);
  const f = lookupType(tp, N.__iter__);
  if (f !== NULL) return f !== NONE;
  return lookupType(tp, N.__getitem__) !== NULL;
}

/** del l[slice]. */
export function listDelSlice(l: Ref, slice: Ref): void {
  const m = root(l);
  let start: number, step: number, n: number;
  try {
    [start, , step, n] = sliceIndices(slice, listLen(l));
  } finally {
    unroot(m);
  }
  if (n <= 0) return;
  const len = listLen(l);
  const w = listItemsWord(l);
  if (step < 0) {
    start = start + step * (n - 1);
    step = -step;
  }
  if (step === 1) {
    I32.copyWithin(w + start, w + start + n, w + len);
  } else {
    let dst = start;
    for (let src = start; src < len; src++) {
      const removed = src >= start && (src - start) % step === 0 && (src - start) / step < n;
      if (!removed) I32[w + dst++] = I32[w + src];
    }
  }
  I32.fill(0, w + len - n, w + len);
  I32[(l >> 2) + H_AUX] = len - n;
}

/** seq * n for a list or tuple (result exact). */
export function seqRepeat(s: Ref, n: number): Ref {
  const isList = (I32[s >> 2] & 0xff) === Tag.LIST;
  const len = seqLen(s);
  if (n < 0) n = 0;
  if (!isList && n === 1 && typeOf(s) === T.tuple) return s;
  const total = len * n;
  if (total > 0x7fffffff / 4) raise('MemoryError', '');
  const out = isList ? newList(total) : newTuple(total);
  const dst = isList ? listItemsWord(out) : (out >> 2) + T_ITEMS;
  const src = isList ? listItemsWord(s) : (s >> 2) + T_ITEMS;
  for (let i = 0; i < n; i++) I32.copyWithin(dst + i * len, src, src + len);
  return out;
}

/** a + b for two lists or two tuples (result exact). */
export function seqConcat(a: Ref, b: Ref): Ref {
  const isList = (I32[a >> 2] & 0xff) === Tag.LIST;
  const na = seqLen(a);
  const nb = seqLen(b);
  if (!isList) {
    if (nb === 0 && typeOf(a) === T.tuple) return a;
    if (na === 0 && typeOf(b) === T.tuple) return b;
  }
  const out = isList ? newList(na + nb) : newTuple(na + nb);
  const dst = isList ? listItemsWord(out) : (out >> 2) + T_ITEMS;
  const sa = isList ? listItemsWord(a) : (a >> 2) + T_ITEMS;
  const sb = isList ? listItemsWord(b) : (b >> 2) + T_ITEMS;
  I32.copyWithin(dst, sa, sa + na);
  I32.copyWithin(dst + na, sb, sb + nb);
  return out;
}

/** The repeat count of `seq * n`, or null when n is not an index. */
function repeatCount(n: Ref): number | null {
  if ((n & 1) === 1) return n >> 1;
  if (isInt(n) || ((I32[n >> 2] & 0xff) !== Tag.FLOAT && lookupType(typeOf(n), N.__index__) !== NULL)) return asIndexNumber(n);
  return null;
}

// ---------------------------------------------------------------- sort

/** A stable natural merge sort that only asks `lt(x, y)` (x < y), as CPython's listsort does. */
function mergeSort(a: number[], lt: (x: number, y: number) => boolean): number[] {
  const n = a.length;
  if (n < 2) return a;
  // Find natural runs (non-descending, or strictly descending reversed).
  const runs: number[][] = [];
  let i = 0;
  while (i < n) {
    let j = i + 1;
    if (j < n && lt(a[j], a[j - 1])) {
      while (j + 1 < n && lt(a[j + 1], a[j])) j++;
      j++;
      runs.push(a.slice(i, j).reverse());
    } else {
      while (j < n && !lt(a[j], a[j - 1])) j++;
      runs.push(a.slice(i, j));
    }
    i = j;
  }
  let cur = runs;
  while (cur.length > 1) {
    const next: number[][] = [];
    for (let k = 0; k + 1 < cur.length; k += 2) next.push(merge(cur[k], cur[k + 1], lt));
    if (cur.length % 2 === 1) next.push(cur[cur.length - 1]);
    cur = next;
  }
  return cur[0];
}

function merge(x: number[], y: number[], lt: (a: number, b: number) => boolean): number[] {
  const out: number[] = new Array(x.length + y.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < x.length && j < y.length) {
    if (lt(y[j], x[i])) out[k++] = y[j++];
    else out[k++] = x[i++];
  }
  while (i < x.length) out[k++] = x[i++];
  while (j < y.length) out[k++] = y[j++];
  return out;
}

/** When every key is a small int or exact float, or every key is an exact str without surrogates, the
 *  keys as JS values whose `<` is Python's `<` (no Python code can run); else null. */
function fastKeys(keys: Ref, n: number): (number | string)[] | null {
  const out: (number | string)[] = new Array(n);
  let nums = 0;
  let strs = 0;
  for (let i = 0; i < n; i++) {
    const k = listGet(keys, i);
    if ((k & 1) === 1) {
      out[i] = k >> 1;
      nums++;
      continue;
    }
    const tp = typeOf(k);
    if (tp === T.float) {
      out[i] = floatValue(k);
      nums++;
    } else if (tp === T.str && (strFlags(k) & STR_ASTRAL) === 0) {
      out[i] = strValue(k);
      strs++;
    } else return null;
    if (nums > 0 && strs > 0) return null;
  }
  return out;
}

function lessThan(x: Ref, y: Ref): boolean {
  if ((x & y & 1) === 1) return x >> 1 < y >> 1;
  return truthy(compareOp(x, y, 0));
}

/** list.sort(key=None, reverse=False) on list l (rooted by the caller). */
export function listSort(l: Ref, key: Ref, reverse: boolean): void {
  const n = listLen(l);
  // Keep the items in a rooted copy and empty the list while sorting (CPython does the same, to detect
  // modification by key functions and comparisons).
  const saved = newList(n);
  I32.copyWithin(listItemsWord(saved), listItemsWord(l), listItemsWord(l) + n);
  const m = root(saved);
  let written = false;
  try {
    listSetLen(l, 0);
    let keys = saved;
    if (key !== NULL && key !== NONE) {
      keys = newList(0, n);
      root(keys);
      for (let i = 0; i < n; i++) {
        const k = callWith(key, listGet(saved, i));
        listAppend(keys, k);
      }
    }
    let idx: number[] = new Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    if (reverse) idx.reverse();
    const fast = fastKeys(keys, n);
    if (fast !== null) {
      const fk = fast;
      idx = mergeSort(idx, (a, b) => fk[a] < fk[b]);
    } else {
      idx = mergeSort(idx, (a, b) => lessThan(listGet(keys, a), listGet(keys, b)));
    }
    if (reverse) idx.reverse();
    const modified = listLen(l) !== 0;
    listSetLen(l, n);
    const w = listItemsWord(l);
    const sw = listItemsWord(saved);
    for (let i = 0; i < n; i++) I32[w + i] = I32[sw + idx[i]];
    written = true;
    if (modified) raise('ValueError', 'list modified during sort');
  } catch (e) {
    // Restore the items (in their original order) before the exception propagates.
    if (!written) {
      listSetLen(l, n);
      I32.copyWithin(listItemsWord(l), listItemsWord(saved), listItemsWord(saved) + n);
    }
    throw e;
  } finally {
    unroot(m);
  }
}

// ---------------------------------------------------------------- natives

function selfList(args: number, name: string): Ref {
  const self = argAt(args, 0);
  if ((self & 1) === 0 && (I32[self >> 2] & 0xff) === Tag.LIST && (I32[(self >> 2) + H_TYPE] === T.list || isSubtype(typeOf(self), T.list)))
    return self;
  checkMethodSelf(self, T.list, name);
  return self;
}

function listIndexArg(args: number, i: number, len: number, what: string): number {
  return seqIndex(argAt(args, i), len, what);
}

/** An index argument of insert/pop/index: any __index__, clamped later. */
function indexArg(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  return asIndexNumber(r);
}

const listMethods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {
  append(args, argc, kw) {
    if (argc !== 2 || kw !== NULL) {
      noKw('list.append', kw);
      raise('TypeError', `list.append() takes exactly one argument (${argc - 1} given)`);
    }
    listAppend(selfList(args, 'append'), argAt(args, 1));
    return NONE;
  },
  extend(args, argc, kw) {
    noKw('list.extend', kw);
    if (argc !== 2) raise('TypeError', `list.extend() takes exactly one argument (${argc - 1} given)`);
    extendFromIterable(selfList(args, 'extend'), argAt(args, 1));
    return NONE;
  },
  insert(args, argc, kw) {
    noKw('insert', kw);
    const l = selfList(args, 'insert');
    if (argc !== 3) raise('TypeError', `insert expected 2 arguments, got ${argc - 1}`);
    let i = indexArg(argAt(args, 1));
    const n = listLen(l);
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    listInsert(l, i, argAt(args, 2));
    return NONE;
  },
  remove(args, argc, kw) {
    noKw('list.remove', kw);
    const l = selfList(args, 'remove');
    if (argc !== 2) raise('TypeError', `list.remove() takes exactly one argument (${argc - 1} given)`);
    const x = argAt(args, 1);
    for (let i = 0; i < listLen(l); i++) {
      const y = listGet(l, i);
      if (y === x || eqBoolRooted(y, x)) {
        if (i < listLen(l)) listRemoveAt(l, i);
        return NONE;
      }
    }
    raise('ValueError', 'list.remove(x): x not in list');
  },
  pop(args, argc, kw) {
    noKw('pop', kw);
    const l = selfList(args, 'pop');
    if (argc > 2) raise('TypeError', `pop expected at most 1 argument, got ${argc - 1}`);
    const n = listLen(l);
    let i = argc === 2 ? indexArg(argAt(args, 1)) : -1;
    if (n === 0) raise('IndexError', 'pop from empty list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise('IndexError', 'pop index out of range');
    if (i === n - 1) {
      const v = listGet(l, i);
      listSetLen(l, n - 1);
      return v;
    }
    return listRemoveAt(l, i);
  },
  clear(args, argc, kw) {
    noKw('list.clear', kw);
    const l = selfList(args, 'clear');
    if (argc !== 1) raise('TypeError', `list.clear() takes no arguments (${argc - 1} given)`);
    listSetLen(l, 0);
    return NONE;
  },
  copy(args, argc, kw) {
    noKw('list.copy', kw);
    const l = selfList(args, 'copy');
    if (argc !== 1) raise('TypeError', `list.copy() takes no arguments (${argc - 1} given)`);
    const n = listLen(l);
    const out = newList(n);
    const src = listItemsWord(l);
    I32.copyWithin(listItemsWord(out), src, src + n);
    return out;
  },
  index(args, argc, kw) {
    noKw('index', kw);
    const l = selfList(args, 'index');
    if (argc < 2) raise('TypeError', `index expected at least 1 argument, got ${argc - 1}`);
    if (argc > 4) raise('TypeError', `index expected at most 3 arguments, got ${argc - 1}`);
    const x = argAt(args, 1);
    let start = argc > 2 ? sliceIndex(argAt(args, 2), 0) : 0;
    let stop = argc > 3 ? sliceIndex(argAt(args, 3), SSIZE_MAX) : SSIZE_MAX;
    const n = listLen(l);
    if (start < 0) {
      start += n;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += n;
      if (stop < 0) stop = 0;
    }
    for (let i = start; i < stop && i < listLen(l); i++) {
      const y = listGet(l, i);
      if (y === x || eqBoolRooted(y, x)) return mkSmall(i);
    }
    raise('ValueError', `${reprJs(x)} is not in list`);
  },
  count(args, argc, kw) {
    noKw('list.count', kw);
    const l = selfList(args, 'count');
    if (argc !== 2) raise('TypeError', `list.count() takes exactly one argument (${argc - 1} given)`);
    const x = argAt(args, 1);
    let c = 0;
    for (let i = 0; i < listLen(l); i++) {
      const y = listGet(l, i);
      if (y === x || eqBoolRooted(y, x)) c++;
    }
    return mkSmall(c);
  },
  reverse(args, argc, kw) {
    noKw('list.reverse', kw);
    const l = selfList(args, 'reverse');
    if (argc !== 1) raise('TypeError', `list.reverse() takes no arguments (${argc - 1} given)`);
    const n = listLen(l);
    const w = listItemsWord(l);
    I32.subarray(w, w + n).reverse();
    return NONE;
  },
  sort(args, argc, kw) {
    const l = selfList(args, 'sort');
    const nkw = kwCount(kw);
    if (argc - 1 - nkw > 0) raise('TypeError', 'sort() takes no positional arguments');
    for (let k = 0; k < nkw; k++) {
      const nm = strValue(tupleGet(kw, k));
      if (nm !== 'key' && nm !== 'reverse') raise('TypeError', `'${nm}' is an invalid keyword argument for sort()`);
    }
    const [key, rev] = parseArgs('sort', args + 1, argc - 1, kw, ['*', 'key', 'reverse']);
    const reverse = rev !== NULL && truthyInt(rev);
    listSort(l, key, reverse);
    return NONE;
  },
  __len__(args, argc, kw) {
    noKw('__len__', kw);
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__len__');
    void argc;
    return mkSmall(listLen(l));
  },
  __getitem__(args, argc, kw) {
    noKw('__getitem__', kw);
    const l = selfList(args, '__getitem__');
    if (argc !== 2) raise('TypeError', `list.__getitem__() takes exactly one argument (${argc - 1} given)`);
    const k = argAt(args, 1);
    if (tagOfRef(k) === Tag.SLICE) return seqGetSlice(l, k);
    if (!isInt(k) && !hasIndex(k)) raise('TypeError', `list indices must be integers or slices, not ${tname(k)}`);
    return listGet(l, listIndexArg(args, 1, listLen(l), 'list'));
  },
  __setitem__(args, argc, kw) {
    noKw('__setitem__', kw);
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__setitem__');
    checkArgc('__setitem__', argc - 1, 2, 2);
    const k = argAt(args, 1);
    if (tagOfRef(k) === Tag.SLICE) listSetSlice(l, k, argAt(args, 2));
    else listSet(l, listIndexArg(args, 1, listLen(l), 'list assignment'), argAt(args, 2));
    return NONE;
  },
  __delitem__(args, argc, kw) {
    noKw('__delitem__', kw);
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__delitem__');
    checkArgc('__delitem__', argc - 1, 1, 1);
    const k = argAt(args, 1);
    if (tagOfRef(k) === Tag.SLICE) listDelSlice(l, k);
    else listRemoveAt(l, listIndexArg(args, 1, listLen(l), 'list assignment'));
    return NONE;
  },
  __contains__(args, argc, kw) {
    noKw('__contains__', kw);
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__contains__');
    checkArgc('__contains__', argc - 1, 1, 1);
    const x = argAt(args, 1);
    for (let i = 0; i < listLen(l); i++) {
      const y = listGet(l, i);
      if (y === x || eqBoolRooted(y, x)) return bool(true);
    }
    return bool(false);
  },
  __iter__(args, argc, kw) {
    noKw('__iter__', kw);
    void argc;
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__iter__');
    return newIter(IterKind.LIST, l, 0);
  },
  __reversed__(args, argc, kw) {
    noKw('__reversed__', kw);
    void argc;
    const l = selfList(args, '__reversed__');
    return newIter(IterKind.LIST_REV, l, listLen(l) - 1);
  },
  __add__(args, argc, kw) {
    noKw('__add__', kw);
    checkArgc('__add__', argc - 1, 1, 1);
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__add__');
    const o = argAt(args, 1);
    if (!isListLike(o)) raise('TypeError', `can only concatenate list (not "${tname(o)}") to list`);
    return seqConcat(l, o);
  },
  __iadd__(args, argc, kw) {
    noKw('__iadd__', kw);
    checkArgc('__iadd__', argc - 1, 1, 1);
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__iadd__');
    extendFromIterable(l, argAt(args, 1));
    return l;
  },
  __mul__: listMul,
  __rmul__: listMul,
  __imul__(args, argc, kw) {
    noKw('__imul__', kw);
    checkArgc('__imul__', argc - 1, 1, 1);
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__imul__');
    const n = repeatCount(argAt(args, 1));
    if (n === null) return NOTIMPL;
    listInPlaceRepeat(l, n);
    return l;
  },
  __repr__(args, argc, kw) {
    noKw('__repr__', kw);
    void argc;
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__repr__');
    return newStr(seqRepr(l, '[', ']'));
  },
  __init__(args, argc, kw) {
    const l = argAt(args, 0);
    checkSlotSelf(l, T.list, '__init__');
    if (kw !== NULL && kwCount(kw) > 0) raise('TypeError', 'list() takes no keyword arguments');
    if (argc > 2) raise('TypeError', `list expected at most 1 argument, got ${argc - 1}`);
    listSetLen(l, 0);
    if (argc === 2) extendFromIterable(l, argAt(args, 1));
    return NONE;
  },
};

function listMul(args: number, argc: number, kw: Ref): Ref {
  noKw('__mul__', kw);
  checkArgc('__mul__', argc - 1, 1, 1);
  const l = argAt(args, 0);
  checkSlotSelf(l, T.list, '__mul__');
  const n = repeatCount(argAt(args, 1));
  if (n === null) return NOTIMPL;
  return seqRepeat(l, n);
}

function listInPlaceRepeat(l: Ref, n: number): void {
  const len = listLen(l);
  if (n <= 0 || len === 0) {
    listSetLen(l, 0);
    return;
  }
  if (len * n > 0x7fffffff / 4) raise('MemoryError', '');
  listSetLen(l, len * n);
  const w = listItemsWord(l);
  for (let i = 1; i < n; i++) I32.copyWithin(w + i * len, w, w + len);
}

function truthyInt(r: Ref): boolean {
  // CPython parses reverse with the 'i' converter: ints (and bools) only.
  if (!isInt(r)) {
    if ((r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.FLOAT) raise('TypeError', "'float' object cannot be interpreted as an integer");
    return asIndexNumber(r) !== 0;
  }
  return truthy(r);
}

function hasIndex(k: Ref): boolean {
  try {
    return isInt(k) || typeOfHasIndex(k);
  } catch {
    return false;
  }
}
function typeOfHasIndex(k: Ref): boolean {
  return lookupType(typeOf(k), N.__index__) !== NULL;
}

/** eqBool with both operands rooted (the list may drop them while __eq__ runs). */
export function eqBoolRooted(a: Ref, b: Ref): boolean {
  if ((a & b & 1) === 1) return false;
  const m = root(a);
  root(b);
  try {
    return eqBool(a, b);
  } finally {
    unroot(m);
  }
}

function listNew(args: number, argc: number, kw: Ref): Ref {
  void argc;
  void kw;
  const cls = argAt(args, 0);
  if (cls !== T.list && !isSubtype(cls, T.list)) raise('TypeError', `list.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of list`);
  return newList(0, 0, cls);
}

// Rich comparisons as slot wrappers (NotImplemented unless both are lists).
const CMP = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
CMP.forEach((name, op) => {
  listMethods[name] = (args, argc, kw) => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const a = argAt(args, 0);
    checkSlotSelf(a, T.list, name);
    const b = argAt(args, 1);
    if (!isListLike(b)) return NOTIMPL;
    return seqCompare(a, b, op);
  };
});

defStaticMethods('list', { __new__: listNew });
defMethods('list', listMethods);
onBootstrap(() => typeSetAttr(T.list, '__hash__', NONE));

// ---------------------------------------------------------------- hooks for exact lists and tuples

{
  const prevGet = itemHooks.getSlice;
  itemHooks.getSlice = (c: Ref, s: Ref): Ref => {
    const tag = I32[c >> 2] & 0xff;
    if (tag === Tag.LIST || tag === Tag.TUPLE) return seqGetSlice(c, s);
    return prevGet(c, s);
  };
  const prevSet = itemHooks.setSlice;
  itemHooks.setSlice = (c: Ref, s: Ref, v: Ref): void => {
    if ((I32[c >> 2] & 0xff) === Tag.LIST) return listSetSlice(c, s, v);
    return prevSet(c, s, v);
  };
  const prevDel = itemHooks.delSlice;
  itemHooks.delSlice = (c: Ref, s: Ref): void => {
    if ((I32[c >> 2] & 0xff) === Tag.LIST) return listDelSlice(c, s);
    return prevDel(c, s);
  };

  const prevCmp = compareHooks.builtin;
  compareHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
    if ((a & 1) === 0 && (b & 1) === 0) {
      const ta = I32[a >> 2] & 0xff;
      if ((ta === Tag.LIST || ta === Tag.TUPLE) && ta === (I32[b >> 2] & 0xff)) return seqCompare(a, b, op);
    }
    return prevCmp(a, b, op);
  };

  const prevBin = binaryHooks.builtin;
  binaryHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
    const base = op >= 13 ? op - 13 : op;
    if ((a & 1) === 0) {
      const ta = I32[a >> 2] & 0xff;
      if (ta === Tag.LIST || ta === Tag.TUPLE) {
        if (base === 0) {
          if (op === 13 && ta === Tag.LIST) {
            extendFromIterable(a, b);
            return a;
          }
          if ((b & 1) === 0 && (I32[b >> 2] & 0xff) === ta) return seqConcat(a, b);
          return NULL;
        }
        if (base === 5) {
          const n = repeatCount(b);
          if (n === null) return NULL;
          if (op === 18 && ta === Tag.LIST) {
            listInPlaceRepeat(a, n);
            return a;
          }
          return seqRepeat(a, n);
        }
      }
    }
    if (base === 5 && (b & 1) === 0) {
      const tb = I32[b >> 2] & 0xff;
      if (tb === Tag.LIST || tb === Tag.TUPLE) {
        const n = repeatCount(a);
        if (n !== null) return seqRepeat(b, n);
      }
    }
    return prevBin(a, b, op);
  };
}

