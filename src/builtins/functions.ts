/*
 * Functions of the builtins module (Python/bltinmodule.c): len, isinstance, issubclass, the
 * attribute functions, id, hash, repr, callable, sorted, min, max, sum, any, all, chr, ord, hex, oct,
 * bin, dir, vars. (iter/next are in iterators.ts; print, input, open and the numeric ones elsewhere.)
 * Caller holds the GIL everywhere.
 */

import { H_TYPE, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  FALSE, NONE, TRUE, bool, floatValue, intFromBigInt, intFromNumber, listAppend, listFrom, listGet, listLen, 
  newFloat, newList, tupleGet, tupleLen, 
} from '../heap/objects.js';
import { bytesAt, bytesLen, newStr, strLen, strValue } from '../heap/str.js';
import { dictKeyAt, dictNext } from '../heap/dict.js';
import { defModule } from './define.js';
import {
  N, binaryOp, compareOp, getAttrOrNull, getIter, hashValue, isFloat, isInt, iterNext, lenOf,
  reprJs, setAttr, tagOf, toBig, truthy,
} from '../runtime/ops.js';
import { T, TYPES, isSubtype, lookupType, typeName, typeOf } from '../runtime/types.js';
import { callWith, kwCount } from '../runtime/call.js';
import { raise } from '../runtime/exceptions.js';
import { reroot, root, unroot } from '../runtime/thread-state.js';
import { intToString } from '../runtime/format.js';
import { arg, attrName, isPyExc, listOf, typeDescrs } from './object.js';
import { isCallable } from './iterators.js';
import { listSort } from './list.js';

/** Hooks the VM fills: the locals of the running frame (dir() and vars() without arguments). */
export const builtinsHooks = {
  locals: (): Ref => NULL,
};

// ================================================================ sorting (shared with list.sort)

/** a < b as a JS boolean, with direct paths for small ints, floats and exact strs. May run Python. */
export function lessThan(a: Ref, b: Ref): boolean {
  if ((a & b & 1) === 1) return a >> 1 < b >> 1;
  const ta = (a & 1) === 1 ? T.int : (I32[(a >> 2) + H_TYPE] as Ref);
  const tb = (b & 1) === 1 ? T.int : (I32[(b >> 2) + H_TYPE] as Ref);
  if (ta === T.str && tb === T.str) return strValue(a) < strValue(b);
  if (ta === T.float && tb === T.float) return floatValue(a) < floatValue(b);
  const r = compareOp(a, b, 0);
  if (r === TRUE) return true;
  if (r === FALSE) return false;
  return truthy(r);
}

/**
 * (Not used by sorted(), which shares list.sort's listSort; kept for list.ts to adopt.)
 * Sorts `n` items given by index with CPython's list.sort results: a stable sort using only `<`
 * between keys, reverse keeping equal items in their original order (CPython reverses, sorts and
 * reverses back). Below 64 items it makes CPython's exact comparisons (count_run + binary
 * insertion), so even inconsistent orders (NaN) give the same result; above, a merge sort.
 * `lt(i, j)` compares the keys of items i and j. Returns the permutation.
 */
export function sortPermutation(n: number, lt: (i: number, j: number) => boolean, reverse: boolean): number[] {
  const p: number[] = [];
  for (let i = 0; i < n; i++) p.push(i);
  if (reverse) p.reverse();
  if (n < 2) {
    if (reverse) p.reverse();
    return p;
  }
  if (n < 64) {
    // count_run
    let run = 2;
    if (lt(p[1], p[0])) {
      while (run < n && lt(p[run], p[run - 1])) run++;
      reverseRange(p, 0, run);
    } else {
      while (run < n && !lt(p[run], p[run - 1])) run++;
    }
    // binarysort(lo, hi, start = run)
    for (let start = run; start < n; start++) {
      const pivot = p[start];
      let l = 0;
      let r = start;
      do {
        const m = l + ((r - l) >> 1);
        if (lt(pivot, p[m])) r = m;
        else l = m + 1;
      } while (l < r);
      for (let k = start; k > l; k--) p[k] = p[k - 1];
      p[l] = pivot;
    }
  } else {
    mergeSort(p, lt);
  }
  if (reverse) p.reverse();
  return p;
}

