/*
 * set and frozenset: constructors, methods, operators (binaryHooks / compareHooks for exact types and
 * dunders for subclasses), following Objects/setobject.c's order of work so that iteration orders match
 * CPython's where the keys' hashes do. Caller holds the GIL everywhere.
 *
 * The result of an operator or of union/intersection/... has the BASE type of the left operand (set or
 * frozenset), never a subclass, as CPython's make_new_set_basetype. A set used as a key of a look-up
 * (`{1} in s`, s.remove({1}), s.discard({1})) is looked up as the equal frozenset.
 */

import { H_AUX, IterKind, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, bool } from '../heap/objects.js';
import { newStr } from '../heap/str.js';
import {
  newSet, setLen, setAdd, setAddHashed, setContains, setContainsHashed, setDiscard, setPop, setClear, setNext,
  setKeyAt, setHashAt, setUpdateFromSet, setCopy, setDifferenceUpdate,
  setSymmetricDifferenceUpdate, setIsSubset, setEquals,
  SET_TABLE, SET_FILL, SET_HASH,
} from '../heap/set.js';
import { dictNext, dictKeyAt, dictHashAt } from '../heap/dict.js';
import { raise } from '../runtime/exceptions.js';
import { T, typeOf, typeName, isSubtype, lookupType, typeSetAttr } from '../runtime/types.js';
import { checkArgc, noKw, kwCount } from '../runtime/call.js';
import {
  N, NOTIMPL, getIter, iterNext, reprJs, newIter, throwKeyError, compareHooks, binaryHooks, frozensetHash64, hashHi,
  hashInt,
} from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import { defMethods, defStaticMethods, onBootstrap } from './define.js';
import { argAt, checkMethodSelf, checkSlotSelf } from './int.js';

export function isAnySet(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.SET;
}

function isFrozen(r: Ref): boolean {
  const tp = typeOf(r);
  return tp === T.frozenset || (tp !== T.set && isSubtype(tp, T.frozenset));
}

/** The base type (set or frozenset) of a set-like. */
function baseType(r: Ref): Ref {
  return isFrozen(r) ? T.frozenset : T.set;
}

function isExactDict(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.DICT && typeOf(r) === T.dict;
}

/** set_update_internal: adds every item of `other` to s (s rooted by the caller). */
export function setUpdateInternal(s: Ref, other: Ref): void {
  if (isAnySet(other)) {
    setUpdateFromSet(s, other);
    return;
  }
  if (isExactDict(other)) {
    for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) setAddHashed(s, dictKeyAt(other, i), dictHashAt(other, i));
    return;
  }
  const it = getIter(other);
  const m = root(it);
  try {
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) setAdd(s, x);
  } finally {
    unroot(m);
  }
}

/** A new set of type `type` with the items of iterable (not rooted). */
export function setFromIterable(type: Ref, iterable: Ref): Ref {
  const s = newSet(type);
  const m = root(s);
  try {
    setUpdateInternal(s, iterable);
  } finally {
    unroot(m);
  }
  return s;
}

/** A key that is a (non-frozen) set is looked up as the equal frozenset (set_contains_key etc.). */
function lookupKey(key: Ref): Ref {
  if (isAnySet(key) && lookupType(typeOf(key), N.__hash__) === NONE) return setCopy(key, T.frozenset);
  return key;
}

export function setContainsKey(s: Ref, key: Ref): boolean {
  const k = lookupKey(key);
  if (k === key) return setContains(s, key);
  const m = root(k);
  try {
    return setContains(s, k);
  } finally {
    unroot(m);
  }
}

/** Swaps the bodies of two sets (set_swap_bodies; the finger stays). */
function swapBodies(a: Ref, b: Ref): void {
  const aw = a >> 2;
  const bw = b >> 2;
  for (const f of [SET_TABLE, SET_FILL, H_AUX, SET_HASH]) {
    const x = I32[aw + f];
    I32[aw + f] = I32[bw + f];
    I32[bw + f] = x;
  }
}

