/*
 * object, type, property, staticmethod, classmethod and mappingproxy: the natives of the type
 * system (CPython's Objects/typeobject.c and descrobject.c). Caller holds the GIL everywhere.
 *
 * - `object.__new__` allocates an instance with the layout of the class's solid base
 *   (`allocInstance`), which is also call.ts's `newInstanceHook` for classes that keep object's
 *   __new__. `vmHooks.objectNew/objectInit` and `objectSetattr` are this worker's refs of the
 *   object natives, read back from object's dict when a worker attaches.
 * - `newClass` is type.__new__: the VM's __build_class__ calls it (or the metaclass) with the
 *   namespace the class body filled.
 * - PROPERTY objects are allocated with 10 words: [8] is the name __set_name__ gives them (for
 *   CPython 3.11's "property 'x' of 'C' object has no setter"), [9] a small int: 1 when the doc
 *   came from the getter. Readers check H_SIZE before touching [8]/[9] (others may allocate 8).
 */

import { alloc } from '../heap/alloc.js';
import {
  CELL_CONTENTS, ELLIPSIS_REF, FR_GLOBALS, H_AUX, H_SIZE, H_TYPE, IterKind, IT_SRC, MOD_DICT, P_DOC,
  P_FDEL, P_FGET, P_FSET, TH_FRAME, Tag,
} from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  FALSE, NONE, TRUE, bool, intFromNumber, listAppend, listFrom, listGet, listLen, newList, newMethod, newTuple,
  tupleFrom, tupleGet, tupleLen, tupleSetInit,
} from '../heap/objects.js';
import { intern, newStr, strValue } from '../heap/str.js';
import {
  dictCopy, dictDel, dictGet, dictGetStr, dictKeyAt, dictLen, dictNext, dictSetStr, dictValueAt, newDict,
} from '../heap/dict.js';
import { newSet } from '../heap/set.js';
import { defClassMethods, defGetters, defMethods, defStaticMethods, newBuiltin, onAttach, onBootstrap } from './define.js';
import { registerNative } from '../runtime/natives.js';
import {
  N, NOTIMPL, addr, bindDescr, foldHash, genericSetAttr, objectHash, getAttrOrNull, getIter, instDict, instDictOffset,
  isDataDescriptor, isStr, iterNext, lenOf, newIter, objectSetattr, reprJs, setAttr, specialGetters,
  specialSetters, strJs, tagOf, throwKeyError, truthy, typeGetAttr, contains, compareOp,
} from '../runtime/ops.js';
import {
  T, c3, TF_BASETYPE, TF_HAS_DESCR, TF_HAS_GETATTR, TF_HAS_SETATTR, TF_HEAPTYPE, TY_BASES, TY_DOC, TY_MODULE,
  TY_NAME, TY_QUALNAME, TYPES, allocType, bumpTypeEpoch, isHeapType, isSubtype, lookupType, mroList, setBases,
  typeDict, typeFlags, typeLayout, typeMro, typeName, typeOf, typeQualname, TY_BASE,
} from '../runtime/types.js';
import { call, callType, callWith, callWithKw, kwCount, newInstanceHook, vmHooks } from '../runtime/call.js';
import { isPyException, newException, raise, throwExc, toException } from '../runtime/exceptions.js';
import { TS, root, unroot } from '../runtime/thread-state.js';

// ================================================================ shared helpers (used by the other builtins files)

/** The native's i-th argument. */
export function arg(args: number, i: number): Ref {
  return I32[args + i] as Ref;
}

/** Interned copy of a str attribute name; TypeError as CPython's getattr/setattr when not a str. */
export function attrName(name: Ref): Ref {
  if (!isStr(name)) raise('TypeError', `attribute name must be string, not '${typeName(typeOf(name))}'`);
  return intern(strValue(name));
}

/** The type's __module__ as a JS string: the class dict's value for classes, 'builtins' otherwise
 *  (null when a class has none or a non-str one). */
export function typeModuleName(t: Ref): string | null {
  if (isHeapType(t)) {
    const m = dictGetStr(typeDict(t), N.__module__);
    return m !== NULL && isStr(m) ? strValue(m) : null;
  }
  const m = I32[(t >> 2) + TY_MODULE] as Ref;
  return m !== NULL && isStr(m) ? strValue(m) : 'builtins';
}

/** The items of any iterable in a new list (CPython's PySequence_List). */
export function listOf(iterable: Ref): Ref {
  const out = newList(0);
  const mark = root(out);
  try {
    const it = getIter(iterable);
    root(it);
    for (let x = iterNext(it); x !== NULL; x = iterNext(it)) listAppend(out, x);
    return out;
  } finally {
    unroot(mark);
  }
}

/** A tuple of the items of any iterable (the same tuple for an exact tuple). */
export function tupleOf(iterable: Ref): Ref {
  if (typeOf(iterable) === T.tuple) return iterable;
  const l = listOf(iterable);
  const n = listLen(l);
  const t = newTuple(n);
  for (let i = 0; i < n; i++) tupleSetInit(t, i, listGet(l, i));
  return t;
}

/** Whether `e` (a JS exception) is a Python exception of builtin type `name` (or a subclass). */
export function isPyExc(e: unknown, name: string): boolean {
  if (!isPyException(e)) return false;
  const exc = toException(e);
  return isSubtype(typeOf(exc), TYPES.get(name)!);
}

/** Generic attribute lookup (PyObject_GenericGetAttr): data descriptors on the type, the instance dict,
 *  other class attributes. `special` consults the per-tag getters first; `getattrHook` then tries
 *  __getattr__. NULL when absent and not `raising`. */
export function genericGetAttr(obj: Ref, name: Ref, special: boolean, getattrHook: boolean, raising = true): Ref {
  const tag = tagOf(obj);
  if (special) {
    const sg = specialGetters[tag].get(name);
    if (sg !== undefined) return sg(obj);
  }
  if (tag === Tag.TYPE) return typeGetAttr(obj, name, raising);
  if (tag === Tag.MODULE) return getAttrOrNull(obj, name, raising);
  const tp = typeOf(obj);
  const descr = lookupType(tp, name);
  if (descr !== NULL && isDataDescriptor(descr)) return bindDescr(descr, obj, tp);
  const off = instDictOffset(obj);
  if (off !== 0) {
    const d = I32[(obj >> 2) + off] as Ref;
    if (d !== NULL) {
      const v = dictGetStr(d, name);
      if (v !== NULL) return v;
    }
  }
  if (descr !== NULL) return bindDescr(descr, obj, tp);
  if (getattrHook && (typeFlags(tp) & TF_HAS_GETATTR) !== 0) {
    const ga = lookupType(tp, N.__getattr__);
    if (ga !== NULL) return callWith(ga, obj, name);
  }
  if (!raising) return NULL;
  raise('AttributeError', `'${typeName(tp)}' object has no attribute '${strValue(name)}'`);
}