function reverseRange(p: number[], lo: number, hi: number): void {
  for (let i = lo, j = hi - 1; i < j; i++, j--) {
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
}

function mergeSort(p: number[], lt: (i: number, j: number) => boolean): void {
  const n = p.length;
  let src = p.slice();
  let dst = new Array<number>(n);
  // Runs of 32 by binary insertion, then bottom-up merges.
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(n, lo + RUN);
    for (let start = lo + 1; start < hi; start++) {
      const pivot = src[start];
      let l = lo;
      let r = start;
      while (l < r) {
        const m = l + ((r - l) >> 1);
        if (lt(pivot, src[m])) r = m;
        else l = m + 1;
      }
      for (let k = start; k > l; k--) src[k] = src[k - 1];
      src[l] = pivot;
    }
  }
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(n, lo + width);
      const hi = Math.min(n, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (lt(src[j], src[i])) dst[k++] = src[j++];
        else dst[k++] = src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    const t = src;
    src = dst;
    dst = t;
  }
  for (let i = 0; i < n; i++) p[i] = src[i];
}

// ================================================================ isinstance / issubclass

let instCheckDepth = 0;

const NAMES = new Map<string, Ref>();
/** An interned name, cached per worker (interned strs are never freed). */
function nm(s: string): Ref {
  let r = NAMES.get(s);
  if (r === undefined) {
    r = intern(s);
    NAMES.set(s, r);
  }
  return r;
}

