/*
 * dict and its views (dict_keys, dict_values, dict_items). Caller holds the GIL everywhere.
 *
 * dict.__new__ makes a DICT of the requested type (subclasses are DICT objects of their own type) and
 * dict.__init__ fills it, as CPython. dict.__getitem__ calls type(self).__missing__ for subclasses
 * (defaultdict, Counter). Views are ITER objects of kind VIEW_KEYS/VIEW_VALUES/VIEW_ITEMS whose IT_SRC
 * is the dict; ops.ts iterates them.
 */

import { H_AUX, IT_SRC, IterKind, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, bool, tupleFrom, tupleLen, tupleGet, newList, listAppend, listLen, listGet } from '../heap/objects.js';
import { newStr } from '../heap/str.js';
import {
  newDict, dictGet, dictSet, dictDel, dictLen, dictNext, dictKeyAt, dictValueAt, dictHashAt, dictPop,
  dictPopItem, dictClear, dictCopy, dictUpdate, dictSetHashed, dictGetHashed,
} from '../heap/dict.js';
import { raise, throwExc, makeError } from '../runtime/exceptions.js';
import { T, typeOf, typeName, isSubtype, lookupType, typeSetAttr, typeByName } from '../runtime/types.js';
import { callWith, checkArgc, noKw, kwCount } from '../runtime/call.js';
import {
  N, NOTIMPL, tname, eqBool, getIter, iterNext, reprJs, newIter, throwKeyError, compareHooks, binaryHooks,
  getItem, setItem, getAttr, 
} from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import { intern } from '../heap/str.js';
import { defClassMethods, defMethods, defStaticMethods, onAttach, onBootstrap } from './define.js';
import { argAt, checkMethodSelf, checkSlotSelf } from './int.js';
import { listOf, seqFast, seqLen, seqGet } from './list.js';
import { setFromIterable, setOpResult, isAnySet, setContainsKey } from './set.js';
import { setLen, setNext, setKeyAt, newSet, setAddHashed } from '../heap/set.js';

const S = { keys: NULL as Ref };
onAttach(() => {
  S.keys = intern('keys');
});

export function isDictLike(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.DICT;
}

function selfDict(args: number, name: string): Ref {
  const d = argAt(args, 0);
  if (!isDictLike(d)) checkMethodSelf(d, T.dict, name);
  return d;
}

/** dict_merge / PyDict_MergeFromSeq2 / the `keys()` protocol: d.update(arg). d is rooted by the caller. */
export function dictUpdateArg(d: Ref, arg: Ref): void {
  if (isDictLike(arg) && lookupType(typeOf(arg), N.__iter__) === lookupType(T.dict, N.__iter__)) {
    dictUpdate(d, arg);
    return;
  }
  const keysM = lookupType(typeOf(arg), S.keys);
  if (keysM !== NULL) {
    const ks = listOf(callWith(getAttr(arg, S.keys)));
    const m = root(ks);
    try {
      for (let i = 0; i < listLen(ks); i++) {
        const k = listGet(ks, i);
        dictSet(d, k, getItem(arg, k));
      }
    } finally {
      unroot(m);
    }
    return;
  }
  mergeFromSeq2(d, arg);
}