/** set_intersection(so, other) for any iterable other. */
function intersectionWith(s: Ref, other: Ref, type: Ref): Ref {
  if (isAnySet(other)) return rootedIntersection(s, other, type);
  const r = newSet(type);
  const m = root(r);
  try {
    if (isExactDict(other)) {
      for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) {
        const k = dictKeyAt(other, i);
        const h = dictHashAt(other, i);
        if (setContainsHashed(s, k, h)) setAddHashed(r, k, h);
      }
      return r;
    }
    const it = getIter(other);
    root(it);
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (setContains(s, x)) setAdd(r, x);
    return r;
  } finally {
    unroot(m);
  }
}

/** so -= other for any iterable (set_difference_update_internal). */
function differenceUpdateWith(s: Ref, other: Ref): void {
  if (isAnySet(other)) {
    setDifferenceUpdate(s, other);
    return;
  }
  if (isExactDict(other)) {
    for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) setDiscard(s, dictKeyAt(other, i));
  } else {
    const it = getIter(other);
    const m = root(it);
    try {
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) setDiscard(s, x);
    } finally {
      unroot(m);
    }
  }
  // More than 1/4 dummies: resize them away, as CPython does after any difference_update. heap/set.ts does
  // that at the end of setDifferenceUpdate; with an empty set as the other operand that is all it does.
  setDifferenceUpdate(s, newSet(T.set));
}

/** so - other for any iterable (set_difference with a non-set: copy, then difference_update). */
function differenceWith(s: Ref, other: Ref, type: Ref): Ref {
  if (isAnySet(other)) return rootedDifference(s, other, type);
  const r = setCopy(s, type);
  const m = root(r);
  try {
    differenceUpdateWith(r, other);
    return r;
  } finally {
    unroot(m);
  }
}

/** so ^= other for any iterable. */
function symmetricDifferenceUpdateWith(s: Ref, other: Ref): void {
  if (isAnySet(other)) {
    setSymmetricDifferenceUpdate(s, other);
    return;
  }
  if (isExactDict(other)) {
    for (let i = dictNext(other, 0); i >= 0; i = dictNext(other, i + 1)) {
      const k = dictKeyAt(other, i);
      const h = dictHashAt(other, i);
      if (setContainsHashed(s, k, h)) setDiscard(s, k);
      else setAddHashed(s, k, h);
    }
    return;
  }
  const o = setFromIterable(T.set, other);
  const m = root(o);
  try {
    setSymmetricDifferenceUpdate(s, o);
  } finally {
    unroot(m);
  }
}

/** Used by dict views: add, and the in-place algebra by operator name. */
export const setOpResult = {
  add(s: Ref, x: Ref): void {
    setAdd(s, x);
  },
  inplace(s: Ref, other: Ref, op: string): void {
    if (op === 'or') setUpdateInternal(s, other);
    else if (op === 'sub') differenceUpdateWith(s, other);
    else if (op === 'xor') symmetricDifferenceUpdateWith(s, other);
  },
};

function isSubsetAny(s: Ref, other: Ref): boolean {
  if (isAnySet(other)) return setIsSubset(s, other);
  const o = setFromIterable(T.set, other);
  const m = root(o);
  try {
    return setIsSubset(s, o);
  } finally {
    unroot(m);
  }
}

function isSupersetAny(s: Ref, other: Ref): boolean {
  if (isAnySet(other)) return setIsSubset(other, s);
  const it = getIter(other);
  const m = root(it);
  try {
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (!setContains(s, x)) return false;
    return true;
  } finally {
    unroot(m);
  }
}

function isDisjointAny(s: Ref, other: Ref): boolean {
  if (isAnySet(other)) {
    let small = s;
    let big = other;
    if (setLen(other) < setLen(s)) [small, big] = [other, s];
    for (let i = setNext(small, 0); i >= 0; i = setNext(small, i + 1))
      if (setContainsHashed(big, setKeyAt(small, i), setHashAt(small, i))) return false;
    return true;
  }
  const it = getIter(other);
  const m = root(it);
  try {
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (setContains(s, x)) return false;
    return true;
  } finally {
    unroot(m);
  }
}