function isInstance(obj: Ref, cls: Ref): boolean {
  const tp = typeOf(obj);
  if (tp === cls) return true;
  if ((cls & 1) === 0 && tagOf(cls) === Tag.TYPE) {
    const meta = typeOf(cls);
    if (meta !== T.type) {
      const f = lookupType(meta, nm('__instancecheck__'));
      if (f !== NULL && f !== typeDescrs.instancecheck) return truthy(callWith(f, cls, obj));
    }
    if (isSubtype(tp, cls)) return true;
    // obj.__class__ may differ from type(obj) (proxies)
    return false;
  }
  if ((cls & 1) === 0 && tagOf(cls) === Tag.TUPLE) {
    if (++instCheckDepth > 1000) {
      instCheckDepth = 0;
      raise('RecursionError', 'maximum recursion depth exceeded in __instancecheck__');
    }
    try {
      for (let i = 0; i < tupleLen(cls); i++) if (isInstance(obj, tupleGet(cls, i))) return true;
      return false;
    } finally {
      instCheckDepth--;
    }
  }
  const f = lookupType(typeOf(cls), nm('__instancecheck__'));
  if (f !== NULL) return truthy(callWith(f, cls, obj));
  raise('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function isSubclass(c: Ref, cls: Ref): boolean {
  if ((cls & 1) === 0 && tagOf(cls) === Tag.TYPE) {
    const meta = typeOf(cls);
    if (meta !== T.type) {
      const f = lookupType(meta, nm('__subclasscheck__'));
      if (f !== NULL && f !== typeDescrs.subclasscheck) return truthy(callWith(f, cls, c));
    }
    if ((c & 1) === 1 || tagOf(c) !== Tag.TYPE) raise('TypeError', 'issubclass() arg 1 must be a class');
    return isSubtype(c, cls);
  }
  if ((cls & 1) === 0 && tagOf(cls) === Tag.TUPLE) {
    for (let i = 0; i < tupleLen(cls); i++) if (isSubclass(c, tupleGet(cls, i))) return true;
    return false;
  }
  const f = lookupType(typeOf(cls), nm('__subclasscheck__'));
  if (f !== NULL) return truthy(callWith(f, cls, c));
  if ((c & 1) === 1 || tagOf(c) !== Tag.TYPE) raise('TypeError', 'issubclass() arg 1 must be a class');
  raise('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}

export { isInstance, isSubclass };

// ================================================================ helpers

function noKw(fname: string, kw: Ref): void {
  if (kwCount(kw) > 0) raise('TypeError', `${fname}() takes no keyword arguments`);
}

function exactlyOne(fname: string, argc: number, kw: Ref): void {
  noKw(fname, kw);
  if (argc !== 1) raise('TypeError', `${fname}() takes exactly one argument (${argc} given)`);
}

function argCount(fname: string, argc: number, kw: Ref, min: number, max: number): void {
  noKw(fname, kw);
  if (argc < min) raise('TypeError', `${fname} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${argc}`);
  if (argc > max) raise('TypeError', `${fname} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${argc}`);
}

/** The bigint of an int-like via __index__ (hex/oct/bin). */
function indexBig(v: Ref): bigint {
  if (isInt(v)) return toBig(v);
  const f = lookupType(typeOf(v), N.__index__);
  if (f === NULL) raise('TypeError', `'${typeName(typeOf(v))}' object cannot be interpreted as an integer`);
  const r = callWith(f, v);
  if (!isInt(r)) raise('TypeError', `__index__ returned non-int (type ${typeName(typeOf(r))})`);
  return toBig(r);
}

function sortedStrList(names: Ref): Ref {
  const n = listLen(names);
  let allStr = true;
  for (let i = 0; i < n; i++) if (typeOf(listGet(names, i)) !== T.str) allStr = false;
  if (allStr) {
    const items: [string, Ref][] = [];
    for (let i = 0; i < n; i++) items.push([strValue(listGet(names, i)), listGet(names, i)]);
    items.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return listFrom(items.map((x) => x[1]));
  }
  const m = root(names);
  try {
    listSort(names, NULL, false);
    return names;
  } finally {
    unroot(m);
  }
}

function keysOf(d: Ref): Ref {
  const l = newList(0);
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) listAppend(l, dictKeyAt(d, i));
  return l;
}

// ---------------------------------------------------------------- min / max

function minMax(args: number, argc: number, kw: Ref, isMax: boolean): Ref {
  const fname = isMax ? 'max' : 'min';
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  let key: Ref = NULL;
  let dflt: Ref = NULL;
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kw, k));
    const v = I32[args + npos + k] as Ref;
    if (name === 'key') key = v;
    else if (name === 'default') dflt = v;
    else raise('TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
  }
  if (key === NONE) key = NULL;
  if (npos === 0) raise('TypeError', `${fname} expected at least 1 argument, got 0`);
  if (npos > 1 && dflt !== NULL)
    raise('TypeError', `Cannot specify a default for ${fname}() with multiple positional arguments`);
  const op = isMax ? 4 : 0; // > or <
  const mark = root(NULL); // iterator
  const mBest = root(NULL);
  const mBestKey = root(NULL);
  const mItem = root(NULL);
  try {
    let it: Ref = NULL;
    if (npos === 1) {
      it = getIter(arg(args, 0));
      reroot(mark, it);
    }
    let best: Ref = NULL;
    let bestKey: Ref = NULL;
    for (let i = 0; ; i++) {
      let item: Ref;
      if (it !== NULL) {
        item = iterNext(it);
        if (item === NULL) break;
      } else {
        if (i >= npos) break;
        item = arg(args, i);
      }
      reroot(mItem, item);
      const k = key !== NULL ? callWith(key, item) : item;
      if (best === NULL) {
        best = item;
        bestKey = k;
      } else {
        reroot(mBest, best);
        reroot(mBestKey, bestKey);
        const m2 = root(k);
        let better: boolean;
        try {
          const r = compareOp(k, bestKey, op);
          better = r === TRUE ? true : r === FALSE ? false : truthy(r);
        } finally {
          unroot(m2);
        }
        if (better) {
          best = item;
          bestKey = k;
        }
      }
      reroot(mBest, best);
      reroot(mBestKey, bestKey);
    }
    if (best === NULL) {
      if (dflt !== NULL) return dflt;
      raise('ValueError', `${fname}() arg is an empty sequence`);
    }
    return best;
  } finally {
    unroot(mark);
  }
}

