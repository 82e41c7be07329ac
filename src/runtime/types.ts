/*
 * Type objects (TYPE tag): the builtin types, classes made by `class` statements, C3 MRO, and
 * attribute lookup along the MRO with a per-worker cache. Caller holds the GIL everywhere.
 *
 * TYPE layout (words):
 *   aux  TF_* flags (raw)
 *   4 TY_NAME str · 5 TY_QUALNAME str · 6 TY_BASES tuple · 7 TY_MRO tuple · 8 TY_DICT dict
 *   9 TY_LAYOUT small int: the Tag its instances get · 10 TY_MODULE str · 11 TY_BASE the solid base
 *   12 TY_ID small int: TypeId of a builtin type, -1 for a class · 13 TY_DOC
 */

import { alloc } from '../heap/alloc.js';
import { CTL_GC_EPOCH, CTL_NAME_EPOCHS, CTL_TYPE_EPOCH, NAME_EPOCHS, H_AUX, H_TYPE, RT_TYPES, TAG_MASK, Tag, CTL_ROOT } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { newTuple, tupleFrom, tupleGet, tupleLen, tupleSetInit } from '../heap/objects.js';
import { dictGetStr, dictSetStr, newDict } from '../heap/dict.js';
import { intern, strValue } from '../heap/str.js';

export const TY_NAME = 4;
export const TY_QUALNAME = 5;
export const TY_BASES = 6;
export const TY_MRO = 7;
export const TY_DICT = 8;
export const TY_LAYOUT = 9;
export const TY_MODULE = 10;
export const TY_BASE = 11;
export const TY_ID = 12;
export const TY_DOC = 13;
export const TYPE_WORDS = 14;

export const TF_HEAPTYPE = 1; // made by a class statement or type(name, bases, dict)
export const TF_BASETYPE = 2; // may be subclassed
export const TF_EXC = 4; // a subclass of BaseException
export const TF_HAS_GETATTR = 8; // the MRO defines __getattr__
export const TF_HAS_SETATTR = 16; // the MRO defines __setattr__ or __delattr__
export const TF_HAS_DESCR = 32; // the MRO defines a data descriptor on the class (property)

