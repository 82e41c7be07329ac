/*
 * Attributes and reprs of functions, bound methods, builtin functions, and the reprs of the other
 * builtin objects without a Python-visible state of their own (cells, code, modules, properties,
 * static/class methods, NotImplemented, Ellipsis, tracebacks, super, bare objects).
 * Caller holds the GIL everywhere.
 */

import {
  B_MODULE, B_NAME, B_QUALNAME, B_SELF, CELL_CONTENTS, CO_FILENAME, CO_INFO, CO_NAME, CI_FIRSTLINE, CO_QUALNAME,
  CO_CONSTS, CO_NAMES, CO_VARNAMES, CO_CELLVARS, CO_FREEVARS, CI_ARGCOUNT, CI_POSONLY, CI_KWONLY, CI_FLAGS,
  CI_STACKSIZE, CI_NVARNAMES, FN_CLOSURE,
  FN_CODE, FN_DEFAULTS, FN_DICT, FN_DOC, FN_GLOBALS, FN_KWDEFAULTS, FN_MODULE, FN_NAME, FN_QUALNAME, M_FUNC, M_SELF,
  MOD_DICT, MOD_NAME, SUP_OBJ, SUP_TYPE, T_ITEMS, Tag,
} from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, newMethod } from '../heap/objects.js';
import { intern, newStr, strValue } from '../heap/str.js';
import { dictGetStr, dictSetStr, newDict } from '../heap/dict.js';
import { defGetters, defMethods } from './define.js';
import { N, addr, getAttrOrNull, isStr, reprHooks, reprJs, tagOf } from '../runtime/ops.js';
import { T, typeName, typeOf } from '../runtime/types.js';
import { raise } from '../runtime/exceptions.js';
import { arg, isPyExc, typeRepr } from './object.js';

// ================================================================ reprs

function str(r: Ref): string {
  return r !== NULL && isStr(r) ? strValue(r) : '?';
}

function funcRepr(f: Ref): string {
  return `<function ${str(I32[(f >> 2) + FN_QUALNAME] as Ref)} at ${addr(f)}>`;
}

/** __qualname__ of a callable, for bound-method reprs (getattr, '?' when it has none). */
function qualnameOf(f: Ref): string {
  if ((f & 1) === 0) {
    const tag = tagOf(f);
    if (tag === Tag.FUNCTION) return str(I32[(f >> 2) + FN_QUALNAME] as Ref);
    if (tag === Tag.BUILTIN) return str(I32[(f >> 2) + B_QUALNAME] as Ref);
  }
  try {
    const q = getAttrOrNull(f, N.__qualname__, false);
    if (q !== NULL && isStr(q)) return strValue(q);
    const n = getAttrOrNull(f, N.__name__, false);
    if (n !== NULL && isStr(n)) return strValue(n);
  } catch (e) {
    if (!isPyExc(e, 'AttributeError')) throw e;
  }
  return '?';
}

function methodRepr(m: Ref): string {
  const f = I32[(m >> 2) + M_FUNC] as Ref;
  const self = I32[(m >> 2) + M_SELF] as Ref;
  if ((f & 1) === 0 && tagOf(f) === Tag.BUILTIN)
    return `<built-in method ${str(I32[(f >> 2) + B_NAME] as Ref)} of ${typeName(typeOf(self))} object at ${addr(self)}>`;
  return `<bound method ${qualnameOf(f)} of ${reprJs(self)}>`;
}

function builtinRepr(b: Ref): string {
  const w = b >> 2;
  const self = I32[w + B_SELF] as Ref;
  const name = str(I32[w + B_NAME] as Ref);
  if (self === NULL || tagOf(self) === Tag.MODULE) return `<built-in function ${name}>`;
  return `<built-in method ${name} of ${typeName(typeOf(self))} object at ${addr(self)}>`;
}