function mergeFromSeq2(d: Ref, seq: Ref): void {
  const it = getIter(seq);
  const m = root(it);
  try {
    for (let i = 0, x = iterNext(it); x !== NULL; i++, x = iterNext(it)) {
      let item: Ref;
      const mx = root(x);
      try {
        if (!isPairable(x)) raise('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
        item = seqFast(x);
        root(item);
        const n = seqLen(item);
        if (n !== 2) raise('ValueError', `dictionary update sequence element #${i} has length ${n}; 2 is required`);
        dictSet(d, seqGet(item, 0), seqGet(item, 1));
      } finally {
        unroot(mx);
      }
    }
  } finally {
    unroot(m);
  }
}

function isPairable(x: Ref): boolean {
  if ((x & 1) === 1) return false;
  switch (I32[x >> 2] & 0xff) {
    case Tag.LIST: case Tag.TUPLE: case Tag.STR: case Tag.BYTES: case Tag.DICT: case Tag.SET: case Tag.RANGE:
    case Tag.ITER: case Tag.GENERATOR:
      return true;
  }
  const tp = typeOf(x);
  return lookupType(tp, N.__iter__) !== NULL || lookupType(tp, N.__getitem__) !== NULL;
}

/** Keyword arguments into d (the last kwCount(kw) args). */
function updateKw(d: Ref, args: number, argc: number, kw: Ref): void {
  const nkw = kwCount(kw);
  for (let k = 0; k < nkw; k++) dictSet(d, tupleGet(kw, k), argAt(args, argc - nkw + k));
}

// ---------------------------------------------------------------- views

function newView(kind: IterKind, d: Ref): Ref {
  return newIter(kind, d, 0);
}

function viewKind(v: Ref): number {
  if ((v & 1) === 1 || (I32[v >> 2] & 0xff) !== Tag.ITER) return -1;
  const k = I32[(v >> 2) + H_AUX];
  return k === IterKind.VIEW_KEYS || k === IterKind.VIEW_VALUES || k === IterKind.VIEW_ITEMS ? k : -1;
}

function viewDict(v: Ref): Ref {
  return I32[(v >> 2) + IT_SRC] as Ref;
}

/** `x in view` for keys and items views. */
function viewContains(v: Ref, x: Ref): boolean {
  const d = viewDict(v);
  const kind = viewKind(v);
  if (kind === IterKind.VIEW_KEYS) return dictGet(d, x) !== NULL;
  if (kind === IterKind.VIEW_ITEMS) {
    if ((x & 1) === 1 || (I32[x >> 2] & 0xff) !== Tag.TUPLE || tupleLen(x) !== 2) return false;
    const val = dictGet(d, tupleGet(x, 0));
    if (val === NULL) return false;
    const m = root(val);
    try {
      return eqBool(val, tupleGet(x, 1));
    } finally {
      unroot(m);
    }
  }
  // values: linear search
  const it = getIter(v);
  const m = root(it);
  try {
    for (let y = iterNext(it); y !== NULL; y = iterNext(it)) if (y === x || eqBool(y, x)) return true;
    return false;
  } finally {
    unroot(m);
  }
}

const VIEW_NAMES: Record<number, string> = {
  [IterKind.VIEW_KEYS]: 'dict_keys', [IterKind.VIEW_VALUES]: 'dict_values', [IterKind.VIEW_ITEMS]: 'dict_items',
};

const reprActive = new Set<number>();

function viewRepr(v: Ref): string {
  const name = VIEW_NAMES[viewKind(v)];
  if (reprActive.has(v)) return '...';
  reprActive.add(v);
  try {
    const l = listOf(v);
    const m = root(l);
    try {
      return `${name}(${reprJs(l)})`;
    } finally {
      unroot(m);
    }
  } finally {
    reprActive.delete(v);
  }
}

/** A set of the items of a view (or any iterable): dictviews_to_set. */
function viewToSet(v: Ref): Ref {
  if (viewKind(v) === IterKind.VIEW_KEYS) {
    const d = viewDict(v);
    const s = newSet(T.set);
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) setAddHashedKey(s, dictKeyAt(d, i), dictHashAt(d, i));
    return s;
  }
  return setFromIterable(T.set, v);
}

function setAddHashedKey(s: Ref, k: Ref, h: number): void {
  setAddHashed(s, k, h);
}

