/*
 * BaseException and its subclasses: construction, str/repr, the getset attributes (args,
 * __traceback__, __cause__, __context__, __suppress_context__) and the per-class ones
 * (StopIteration.value, SystemExit.code, OSError.errno/strerror/filename, NameError.name, ...), and
 * `formatException`, the last line of a traceback. Caller holds the GIL everywhere.
 *
 * Where the per-class fields live in an EXCEPTION object (runtime/exceptions.ts layout):
 *   EX_VALUE (10)  StopIteration.value, SystemExit.code, NameError/AttributeError/ImportError.name,
 *                  OSError: a tuple (errno, strerror, filename, filename2)
 *   word 11        AttributeError.obj, ImportError.path
 * The attribute getters are per tag (every exception object), so each one checks the exception's
 * class and otherwise behaves as a plain attribute (instance dict, class attributes, __getattr__).
 */

import { Tag, TH_CUREXC } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  NONE, bool, listAppend, newList, newTuple, tupleFrom, tupleGet, tupleLen, tupleSetInit,
} from '../heap/objects.js';
import { intern, newStr, strValue } from '../heap/str.js';
import { bytesAt, bytesLen } from '../heap/str.js';
import { defGetters, defMethods, defStaticMethods } from './define.js';
import {
  EX_ARGS, EX_CAUSE, EX_CONTEXT, EX_SUPPRESS, EX_TRACEBACK, EX_VALUE, isPyException, newException, raise,
  toException, 
} from '../runtime/exceptions.js';
import { fallbackStore, instDict, isStr, reprJs, strJs, tagOf, truthy, toBig } from '../runtime/ops.js';
import { T, TYPES, isSubtype, typeByName, typeName, typeOf, typeQualname } from '../runtime/types.js';
import { kwCount } from '../runtime/call.js';
import { TS } from '../runtime/thread-state.js';
import { dictGetStr } from '../heap/dict.js';
import { addGetsetEntries, arg, genericGetAttr, rawSetters, tupleOf, typeModuleName } from './object.js';
import { onBootstrap } from './define.js';

onBootstrap(() => addGetsetEntries('BaseException', ['args', '__traceback__', '__cause__', '__context__', '__suppress_context__']));

const EX_EXTRA = 11;

function asExc(self: Ref, what: string): number {
  if ((self & 1) === 1 || tagOf(self) !== Tag.EXCEPTION)
    raise('TypeError', `descriptor '${what}' requires a 'BaseException' object but received a '${typeName(typeOf(self))}'`);
  return self >> 2;
}

function argsOf(e: Ref): Ref {
  const a = I32[(e >> 2) + EX_ARGS] as Ref;
  return a === NULL ? newTuple(0) : a;
}

/** A tuple of the positional arguments args[from .. npos). */
function posTuple(args: number, from: number, npos: number): Ref {
  const n = Math.max(0, npos - from);
  const t = newTuple(n);
  for (let i = 0; i < n; i++) tupleSetInit(t, i, I32[args + from + i] as Ref);
  return t;
}

function isA(e: Ref, name: string): boolean {
  return isSubtype(typeOf(e), TYPES.get(name)!);
}

// ================================================================ BaseException

defStaticMethods('BaseException', {
  __new__(args, argc, kw) {
    const cls = arg(args, 0);
    if (tagOf(cls) !== Tag.TYPE || !isSubtype(cls, T.BaseException))
      raise('TypeError', `BaseException.__new__(X): X is not a subtype of BaseException`);
    return newException(cls, posTuple(args, 1, argc - kwCount(kw)));
  },
});

function baseStr(e: Ref): string {
  const a = argsOf(e);
  const n = tupleLen(a);
  if (n === 0) return '';
  if (n === 1) return strJs(tupleGet(a, 0));
  return reprJs(a);
}