function moduleRepr(m: Ref): string {
  const d = I32[(m >> 2) + MOD_DICT] as Ref;
  let name = d !== NULL ? dictGetStr(d, N.__name__) : NULL;
  if (name === NULL) name = I32[(m >> 2) + MOD_NAME] as Ref;
  const nm = name !== NULL && isStr(name) ? strValue(name) : '?';
  const file = d !== NULL ? dictGetStr(d, N.__file__) : NULL;
  if (file !== NULL && isStr(file)) return `<module '${nm}' from '${strValue(file)}'>`;
  return `<module '${nm}' (built-in)>`;
}

function cellRepr(c: Ref): string {
  const v = I32[(c >> 2) + CELL_CONTENTS] as Ref;
  if (v === NULL) return `<cell at ${addr(c)}: empty>`;
  return `<cell at ${addr(c)}: ${typeName(typeOf(v))} object at ${addr(v)}>`;
}

function codeRepr(c: Ref): string {
  const w = c >> 2;
  const info = I32[w + CO_INFO] as Ref;
  const line = info !== NULL ? I32[(info >> 2) + T_ITEMS + CI_FIRSTLINE] : 0;
  return `<code object ${str(I32[w + CO_NAME] as Ref)} at ${addr(c)}, file "${str(I32[w + CO_FILENAME] as Ref)}", line ${line}>`;
}

function superRepr(s: Ref): string {
  const t = I32[(s >> 2) + SUP_TYPE] as Ref;
  const o = I32[(s >> 2) + SUP_OBJ] as Ref;
  const tn = t !== NULL ? typeName(t) : 'NULL';
  if (o === NULL || o === NONE) return `<super: <class '${tn}'>, NULL>`;
  return `<super: <class '${tn}'>, <${typeName(typeOf(o))} object>>`;
}

/** The repr of an object of an exact builtin type this file covers, or null. */
function callableRepr(r: Ref, tag: number): string | null {
  switch (tag) {
    case Tag.FUNCTION:
      return funcRepr(r);
    case Tag.METHOD:
      return methodRepr(r);
    case Tag.BUILTIN:
      return builtinRepr(r);
    case Tag.TYPE:
      return typeRepr(r);
    case Tag.MODULE:
      return moduleRepr(r);
    case Tag.CELL:
      return cellRepr(r);
    case Tag.CODE:
      return codeRepr(r);
    case Tag.PROPERTY:
      return `<property object at ${addr(r)}>`;
    case Tag.STATICMETHOD:
      return `<staticmethod(${reprJs(I32[(r >> 2) + 4] as Ref)})>`;
    case Tag.CLASSMETHOD:
      return `<classmethod(${reprJs(I32[(r >> 2) + 4] as Ref)})>`;
    case Tag.NOTIMPL:
      return 'NotImplemented';
    case Tag.ELLIPSIS:
      return 'Ellipsis';
    case Tag.TRACEBACK:
      return `<traceback object at ${addr(r)}>`;
    case Tag.SUPER:
      return superRepr(r);
    case Tag.OBJECT:
      return `<object object at ${addr(r)}>`;
  }
  return null;
}

const prevRepr = reprHooks.builtin;
reprHooks.builtin = (r: Ref, tag: number, tp: Ref): string | null => {
  const s = callableRepr(r, tag);
  return s !== null ? s : prevRepr(r, tag, tp);
};

// __repr__ natives, so that f.__repr__() and repr() of subclass instances through super() agree.
for (const [type, tag] of [
  ['function', Tag.FUNCTION], ['method', Tag.METHOD], ['builtin_function_or_method', Tag.BUILTIN],
  ['module', Tag.MODULE], ['cell', Tag.CELL], ['code', Tag.CODE], ['staticmethod', Tag.STATICMETHOD],
  ['classmethod', Tag.CLASSMETHOD], ['NotImplementedType', Tag.NOTIMPL], ['ellipsis', Tag.ELLIPSIS],
  ['super', Tag.SUPER],
] as const) {
  defMethods(type, {
    __repr__(args) {
      const self = arg(args, 0);
      if ((self & 1) === 1 || tagOf(self) !== tag)
        raise('TypeError', `descriptor '__repr__' requires a '${type}' object but received a '${typeName(typeOf(self))}'`);
      return newStr(callableRepr(self, tag)!);
    },
  });
}