/** a <op> b where a or b is a keys/items view (dictviews_and/or/sub/xor); NULL when neither is. */
function viewBinary(a: Ref, b: Ref, base: number): Ref {
  const ka = viewKind(a);
  const kb = viewKind(b);
  const setLikeA = ka === IterKind.VIEW_KEYS || ka === IterKind.VIEW_ITEMS;
  const setLikeB = kb === IterKind.VIEW_KEYS || kb === IterKind.VIEW_ITEMS;
  if (!setLikeA && !setLikeB) return NULL;
  let opName: string;
  switch (base) {
    case 1: opName = 'and'; break;
    case 7: opName = 'or'; break;
    case 10: opName = 'sub'; break;
    case 12: opName = 'xor'; break;
    default: return NULL;
  }
  if (opName === 'and') {
    // _PyDictView_Intersect: iterate the other operand, keep what the view contains.
    let self = setLikeA ? a : b;
    let other = setLikeA ? b : a;
    if (setLikeA && setLikeB && dictLen(viewDict(other)) > dictLen(viewDict(self))) [self, other] = [other, self];
    const out = newSet(T.set);
    const m = root(out);
    try {
      const it = getIter(other);
      root(it);
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (viewContains(self, x)) setOpResult.add(out, x);
      return out;
    } finally {
      unroot(m);
    }
  }
  const s = viewToSet(a);
  const m = root(s);
  try {
    setOpResult.inplace(s, b, opName);
    return s;
  } finally {
    unroot(m);
  }
}

/** all_contained_in(a, b): every item of a is in b. */
function allContainedIn(a: Ref, b: Ref): boolean {
  const it = getIter(a);
  const m = root(it);
  try {
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (!containsAny(b, x)) return false;
    return true;
  } finally {
    unroot(m);
  }
}

function containsAny(c: Ref, x: Ref): boolean {
  if (viewKind(c) >= 0) return viewContains(c, x);
  return setContainsKey(c, x);
}

function lenAny(c: Ref): number {
  if (viewKind(c) >= 0) return dictLen(viewDict(c));
  return setLen(c);
}

/** dictview_richcompare: a is a keys/items view, b a set or keys/items view. */
function viewCompare(a: Ref, b: Ref, op: number): Ref {
  const kb = viewKind(b);
  if (!(isAnySet(b) || kb === IterKind.VIEW_KEYS || kb === IterKind.VIEW_ITEMS)) return NOTIMPL;
  const la = lenAny(a);
  const lb = lenAny(b);
  let ok: boolean;
  switch (op) {
    case 2: case 3: ok = la === lb && allContainedIn(a, b); if (op === 3) ok = !ok; break;
    case 0: ok = la < lb && allContainedIn(a, b); break;
    case 1: ok = la <= lb && allContainedIn(a, b); break;
    case 4: ok = la > lb && allContainedIn(b, a); break;
    default: ok = la >= lb && allContainedIn(b, a); break;
  }
  return bool(ok);
}

function selfView(args: number, kind: IterKind, name: string): Ref {
  const v = argAt(args, 0);
  if (viewKind(v) !== kind) raise('TypeError', `descriptor '${name}' for '${VIEW_NAMES[kind]}' objects doesn't apply to a '${tname(v)}' object`);
  return v;
}

function reversedKeys(d: Ref, kind: IterKind): Ref {
  const l = newList(0);
  const m = root(l);
  try {
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      if (kind === IterKind.VIEW_KEYS) listAppend(l, dictKeyAt(d, i));
      else if (kind === IterKind.VIEW_VALUES) listAppend(l, dictValueAt(d, i));
      else {
        const k = dictKeyAt(d, i);
        const v = dictValueAt(d, i);
        listAppend(l, tupleFrom([k, v]));
      }
    }
    return newIter(IterKind.LIST_REV, l, listLen(l) - 1);
  } finally {
    unroot(m);
  }
}