defMethods('BaseException', {
  __init__(args, argc, kw) {
    const self = arg(args, 0);
    const w = asExc(self, '__init__');
    if (kwCount(kw) > 0) raise('TypeError', `${typeName(typeOf(self))}() takes no keyword arguments`);
    I32[w + EX_ARGS] = posTuple(args, 1, argc);
    return NONE;
  },
  __str__(args) {
    const self = arg(args, 0);
    asExc(self, '__str__');
    return newStr(baseStr(self));
  },
  __repr__(args) {
    const self = arg(args, 0);
    asExc(self, '__repr__');
    const a = argsOf(self);
    const name = typeName(typeOf(self));
    if (tupleLen(a) === 1) return newStr(`${name}(${reprJs(tupleGet(a, 0))})`);
    return newStr(name + reprJs(a));
  },
  with_traceback(args, argc) {
    const self = arg(args, 0);
    if (argc !== 2) raise('TypeError', `BaseException.with_traceback() takes exactly one argument (${argc - 1} given)`);
    setTraceback(self, arg(args, 1));
    return self;
  },
  add_note(args, argc) {
    const self = arg(args, 0);
    if (argc !== 2) raise('TypeError', `BaseException.add_note() takes exactly one argument (${argc - 1} given)`);
    const note = arg(args, 1);
    if (!isStr(note)) raise('TypeError', `note must be a str, not '${typeName(typeOf(note))}'`);
    const d = instDict(self, true);
    let notes = dictGetStr(d, intern('__notes__'));
    if (notes === NULL) {
      notes = newList(0);
      dictSetStrLocal(d, '__notes__', notes);
    } else if (tagOf(notes) !== Tag.LIST) raise('TypeError', 'Cannot add note: __notes__ is not a list');
    listAppend(notes, note);
    return NONE;
  },
  __reduce__(args) {
    const self = arg(args, 0);
    return tupleFrom([typeOf(self), argsOf(self)]);
  },
});

import { dictSetStr } from '../heap/dict.js';
function dictSetStrLocal(d: Ref, k: string, v: Ref): void {
  dictSetStr(d, intern(k), v);
}

function setTraceback(e: Ref, v: Ref): void {
  if (v !== NONE && v !== NULL && tagOf(v) !== Tag.TRACEBACK) raise('TypeError', '__traceback__ must be a traceback or None');
  I32[(e >> 2) + EX_TRACEBACK] = v === NONE ? NULL : v;
}

function isExcOrNone(v: Ref): boolean {
  return v === NONE || ((v & 1) === 0 && tagOf(v) === Tag.EXCEPTION);
}

defGetters(
  Tag.EXCEPTION,
  {
    args: (e) => argsOf(e),
    __traceback__: (e) => orNone(I32[(e >> 2) + EX_TRACEBACK] as Ref),
    __cause__: (e) => orNone(I32[(e >> 2) + EX_CAUSE] as Ref),
    __context__: (e) => orNone(I32[(e >> 2) + EX_CONTEXT] as Ref),
    __suppress_context__: (e) => bool(I32[(e >> 2) + EX_SUPPRESS] === mkSmall(1)),
  },
  {
    args: (e, v) => {
      if (v === NULL) raise('TypeError', 'args may not be deleted');
      I32[(e >> 2) + EX_ARGS] = tupleOf(v);
    },
    __traceback__: (e, v) => {
      if (v === NULL) raise('TypeError', '__traceback__ may not be deleted');
      setTraceback(e, v);
    },
    __cause__: (e, v) => {
      if (v === NULL) raise('TypeError', '__cause__ may not be deleted');
      if (!isExcOrNone(v)) raise('TypeError', 'exception cause must be None or derive from BaseException');
      I32[(e >> 2) + EX_CAUSE] = v === NONE ? NULL : v;
      I32[(e >> 2) + EX_SUPPRESS] = mkSmall(1);
    },
    __context__: (e, v) => {
      if (v === NULL) raise('TypeError', '__context__ may not be deleted');
      if (!isExcOrNone(v)) raise('TypeError', 'exception context must be None or derive from BaseException');
      I32[(e >> 2) + EX_CONTEXT] = v === NONE ? NULL : v;
    },
    __suppress_context__: (e, v) => {
      if (v === NULL) raise('TypeError', "can't delete __suppress_context__ attribute");
      I32[(e >> 2) + EX_SUPPRESS] = mkSmall(truthy(v) ? 1 : 0);
    },
  },
);