// ================================================================ function attributes

function fnField(word: number) {
  return (f: Ref): Ref => {
    const v = I32[(f >> 2) + word] as Ref;
    return v === NULL ? NONE : v;
  };
}

function setStrField(word: number, what: string) {
  return (f: Ref, v: Ref): void => {
    if (v === NULL || !isStr(v)) raise('TypeError', `${what} must be set to a string object`);
    I32[(f >> 2) + word] = v;
  };
}

defGetters(
  Tag.FUNCTION,
  {
    __name__: fnField(FN_NAME),
    __qualname__: fnField(FN_QUALNAME),
    __module__: fnField(FN_MODULE),
    __doc__: fnField(FN_DOC),
    __defaults__: fnField(FN_DEFAULTS),
    __kwdefaults__: fnField(FN_KWDEFAULTS),
    __code__: fnField(FN_CODE),
    __globals__: fnField(FN_GLOBALS),
    __closure__: fnField(FN_CLOSURE),
    __builtins__: (f) => {
      const g = I32[(f >> 2) + FN_GLOBALS] as Ref;
      const b = g !== NULL ? dictGetStr(g, N.__builtins__) : NULL;
      if (b === NULL) return NONE;
      return tagOf(b) === Tag.MODULE ? (I32[(b >> 2) + MOD_DICT] as Ref) : b;
    },
    __annotations__: (f) => {
      let d = I32[(f >> 2) + FN_DICT] as Ref;
      if (d === NULL) {
        d = newDict(T.dict);
        I32[(f >> 2) + FN_DICT] = d;
      }
      let a = dictGetStr(d, N.__annotations__);
      if (a === NULL) {
        a = newDict(T.dict);
        dictSetStr(d, N.__annotations__, a);
      }
      return a;
    },
  },
  {
    __name__: setStrField(FN_NAME, '__name__'),
    __qualname__: setStrField(FN_QUALNAME, '__qualname__'),
    __module__: (f, v) => {
      I32[(f >> 2) + FN_MODULE] = v === NULL ? NONE : v;
    },
    __doc__: (f, v) => {
      I32[(f >> 2) + FN_DOC] = v === NULL ? NONE : v;
    },
    __defaults__: (f, v) => {
      if (v !== NULL && v !== NONE && tagOf(v) !== Tag.TUPLE) raise('TypeError', '__defaults__ must be set to a tuple object');
      I32[(f >> 2) + FN_DEFAULTS] = v === NONE ? NULL : v;
    },
    __kwdefaults__: (f, v) => {
      if (v !== NULL && v !== NONE && tagOf(v) !== Tag.DICT) raise('TypeError', '__kwdefaults__ must be set to a dict object');
      I32[(f >> 2) + FN_KWDEFAULTS] = v === NONE ? NULL : v;
    },
    __code__: (f, v) => {
      if (v === NULL || tagOf(v) !== Tag.CODE) raise('TypeError', '__code__ must be set to a code object');
      I32[(f >> 2) + FN_CODE] = v;
    },
    __annotations__: (f, v) => {
      if (v !== NULL && v !== NONE && tagOf(v) !== Tag.DICT) raise('TypeError', '__annotations__ must be set to a dict object');
      let d = I32[(f >> 2) + FN_DICT] as Ref;
      if (d === NULL) {
        d = newDict(T.dict);
        I32[(f >> 2) + FN_DICT] = d;
      }
      dictSetStr(d, N.__annotations__, v === NULL || v === NONE ? newDict(T.dict) : v);
    },
  },
);

defMethods('function', {
  __get__(args, argc) {
    const f = arg(args, 0);
    const obj = argc > 1 ? arg(args, 1) : NONE;
    if (obj === NONE) return f;
    return newMethod(f, obj);
  },
});