/** The set algebra of heap/set.ts, with the result rooted while Python code (__eq__ of colliding keys)
 *  may run. Same order of work as CPython's set_union / set_intersection / set_difference / set_symmetric_difference. */
function rootedUnion(a: Ref, b: Ref, type: Ref): Ref {
  const r = setCopy(a, type);
  const m = root(r);
  try {
    if (b !== a) setUpdateFromSet(r, b);
    return r;
  } finally {
    unroot(m);
  }
}

function rootedIntersection(a: Ref, b: Ref, type: Ref): Ref {
  if (a === b) return setCopy(a, type);
  const r = newSet(type);
  const m = root(r);
  try {
    let big = a;
    let small = b;
    if (setLen(b) > setLen(a)) {
      big = b;
      small = a;
    }
    for (let i = setNext(small, 0); i >= 0; i = setNext(small, i + 1)) {
      const key = setKeyAt(small, i);
      const hash = setHashAt(small, i);
      if (setContainsHashed(big, key, hash)) setAddHashed(r, key, hash);
    }
    return r;
  } finally {
    unroot(m);
  }
}

function rootedDifference(a: Ref, b: Ref, type: Ref): Ref {
  if (setLen(a) >> 2 > setLen(b)) {
    const r = setCopy(a, type);
    const m = root(r);
    try {
      setDifferenceUpdate(r, b);
      return r;
    } finally {
      unroot(m);
    }
  }
  const r = newSet(type);
  const m = root(r);
  try {
    for (let i = setNext(a, 0); i >= 0; i = setNext(a, i + 1)) {
      const key = setKeyAt(a, i);
      const hash = setHashAt(a, i);
      if (!setContainsHashed(b, key, hash)) setAddHashed(r, key, hash);
    }
    return r;
  } finally {
    unroot(m);
  }
}

function rootedSymmetricDifference(a: Ref, b: Ref, type: Ref): Ref {
  const r = setCopy(b, type);
  const m = root(r);
  try {
    setSymmetricDifferenceUpdate(r, a);
    return r;
  } finally {
    unroot(m);
  }
}

/** a <op> b for two set-likes (op base 1 &, 7 |, 10 -, 12 ^); inplace mutates a set a. */
function setBinary(a: Ref, b: Ref, base: number, inplace: boolean): Ref {
  if (inplace && !isFrozen(a)) {
    switch (base) {
      case 7: setUpdateFromSet(a, b); return a;
      case 1: {
        const t = rootedIntersection(a, b, T.set);
        swapBodies(a, t);
        return a;
      }
      case 10: setDifferenceUpdate(a, b); return a;
      case 12: setSymmetricDifferenceUpdate(a, b); return a;
    }
    return NULL;
  }
  const type = baseType(a);
  switch (base) {
    case 7: return rootedUnion(a, b, type);
    case 1: return rootedIntersection(a, b, type);
    case 10: return rootedDifference(a, b, type);
    case 12: return rootedSymmetricDifference(a, b, type);
  }
  return NULL;
}

function setCompare(a: Ref, b: Ref, op: number): Ref {
  switch (op) {
    case 2: return bool(setEquals(a, b));
    case 3: return bool(!setEquals(a, b));
    case 0: return bool(setLen(a) < setLen(b) && setIsSubset(a, b));
    case 1: return bool(setIsSubset(a, b));
    case 4: return bool(setLen(a) > setLen(b) && setIsSubset(b, a));
    default: return bool(setIsSubset(b, a));
  }
}

const reprActive = new Set<number>();
function setRepr(s: Ref): string {
  const tp = typeOf(s);
  const name = typeName(tp);
  const exactSet = tp === T.set;
  if (setLen(s) === 0) return `${name}()`;
  if (reprActive.has(s)) return `${name}(...)`;
  reprActive.add(s);
  const m = root(s);
  try {
    const parts: string[] = [];
    for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) parts.push(reprJs(setKeyAt(s, i)));
    const body = `{${parts.join(', ')}}`;
    return exactSet ? body : `${name}(${body})`;
  } finally {
    unroot(m);
    reprActive.delete(s);
  }
}