/** The builtin types, in the order of RT_TYPES. Exceptions follow, in EXCEPTIONS order. */
export const BUILTIN_TYPES = [
  // name, base, instance tag, flags (TF_BASETYPE where CPython allows subclassing)
  ['object', '', Tag.OBJECT, TF_BASETYPE],
  ['type', 'object', Tag.TYPE, TF_BASETYPE],
  ['NoneType', 'object', Tag.NONE, 0],
  ['int', 'object', Tag.INT, TF_BASETYPE],
  ['bool', 'int', Tag.BOOL, 0],
  ['float', 'object', Tag.FLOAT, TF_BASETYPE],
  ['str', 'object', Tag.STR, TF_BASETYPE],
  ['bytes', 'object', Tag.BYTES, TF_BASETYPE],
  ['tuple', 'object', Tag.TUPLE, TF_BASETYPE],
  ['list', 'object', Tag.LIST, TF_BASETYPE],
  ['dict', 'object', Tag.DICT, TF_BASETYPE],
  ['set', 'object', Tag.SET, TF_BASETYPE],
  ['frozenset', 'object', Tag.SET, TF_BASETYPE],
  ['range', 'object', Tag.RANGE, 0],
  ['slice', 'object', Tag.SLICE, 0],
  ['function', 'object', Tag.FUNCTION, 0],
  ['builtin_function_or_method', 'object', Tag.BUILTIN, 0],
  ['method', 'object', Tag.METHOD, 0],
  ['cell', 'object', Tag.CELL, 0],
  ['code', 'object', Tag.CODE, 0],
  ['module', 'object', Tag.MODULE, TF_BASETYPE],
  ['generator', 'object', Tag.GENERATOR, 0],
  ['coroutine', 'object', Tag.GENERATOR, 0],
  ['async_generator', 'object', Tag.GENERATOR, 0],
  ['property', 'object', Tag.PROPERTY, TF_BASETYPE],
  ['staticmethod', 'object', Tag.STATICMETHOD, TF_BASETYPE],
  ['classmethod', 'object', Tag.CLASSMETHOD, TF_BASETYPE],
  ['super', 'object', Tag.SUPER, TF_BASETYPE],
  ['NotImplementedType', 'object', Tag.NOTIMPL, 0],
  ['ellipsis', 'object', Tag.ELLIPSIS, 0],
  ['traceback', 'object', Tag.TRACEBACK, 0],
  ['list_iterator', 'object', Tag.ITER, 0],
  ['list_reverseiterator', 'object', Tag.ITER, 0],
  ['tuple_iterator', 'object', Tag.ITER, 0],
  ['str_ascii_iterator', 'object', Tag.ITER, 0],
  ['bytes_iterator', 'object', Tag.ITER, 0],
  ['range_iterator', 'object', Tag.ITER, 0],
  ['dict_keyiterator', 'object', Tag.ITER, 0],
  ['dict_valueiterator', 'object', Tag.ITER, 0],
  ['dict_itemiterator', 'object', Tag.ITER, 0],
  ['set_iterator', 'object', Tag.ITER, 0],
  ['dict_keys', 'object', Tag.ITER, 0],
  ['dict_values', 'object', Tag.ITER, 0],
  ['dict_items', 'object', Tag.ITER, 0],
  ['enumerate', 'object', Tag.ITER, TF_BASETYPE],
  ['zip', 'object', Tag.ITER, TF_BASETYPE],
  ['map', 'object', Tag.ITER, TF_BASETYPE],
  ['filter', 'object', Tag.ITER, TF_BASETYPE],
  ['reversed', 'object', Tag.ITER, TF_BASETYPE],
  ['iterator', 'object', Tag.ITER, 0],
  ['callable_iterator', 'object', Tag.ITER, 0],
  ['mappingproxy', 'object', Tag.ITER, 0],
  ['TextIOWrapper', 'object', Tag.NATIVE, 0],
  // Names the library tests with isinstance(); pygil makes no instances of them (see vm-builtins.ts).
  ['complex', 'object', Tag.OBJECT, 0],
  ['bytearray', 'object', Tag.OBJECT, 0],
  ['Random', 'object', Tag.NATIVE, TF_BASETYPE],
  ['NativeObject', 'object', Tag.NATIVE, TF_BASETYPE],
  ['lock', 'object', Tag.NATIVE, 0],
  ['RLock', 'object', Tag.NATIVE, TF_BASETYPE],
  ['_local', 'object', Tag.LOCAL, TF_BASETYPE],
  ['Waker', 'object', Tag.NATIVE, 0],
  ['EventBase', 'object', Tag.NATIVE, TF_BASETYPE],
  ['async_generator_asend', 'object', Tag.ITER, 0],
  ['async_generator_athrow', 'object', Tag.ITER, 0],
  ['async_generator_wrapped_value', 'object', Tag.CELL, 0],
  ['anext_awaitable', 'object', Tag.ITER, 0],
] as const;

export type BuiltinTypeName = (typeof BUILTIN_TYPES)[number][0];