// ================================================================ code objects

function codeInfo(c: Ref, word: number): Ref {
  const info = I32[(c >> 2) + CO_INFO] as Ref;
  return info === NULL ? mkSmall(0) : mkSmall(I32[(info >> 2) + T_ITEMS + word]);
}

defGetters(Tag.CODE, {
  co_name: fnField(CO_NAME),
  co_qualname: fnField(CO_QUALNAME),
  co_filename: fnField(CO_FILENAME),
  co_consts: fnField(CO_CONSTS),
  co_names: fnField(CO_NAMES),
  co_varnames: fnField(CO_VARNAMES),
  co_cellvars: fnField(CO_CELLVARS),
  co_freevars: fnField(CO_FREEVARS),
  co_firstlineno: (c) => codeInfo(c, CI_FIRSTLINE),
  co_argcount: (c) => codeInfo(c, CI_ARGCOUNT),
  co_posonlyargcount: (c) => codeInfo(c, CI_POSONLY),
  co_kwonlyargcount: (c) => codeInfo(c, CI_KWONLY),
  co_flags: (c) => codeInfo(c, CI_FLAGS),
  co_stacksize: (c) => codeInfo(c, CI_STACKSIZE),
  co_nlocals: (c) => codeInfo(c, CI_NVARNAMES),
});

// ================================================================ bound methods

function methodFuncAttr(name: string) {
  let iname: Ref = NULL;
  return (m: Ref): Ref => {
    if (iname === NULL) iname = intern(name);
    return getAttrOrNull(I32[(m >> 2) + M_FUNC] as Ref, iname, true);
  };
}

defGetters(Tag.METHOD, {
  __self__: (m) => I32[(m >> 2) + M_SELF] as Ref,
  __func__: (m) => I32[(m >> 2) + M_FUNC] as Ref,
  __name__: methodFuncAttr('__name__'),
  __qualname__: methodFuncAttr('__qualname__'),
  __doc__: methodFuncAttr('__doc__'),
  __module__: methodFuncAttr('__module__'),
  __defaults__: methodFuncAttr('__defaults__'),
  __code__: methodFuncAttr('__code__'),
  __wrapped__: methodFuncAttr('__wrapped__'),
  __dict__: methodFuncAttr('__dict__'),
});

defMethods('method', {
  __get__: (args) => arg(args, 0),
});

// ================================================================ builtin functions

let builtinsModule: Ref = NULL;

defGetters(Tag.BUILTIN, {
  __name__: (b) => I32[(b >> 2) + B_NAME] as Ref,
  __qualname__: (b) => I32[(b >> 2) + B_QUALNAME] as Ref,
  __self__: (b) => {
    const s = I32[(b >> 2) + B_SELF] as Ref;
    if (s !== NULL) return s;
    // A module-level function's __self__ is its module (sys.modules[__module__]).
    const m = I32[(b >> 2) + B_MODULE] as Ref;
    if (m !== NULL && isStr(m) && strValue(m) === 'builtins') {
      if (builtinsModule === NULL) builtinsModule = findModule('builtins');
      return builtinsModule === NULL ? NONE : builtinsModule;
    }
    return m !== NULL && isStr(m) ? orNone(findModule(strValue(m))) : NONE;
  },
  __module__: (b) => {
    const m = I32[(b >> 2) + B_MODULE] as Ref;
    return m === NULL || I32[(b >> 2) + B_SELF] !== NULL ? NONE : m;
  },
  __doc__: () => NONE,
  __text_signature__: () => NONE,
});

import { CTL_ROOT, RT_MODULES } from '../heap/layout.js';
function findModule(name: string): Ref {
  const mods = I32[(I32[CTL_ROOT] >> 2) + RT_MODULES] as Ref;
  if (mods === NULL) return NULL;
  return dictGetStr(mods, intern(name));
}

function orNone(r: Ref): Ref {
  return r === NULL ? NONE : r;
}