// ---------------------------------------------------------------- natives

type Native = (args: number, argc: number, kw: Ref) => Ref;

function makeMethods(type: 'set' | 'frozenset'): Record<string, Native> {
  const self = (args: number, name: string): Ref => {
    const s = argAt(args, 0);
    checkMethodSelf(s, type === 'set' ? T.set : T.frozenset, name);
    return s;
  };
  const slotSelf = (args: number, name: string): Ref => {
    const s = argAt(args, 0);
    checkSlotSelf(s, type === 'set' ? T.set : T.frozenset, name);
    return s;
  };
  const m: Record<string, Native> = {
    copy(args, argc, kw) {
      noKw('copy', kw);
      const s = self(args, 'copy');
      if (argc !== 1) raise('TypeError', `${type}.copy() takes no arguments (${argc - 1} given)`);
      if (typeOf(s) === T.frozenset) return s;
      return setCopy(s, baseType(s));
    },
    union(args, argc, kw) {
      noKw('union', kw);
      const s = self(args, 'union');
      const r = setCopy(s, baseType(s));
      const mk = root(r);
      try {
        for (let i = 1; i < argc; i++) setUpdateInternal(r, argAt(args, i));
        return r;
      } finally {
        unroot(mk);
      }
    },
    intersection(args, argc, kw) {
      noKw('intersection', kw);
      const s = self(args, 'intersection');
      if (argc === 1) return setCopy(s, baseType(s));
      let r = s;
      const mk = root(r);
      try {
        for (let i = 1; i < argc; i++) {
          r = intersectionWith(r, argAt(args, i), baseType(s));
          root(r);
        }
        return r;
      } finally {
        unroot(mk);
      }
    },
    difference(args, argc, kw) {
      noKw('difference', kw);
      const s = self(args, 'difference');
      if (argc === 1) return setCopy(s, baseType(s));
      const r = differenceWith(s, argAt(args, 1), baseType(s));
      const mk = root(r);
      try {
        for (let i = 2; i < argc; i++) differenceUpdateWith(r, argAt(args, i));
        return r;
      } finally {
        unroot(mk);
      }
    },
    symmetric_difference(args, argc, kw) {
      noKw('symmetric_difference', kw);
      const s = self(args, 'symmetric_difference');
      checkArgc('symmetric_difference', argc - 1, 1, 1);
      const o = argAt(args, 1);
      if (isAnySet(o)) return rootedSymmetricDifference(s, o, baseType(s));
      const r = setFromIterable(baseType(s), o);
      const mk = root(r);
      try {
        setSymmetricDifferenceUpdate(r, s);
        return r;
      } finally {
        unroot(mk);
      }
    },
    issubset(args, argc, kw) {
      noKw('issubset', kw);
      const s = self(args, 'issubset');
      checkArgc('issubset', argc - 1, 1, 1);
      return bool(isSubsetAny(s, argAt(args, 1)));
    },
    issuperset(args, argc, kw) {
      noKw('issuperset', kw);
      const s = self(args, 'issuperset');
      checkArgc('issuperset', argc - 1, 1, 1);
      return bool(isSupersetAny(s, argAt(args, 1)));
    },
    isdisjoint(args, argc, kw) {
      noKw('isdisjoint', kw);
      const s = self(args, 'isdisjoint');
      checkArgc('isdisjoint', argc - 1, 1, 1);
      return bool(isDisjointAny(s, argAt(args, 1)));
    },
    __len__(args, argc, kw) {
      noKw('__len__', kw);
      void argc;
      return mkSmall(setLen(slotSelf(args, '__len__')));
    },
    __contains__(args, argc, kw) {
      noKw('__contains__', kw);
      const s = self(args, '__contains__');
      if (argc !== 2) raise('TypeError', `${type}.__contains__() takes exactly one argument (${argc - 1} given)`);
      return bool(setContainsKey(s, argAt(args, 1)));
    },
    __iter__(args, argc, kw) {
      noKw('__iter__', kw);
      void argc;
      const s = slotSelf(args, '__iter__');
      return newIter(IterKind.SET, s, 0, mkSmall(setLen(s)));
    },
    __repr__(args, argc, kw) {
      noKw('__repr__', kw);
      void argc;
      return newStr(setRepr(slotSelf(args, '__repr__')));
    },
  };
  const ops: [string, number][] = [['or', 7], ['and', 1], ['sub', 10], ['xor', 12]];
  for (const [n, op] of ops) {
    m[`__${n}__`] = (args, argc, kw) => {
      noKw(`__${n}__`, kw);
      checkArgc(`__${n}__`, argc - 1, 1, 1);
      const a = slotSelf(args, `__${n}__`);
      const b = argAt(args, 1);
      if (!isAnySet(b)) return NOTIMPL;
      return setBinary(a, b, op, false);
    };
    m[`__r${n}__`] = (args, argc, kw) => {
      noKw(`__r${n}__`, kw);
      checkArgc(`__r${n}__`, argc - 1, 1, 1);
      const a = slotSelf(args, `__r${n}__`);
      const b = argAt(args, 1);
      if (!isAnySet(b)) return NOTIMPL;
      return setBinary(b, a, op, false);
    };
    if (type === 'set') {
      m[`__i${n}__`] = (args, argc, kw) => {
        noKw(`__i${n}__`, kw);
        checkArgc(`__i${n}__`, argc - 1, 1, 1);
        const a = slotSelf(args, `__i${n}__`);
        const b = argAt(args, 1);
        if (!isAnySet(b)) return NOTIMPL;
        return setBinary(a, b, op, true);
      };
    }
  }
  ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
    m[name] = (args, argc, kw) => {
      noKw(name, kw);
      checkArgc(name, argc - 1, 1, 1);
      const a = slotSelf(args, name);
      const b = argAt(args, 1);
      if (!isAnySet(b)) return NOTIMPL;
      return setCompare(a, b, op);
    };
  });
  if (type === 'set') {
    Object.assign(m, {
      add(args: number, argc: number, kw: Ref): Ref {
        noKw('add', kw);
        const s = self(args, 'add');
        if (argc !== 2) raise('TypeError', `set.add() takes exactly one argument (${argc - 1} given)`);
        setAdd(s, argAt(args, 1));
        return NONE;
      },
      remove(args: number, argc: number, kw: Ref): Ref {
        noKw('remove', kw);
        const s = self(args, 'remove');
        if (argc !== 2) raise('TypeError', `set.remove() takes exactly one argument (${argc - 1} given)`);
        const key = argAt(args, 1);
        const k = lookupKey(key);
        const mk = root(k);
        try {
          if (!setDiscard(s, k)) throwKeyError(key);
        } finally {
          unroot(mk);
        }
        return NONE;
      },
      discard(args: number, argc: number, kw: Ref): Ref {
        noKw('discard', kw);
        const s = self(args, 'discard');
        if (argc !== 2) raise('TypeError', `set.discard() takes exactly one argument (${argc - 1} given)`);
        const k = lookupKey(argAt(args, 1));
        const mk = root(k);
        try {
          setDiscard(s, k);
        } finally {
          unroot(mk);
        }
        return NONE;
      },
      pop(args: number, argc: number, kw: Ref): Ref {
        noKw('pop', kw);
        const s = self(args, 'pop');
        if (argc !== 1) raise('TypeError', `set.pop() takes no arguments (${argc - 1} given)`);
        const v = setPop(s);
        if (v === NULL) raise('KeyError', 'pop from an empty set');
        return v;
      },
      clear(args: number, argc: number, kw: Ref): Ref {
        noKw('clear', kw);
        const s = self(args, 'clear');
        if (argc !== 1) raise('TypeError', `set.clear() takes no arguments (${argc - 1} given)`);
        setClear(s);
        return NONE;
      },
      update(args: number, argc: number, kw: Ref): Ref {
        noKw('update', kw);
        const s = self(args, 'update');
        for (let i = 1; i < argc; i++) setUpdateInternal(s, argAt(args, i));
        return NONE;
      },
      intersection_update(args: number, argc: number, kw: Ref): Ref {
        noKw('intersection_update', kw);
        const s = self(args, 'intersection_update');
        let r = s;
        const mk = root(r);
        try {
          for (let i = 1; i < argc; i++) {
            r = intersectionWith(r, argAt(args, i), T.set);
            root(r);
          }
          if (r !== s) swapBodies(s, r);
        } finally {
          unroot(mk);
        }
        return NONE;
      },
      difference_update(args: number, argc: number, kw: Ref): Ref {
        noKw('difference_update', kw);
        const s = self(args, 'difference_update');
        for (let i = 1; i < argc; i++) differenceUpdateWith(s, argAt(args, i));
        return NONE;
      },
      symmetric_difference_update(args: number, argc: number, kw: Ref): Ref {
        noKw('symmetric_difference_update', kw);
        const s = self(args, 'symmetric_difference_update');
        checkArgc('symmetric_difference_update', argc - 1, 1, 1);
        symmetricDifferenceUpdateWith(s, argAt(args, 1));
        return NONE;
      },
      __init__(args: number, argc: number, kw: Ref): Ref {
        const s = slotSelf(args, '__init__');
        if (kw !== NULL && kwCount(kw) > 0) raise('TypeError', 'set() takes no keyword arguments');
        if (argc > 2) raise('TypeError', `set expected at most 1 argument, got ${argc - 1}`);
        if (setLen(s) > 0) setClear(s);
        if (argc === 2) setUpdateInternal(s, argAt(args, 1));
        return NONE;
      },
    });
  } else {
    m.__hash__ = (args, argc, kw) => {
      noKw('__hash__', kw);
      void argc;
      return hashInt(frozensetHash64(slotSelf(args, '__hash__')), hashHi);
    };
  }
  return m;
}