/** The exception hierarchy (Objects/exceptions.c), parents before children. */
export const EXCEPTIONS: readonly (readonly [string, string])[] = [
  ['BaseException', 'object'],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['StopAsyncIteration', 'Exception'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
];

/** This worker's table of builtin type refs by name (types and exceptions). */
export const TYPES = new Map<string, Ref>();

/** Named refs of the hot builtin types, for fast identity checks. Filled by bootstrap/attach. */
export const T = {
  object: NULL, type: NULL, NoneType: NULL, int: NULL, bool: NULL, float: NULL, str: NULL, bytes: NULL,
  tuple: NULL, list: NULL, dict: NULL, set: NULL, frozenset: NULL, range: NULL, slice: NULL, function: NULL,
  builtin: NULL, method: NULL, cell: NULL, code: NULL, module: NULL, generator: NULL, coroutine: NULL,
  async_generator: NULL, property: NULL, staticmethod: NULL, classmethod: NULL, super: NULL, BaseException: NULL,
  Exception: NULL, StopIteration: NULL, GeneratorExit: NULL, KeyError: NULL, native: NULL,
};

export function typeByName(name: string): Ref {
  const t = TYPES.get(name);
  if (t === undefined) throw new Error(`no builtin type ${name}`);
  return t;
}

// ---------------------------------------------------------------- creating type objects

export function allocType(name: string, flags: number): Ref {
  const t = alloc(TYPE_WORDS, Tag.TYPE, T.type, flags);
  const w = t >> 2;
  I32[w + TY_NAME] = intern(name);
  I32[w + TY_QUALNAME] = intern(name);
  I32[w + TY_ID] = mkSmall(-1);
  return t;
}

/** C3 linearisation (https://www.python.org/download/releases/2.3/mro/). When none exists: null, after
 *  calling `fail` (if given) with the heads of the sequences left, for an error message. */
export function c3(cls: Ref, bases: Ref[], fail?: (heads: Ref[]) => void): Ref[] | null {
  const seqs: Ref[][] = bases.map((b) => mroList(b));
  seqs.push([...bases]);
  const out: Ref[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let cand: Ref | undefined;
    for (const s of live) {
      const head = s[0];
      if (!live.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === undefined) {
      fail?.(live.map((l) => l[0]));
      return null;
    }
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

export function mroList(t: Ref): Ref[] {
  const m = I32[(t >> 2) + TY_MRO] as Ref;
  const out: Ref[] = [];
  for (let i = 0; i < tupleLen(m); i++) out.push(tupleGet(m, i));
  return out;
}

/** Sets bases and MRO of a new type and derives layout, solid base and flags from them. */
export function setBases(t: Ref, bases: Ref[], mro: Ref[]): void {
  const w = t >> 2;
  I32[w + TY_BASES] = tupleFrom(bases);
  I32[w + TY_MRO] = tupleFrom(mro);
  let flags = I32[w + H_AUX];
  for (const b of mro) {
    if (b === t) continue;
    const bf = I32[(b >> 2) + H_AUX];
    flags |= bf & (TF_EXC | TF_HAS_GETATTR | TF_HAS_SETATTR | TF_HAS_DESCR);
  }
  I32[w + H_AUX] = flags;
  if (bases.length > 0) {
    const solid = solidBase(bases);
    I32[w + TY_BASE] = solid;
    I32[w + TY_LAYOUT] = I32[(solid >> 2) + TY_LAYOUT];
  }
  bumpTypeEpoch();
}

/** The builtin type that decides the instance layout (CPython's solid_base, simplified). */
export function solidBase(bases: Ref[]): Ref {
  let best: Ref = NULL;
  for (const b of bases) {
    const s = isHeapType(b) ? (I32[(b >> 2) + TY_BASE] as Ref) : b;
    if (best === NULL || best === T.object) best = s;
  }
  return best === NULL ? T.object : best;
}

export function isHeapType(t: Ref): boolean {
  return (I32[(t >> 2) + H_AUX] & TF_HEAPTYPE) !== 0;
}

export function typeFlags(t: Ref): number {
  return I32[(t >> 2) + H_AUX];
}
export function typeDict(t: Ref): Ref {
  return I32[(t >> 2) + TY_DICT] as Ref;
}
/** CPython's tp_name: the __name__, qualified by the module for a builtin type defined in a module
 *  other than builtins ('_thread.lock', '_io.TextIOWrapper'), as error messages show it. */
export function typeName(t: Ref): string {
  const w = t >> 2;
  const name = strValue(I32[w + TY_NAME] as Ref);
  if ((I32[w + H_AUX] & TF_HEAPTYPE) !== 0) return name;
  const mod = I32[w + TY_MODULE] as Ref;
  if (mod === NULL || (mod & 1) === 1 || (I32[mod >> 2] & TAG_MASK) !== Tag.STR) return name;
  const m = strValue(mod);
  return m === 'builtins' ? name : `${m}.${name}`;
}
export function typeQualname(t: Ref): string {
  return strValue(I32[(t >> 2) + TY_QUALNAME] as Ref);
}
export function typeLayout(t: Ref): number {
  return I32[(t >> 2) + TY_LAYOUT] >> 1;
}
export function typeMro(t: Ref): Ref {
  return I32[(t >> 2) + TY_MRO] as Ref;
}

/** type(obj) for a heap object or small int. */
export function typeOf(r: Ref): Ref {
  if ((r & 1) === 1) return T.int;
  return I32[(r >> 2) + H_TYPE] as Ref;
}

export function isSubtype(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const m = I32[(a >> 2) + TY_MRO] as Ref;
  const n = I32[(m >> 2) + H_AUX];
  for (let i = 0; i < n; i++) if (I32[(m >> 2) + 4 + i] === b) return true;
  return false;
}

export function bumpTypeEpoch(): void {
  I32[CTL_TYPE_EPOCH]++;
}

/** The CTL_NAME_EPOCHS word of an (interned) attribute name. */
function nameEpochWord(name: Ref): number {
  return CTL_NAME_EPOCHS + ((name >>> 3) & (NAME_EPOCHS - 1));
}

/** A class's plain attribute `name` was set or deleted: only cached lookups of that name are stale. */
export function bumpNameEpoch(name: Ref): void {
  I32[nameEpochWord(name)]++;
}

// ---------------------------------------------------------------- lookup along the MRO

// A direct-mapped method cache of typed arrays, as CPython's type method cache: (type, name) -> value.
// Entries are valid while neither CTL_TYPE_EPOCH (a class changed) nor CTL_GC_EPOCH (addresses may
// have been reused) moved, the whole cache being cleared when either does, and while the epoch of
// their name (CTL_NAME_EPOCHS: a plain class attribute of that name was assigned) is the one they were
// filled at. Per worker; the epochs are in the heap, so another thread's assignment is seen.
const MC_BITS = 12;
const MC_MASK = (1 << MC_BITS) - 1;
const mcType = new Int32Array(1 << MC_BITS);
const mcName = new Int32Array(1 << MC_BITS);
const mcValue = new Int32Array(1 << MC_BITS);
const mcEpoch = new Int32Array(1 << MC_BITS);
let cacheTypeEpoch = -1;
let cacheGcEpoch = -1;

/** Looks `name` (an interned str) up along the MRO of type t: CPython's _PyType_Lookup. NULL if absent. */
export function lookupType(t: Ref, name: Ref): Ref {
  if (I32[CTL_TYPE_EPOCH] !== cacheTypeEpoch || I32[CTL_GC_EPOCH] !== cacheGcEpoch) {
    mcType.fill(0);
    cacheTypeEpoch = I32[CTL_TYPE_EPOCH];
    cacheGcEpoch = I32[CTL_GC_EPOCH];
  }
  const h = ((t >>> 3) ^ Math.imul(name >>> 3, 0x9e3779b1) >>> (32 - MC_BITS)) & MC_MASK;
  const epoch = I32[nameEpochWord(name)];
  if (mcType[h] === t && mcName[h] === name && mcEpoch[h] === epoch) return mcValue[h] as Ref;
  const v = lookupTypeUncached(t, name);
  mcType[h] = t;
  mcName[h] = name;
  mcValue[h] = v;
  mcEpoch[h] = epoch;
  return v;
}

export function lookupTypeUncached(t: Ref, name: Ref): Ref {
  const mro = I32[(t >> 2) + TY_MRO] as Ref;
  const n = I32[(mro >> 2) + H_AUX];
  for (let i = 0; i < n; i++) {
    const b = I32[(mro >> 2) + 4 + i] as Ref;
    const v = dictGetStr(I32[(b >> 2) + TY_DICT] as Ref, name);
    if (v !== NULL) return v;
  }
  return NULL;
}

// ---------------------------------------------------------------- bootstrap

/** Creates every builtin type object and records them in ROOT.types. Runs once, in the worker that
 *  creates the interpreter, after the singletons exist. */
export function bootstrapTypes(): void {
  const all: Ref[] = [];
  // `type` and `object` first; their own type word is patched once `type` exists.
  for (const [name, , tag, flags] of BUILTIN_TYPES) {
    const t = allocTypeRaw(name, flags, tag);
    TYPES.set(name, t);
    all.push(t);
  }
  for (const [name, parent] of EXCEPTIONS) {
    const t = allocTypeRaw(name, TF_BASETYPE | TF_EXC, Tag.EXCEPTION);
    TYPES.set(name, t);
    all.push(t);
    void parent;
  }
  fillNamedTypes();
  for (const t of all) I32[(t >> 2) + H_TYPE] = T.type;
  // Dicts, bases and MROs.
  const parentOf = new Map<string, string>();
  for (const [name, parent] of BUILTIN_TYPES) parentOf.set(name, parent);
  for (const [name, parent] of EXCEPTIONS) parentOf.set(name, parent);
  let id = 0;
  for (const [name] of [...BUILTIN_TYPES, ...EXCEPTIONS]) {
    const t = TYPES.get(name)!;
    const w = t >> 2;
    I32[w + TY_DICT] = newDict(T.dict);
    I32[w + TY_MODULE] = intern('builtins');
    I32[w + TY_ID] = mkSmall(id++);
    const parent = parentOf.get(name)!;
    const bases = parent === '' ? [] : [TYPES.get(parent)!];
    const mro = [t, ...(bases.length ? mroList(bases[0]) : [])];
    const layout = I32[w + TY_LAYOUT];
    setBases(t, bases, mro);
    I32[w + TY_LAYOUT] = layout; // a builtin type keeps its own layout
    I32[w + TY_BASE] = t;
  }
  const tup = newTuple(all.length);
  all.forEach((t, i) => tupleSetInit(tup, i, t));
  I32[(I32[CTL_ROOT] >> 2) + RT_TYPES] = tup;
}

function allocTypeRaw(name: string, flags: number, tag: number): Ref {
  const t = alloc(TYPE_WORDS, Tag.TYPE, NULL, flags);
  const w = t >> 2;
  I32[w + TY_NAME] = intern(name);
  I32[w + TY_QUALNAME] = I32[w + TY_NAME];
  I32[w + TY_LAYOUT] = mkSmall(tag);
  I32[w + TY_ID] = mkSmall(-1);
  return t;
}

/** Rebuilds this worker's tables from ROOT.types (a worker attaching to an existing interpreter). */
export function attachTypes(): void {
  const tup = I32[(I32[CTL_ROOT] >> 2) + RT_TYPES] as Ref;
  const names = [...BUILTIN_TYPES.map((b) => b[0] as string), ...EXCEPTIONS.map((e) => e[0])];
  names.forEach((n, i) => TYPES.set(n, tupleGet(tup, i)));
  fillNamedTypes();
}

function fillNamedTypes(): void {
  const g = (n: string) => TYPES.get(n)!;
  T.object = g('object'); T.type = g('type'); T.NoneType = g('NoneType'); T.int = g('int'); T.bool = g('bool');
  T.float = g('float'); T.str = g('str'); T.bytes = g('bytes'); T.tuple = g('tuple'); T.list = g('list');
  T.dict = g('dict'); T.set = g('set'); T.frozenset = g('frozenset'); T.range = g('range'); T.slice = g('slice');
  T.function = g('function'); T.builtin = g('builtin_function_or_method'); T.method = g('method'); T.cell = g('cell');
  T.code = g('code'); T.module = g('module'); T.generator = g('generator'); T.coroutine = g('coroutine');
  T.async_generator = g('async_generator'); T.property = g('property'); T.staticmethod = g('staticmethod');
  T.classmethod = g('classmethod'); T.super = g('super'); T.BaseException = g('BaseException');
  T.Exception = g('Exception'); T.StopIteration = g('StopIteration'); T.GeneratorExit = g('GeneratorExit');
  T.KeyError = g('KeyError'); T.native = g('NativeObject');
}

/** Puts `name = value` into a type's dict (bootstrap of builtin methods, class creation). */
export function typeSetAttr(t: Ref, name: string, value: Ref): void {
  dictSetStr(typeDict(t), intern(name), value);
  bumpTypeEpoch();
}