// ---------------------------------------------------------------- sum

function sum(args: number, argc: number, kw: Ref): Ref {
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  let start: Ref = NULL;
  if (npos < 1) raise('TypeError', `sum() missing required argument 'iterable' (pos 1)`);
  if (npos > 2) raise('TypeError', `sum() takes at most 2 arguments (${npos} given)`);
  if (npos === 2) start = arg(args, 1);
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kw, k));
    if (name !== 'start') raise('TypeError', `sum() got an unexpected keyword argument '${name}'`);
    if (start !== NULL) raise('TypeError', `argument for sum() given by name ('start') and position (2)`);
    start = I32[args + npos + k] as Ref;
  }
  if (start === NULL) start = mkSmall(0);
  if ((start & 1) === 0) {
    const tag = tagOf(start);
    if (tag === Tag.STR) raise('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    if (tag === Tag.BYTES) raise('TypeError', "sum() can't sum bytes [use b''.join(seq) instead]");
    if (typeName(typeOf(start)) === 'bytearray') raise('TypeError', "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = getIter(arg(args, 0));
  const mark = root(it);
  const mAcc = root(start);
  try {
    let acc = start;
    // int fast path (exact ints and bools, while the sum stays a safe integer)
    if (typeOf(acc) === T.int || (acc & 1) === 1) {
      let big = toBig(acc);
      let small = Number(big);
      let useSmall = Number.isSafeInteger(small);
      for (;;) {
        const x = iterNext(it);
        if (x === NULL) return useSmall ? intFromNumber(small) : intFromBigInt(big);
        if ((x & 1) === 1 && useSmall) {
          small += x >> 1;
          if (!Number.isSafeInteger(small)) {
            useSmall = false;
            big = BigInt(small - (x >> 1)) + BigInt(x >> 1);
          }
          continue;
        }
        if (typeOf(x) === T.int || typeOf(x) === T.bool) {
          if (useSmall) {
            big = BigInt(small);
            useSmall = false;
          }
          big += toBig(x);
          continue;
        }
        acc = useSmall ? intFromNumber(small) : intFromBigInt(big);
        reroot(mAcc, acc);
        acc = binaryOp(acc, x, 0);
        reroot(mAcc, acc);
        break;
      }
    }
    if (typeOf(acc) === T.float) {
      let f = floatValue(acc);
      for (;;) {
        const x = iterNext(it);
        if (x === NULL) return newFloat(f);
        if ((x & 1) === 1) {
          f += x >> 1;
          continue;
        }
        const tx = typeOf(x);
        if (tx === T.float) {
          f += floatValue(x);
          continue;
        }
        if (isInt(x)) {
          const v = toBig(x);
          if (v >= -(1n << 63n) && v < 1n << 63n) {
            f += Number(v);
            continue;
          }
        }
        acc = newFloat(f);
        reroot(mAcc, acc);
        acc = binaryOp(acc, x, 0);
        reroot(mAcc, acc);
        break;
      }
    }
    for (;;) {
      const x = iterNext(it);
      if (x === NULL) return acc;
      acc = binaryOp(acc, x, 0);
      reroot(mAcc, acc);
    }
  } finally {
    unroot(mark);
  }
}

// ---------------------------------------------------------------- hash

function hashBuiltin(x: Ref): Ref {
  if ((x & 1) === 1) return x === mkSmall(-1) ? mkSmall(-2) : x;
  return hashValue(x);
}


// ---------------------------------------------------------------- dir / vars

function dirOf(obj: Ref): Ref {
  const f = lookupType(typeOf(obj), intern__dir__());
  if (f === NULL) raise('TypeError', 'object does not provide __dir__');
  const r = callWith(f, obj);
  const m = root(r);
  try {
    const l = typeOf(r) === T.list ? listFrom(Array.from({ length: listLen(r) }, (_, i) => listGet(r, i))) : listOf(r);
    return sortedStrList(l);
  } finally {
    unroot(m);
  }
}

import { intern } from '../heap/str.js';
let dirName: Ref = NULL;
function intern__dir__(): Ref {
  if (dirName === NULL) dirName = intern('__dir__');
  return dirName;
}

// ================================================================ the module

defModule('builtins', {
  len(args, argc, kw) {
    exactlyOne('len', argc, kw);
    return intFromNumber(lenOf(arg(args, 0)));
  },
  isinstance(args, argc, kw) {
    argCount('isinstance', argc, kw, 2, 2);
    return bool(isInstance(arg(args, 0), arg(args, 1)));
  },
  issubclass(args, argc, kw) {
    argCount('issubclass', argc, kw, 2, 2);
    return bool(isSubclass(arg(args, 0), arg(args, 1)));
  },
  hasattr(args, argc, kw) {
    argCount('hasattr', argc, kw, 2, 2);
    const name = attrName(arg(args, 1));
    try {
      return bool(getAttrOrNull(arg(args, 0), name, false) !== NULL);
    } catch (e) {
      if (isPyExc(e, 'AttributeError')) return FALSE;
      throw e;
    }
  },
  getattr(args, argc, kw) {
    argCount('getattr', argc, kw, 2, 3);
    const name = attrName(arg(args, 1));
    if (argc === 2) return getAttrOrNull(arg(args, 0), name, true);
    try {
      const v = getAttrOrNull(arg(args, 0), name, false);
      return v === NULL ? arg(args, 2) : v;
    } catch (e) {
      if (isPyExc(e, 'AttributeError')) return arg(args, 2);
      throw e;
    }
  },
  setattr(args, argc, kw) {
    argCount('setattr', argc, kw, 3, 3);
    setAttr(arg(args, 0), attrName(arg(args, 1)), arg(args, 2));
    return NONE;
  },
  delattr(args, argc, kw) {
    argCount('delattr', argc, kw, 2, 2);
    setAttr(arg(args, 0), attrName(arg(args, 1)), NULL);
    return NONE;
  },
  id(args, argc, kw) {
    exactlyOne('id', argc, kw);
    const x = arg(args, 0);
    return intFromNumber(((x & 1) === 1 ? 0x7e0000000000 : 0x7f0000000000) + x);
  },
  hash(args, argc, kw) {
    exactlyOne('hash', argc, kw);
    return hashBuiltin(arg(args, 0));
  },
  repr(args, argc, kw) {
    exactlyOne('repr', argc, kw);
    return newStr(reprJs(arg(args, 0)));
  },
  callable(args, argc, kw) {
    exactlyOne('callable', argc, kw);
    return bool(isCallable(arg(args, 0)));
  },
  sorted(args, argc, kw) {
    const nkw = kwCount(kw);
    const npos = argc - nkw;
    if (npos !== 1) raise('TypeError', `sorted expected 1 argument, got ${npos}`);
    let key: Ref = NULL;
    let reverse = false;
    for (let k = 0; k < nkw; k++) {
      const name = strValue(tupleGet(kw, k));
      const v = I32[args + npos + k] as Ref;
      if (name === 'key') key = v;
      else if (name === 'reverse') reverse = truthyInt(v);
      else raise('TypeError', `sort() got an unexpected keyword argument '${name}'`);
    }
    const l = listOf(arg(args, 0));
    const m = root(l);
    try {
      listSort(l, key, reverse);
      return l;
    } finally {
      unroot(m);
    }
  },
  min: (args, argc, kw) => minMax(args, argc, kw, false),
  max: (args, argc, kw) => minMax(args, argc, kw, true),
  sum,
  any(args, argc, kw) {
    exactlyOne('any', argc, kw);
    const it = getIter(arg(args, 0));
    const m = root(it);
    try {
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (truthy(x)) return TRUE;
      return FALSE;
    } finally {
      unroot(m);
    }
  },
  all(args, argc, kw) {
    exactlyOne('all', argc, kw);
    const it = getIter(arg(args, 0));
    const m = root(it);
    try {
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (!truthy(x)) return FALSE;
      return TRUE;
    } finally {
      unroot(m);
    }
  },
  chr(args, argc, kw) {
    exactlyOne('chr', argc, kw);
    const x = arg(args, 0);
    if (isFloat(x)) raise('TypeError', `'float' object cannot be interpreted as an integer`);
    const v = indexBig(x);
    if (v > 0x7fffffffn || v < -0x80000000n) raise('OverflowError', 'Python int too large to convert to C int');
    if (v < 0n || v >= 0x110000n) raise('ValueError', 'chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(Number(v)));
  },
  ord(args, argc, kw) {
    exactlyOne('ord', argc, kw);
    const x = arg(args, 0);
    if ((x & 1) === 0 && tagOf(x) === Tag.STR) {
      const n = strLen(x);
      if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
      return mkSmall(strValue(x).codePointAt(0)!);
    }
    if ((x & 1) === 0 && tagOf(x) === Tag.BYTES) {
      const n = bytesLen(x);
      if (n !== 1) raise('TypeError', `ord() expected a character, but string of length ${n} found`);
      return mkSmall(bytesAt(x, 0));
    }
    raise('TypeError', `ord() expected string of length 1, but ${typeName(typeOf(x))} found`);
  },
  hex(args, argc, kw) {
    exactlyOne('hex', argc, kw);
    return newStr(intToString(indexBig(arg(args, 0)), 16, true));
  },
  oct(args, argc, kw) {
    exactlyOne('oct', argc, kw);
    return newStr(intToString(indexBig(arg(args, 0)), 8, true));
  },
  bin(args, argc, kw) {
    exactlyOne('bin', argc, kw);
    return newStr(intToString(indexBig(arg(args, 0)), 2, true));
  },
  dir(args, argc, kw) {
    argCount('dir', argc, kw, 0, 1);
    if (argc === 0) {
      const loc = builtinsHooks.locals();
      if (loc === NULL) return newList(0);
      return sortedStrList(tagOf(loc) === Tag.DICT ? keysOf(loc) : listOf(loc));
    }
    return dirOf(arg(args, 0));
  },
  vars(args, argc, kw) {
    argCount('vars', argc, kw, 0, 1);
    if (argc === 0) {
      const loc = builtinsHooks.locals();
      return loc === NULL ? newDictEmpty() : loc;
    }
    let d: Ref;
    try {
      d = getAttrOrNull(arg(args, 0), N.__dict__, false);
    } catch (e) {
      if (isPyExc(e, 'AttributeError')) d = NULL;
      else throw e;
    }
    if (d === NULL) raise('TypeError', 'vars() argument must have __dict__ attribute');
    return d;
  },
}, (dict) => {
  // The builtin types and exceptions this part of the runtime defines.
  for (const name of [
    'object', 'type', 'property', 'staticmethod', 'classmethod', 'enumerate', 'zip', 'map', 'filter', 'reversed',
    ...EXCEPTION_NAMES,
  ]) {
    const t = TYPES.get(name);
    if (t !== undefined) dictSetStr(dict, intern(name), t);
  }
  dictSetStr(dict, intern('EnvironmentError'), TYPES.get('OSError')!);
  dictSetStr(dict, intern('IOError'), TYPES.get('OSError')!);
});

import { EXCEPTIONS } from '../runtime/types.js';
import { dictSetStr, newDict } from '../heap/dict.js';
const EXCEPTION_NAMES = EXCEPTIONS.map((e) => e[0]);

function newDictEmpty(): Ref {
  return newDict(T.dict);
}

function truthyInt(v: Ref): boolean {
  if (isFloat(v)) raise('TypeError', `'float' object cannot be interpreted as an integer`);
  return truthy(v);
}