function orNone(r: Ref): Ref {
  return r === NULL ? NONE : r;
}

// ---------------------------------------------------------------- per-class attributes

/**
 * Declares attribute `name` of exception class `cls` (and its subclasses): the getter/setter apply
 * there; on every other exception the name is an ordinary attribute.
 */
function classAttr(name: string, classes: string[], get: (e: Ref) => Ref, set?: (e: Ref, v: Ref) => void): void {
  let iname: Ref = NULL;
  const applies = (e: Ref) => classes.some((c) => isA(e, c));
  const getter = (e: Ref): Ref => {
    if (applies(e)) return get(e);
    if (iname === NULL) iname = intern(name);
    return genericGetAttr(e, iname, false, true);
  };
  const raw = (e: Ref, v: Ref): void => {
    if (iname === NULL) iname = intern(name);
    if (applies(e)) {
      if (set !== undefined) return set(e, v);
      if (v === NULL) raise('AttributeError', `readonly attribute`);
      raise('AttributeError', `readonly attribute`);
    }
    genericSetAttrOf(e, iname, v);
  };
  const setter = (e: Ref, v: Ref): void => {
    if (iname === NULL) iname = intern(name);
    if (applies(e)) return raw(e, v);
    fallbackStore(e, iname, v);
  };
  rawSetters.set(setter, raw);
  defGetters(Tag.EXCEPTION, { [name]: getter }, { [name]: setter });
}

import { genericSetAttr as genericSetAttrOf } from '../runtime/ops.js';

/** Field-backed attribute: EX_VALUE or word 11; None when unset. */
function fieldAttr(name: string, classes: string[], word: number): void {
  classAttr(
    name,
    classes,
    (e) => orNone(I32[(e >> 2) + word] as Ref),
    (e, v) => {
      I32[(e >> 2) + word] = v === NULL ? NONE : v;
    },
  );
}

// StopIteration.value: the first argument (set by __init__; derived from args when made natively).
classAttr(
  'value',
  ['StopIteration', 'StopAsyncIteration'],
  (e) => {
    const v = I32[(e >> 2) + EX_VALUE] as Ref;
    if (v !== NULL) return v;
    const a = argsOf(e);
    return tupleLen(a) > 0 ? tupleGet(a, 0) : NONE;
  },
  (e, v) => {
    I32[(e >> 2) + EX_VALUE] = v === NULL ? NONE : v;
  },
);

function exitCodeFromArgs(a: Ref): Ref {
  const n = tupleLen(a);
  return n === 0 ? NONE : n === 1 ? tupleGet(a, 0) : a;
}

classAttr(
  'code',
  ['SystemExit'],
  (e) => {
    const v = I32[(e >> 2) + EX_VALUE] as Ref;
    return v !== NULL ? v : exitCodeFromArgs(argsOf(e));
  },
  (e, v) => {
    I32[(e >> 2) + EX_VALUE] = v === NULL ? NONE : v;
  },
);

fieldAttr('name', ['NameError', 'AttributeError', 'ImportError'], EX_VALUE);
fieldAttr('obj', ['AttributeError'], EX_EXTRA);
fieldAttr('path', ['ImportError'], EX_EXTRA);
classAttr(
  'msg',
  ['ImportError', 'SyntaxError'],
  (e) => {
    const d = instDict(e, false);
    const m = d !== NULL ? dictGetStr(d, intern('msg')) : NULL;
    if (m !== NULL) return m;
    const a = argsOf(e);
    return tupleLen(a) >= 1 ? tupleGet(a, 0) : NONE;
  },
  (e, v) => genericSetAttrOf(e, intern('msg'), v),
);