function defView(kind: IterKind): void {
  const tname_ = VIEW_NAMES[kind];
  const methods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {
    __len__(args, argc, kw) {
      noKw('__len__', kw);
      void argc;
      return mkSmall(dictLen(viewDict(selfView(args, kind, '__len__'))));
    },
    __iter__(args, argc, kw) {
      noKw('__iter__', kw);
      void argc;
      return getIter(selfView(args, kind, '__iter__'));
    },
    __reversed__(args, argc, kw) {
      noKw('__reversed__', kw);
      void argc;
      return reversedKeys(viewDict(selfView(args, kind, '__reversed__')), kind);
    },
    __contains__(args, argc, kw) {
      noKw('__contains__', kw);
      checkArgc('__contains__', argc - 1, 1, 1);
      return bool(viewContains(selfView(args, kind, '__contains__'), argAt(args, 1)));
    },
    __repr__(args, argc, kw) {
      noKw('__repr__', kw);
      void argc;
      return newStr(viewRepr(selfView(args, kind, '__repr__')));
    },
  };
  if (kind !== IterKind.VIEW_VALUES) {
    const ops: [string, number][] = [['and', 1], ['or', 7], ['sub', 10], ['xor', 12]];
    for (const [n, op] of ops) {
      methods[`__${n}__`] = (args, argc, kw) => {
        noKw(`__${n}__`, kw);
        checkArgc(`__${n}__`, argc - 1, 1, 1);
        const r = viewBinary(selfView(args, kind, `__${n}__`), argAt(args, 1), op);
        return r === NULL ? NOTIMPL : r;
      };
      methods[`__r${n}__`] = (args, argc, kw) => {
        noKw(`__r${n}__`, kw);
        checkArgc(`__r${n}__`, argc - 1, 1, 1);
        const r = viewBinary(argAt(args, 1), selfView(args, kind, `__r${n}__`), op);
        return r === NULL ? NOTIMPL : r;
      };
    }
    ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
      methods[name] = (args, argc, kw) => {
        noKw(name, kw);
        checkArgc(name, argc - 1, 1, 1);
        return viewCompare(selfView(args, kind, name), argAt(args, 1), op);
      };
    });
    methods.isdisjoint = (args, argc, kw) => {
      noKw('isdisjoint', kw);
      checkArgc('isdisjoint', argc - 1, 1, 1);
      const v = selfView(args, kind, 'isdisjoint');
      const o = argAt(args, 1);
      const it = getIter(o);
      const m = root(it);
      try {
        for (let x = iterNext(it); x !== NULL; x = iterNext(it)) if (viewContains(v, x)) return bool(false);
        return bool(true);
      } finally {
        unroot(m);
      }
    };
  }
  defMethods(tname_, methods);
}
defView(IterKind.VIEW_KEYS);
defView(IterKind.VIEW_VALUES);
defView(IterKind.VIEW_ITEMS);
onBootstrap(() => {
  typeSetAttr(typeByNameSafe('dict_keys'), '__hash__', NONE);
  typeSetAttr(typeByNameSafe('dict_items'), '__hash__', NONE);
});
function typeByNameSafe(n: string): Ref {
  return typeByName(n);
}

// ---------------------------------------------------------------- dict methods

/** d[k] with __missing__ for subclasses. */
export function dictSubscript(d: Ref, k: Ref): Ref {
  const v = dictGet(d, k);
  if (v !== NULL) return v;
  const tp = typeOf(d);
  if (tp !== T.dict) {
    const missing = lookupType(tp, N.__missing__);
    if (missing !== NULL) return callWith(missing, d, k);
  }
  throwKeyError(k);
}

const dictReprActive = new Set<number>();
export function dictRepr(d: Ref): string {
  if (dictReprActive.has(d)) return '{...}';
  dictReprActive.add(d);
  const m = root(d);
  try {
    const parts: string[] = [];
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = dictKeyAt(d, i);
      const v = dictValueAt(d, i);
      const mk = root(k);
      root(v);
      try {
        const ks = reprJs(k);
        parts.push(`${ks}: ${reprJs(v)}`);
      } finally {
        unroot(mk);
      }
    }
    return `{${parts.join(', ')}}`;
  } finally {
    unroot(m);
    dictReprActive.delete(d);
  }
}