/** The per-tag setter of `name` when there is one, else the generic store (object.__setattr__). */
export function objectStore(obj: Ref, name: Ref, value: Ref): void {
  const ss = specialSetters[tagOf(obj)].get(name);
  if (ss !== undefined) {
    const inner = rawSetters.get(ss);
    if (inner !== undefined) inner(obj, value);
    else ss(obj, value);
    return;
  }
  genericSetAttr(obj, name, value);
}

/** Setters that fall back to a user __setattr__ register their raw form here, so that
 *  object.__setattr__ (called from that user __setattr__) does not loop back into it. */
export const rawSetters = new Map<(o: Ref, v: Ref) => void, (o: Ref, v: Ref) => void>();

// ================================================================ instances

let objNew: Ref = NULL; // object's __new__ (the STATICMETHOD in its dict) in this worker
let objInit: Ref = NULL;
let typeNewRef: Ref = NULL;
/** This worker's refs of type.__instancecheck__ / __subclasscheck__ (isinstance skips them). */
export const typeDescrs = { instancecheck: NULL as Ref, subclasscheck: NULL as Ref, call: NULL as Ref };

/** A bare instance of class `cls` with the layout of its solid base (object.__new__). */
export function allocInstance(cls: Ref): Ref {
  switch (typeLayout(cls)) {
    case Tag.NONE:
      if (cls === T.NoneType) return NONE;
      break;
    case Tag.NOTIMPL:
      return NOTIMPL;
    case Tag.ELLIPSIS:
      return ELLIPSIS_REF as Ref;
    case Tag.OBJECT:
    case Tag.INSTANCE:
      if (cls === T.object) return alloc(4, Tag.OBJECT, cls, 0);
      return alloc(6, Tag.INSTANCE, cls, 0);
    case Tag.EXCEPTION:
      return newException(cls, newTuple(0));
    case Tag.LIST:
      return newList(0, 0, cls);
    case Tag.DICT:
      return newDict(cls);
    case Tag.SET:
      return newSet(cls);
    case Tag.NATIVE:
      return alloc(8, Tag.NATIVE, cls, 0);
    case Tag.PROPERTY:
      return newProperty(cls, NONE, NONE, NONE, NONE);
    case Tag.STATICMETHOD:
    case Tag.CLASSMETHOD: {
      const r = alloc(6, typeLayout(cls), cls, 0);
      I32[(r >> 2) + 4] = NONE;
      return r;
    }
  }
  let base = cls;
  while (isHeapType(base) && dictGetStr(typeDict(base), N.__new__) !== NULL) base = I32[(base >> 2) + TY_BASE] as Ref;
  raise('TypeError', `object.__new__(${typeName(cls)}) is not safe, use ${typeName(base)}.__new__()`);
}

function checkAbstract(cls: Ref): void {
  const am = dictGetStr(typeDict(cls), N.__abstractmethods__);
  if (am === NULL || !truthy(am)) return;
  const names = sortedStrs(listOf(am));
  raise(
    'TypeError',
    `Can't instantiate abstract class ${typeName(cls)} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`,
  );
}

function sortedStrs(list: Ref): string[] {
  const out: string[] = [];
  for (let i = 0; i < listLen(list); i++) out.push(strJs(listGet(list, i)));
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

newInstanceHook.fn = (t: Ref): Ref => {
  checkAbstract(t);
  return allocInstance(t);
};

// ================================================================ object

function objectRepr(self: Ref): string {
  const tp = typeOf(self);
  const mod = typeModuleName(tp);
  if (mod !== null && mod !== 'builtins') return `<${mod}.${typeQualname(tp)} object at ${addr(self)}>`;
  return `<${typeName(tp)} object at ${addr(self)}>`;
}

/** The names object.__dir__ lists: the instance dict's keys and every class attribute along the MRO. */
function objectDirNames(self: Ref): string[] {
  const names = new Set<string>();
  const addDict = (d: Ref) => {
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = dictKeyAt(d, i);
      if (isStr(k)) names.add(strValue(k));
    }
  };
  const tag = tagOf(self);
  if (tag === Tag.MODULE) {
    addDict(I32[(self >> 2) + MOD_DICT] as Ref);
    return [...names];
  }
  const d = instDict(self, false);
  if (d !== NULL && tagOf(d) === Tag.DICT) addDict(d);
  for (const b of mroList(typeOf(self))) addDict(typeDict(b));
  return [...names];
}

function typeDirNames(t: Ref): string[] {
  const names = new Set<string>();
  for (const b of mroList(t)) {
    const d = typeDict(b);
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = dictKeyAt(d, i);
      if (isStr(k)) names.add(strValue(k));
    }
  }
  return [...names];
}

function strList(names: string[]): Ref {
  const l = newList(0, names.length);
  for (const n of names) listAppend(l, newStr(n));
  return l;
}

defStaticMethods('object', {
  __new__(args, argc, kw) {
    if (argc < 1) raise('TypeError', 'object.__new__(): not enough arguments');
    const cls = arg(args, 0);
    if (tagOf(cls) !== Tag.TYPE) raise('TypeError', `object.__new__(X): X is not a type object (${typeName(typeOf(cls))})`);
    if (argc > 1) {
      if (lookupType(cls, N.__new__) !== objNew)
        raise('TypeError', 'object.__new__() takes exactly one argument (the type to instantiate)');
      if (lookupType(cls, N.__init__) === objInit) raise('TypeError', `${typeName(cls)}() takes no arguments`);
    }
    void kw;
    checkAbstract(cls);
    return allocInstance(cls);
  },
});