defMethods('StopIteration', {
  __init__(args, argc, kw) {
    const self = arg(args, 0);
    const w = asExc(self, '__init__');
    if (kwCount(kw) > 0) raise('TypeError', `${typeName(typeOf(self))}() takes no keyword arguments`);
    I32[w + EX_ARGS] = posTuple(args, 1, argc);
    I32[w + EX_VALUE] = argc > 1 ? arg(args, 1) : NONE;
    return NONE;
  },
});

defMethods('SystemExit', {
  __init__(args, argc, kw) {
    const self = arg(args, 0);
    const w = asExc(self, '__init__');
    if (kwCount(kw) > 0) raise('TypeError', `${typeName(typeOf(self))}() takes no keyword arguments`);
    const a = posTuple(args, 1, argc);
    I32[w + EX_ARGS] = a;
    I32[w + EX_VALUE] = exitCodeFromArgs(a);
    return NONE;
  },
});

/** __init__ of the exceptions taking keyword-only attributes (NameError(name=), ImportError(name=, path=)). */
function kwInit(cls: string, kwNames: string[], words: number[]) {
  return (args: number, argc: number, kw: Ref): Ref => {
    const self = arg(args, 0);
    const w = asExc(self, '__init__');
    const nkw = kwCount(kw);
    const npos = argc - nkw;
    I32[w + EX_ARGS] = posTuple(args, 1, npos);
    for (let k = 0; k < nkw; k++) {
      const name = strValue(tupleGet(kw, k));
      const i = kwNames.indexOf(name);
      if (i < 0) raise('TypeError', `'${name}' is an invalid keyword argument for ${cls}()`);
      I32[w + words[i]] = I32[args + npos + k];
    }
    return NONE;
  };
}

defMethods('NameError', { __init__: kwInit('NameError', ['name'], [EX_VALUE]) });
defMethods('AttributeError', { __init__: kwInit('AttributeError', ['name', 'obj'], [EX_VALUE, EX_EXTRA]) });
defMethods('ImportError', {
  __init__: kwInit('ImportError', ['name', 'path'], [EX_VALUE, EX_EXTRA]),
  __str__(args) {
    const self = arg(args, 0);
    const d = instDict(self, false);
    const m = d !== NULL ? dictGetStr(d, intern('msg')) : NULL;
    if (m !== NULL && m !== NONE) return newStr(strJs(m));
    const a = argsOf(self);
    if (tupleLen(a) === 1 && d === NULL) return newStr(strJs(tupleGet(a, 0)));
    return newStr(baseStr(self));
  },
});

defMethods('KeyError', {
  __str__(args) {
    const self = arg(args, 0);
    asExc(self, '__str__');
    const a = argsOf(self);
    if (tupleLen(a) === 1) return newStr(reprJs(tupleGet(a, 0)));
    return newStr(baseStr(self));
  },
});

// ---------------------------------------------------------------- OSError

/** errno -> the OSError subclass CPython's OSError() constructor picks (Objects/exceptions.c). */
const ERRNO_CLASS: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError', 10: 'ChildProcessError',
  32: 'BrokenPipeError', 108: 'BrokenPipeError', 103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError',
  104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError', 21: 'IsADirectoryError',
  20: 'NotADirectoryError', 4: 'InterruptedError', 13: 'PermissionError', 1: 'PermissionError',
  3: 'ProcessLookupError', 110: 'TimeoutError',
};

/** Parses OSError's arguments into EX_VALUE = (errno, strerror, filename, filename2), trimming
 *  args to (errno, strerror) when a filename is given (oserror_init). */
function osInit(e: Ref, args: number, from: number, npos: number): void {
  const w = e >> 2;
  const n = npos - from;
  I32[w + EX_ARGS] = posTuple(args, from, npos);
  if (n >= 2 && n <= 5) {
    const a = (i: number): Ref => (i < n ? (I32[args + from + i] as Ref) : NONE);
    const filename = a(2);
    const filename2 = a(4);
    I32[w + EX_VALUE] = tupleFrom([a(0), a(1), filename, filename === NONE ? NONE : filename2]);
    if (filename !== NONE) I32[w + EX_ARGS] = posTuple(args, from, from + 2);
  } else I32[w + EX_VALUE] = NULL;
}