/** dict_equal. */
function dictEqual(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if (dictLen(a) !== dictLen(b)) return false;
  const m = root(a);
  root(b);
  try {
    for (let i = dictNext(a, 0); i >= 0; i = dictNext(a, i + 1)) {
      const k = dictKeyAt(a, i);
      const av = dictValueAt(a, i);
      const mk = root(k);
      root(av);
      try {
        const bv = dictGetHashed(b, k, dictHashAt(a, i));
        if (bv === NULL) return false;
        if (bv !== av) {
          root(bv);
          if (!eqBool(av, bv)) return false;
        }
      } finally {
        unroot(mk);
      }
    }
    return true;
  } finally {
    unroot(m);
  }
}

const dictMethods: Record<string, (args: number, argc: number, kw: Ref) => Ref> = {
  __init__(args, argc, kw) {
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__init__');
    const npos = argc - 1 - kwCount(kw);
    if (npos > 1) raise('TypeError', `dict expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictUpdateArg(d, argAt(args, 1));
    updateKw(d, args, argc, kw);
    return NONE;
  },
  update(args, argc, kw) {
    const d = selfDict(args, 'update');
    const npos = argc - 1 - kwCount(kw);
    if (npos > 1) raise('TypeError', `update expected at most 1 argument, got ${npos}`);
    if (npos === 1) dictUpdateArg(d, argAt(args, 1));
    updateKw(d, args, argc, kw);
    return NONE;
  },
  get(args, argc, kw) {
    noKw('get', kw);
    const d = selfDict(args, 'get');
    if (argc < 2) raise('TypeError', `get expected at least 1 argument, got ${argc - 1}`);
    if (argc > 3) raise('TypeError', `get expected at most 2 arguments, got ${argc - 1}`);
    const v = dictGet(d, argAt(args, 1));
    if (v !== NULL) return v;
    return argc === 3 ? argAt(args, 2) : NONE;
  },
  setdefault(args, argc, kw) {
    noKw('setdefault', kw);
    const d = selfDict(args, 'setdefault');
    if (argc < 2) raise('TypeError', `setdefault expected at least 1 argument, got ${argc - 1}`);
    if (argc > 3) raise('TypeError', `setdefault expected at most 2 arguments, got ${argc - 1}`);
    const k = argAt(args, 1);
    const v = dictGet(d, k);
    if (v !== NULL) return v;
    const dflt = argc === 3 ? argAt(args, 2) : NONE;
    dictSet(d, k, dflt);
    return dflt;
  },
  pop(args, argc, kw) {
    noKw('pop', kw);
    const d = selfDict(args, 'pop');
    if (argc < 2) raise('TypeError', `pop expected at least 1 argument, got ${argc - 1}`);
    if (argc > 3) raise('TypeError', `pop expected at most 2 arguments, got ${argc - 1}`);
    const k = argAt(args, 1);
    const v = dictPop(d, k);
    if (v !== NULL) return v;
    if (argc === 3) return argAt(args, 2);
    throwKeyError(k);
  },
  popitem(args, argc, kw) {
    noKw('popitem', kw);
    const d = selfDict(args, 'popitem');
    if (argc !== 1) raise('TypeError', `dict.popitem() takes no arguments (${argc - 1} given)`);
    const i = dictPopItem(d);
    if (i < 0) throwExc(makeError('KeyError', 'popitem(): dictionary is empty'));
    return tupleFrom([dictKeyAt(d, i), dictValueAt(d, i)]);
  },
  clear(args, argc, kw) {
    noKw('clear', kw);
    const d = selfDict(args, 'clear');
    if (argc !== 1) raise('TypeError', `dict.clear() takes no arguments (${argc - 1} given)`);
    dictClear(d);
    return NONE;
  },
  copy(args, argc, kw) {
    noKw('copy', kw);
    const d = selfDict(args, 'copy');
    if (argc !== 1) raise('TypeError', `dict.copy() takes no arguments (${argc - 1} given)`);
    return dictCopy(d, T.dict);
  },
  keys(args, argc, kw) {
    noKw('keys', kw);
    const d = selfDict(args, 'keys');
    if (argc !== 1) raise('TypeError', `dict.keys() takes no arguments (${argc - 1} given)`);
    return newView(IterKind.VIEW_KEYS, d);
  },
  values(args, argc, kw) {
    noKw('values', kw);
    const d = selfDict(args, 'values');
    if (argc !== 1) raise('TypeError', `dict.values() takes no arguments (${argc - 1} given)`);
    return newView(IterKind.VIEW_VALUES, d);
  },
  items(args, argc, kw) {
    noKw('items', kw);
    const d = selfDict(args, 'items');
    if (argc !== 1) raise('TypeError', `dict.items() takes no arguments (${argc - 1} given)`);
    return newView(IterKind.VIEW_ITEMS, d);
  },
  __len__(args, argc, kw) {
    noKw('__len__', kw);
    void argc;
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__len__');
    return mkSmall(dictLen(d));
  },
  __getitem__(args, argc, kw) {
    noKw('__getitem__', kw);
    const d = selfDict(args, '__getitem__');
    if (argc !== 2) raise('TypeError', `dict.__getitem__() takes exactly one argument (${argc - 1} given)`);
    return dictSubscript(d, argAt(args, 1));
  },
  __setitem__(args, argc, kw) {
    noKw('__setitem__', kw);
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__setitem__');
    checkArgc('__setitem__', argc - 1, 2, 2);
    dictSet(d, argAt(args, 1), argAt(args, 2));
    return NONE;
  },
  __delitem__(args, argc, kw) {
    noKw('__delitem__', kw);
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__delitem__');
    checkArgc('__delitem__', argc - 1, 1, 1);
    const k = argAt(args, 1);
    if (!dictDel(d, k)) throwKeyError(k);
    return NONE;
  },
  __contains__(args, argc, kw) {
    noKw('__contains__', kw);
    const d = selfDict(args, '__contains__');
    if (argc !== 2) raise('TypeError', `dict.__contains__() takes exactly one argument (${argc - 1} given)`);
    return bool(dictGet(d, argAt(args, 1)) !== NULL);
  },
  __iter__(args, argc, kw) {
    noKw('__iter__', kw);
    void argc;
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__iter__');
    return newIter(IterKind.DICT_KEYS, d, 0, mkSmall(dictLen(d)));
  },
  __reversed__(args, argc, kw) {
    noKw('__reversed__', kw);
    void argc;
    return reversedKeys(selfDict(args, '__reversed__'), IterKind.VIEW_KEYS);
  },
  __repr__(args, argc, kw) {
    noKw('__repr__', kw);
    void argc;
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__repr__');
    return newStr(dictRepr(d));
  },
  __or__(args, argc, kw) {
    noKw('__or__', kw);
    checkArgc('__or__', argc - 1, 1, 1);
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__or__');
    const o = argAt(args, 1);
    if (!isDictLike(o)) return NOTIMPL;
    return dictOr(d, o);
  },
  __ror__(args, argc, kw) {
    noKw('__ror__', kw);
    checkArgc('__ror__', argc - 1, 1, 1);
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__ror__');
    const o = argAt(args, 1);
    if (!isDictLike(o)) return NOTIMPL;
    return dictOr(o, d);
  },
  __ior__(args, argc, kw) {
    noKw('__ior__', kw);
    checkArgc('__ior__', argc - 1, 1, 1);
    const d = argAt(args, 0);
    checkSlotSelf(d, T.dict, '__ior__');
    dictUpdateArg(d, argAt(args, 1));
    return d;
  },
};

function dictOr(a: Ref, b: Ref): Ref {
  const r = dictCopy(a, T.dict);
  const m = root(r);
  try {
    dictUpdateArg(r, b);
    return r;
  } finally {
    unroot(m);
  }
}

['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'].forEach((name, op) => {
  dictMethods[name] = (args, argc, kw) => {
    noKw(name, kw);
    checkArgc(name, argc - 1, 1, 1);
    const a = argAt(args, 0);
    checkSlotSelf(a, T.dict, name);
    const b = argAt(args, 1);
    if (!isDictLike(b) || (op !== 2 && op !== 3)) return NOTIMPL;
    return bool(dictEqual(a, b) === (op === 2));
  };
});

function dictNew(args: number, argc: number, kw: Ref): Ref {
  void argc;
  void kw;
  const cls = argAt(args, 0);
  if (cls !== T.dict && !isSubtype(cls, T.dict)) raise('TypeError', `dict.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of dict`);
  return newDict(cls);
}

function dictFromkeys(args: number, argc: number, kw: Ref): Ref {
  noKw('fromkeys', kw);
  const cls = argAt(args, 0);
  if (argc < 2) raise('TypeError', `fromkeys expected at least 1 argument, got ${argc - 1}`);
  if (argc > 3) raise('TypeError', `fromkeys expected at most 2 arguments, got ${argc - 1}`);
  const iterable = argAt(args, 1);
  const value = argc === 3 ? argAt(args, 2) : NONE;
  const d = cls === T.dict ? newDict(T.dict) : callWith(cls);
  const m = root(d);
  try {
    const exact = typeOf(d) === T.dict;
    if (exact && isDictLike(iterable) && typeOf(iterable) === T.dict) {
      for (let i = dictNext(iterable, 0); i >= 0; i = dictNext(iterable, i + 1))
        dictSetHashed(d, dictKeyAt(iterable, i), dictHashAt(iterable, i), value);
      return d;
    }
    if (exact && isAnySet(iterable)) {
      for (let i = setNext(iterable, 0); i >= 0; i = setNext(iterable, i + 1)) dictSet(d, setKeyAt(iterable, i), value);
      return d;
    }
    const it = getIter(iterable);
    root(it);
    for (let k = iterNext(it); k !== NULL; k = iterNext(it)) {
      if (exact) dictSet(d, k, value);
      else setItem(d, k, value);
    }
    return d;
  } finally {
    unroot(m);
  }
}

defStaticMethods('dict', { __new__: dictNew });
defMethods('dict', dictMethods);
defClassMethods('dict', { fromkeys: dictFromkeys });
onBootstrap(() => typeSetAttr(T.dict, '__hash__', NONE));

// ---------------------------------------------------------------- hooks for exact dicts and views

{
  const prevCmp = compareHooks.builtin;
  compareHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
    if ((a & 1) === 0 && (b & 1) === 0) {
      const ta = I32[a >> 2] & 0xff;
      const tb = I32[b >> 2] & 0xff;
      if (ta === Tag.DICT && tb === Tag.DICT && (op === 2 || op === 3)) return bool(dictEqual(a, b) === (op === 2));
      const ka = viewKind(a);
      if (ka === IterKind.VIEW_KEYS || ka === IterKind.VIEW_ITEMS) {
        const r = viewCompare(a, b, op);
        if (r !== NOTIMPL) return r;
      }
      const kb = viewKind(b);
      if ((kb === IterKind.VIEW_KEYS || kb === IterKind.VIEW_ITEMS) && isAnySet(a)) {
        const swapped = [4, 5, 2, 3, 0, 1][op];
        return viewCompare(b, a, swapped);
      }
    }
    return prevCmp(a, b, op);
  };

  const prevBin = binaryHooks.builtin;
  binaryHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
    const base = op >= 13 ? op - 13 : op;
    if (base === 7 && isDictLike(a)) {
      if (op === 20) {
        dictUpdateArg(a, b);
        return a;
      }
      if (isDictLike(b)) return dictOr(a, b);
    }
    if ((viewKind(a) >= 0 || viewKind(b) >= 0) && !(isAnySet(a) && isAnySet(b))) {
      const r = viewBinary(a, b, base);
      if (r !== NULL) return r;
    }
    return prevBin(a, b, op);
  };
}