defMethods('object', {
  __init__(args, argc) {
    if (argc > 1) {
      const tp = typeOf(arg(args, 0));
      if (lookupType(tp, N.__init__) !== objInit)
        raise('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
      if (lookupType(tp, N.__new__) === objNew)
        raise('TypeError', `${typeName(tp)}.__init__() takes exactly one argument (the instance to initialize)`);
    }
    return NONE;
  },
  __repr__(args) {
    return newStr(objectRepr(arg(args, 0)));
  },
  __str__(args) {
    return newStr(reprJs(arg(args, 0)));
  },
  __eq__(args, argc) {
    if (argc !== 2) raise('TypeError', `expected 1 argument, got ${argc - 1}`);
    return arg(args, 0) === arg(args, 1) ? TRUE : NOTIMPL;
  },
  __ne__(args, argc) {
    if (argc !== 2) raise('TypeError', `expected 1 argument, got ${argc - 1}`);
    const self = arg(args, 0);
    const f = lookupType(typeOf(self), N.__eq__);
    const r = f === NULL ? NOTIMPL : callWith(f, self, arg(args, 1));
    if (r === NOTIMPL) return r;
    return bool(!truthy(r));
  },
  __lt__: () => NOTIMPL,
  __le__: () => NOTIMPL,
  __gt__: () => NOTIMPL,
  __ge__: () => NOTIMPL,
  __hash__(args) {
    return intFromNumber(identityHashOf(arg(args, 0)));
  },
  __setattr__(args, argc) {
    if (argc !== 3) raise('TypeError', `expected 2 arguments, got ${argc - 1}`);
    const self = arg(args, 0);
    if (tagOf(self) === Tag.TYPE) raise('TypeError', `can't apply this __setattr__ to type object`);
    objectStore(self, attrName(arg(args, 1)), arg(args, 2));
    return NONE;
  },
  __delattr__(args, argc) {
    if (argc !== 2) raise('TypeError', `expected 1 argument, got ${argc - 1}`);
    const self = arg(args, 0);
    if (tagOf(self) === Tag.TYPE) raise('TypeError', `can't apply this __delattr__ to type object`);
    objectStore(self, attrName(arg(args, 1)), NULL);
    return NONE;
  },
  __getattribute__(args, argc) {
    if (argc !== 2) raise('TypeError', `expected 1 argument, got ${argc - 1}`);
    return genericGetAttr(arg(args, 0), attrName(arg(args, 1)), true, false);
  },
  __format__(args, argc) {
    if (argc !== 2) raise('TypeError', `__format__() takes exactly one argument (${argc - 1} given)`);
    const self = arg(args, 0);
    const spec = arg(args, 1);
    if (!isStr(spec)) raise('TypeError', `__format__() argument must be str, not ${typeName(typeOf(spec))}`);
    if (strValue(spec).length > 0)
      raise('TypeError', `unsupported format string passed to ${typeName(typeOf(self))}.__format__`);
    return newStr(strJs(self));
  },
  __dir__(args) {
    return strList(objectDirNames(arg(args, 0)));
  },
  __sizeof__(args) {
    const self = arg(args, 0);
    return mkSmall((self & 1) === 1 ? 28 : I32[(self >> 2) + H_SIZE] * 4);
  },
});

defClassMethods('object', {
  __init_subclass__(args, argc, kw) {
    if (kwCount(kw) > 0) raise('TypeError', `${typeName(arg(args, 0))}.__init_subclass__() takes no keyword arguments`);
    if (argc > 1) raise('TypeError', `${typeName(arg(args, 0))}.__init_subclass__() takes no arguments (${argc - 1} given)`);
    return NONE;
  },
  __subclasshook__: () => NOTIMPL,
});

/** The identity hash (object.__hash__): CPython's id() >> 4, here from the heap offset. */
export function identityHashOf(r: Ref): number {
  return (r & 1) === 1 ? r >> 1 : Math.floor((0x7f0000000000 + r) / 16);
}
objectHash.full = identityHashOf;
objectHash.of = (r: Ref): number => {
  const h = foldHash(BigInt(identityHashOf(r)));
  return h === -1 ? -2 : h;
};

// ---------------------------------------------------------------- __class__ and __dict__ on every tag

const CLASS_TAGS = [
  Tag.NONE, Tag.BOOL, Tag.INT, Tag.FLOAT, Tag.STR, Tag.BYTES, Tag.TUPLE, Tag.LIST, Tag.DICT, Tag.SET, Tag.TYPE,
  Tag.INSTANCE, Tag.FUNCTION, Tag.BUILTIN, Tag.METHOD, Tag.CELL, Tag.CODE, Tag.MODULE, Tag.GENERATOR,
  Tag.EXCEPTION, Tag.TRACEBACK, Tag.RANGE, Tag.SLICE, Tag.ITER, Tag.PROPERTY, Tag.STATICMETHOD, Tag.CLASSMETHOD,
  Tag.SUPER, Tag.NOTIMPL, Tag.ELLIPSIS, Tag.NATIVE, Tag.OBJECT, Tag.LOCAL,
];

function setClass(o: Ref, v: Ref): void {
  if (v === NULL) raise('TypeError', `can't delete __class__ attribute`);
  if (tagOf(v) !== Tag.TYPE) raise('TypeError', `__class__ must be set to a class, not '${typeName(typeOf(v))}' object`);
  const old = typeOf(o);
  if (!isHeapType(v) || !isHeapType(old))
    raise('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  if (typeLayout(v) !== typeLayout(old))
    raise('TypeError', `__class__ assignment: '${typeName(v)}' object layout differs from '${typeName(old)}'`);
  I32[(o >> 2) + H_TYPE] = v;
}

function getDict(o: Ref): Ref {
  const d = instDict(o, true);
  if (d === NULL) raise('AttributeError', `'${typeName(typeOf(o))}' object has no attribute '__dict__'`);
  return d;
}

function setDict(o: Ref, v: Ref): void {
  const off = instDictOffset(o);
  if (off === 0 || instDict(o, true) === NULL)
    raise('AttributeError', `'${typeName(typeOf(o))}' object has no attribute '__dict__'`);
  if (v === NULL) raise('TypeError', 'cannot delete __dict__');
  if (tagOf(v) !== Tag.DICT) raise('TypeError', `__dict__ must be set to a dictionary, not a '${typeName(typeOf(v))}'`);
  I32[(o >> 2) + off] = v;
}

for (const tag of CLASS_TAGS) {
  if (tag === Tag.TYPE) continue;
  const setters: Record<string, (o: Ref, v: Ref) => void> = {};
  if (tag === Tag.INSTANCE || tag === Tag.NATIVE || tag === Tag.EXCEPTION || tag === Tag.LIST || tag === Tag.DICT || tag === Tag.SET)
    setters.__class__ = setClass;
  const getters: Record<string, (o: Ref) => Ref> = { __class__: (o) => typeOf(o) };
  if (tag === Tag.INSTANCE || tag === Tag.NATIVE || tag === Tag.LOCAL || tag === Tag.EXCEPTION || tag === Tag.LIST || tag === Tag.DICT || tag === Tag.SET || tag === Tag.FUNCTION) {
    getters.__dict__ = getDict;
    setters.__dict__ = setDict;
  }
  if (tag === Tag.MODULE) getters.__dict__ = (o) => I32[(o >> 2) + MOD_DICT] as Ref;
  defGetters(tag, getters, setters);
}

// ---------------------------------------------------------------- the __dict__ / __weakref__ entries of class dicts

const dictDescrIdx = registerNative('object.__dict__.__get__', (args) => getDict(arg(args, 0)));
const weakrefDescrIdx = registerNative('object.__weakref__.__get__', () => NONE);

/** Names that get getset-like entries in builtin type dicts (see addGetsetEntries). */
const GETSET_NAMES = ['__class__', 'args', '__traceback__', '__cause__', '__context__', '__suppress_context__'];
/** Their fget natives: getattr(obj, name), i.e. the per-tag getter. Registered at load (fixed order). */
const GETSET_IDX = new Map<string, number>(
  GETSET_NAMES.map((n) => [n, registerNative(`getset.${n}.__get__`, (args) => getAttrOrNull(arg(args, 0), intern(n), true))]),
);

/** Puts getset-like entries (PROPERTY objects over a native getter) into a builtin type's dict, so
 *  that dir() and `name in T.__dict__` see them; attribute access itself goes through the per-tag
 *  getters, which take precedence. Creator worker, at bootstrap. */
export function addGetsetEntries(typeNameStr: string, names: string[]): void {
  const t = TYPES.get(typeNameStr)!;
  for (const n of names) {
    const idx = GETSET_IDX.get(n);
    if (idx === undefined || dictGetStr(typeDict(t), intern(n)) !== NULL) continue;
    dictSetStr(typeDict(t), intern(n), newGetsetProperty(idx, n));
  }
  bumpTypeEpoch();
}

onBootstrap(() => addGetsetEntries('object', ['__class__']));

// ================================================================ type

function typeRepr(t: Ref): string {
  const mod = typeModuleName(t);
  if (mod !== null && mod !== 'builtins') return `<class '${mod}.${typeQualname(t)}'>`;
  return `<class '${typeQualname(t)}'>`;
}
export { typeRepr };

/** The module name of the code calling a native: `__name__` of the running frame's globals. */
function callerModule(): Ref {
  const fp = I32[TS + TH_FRAME];
  if (fp !== 0) {
    const g = I32[fp + FR_GLOBALS] as Ref;
    if (g !== NULL && tagOf(g) === Tag.DICT) {
      const n = dictGetStr(g, N.__name__);
      if (n !== NULL) return n;
    }
  }
  return intern('builtins');
}

/** C3 linearisation with CPython's error for an inconsistent hierarchy. */
function c3Mro(cls: Ref, bases: Ref[]): Ref[] {
  return c3(cls, bases, (heads) => {
    const names = [...new Set(heads.map(typeName))];
    raise('TypeError', `Cannot create a consistent method resolution\norder (MRO) for bases ${names.join(', ')}`);
  })!;
}

/** Whether the instances of builtin type `t` have an instance dict of their own. */
function builtinHasDict(t: Ref): boolean {
  const l = typeLayout(t);
  return l === Tag.EXCEPTION || l === Tag.FUNCTION || l === Tag.MODULE || l === Tag.TYPE || l === Tag.NATIVE;
}

/**
 * type.__new__(meta, name, bases, ns, **kwargs): creates a class. `kwargs` is NULL or a dict of the
 * keyword arguments of the class statement (passed to __init_subclass__). Arguments must be rooted
 * by the caller (they are when they come from a value stack). Caller holds the GIL.
 */
export function newClass(meta: Ref, name: Ref, bases: Ref, ns: Ref, kwargs: Ref = NULL): Ref {
  if (!isStr(name)) raise('TypeError', `type.__new__() argument 1 must be str, not ${typeName(typeOf(name))}`);
  if (tagOf(bases) !== Tag.TUPLE) raise('TypeError', `type.__new__() argument 2 must be tuple, not ${typeName(typeOf(bases))}`);
  if (tagOf(ns) !== Tag.DICT) raise('TypeError', `type.__new__() argument 3 must be dict, not ${typeName(typeOf(ns))}`);
  const baseList: Ref[] = [];
  for (let i = 0; i < tupleLen(bases); i++) baseList.push(tupleGet(bases, i));
  // The most derived metaclass (CPython's _PyType_CalculateMetaclass).
  let winner = meta;
  for (const b of baseList) {
    const bt = typeOf(b);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    raise(
      'TypeError',
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  if (winner !== meta) {
    if (lookupType(winner, N.__new__) !== typeNewRef) {
      if (kwargs === NULL || dictLen(kwargs) === 0) return callWith(winner, name, bases, ns);
      return callWithKwDict(winner, [name, bases, ns], kwargs);
    }
    meta = winner;
  }
  for (const b of baseList) {
    if ((typeFlags(b) & TF_BASETYPE) === 0) raise('TypeError', `type '${typeName(b)}' is not an acceptable base type`);
  }
  for (let i = 0; i < baseList.length; i++)
    for (let j = i + 1; j < baseList.length; j++)
      if (baseList[i] === baseList[j]) raise('TypeError', `duplicate base class ${typeName(baseList[i])}`);
  if (baseList.length === 0) baseList.push(T.object);
  // Instance layouts must agree (besides plain object).
  let layout = -1;
  for (const b of baseList) {
    const l = typeLayout(b);
    if (l === Tag.OBJECT || l === Tag.INSTANCE) continue;
    if (layout !== -1 && layout !== l) raise('TypeError', 'multiple bases have instance lay-out conflict');
    layout = l;
  }
  const dict = dictCopy(ns, T.dict);
  const mark = root(dict);
  try {
    // Flags from the class's own dict; setBases adds those of the bases.
    let flags = TF_HEAPTYPE | TF_BASETYPE;
    if (dictGetStr(dict, N.__getattr__) !== NULL) flags |= TF_HAS_GETATTR;
    if (dictGetStr(dict, N.__setattr__) !== NULL || dictGetStr(dict, N.__delattr__) !== NULL) flags |= TF_HAS_SETATTR;
    for (let i = dictNext(dict, 0); i >= 0; i = dictNext(dict, i + 1)) {
      if (isDataDescriptor(dictValueAt(dict, i))) flags |= TF_HAS_DESCR;
    }
    const t = allocType(strValue(name), flags);
    root(t);
    I32[(t >> 2) + H_TYPE] = meta;
    I32[(t >> 2) + TY_NAME] = name;
    const mro = c3Mro(t, baseList);
    setBases(t, baseList, mro);
    I32[(t >> 2) + 8] = dict; // TY_DICT
    // __module__, __qualname__, __doc__
    let mod = dictGetStr(dict, N.__module__);
    if (mod === NULL) {
      mod = callerModule();
      dictSetStr(dict, N.__module__, mod);
    }
    I32[(t >> 2) + TY_MODULE] = mod;
    const qn = dictGetStr(dict, N.__qualname__);
    if (qn !== NULL) {
      if (!isStr(qn)) raise('TypeError', `type __qualname__ must be a str, not ${typeName(typeOf(qn))}`);
      I32[(t >> 2) + TY_QUALNAME] = qn;
      dictDel(dict, N.__qualname__);
    } else I32[(t >> 2) + TY_QUALNAME] = name;
    // Plain functions that are implicitly static / class methods.
    wrapIn(dict, N.__new__, Tag.STATICMETHOD, T.staticmethod);
    wrapIn(dict, N.__init_subclass__, Tag.CLASSMETHOD, T.classmethod);
    wrapIn(dict, N.__class_getitem__, Tag.CLASSMETHOD, T.classmethod);
    // The cell that zero-argument super() and __class__ read.
    const cell = dictGetStr(dict, N.__classcell__);
    if (cell !== NULL) {
      if (tagOf(cell) === Tag.CELL) I32[(cell >> 2) + CELL_CONTENTS] = t;
      dictDel(dict, N.__classcell__);
    }
    // __dict__ / __weakref__ descriptors when the base adds none (no class in the MRO but object has one).
    const best = I32[(t >> 2) + TY_BASE] as Ref;
    const baseHasHeap = baseList.some((b) => isHeapType(b));
    if (!baseHasHeap && !builtinHasDict(best) && dictGetStr(dict, N.__slots__) === NULL)
      dictSetStr(dict, N.__dict__, newGetsetProperty(dictDescrIdx, '__dict__'));
    if (!baseHasHeap && typeLayout(best) !== Tag.TYPE && dictGetStr(dict, N.__slots__) === NULL)
      dictSetStr(dict, intern('__weakref__'), newGetsetProperty(weakrefDescrIdx, '__weakref__'));
    const doc = dictGetStr(dict, N.__doc__);
    if (doc === NULL) dictSetStr(dict, N.__doc__, NONE);
    I32[(t >> 2) + TY_DOC] = doc === NULL ? NONE : doc;
    if (dictGetStr(dict, N.__eq__) !== NULL && dictGetStr(dict, N.__hash__) === NULL) dictSetStr(dict, N.__hash__, NONE);
    bumpTypeEpoch();
    // __set_name__ on the attributes, in definition order (on a snapshot of the dict).
    const items = newList(0);
    root(items);
    for (let i = dictNext(dict, 0); i >= 0; i = dictNext(dict, i + 1)) {
      listAppend(items, dictKeyAt(dict, i));
      listAppend(items, dictValueAt(dict, i));
    }
    for (let i = 0; i < listLen(items); i += 2) {
      const v = listGet(items, i + 1);
      const sn = lookupType(typeOf(v), N.__set_name__);
      if (sn === NULL) continue;
      try {
        callWith(sn, v, t, listGet(items, i));
      } catch (e) {
        const cause = toException(e);
        const err = newException(TYPES.get('RuntimeError')!, tupleFrom([
          newStr(`Error calling __set_name__ on '${typeName(typeOf(v))}' instance ${reprJs(listGet(items, i))} in '${typeName(t)}'`),
        ]));
        I32[(err >> 2) + 6] = cause; // __cause__
        I32[(err >> 2) + 9] = mkSmall(1); // __suppress_context__
        throwRaw(err);
      }
    }
    // super(t, t).__init_subclass__(**kwargs)
    const m = typeMro(t);
    for (let i = 1; i < tupleLen(m); i++) {
      const f = dictGetStr(typeDict(tupleGet(m, i)), N.__init_subclass__);
      if (f === NULL) continue;
      const fw = f >> 2;
      const ftag = (f & 1) === 0 ? I32[fw] & 0xff : -1;
      let fn: Ref;
      let argv: Ref[];
      if (ftag === Tag.CLASSMETHOD) {
        fn = I32[fw + 4] as Ref;
        argv = [t];
      } else if (ftag === Tag.STATICMETHOD) {
        fn = I32[fw + 4] as Ref;
        argv = [];
      } else {
        fn = f;
        argv = [t];
      }
      if (kwargs === NULL || dictLen(kwargs) === 0) callWithArgs(fn, argv);
      else callWithKwDict(fn, argv, kwargs);
      break;
    }
    return t;
  } finally {
    unroot(mark);
  }
}

function throwRaw(exc: Ref): never {
  throwExc(exc);
}

function callWithArgs(f: Ref, argv: Ref[]): Ref {
  return callWith(f, ...argv);
}

/** Calls f(*argv, **kwargs) with kwargs a dict of str keys. */
export function callWithKwDict(f: Ref, argv: Ref[], kwargs: Ref): Ref {
  const n = dictLen(kwargs);
  const names = newTuple(n);
  const vals: Ref[] = [];
  let j = 0;
  for (let i = dictNext(kwargs, 0); i >= 0; i = dictNext(kwargs, i + 1)) {
    tupleSetInit(names, j++, dictKeyAt(kwargs, i));
    vals.push(dictValueAt(kwargs, i));
  }
  return callWithKw(f, [...argv, ...vals], names);
}

function wrapIn(dict: Ref, name: Ref, tag: number, type: Ref): void {
  const v = dictGetStr(dict, name);
  if (v === NULL || (v & 1) === 1 || (I32[v >> 2] & 0xff) !== Tag.FUNCTION) return;
  const w = alloc(6, tag, type, 0);
  I32[(w >> 2) + 4] = v;
  dictSetStr(dict, name, w);
}

function newGetsetProperty(idx: number, name: string): Ref {
  const g = newBuiltin(idx, name, name);
  const p = newProperty(T.property, g, NONE, NONE, NONE);
  I32[(p >> 2) + 8] = intern(name);
  return p;
}

defStaticMethods('type', {
  __new__(args, argc, kw) {
    const nkw = kwCount(kw);
    const npos = argc - nkw;
    const meta = arg(args, 0);
    if (npos === 2 && meta === T.type && nkw === 0) return typeOf(arg(args, 1));
    if (npos !== 4) raise('TypeError', npos === 2 ? 'type.__new__() takes exactly 3 arguments (1 given)' : 'type() takes 1 or 3 arguments');
    if (tagOf(meta) !== Tag.TYPE || !isSubtype(meta, T.type))
      raise('TypeError', `type.__new__(X): X is not a type object (${typeName(typeOf(meta))})`);
    let kwargs: Ref = NULL;
    if (nkw > 0) {
      kwargs = newDict(T.dict);
      for (let i = 0; i < nkw; i++) dictSetStr(kwargs, tupleGet(kw, i), arg(args, npos + i));
    }
    const mark = root(kwargs);
    try {
      return newClass(meta, arg(args, 1), arg(args, 2), arg(args, 3), kwargs);
    } finally {
      unroot(mark);
    }
  },
});

defClassMethods('type', {
  __prepare__: () => newDict(T.dict),
});

defMethods('type', {
  __init__(args, argc, kw) {
    const nkw = kwCount(kw);
    const npos = argc - nkw;
    if (nkw > 0 && npos === 2) raise('TypeError', 'type.__init__() takes no keyword arguments');
    if (npos !== 2 && npos !== 4) raise('TypeError', 'type.__init__() takes 1 or 3 arguments');
    return NONE;
  },
  __call__(args, argc, kw) {
    const t = arg(args, 0);
    if (tagOf(t) !== Tag.TYPE) raise('TypeError', `descriptor '__call__' requires a 'type' object but received a '${typeName(typeOf(t))}'`);
    return callType(t, args + 1, argc - 1, kw);
  },
  __repr__(args) {
    return newStr(typeRepr(arg(args, 0)));
  },
  mro(args) {
    return listFrom(mroList(arg(args, 0)));
  },
  __dir__(args) {
    return strList(typeDirNames(arg(args, 0)));
  },
  __setattr__(args, argc) {
    if (argc !== 3) raise('TypeError', `expected 2 arguments, got ${argc - 1}`);
    setAttr(arg(args, 0), attrName(arg(args, 1)), arg(args, 2));
    return NONE;
  },
  __delattr__(args, argc) {
    if (argc !== 2) raise('TypeError', `expected 1 argument, got ${argc - 1}`);
    setAttr(arg(args, 0), attrName(arg(args, 1)), NULL);
    return NONE;
  },
  __instancecheck__(args) {
    return bool(isSubtype(typeOf(arg(args, 1)), arg(args, 0)));
  },
  __subclasscheck__(args) {
    const c = arg(args, 1);
    if (tagOf(c) !== Tag.TYPE) raise('TypeError', 'issubclass() arg 1 must be a class');
    return bool(isSubtype(c, arg(args, 0)));
  },
  __sizeof__: () => mkSmall(TYPE_SIZE_BYTES),
});
const TYPE_SIZE_BYTES = 56;

function typeStrSetter(field: number, what: string) {
  return (t: Ref, v: Ref): void => {
    if (!isHeapType(t)) raise('TypeError', `cannot set '${what}' attribute of immutable type '${typeName(t)}'`);
    if (v === NULL) raise('TypeError', `cannot delete '${what}' attribute of immutable type '${typeName(t)}'`);
    if (!isStr(v)) raise('TypeError', `can only assign string to ${typeName(t)}.${what}, not '${typeName(typeOf(v))}'`);
    I32[(t >> 2) + field] = v;
    bumpTypeEpoch();
  };
}

function typeDictSetter(name: string) {
  return (t: Ref, v: Ref): void => {
    if (!isHeapType(t)) raise('TypeError', `cannot set '${name}' attribute of immutable type '${typeName(t)}'`);
    if (v === NULL) dictDel(typeDict(t), intern(name));
    else dictSetStr(typeDict(t), intern(name), v);
    if (name === '__module__') I32[(t >> 2) + TY_MODULE] = v;
    bumpTypeEpoch();
  };
}

defGetters(
  Tag.TYPE,
  {
    __name__: (t) => I32[(t >> 2) + TY_NAME] as Ref,
    __qualname__: (t) => I32[(t >> 2) + TY_QUALNAME] as Ref,
    __module__: (t) => {
      if (isHeapType(t)) {
        const m = dictGetStr(typeDict(t), N.__module__);
        if (m === NULL) raise('AttributeError', '__module__');
        return m;
      }
      return I32[(t >> 2) + TY_MODULE] as Ref;
    },
    __mro__: (t) => typeMro(t),
    __bases__: (t) => I32[(t >> 2) + TY_BASES] as Ref,
    __base__: (t) => {
      const b = I32[(t >> 2) + TY_BASES] as Ref;
      if (tupleLen(b) === 0) return NONE;
      if (!isHeapType(t)) return tupleGet(b, 0);
      // CPython's best_base: the base whose solid base is the most derived (the first on ties).
      let best = tupleGet(b, 0);
      for (let i = 1; i < tupleLen(b); i++) {
        const c = tupleGet(b, i);
        const sb = I32[(best >> 2) + TY_BASE] as Ref;
        const sc = I32[(c >> 2) + TY_BASE] as Ref;
        if (sb !== sc && isSubtype(sc, sb)) best = c;
      }
      return best;
    },
    __dict__: (t) => newIter(IterKind.MAPPINGPROXY, typeDict(t), 0),
    __doc__: (t) => {
      const d = dictGetStr(typeDict(t), N.__doc__);
      if (d === NULL) return NONE;
      if ((d & 1) === 0 && tagOf(d) !== Tag.STR && tagOf(d) !== Tag.NONE) {
        const g = lookupType(typeOf(d), N.__get__);
        if (g !== NULL) return callWith(g, d, NONE, t);
      }
      return d;
    },
    __class__: (t) => typeOf(t),
  },
  {
    __name__: typeStrSetter(TY_NAME, '__name__'),
    __qualname__: typeStrSetter(TY_QUALNAME, '__qualname__'),
    __module__: typeDictSetter('__module__'),
    __doc__: typeDictSetter('__doc__'),
  },
);

// ---------------------------------------------------------------- mappingproxy (type.__dict__)

function proxied(self: Ref): Ref {
  if (tagOf(self) !== Tag.ITER || I32[(self >> 2) + H_AUX] !== IterKind.MAPPINGPROXY)
    raise('TypeError', `descriptor requires a 'mappingproxy' object but received a '${typeName(typeOf(self))}'`);
  return I32[(self >> 2) + IT_SRC] as Ref;
}

function dictMethod(name: string, self: Ref, ...rest: Ref[]): Ref {
  const f = lookupType(T.dict, intern(name));
  if (f === NULL) raise('AttributeError', `'dict' object has no attribute '${name}'`);
  return callWith(f, proxied(self), ...rest);
}

defStaticMethods('mappingproxy', {
  __new__(args, argc) {
    if (argc !== 2) raise('TypeError', `mappingproxy() missing required argument 'mapping' (pos 1)`);
    const m = arg(args, 1);
    if (tagOf(m) !== Tag.DICT) raise('TypeError', `mappingproxy() argument must be a mapping, not ${typeName(typeOf(m))}`);
    return newIter(IterKind.MAPPINGPROXY, m, 0);
  },
});

defMethods('mappingproxy', {
  __getitem__(args) {
    const d = proxied(arg(args, 0));
    const v = dictGet(d, arg(args, 1));
    if (v === NULL) throwKeyError(arg(args, 1));
    return v;
  },
  __contains__(args) {
    return bool(contains(proxied(arg(args, 0)), arg(args, 1)));
  },
  __len__(args) {
    return mkSmall(lenOf(proxied(arg(args, 0))));
  },
  __iter__(args) {
    return getIter(proxied(arg(args, 0)));
  },
  __repr__(args) {
    return newStr(`mappingproxy(${reprJs(proxied(arg(args, 0)))})`);
  },
  __str__(args) {
    return newStr(strJs(proxied(arg(args, 0))));
  },
  __eq__(args) {
    return compareOp(proxied(arg(args, 0)), arg(args, 1), 2);
  },
  get(args, argc) {
    const d = proxied(arg(args, 0));
    const v = dictGet(d, arg(args, 1));
    return v !== NULL ? v : argc > 2 ? arg(args, 2) : NONE;
  },
  keys: (args) => dictMethod('keys', arg(args, 0)),
  values: (args) => dictMethod('values', arg(args, 0)),
  items: (args) => dictMethod('items', arg(args, 0)),
  copy: (args) => dictCopy(proxied(arg(args, 0)), T.dict),
});

// ================================================================ property

/** A new PROPERTY of type `type`. */
export function newProperty(type: Ref, fget: Ref, fset: Ref, fdel: Ref, doc: Ref): Ref {
  const p = alloc(10, Tag.PROPERTY, type, 0);
  const w = p >> 2;
  I32[w + P_FGET] = fget;
  I32[w + P_FSET] = fset;
  I32[w + P_FDEL] = fdel;
  I32[w + P_DOC] = doc;
  I32[w + 9] = mkSmall(0);
  return p;
}

function propName(p: Ref): Ref {
  return I32[(p >> 2) + H_SIZE] >= 10 ? (I32[(p >> 2) + 8] as Ref) : NULL;
}

/** CPython 3.11's message for a property without the accessor `what` ('getter', 'setter', 'deleter'). */
export function propertyMissing(p: Ref, obj: Ref, what: string, attr: Ref = NULL): never {
  let name = propName(p);
  if (name === NULL) name = attr;
  const qn = typeQualname(typeOf(obj));
  if (name !== NULL && isStr(name)) raise('AttributeError', `property ${reprJs(name)} of '${qn}' object has no ${what}`);
  raise('AttributeError', `property of '${qn}' object has no ${what}`);
}

function asProperty(self: Ref, name: string): number {
  if (tagOf(self) !== Tag.PROPERTY) raise('TypeError', `descriptor '${name}' for 'property' objects doesn't apply to a '${typeName(typeOf(self))}' object`);
  return self >> 2;
}

function docOf(f: Ref): Ref {
  if (f === NONE || f === NULL) return NONE;
  const d = getAttrOrNullSafe(f, N.__doc__);
  return d === NULL ? NONE : d;
}

function getAttrOrNullSafe(o: Ref, name: Ref): Ref {
  try {
    return getAttrOrNull(o, name, false);
  } catch (e) {
    if (isPyExc(e, 'AttributeError')) return NULL;
    throw e;
  }
}

defStaticMethods('property', {
  __new__(args) {
    return newProperty(arg(args, 0), NONE, NONE, NONE, NONE);
  },
});

function propertyCopy(self: Ref, which: number, f: Ref): Ref {
  const w = asProperty(self, 'getter');
  const fromGetter = I32[(self >> 2) + H_SIZE] >= 10 && I32[w + 9] === mkSmall(1);
  const p = newProperty(typeOf(self), I32[w + P_FGET] as Ref, I32[w + P_FSET] as Ref, I32[w + P_FDEL] as Ref, I32[w + P_DOC] as Ref);
  const pw = p >> 2;
  I32[pw + which] = f;
  I32[pw + 8] = propName(self);
  if (fromGetter || I32[pw + P_DOC] === NONE) {
    if (which === P_FGET || fromGetter) {
      const m = root(p);
      try {
        const d = docOf(I32[pw + P_FGET] as Ref);
        I32[pw + P_DOC] = d;
        I32[pw + 9] = mkSmall(d !== NONE ? 1 : 0);
      } finally {
        unroot(m);
      }
    }
  }
  return p;
}

defMethods('property', {
  __init__(args, argc, kw) {
    const self = arg(args, 0);
    const [fget, fset, fdel, doc] = parseArgsLocal('property', args + 1, argc - 1, kw, ['fget', 'fset', 'fdel', 'doc']);
    const w = asProperty(self, '__init__');
    I32[w + P_FGET] = fget === NULL ? NONE : fget;
    I32[w + P_FSET] = fset === NULL ? NONE : fset;
    I32[w + P_FDEL] = fdel === NULL ? NONE : fdel;
    if ((doc === NULL || doc === NONE) && fget !== NULL && fget !== NONE) {
      const d = docOf(fget);
      I32[w + P_DOC] = d;
      if (I32[w + H_SIZE] >= 10) I32[w + 9] = mkSmall(d !== NONE ? 1 : 0);
    } else I32[w + P_DOC] = doc === NULL ? NONE : doc;
    return NONE;
  },
  getter: (args) => propertyCopy(arg(args, 0), P_FGET, arg(args, 1)),
  setter: (args) => propertyCopy(arg(args, 0), P_FSET, arg(args, 1)),
  deleter: (args) => propertyCopy(arg(args, 0), P_FDEL, arg(args, 1)),
  __get__(args, argc) {
    const self = arg(args, 0);
    const obj = argc > 1 ? arg(args, 1) : NONE;
    const w = asProperty(self, '__get__');
    if (obj === NONE) return self;
    const g = I32[w + P_FGET] as Ref;
    if (g === NONE || g === NULL) propertyMissing(self, obj, 'getter');
    return callWith(g, obj);
  },
  __set__(args) {
    const self = arg(args, 0);
    const w = asProperty(self, '__set__');
    const f = I32[w + P_FSET] as Ref;
    if (f === NONE || f === NULL) propertyMissing(self, arg(args, 1), 'setter');
    callWith(f, arg(args, 1), arg(args, 2));
    return NONE;
  },
  __delete__(args) {
    const self = arg(args, 0);
    const w = asProperty(self, '__delete__');
    const f = I32[w + P_FDEL] as Ref;
    if (f === NONE || f === NULL) propertyMissing(self, arg(args, 1), 'deleter');
    callWith(f, arg(args, 1));
    return NONE;
  },
  __set_name__(args) {
    const self = arg(args, 0);
    if (I32[(self >> 2) + H_SIZE] >= 10) I32[(self >> 2) + 8] = arg(args, 2);
    return NONE;
  },
});

defGetters(
  Tag.PROPERTY,
  {
    fget: (p) => orNone(I32[(p >> 2) + P_FGET] as Ref),
    fset: (p) => orNone(I32[(p >> 2) + P_FSET] as Ref),
    fdel: (p) => orNone(I32[(p >> 2) + P_FDEL] as Ref),
    __doc__: (p) => orNone(I32[(p >> 2) + P_DOC] as Ref),
    __isabstractmethod__: (p) => {
      for (const f of [P_FGET, P_FSET, P_FDEL]) {
        const v = I32[(p >> 2) + f] as Ref;
        if (v !== NULL && v !== NONE) {
          const a = getAttrOrNullSafe(v, N.__isabstractmethod__);
          if (a !== NULL && truthy(a)) return TRUE;
        }
      }
      return FALSE;
    },
  },
  {
    __doc__: (p, v) => {
      I32[(p >> 2) + P_DOC] = v === NULL ? NONE : v;
    },
  },
);

function orNone(r: Ref): Ref {
  return r === NULL ? NONE : r;
}

/** parseArgs without the "(pos N)" detail where CPython's clinic omits it. */
function parseArgsLocal(fname: string, args: number, argc: number, kw: Ref, names: string[]): Ref[] {
  const out: Ref[] = new Array(names.length).fill(NULL);
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  if (npos > names.length)
    raise('TypeError', `${fname}() takes at most ${names.length} argument${names.length === 1 ? '' : 's'} (${npos} given)`);
  for (let i = 0; i < npos; i++) out[i] = I32[args + i] as Ref;
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kw, k));
    const idx = names.indexOf(name);
    if (idx < 0) raise('TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
    if (out[idx] !== NULL) raise('TypeError', `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = I32[args + npos + k] as Ref;
  }
  return out;
}
export { parseArgsLocal };

// ================================================================ staticmethod / classmethod

function wrapperFunc(self: Ref): Ref {
  return I32[(self >> 2) + 4] as Ref;
}

for (const [name, tag] of [['staticmethod', Tag.STATICMETHOD], ['classmethod', Tag.CLASSMETHOD]] as const) {
  defStaticMethods(name, {
    __new__(args, argc) {
      const cls = arg(args, 0);
      const r = alloc(6, tag, cls, 0);
      I32[(r >> 2) + 4] = argc > 1 ? arg(args, 1) : NONE;
      return r;
    },
  });
  defMethods(name, {
    __init__(args, argc, kw) {
      if (kwCount(kw) > 0) raise('TypeError', `${name}() takes no keyword arguments`);
      if (argc !== 2) raise('TypeError', `${name} expected 1 argument, got ${argc - 1}`);
      I32[(arg(args, 0) >> 2) + 4] = arg(args, 1);
      return NONE;
    },
    __get__(args, argc) {
      const self = arg(args, 0);
      const f = wrapperFunc(self);
      if (tag === Tag.STATICMETHOD) return f;
      const obj = argc > 1 ? arg(args, 1) : NONE;
      let tp = argc > 2 ? arg(args, 2) : NONE;
      if (tp === NONE) tp = typeOf(obj);
      return newMethod(f, tp);
    },
  });
  const fwd = (attr: string) => (o: Ref) => {
    const f = wrapperFunc(o);
    const v = getAttrOrNullSafe(f, intern(attr));
    if (v === NULL) raise('AttributeError', `'${name}' object has no attribute '${attr}'`);
    return v;
  };
  defGetters(tag, {
    __func__: (o) => wrapperFunc(o),
    __wrapped__: (o) => wrapperFunc(o),
    __name__: fwd('__name__'),
    __qualname__: fwd('__qualname__'),
    __doc__: fwd('__doc__'),
    __isabstractmethod__: (o) => {
      const a = getAttrOrNullSafe(wrapperFunc(o), N.__isabstractmethod__);
      return a !== NULL && truthy(a) ? TRUE : FALSE;
    },
  });
}

defMethods('staticmethod', {
  __call__(args, argc, kw) {
    return call(wrapperFunc(arg(args, 0)), args + 1, argc - 1, kw);
  },
});

// ================================================================ per-worker refs of the object natives

onAttach(() => {
  const od = typeDict(T.object);
  objNew = dictGetStr(od, intern('__new__'));
  objInit = dictGetStr(od, intern('__init__'));
  typeNewRef = dictGetStr(typeDict(T.type), intern('__new__'));
  typeDescrs.instancecheck = dictGetStr(typeDict(T.type), intern('__instancecheck__'));
  typeDescrs.subclasscheck = dictGetStr(typeDict(T.type), intern('__subclasscheck__'));
  typeDescrs.call = dictGetStr(typeDict(T.type), intern('__call__'));
  vmHooks.objectNew = objNew;
  vmHooks.objectInit = objInit;
  objectSetattr.set = dictGetStr(od, intern('__setattr__'));
  objectHash.ref = dictGetStr(od, intern('__hash__'));
  objectSetattr.del = dictGetStr(od, intern('__delattr__'));
});