function osField(e: Ref, i: number): Ref {
  const v = I32[(e >> 2) + EX_VALUE] as Ref;
  if (v === NULL || tagOf(v) !== Tag.TUPLE) return NONE;
  return tupleGet(v, i);
}

function osSetField(e: Ref, i: number, val: Ref): void {
  const w = e >> 2;
  let v = I32[w + EX_VALUE] as Ref;
  if (v === NULL || tagOf(v) !== Tag.TUPLE) {
    v = tupleFrom([NONE, NONE, NONE, NONE]);
    I32[w + EX_VALUE] = v;
  }
  tupleSetInit(v, i, val === NULL ? NONE : val);
}

defStaticMethods('OSError', {
  __new__(args, argc, kw) {
    let cls = arg(args, 0);
    const npos = argc - kwCount(kw);
    if (cls === TYPES.get('OSError') && npos >= 3) {
      const en = arg(args, 1);
      if ((en & 1) === 1 && ERRNO_CLASS[en >> 1] !== undefined) cls = typeByName(ERRNO_CLASS[en >> 1]);
    }
    const e = newException(cls, newTuple(0));
    osInit(e, args, 1, npos);
    return e;
  },
});

defMethods('OSError', {
  __init__(args, argc, kw) {
    const self = arg(args, 0);
    asExc(self, '__init__');
    if (kwCount(kw) > 0) raise('TypeError', `${typeName(typeOf(self))}() takes no keyword arguments`);
    osInit(self, args, 1, argc);
    return NONE;
  },
  __str__(args) {
    const self = arg(args, 0);
    asExc(self, '__str__');
    const errno = osField(self, 0);
    const strerror = osField(self, 1);
    const filename = osField(self, 2);
    const filename2 = osField(self, 3);
    if (filename !== NONE) {
      if (filename2 !== NONE)
        return newStr(`[Errno ${strJs(errno)}] ${strJs(strerror)}: ${reprJs(filename)} -> ${reprJs(filename2)}`);
      return newStr(`[Errno ${strJs(errno)}] ${strJs(strerror)}: ${reprJs(filename)}`);
    }
    if (errno !== NONE && strerror !== NONE) return newStr(`[Errno ${strJs(errno)}] ${strJs(strerror)}`);
    return newStr(baseStr(self));
  },
});

classAttr('errno', ['OSError'], (e) => osField(e, 0), (e, v) => osSetField(e, 0, v));
classAttr('strerror', ['OSError'], (e) => osField(e, 1), (e, v) => osSetField(e, 1, v));
classAttr('filename', ['OSError'], (e) => osField(e, 2), (e, v) => osSetField(e, 2, v));
classAttr('filename2', ['OSError'], (e) => osField(e, 3), (e, v) => osSetField(e, 3, v));

/** A new OSError (the subclass its errno maps to) as open() and friends raise it:
 *  OSError(errno, strerror[, filename]). */
export function makeOSError(errno: number, strerror: string, filename: Ref = NULL): Ref {
  const name = ERRNO_CLASS[errno] ?? 'OSError';
  const e = newException(typeByName(name), tupleFrom([mkSmall(errno), newStr(strerror)]));
  const fields = tupleFrom([mkSmall(errno), newStr(strerror), filename === NULL ? NONE : filename, NONE]);
  I32[(e >> 2) + EX_VALUE] = fields;
  return e;
}

// ---------------------------------------------------------------- UnicodeDecodeError / UnicodeEncodeError

function uArg(e: Ref, i: number): Ref {
  const a = argsOf(e);
  return i < tupleLen(a) ? tupleGet(a, i) : NONE;
}