function setNew(args: number, argc: number, kw: Ref): Ref {
  const cls = argAt(args, 0);
  if (cls !== T.set && !isSubtype(cls, T.set)) raise('TypeError', `set.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of set`);
  if (cls === T.set && kw !== NULL && kwCount(kw) > 0) raise('TypeError', 'set() takes no keyword arguments');
  void argc;
  return newSet(cls);
}

function frozensetNew(args: number, argc: number, kw: Ref): Ref {
  const cls = argAt(args, 0);
  if (cls !== T.frozenset && !isSubtype(cls, T.frozenset))
    raise('TypeError', `frozenset.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of frozenset`);
  if (cls === T.frozenset && kw !== NULL && kwCount(kw) > 0) raise('TypeError', 'frozenset() takes no keyword arguments');
  const npos = argc - 1 - kwCount(kw);
  if (npos > 1) raise('TypeError', `frozenset expected at most 1 argument, got ${npos}`);
  if (npos === 0) return newSet(cls);
  const it = argAt(args, 1);
  if (cls === T.frozenset && typeOf(it) === T.frozenset) return it;
  return setFromIterable(cls, it);
}

defStaticMethods('set', { __new__: setNew });
defMethods('set', makeMethods('set'));
defStaticMethods('frozenset', { __new__: frozensetNew });
defMethods('frozenset', makeMethods('frozenset'));
onBootstrap(() => typeSetAttr(T.set, '__hash__', NONE));

// ---------------------------------------------------------------- hooks for exact sets

{
  const prevCmp = compareHooks.builtin;
  compareHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
    if (isAnySet(a) && isAnySet(b)) return setCompare(a, b, op);
    return prevCmp(a, b, op);
  };
  const prevBin = binaryHooks.builtin;
  binaryHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
    if (isAnySet(a) && isAnySet(b)) {
      const inplace = op >= 13;
      const r = setBinary(a, b, inplace ? op - 13 : op, inplace);
      if (r !== NULL) return r;
    }
    return prevBin(a, b, op);
  };
}