for (const [cls, verb] of [['UnicodeDecodeError', 'decode'], ['UnicodeEncodeError', 'encode']] as const) {
  defMethods(cls, {
    __init__(args, argc, kw) {
      const self = arg(args, 0);
      const w = asExc(self, '__init__');
      if (kwCount(kw) > 0) raise('TypeError', `${cls}() takes no keyword arguments`);
      if (argc !== 6) raise('TypeError', `function takes exactly 5 arguments (${argc - 1} given)`);
      I32[w + EX_ARGS] = posTuple(args, 1, argc);
      return NONE;
    },
    __str__(args) {
      const self = arg(args, 0);
      const a = argsOf(self);
      if (tupleLen(a) !== 5) return newStr(baseStr(self));
      const enc = strJs(uArg(self, 0));
      const obj = uArg(self, 1);
      const start = Number(toBig(uArg(self, 2)));
      const end = Number(toBig(uArg(self, 3)));
      const reason = strJs(uArg(self, 4));
      if (end === start + 1) {
        if (verb === 'decode' && tagOf(obj) === Tag.BYTES && start < bytesLen(obj)) {
          const b = bytesAt(obj, start);
          return newStr(`'${enc}' codec can't decode byte 0x${b.toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
        }
        if (verb === 'encode' && isStr(obj)) {
          const c = [...strValue(obj)][start]?.codePointAt(0) ?? 0;
          const hex = c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
          return newStr(`'${enc}' codec can't encode character '${hex}' in position ${start}: ${reason}`);
        }
      }
      const what = verb === 'decode' ? 'bytes' : 'characters';
      return newStr(`'${enc}' codec can't ${verb} ${what} in position ${start}-${end - 1}: ${reason}`);
    },
  });
}
classAttr('encoding', ['UnicodeDecodeError', 'UnicodeEncodeError'], (e) => uArg(e, 0));
classAttr('object', ['UnicodeDecodeError', 'UnicodeEncodeError'], (e) => uArg(e, 1));
classAttr('start', ['UnicodeDecodeError', 'UnicodeEncodeError'], (e) => uArg(e, 2));
classAttr('end', ['UnicodeDecodeError', 'UnicodeEncodeError'], (e) => uArg(e, 3));
classAttr('reason', ['UnicodeDecodeError', 'UnicodeEncodeError'], (e) => uArg(e, 4));

// ================================================================ the last line of a traceback

/**
 * "TypeName: message" as CPython's traceback printer writes the last line of a traceback
 * (print_exception in pythonrun.c): the class's qualified name, prefixed with its module unless that
 * is builtins or __main__; just the name when str(exc) is empty. Caller holds the GIL. May run
 * Python code (a user __str__); a failing __str__ gives "<exception str() failed>" as CPython.
 */
export function formatException(exc: Ref): string {
  const tp = typeOf(exc);
  const mod = typeModuleName(tp);
  let s = '';
  if (mod === null) s = '<unknown>.';
  else if (mod !== 'builtins' && mod !== '__main__') s = mod + '.';
  s += typeQualname(tp);
  const saved = I32[TS + TH_CUREXC];
  let msg: string;
  try {
    msg = strJs(exc);
  } catch (e) {
    if (!isPyException(e)) throw e;
    toException(e);
    I32[TS + TH_CUREXC] = saved;
    return s + ': <exception str() failed>';
  }
  return msg === '' ? s : `${s}: ${msg}`;
}

/** The notes add_note() attached (__notes__), which the traceback printer writes after the last line. */
export function exceptionNotes(exc: Ref): string[] {
  const d = instDict(exc, false);
  if (d === NULL) return [];
  const notes = dictGetStr(d, intern('__notes__'));
  if (notes === NULL) return [];
  const out: string[] = [];
  if (tagOf(notes) === Tag.LIST || tagOf(notes) === Tag.TUPLE) {
    const l = tupleOf(notes);
    for (let i = 0; i < tupleLen(l); i++) {
      const n = tupleGet(l, i);
      out.push(isStr(n) ? strValue(n) : reprJs(n));
    }
  } else out.push(reprJs(notes));
  return out;
}

