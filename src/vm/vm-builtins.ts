/*
 * Builtins that need the VM's frames: __build_class__, super(), globals(), locals(), vars() and dir()
 * without arguments, and the generator/coroutine methods. Caller holds the GIL.
 */

import {
  CELL_CONTENTS, CO_CELLVARS, CO_FREEVARS, CO_VARNAMES, FR_CODE, FR_FIXED, FR_GLOBALS, FR_LOCALS, H_AUX,
  SUP_OBJ, SUP_START, SUP_TYPE, Tag, TH_FRAME, GEN_NAME, GEN_QUALNAME, GEN_CODE, GEN_RUNNING,
  FR_LOCALSPLUS,
} from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE, bool, newTuple, tupleGet, tupleLen, tupleSetInit } from '../heap/objects.js';
import { dictGetStr, dictSetStr, dictDel, newDict } from '../heap/dict.js';
import { intern, strValue } from '../heap/str.js';
import { registerNative } from '../runtime/natives.js';
import { call, callWith, kwCount } from '../runtime/call.js';
import { raise, throwExc } from '../runtime/exceptions.js';
import { T, isSubtype, lookupType, typeOf, TY_MRO, TY_DICT } from '../runtime/types.js';
import { TS, root, unroot } from '../runtime/thread-state.js';
import * as ops from '../runtime/ops.js';
import { newBuiltin, defMethods, defGetters, defStaticMethods } from '../builtins/define.js';
import { builtinsHooks } from '../builtins/functions.js';
import { runClassBody, genResume, genClose, genYielded } from './eval.js';
import { infoOf } from './frame.js';
import { CI_NCELLS, CI_NVARNAMES } from '../heap/layout.js';

// ---------------------------------------------------------------- __build_class__

const buildClassIdx = registerNative('__build_class__', (args, argc, kw) => {
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  if (npos < 2) raise('TypeError', '__build_class__: not enough arguments');
  const func = I32[args] as Ref;
  const name = I32[args + 1] as Ref;
  if (ops.tagOf(func) !== Tag.FUNCTION) raise('TypeError', '__build_class__: func must be a function');
  if (!ops.isStr(name)) raise('TypeError', '__build_class__: name is not a string');
  const nb = npos - 2;
  const bases = newTuple(nb);
  for (let i = 0; i < nb; i++) tupleSetInit(bases, i, I32[args + 2 + i] as Ref);
  const mark = root(bases);
  try {
    // metaclass= and the other class keywords
    let meta: Ref = NULL;
    const kwNames: Ref[] = [];
    const kwValues: Ref[] = [];
    for (let k = 0; k < nkw; k++) {
      const kn = tupleGet(kw, k);
      const v = I32[args + npos + k] as Ref;
      if (strValue(kn) === 'metaclass') meta = v;
      else {
        kwNames.push(kn);
        kwValues.push(v);
      }
    }
    if (meta === NULL) {
      meta = nb > 0 ? typeOf(tupleGet(bases, 0)) : T.type;
      // the most derived metaclass of the bases (CPython's _PyType_CalculateMetaclass)
      for (let i = 0; i < nb; i++) {
        const mt = typeOf(tupleGet(bases, i));
        if (isSubtype(mt, meta)) meta = mt;
        else if (!isSubtype(meta, mt))
          raise('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
      }
    }
    root(meta);
    let ns: Ref;
    const prep = ops.tagOf(meta) === Tag.TYPE ? ops.getAttrOrNull(meta, intern('__prepare__'), false) : NULL;
    if (prep !== NULL) ns = callWith(prep, name, bases);
    else ns = newDict(T.dict);
    root(ns);
    const cell = runClassBody(func, ns);
    root(cell);
    const argv = [name, bases, ns, ...kwValues];
    const m = root(NULL);
    for (const a of argv) root(a);
    let cls: Ref;
    try {
      const base = rootsBase() - argv.length;
      let kwt: Ref = NULL;
      if (kwNames.length > 0) {
        kwt = newTuple(kwNames.length);
        kwNames.forEach((n, i) => tupleSetInit(kwt, i, n));
        root(kwt);
      }
      cls = call(meta, base, argv.length, kwt);
    } finally {
      unroot(m);
    }
    if (ops.tagOf(cell) === Tag.CELL) I32[(cell >> 2) + CELL_CONTENTS] = cls;
    return cls;
  } finally {
    unroot(mark);
  }
});

function rootsBase(): number {
  return (I32[TS + 9] >> 2) + 4 + I32[TS + 10];
}

// ---------------------------------------------------------------- super

/** The running Python frame (natives do not push frames). */
function currentFrame(): number {
  return I32[TS + TH_FRAME];
}

const superIdx = registerNative('super', (args, argc) => {
  let type: Ref;
  let obj: Ref;
  if (argc === 0) {
    const fp = currentFrame();
    if (fp === 0) raise('RuntimeError', 'super(): no current frame');
    const code = I32[fp + FR_CODE] as Ref;
    const info = infoOf(code);
    const nvar = I32[info + CI_NVARNAMES];
    const ncells = I32[info + CI_NCELLS];
    const frees = I32[(code >> 2) + CO_FREEVARS] as Ref;
    let cls: Ref = NULL;
    for (let i = 0; i < tupleLen(frees); i++) {
      if (strValue(tupleGet(frees, i)) === '__class__') {
        cls = I32[(I32[fp + FR_LOCALSPLUS + nvar + ncells + i] >> 2) + CELL_CONTENTS] as Ref;
        break;
      }
    }
    if (cls === NULL) raise('RuntimeError', 'super(): __class__ cell not found');
    if (nvar === 0 && ncells === 0) raise('RuntimeError', 'super(): no arguments');
    obj = I32[fp + FR_FIXED] as Ref;
    // the first parameter may live in a cell
    const cells = I32[(code >> 2) + CO_CELLVARS] as Ref;
    const first = tupleGet(I32[(code >> 2) + CO_VARNAMES] as Ref, 0);
    for (let i = 0; i < tupleLen(cells); i++) {
      if (tupleGet(cells, i) === first) obj = I32[(I32[fp + FR_FIXED + nvar + i] >> 2) + CELL_CONTENTS] as Ref;
    }
    if (obj === NULL) raise('RuntimeError', 'super(): arg[0] deleted');
    type = cls;
  } else {
    type = I32[args] as Ref;
    obj = argc > 1 ? (I32[args + 1] as Ref) : NULL;
    if (ops.tagOf(type) !== Tag.TYPE) raise('TypeError', `super() argument 1 must be a type, not ${ops.tname(type)}`);
  }
  let start: Ref = NULL;
  if (obj !== NULL) {
    if (ops.tagOf(obj) === Tag.TYPE && isSubtype(obj, type)) start = obj;
    else if (isSubtype(typeOf(obj), type)) start = typeOf(obj);
    else raise('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  }
  const s = alloc(8, Tag.SUPER, T.super, 0);
  I32[(s >> 2) + SUP_TYPE] = type;
  I32[(s >> 2) + SUP_OBJ] = obj;
  I32[(s >> 2) + SUP_START] = start;
  return s;
});

/** super().name: the MRO of type(obj) after `type`, bound to obj. */
function superGetAttr(s: Ref, name: Ref, raising: boolean): Ref {
  const w = s >> 2;
  const type = I32[w + SUP_TYPE] as Ref;
  const obj = I32[w + SUP_OBJ] as Ref;
  const start = I32[w + SUP_START] as Ref;
  if (start !== NULL && strValue(name) !== '__class__') {
    const mro = I32[(start >> 2) + TY_MRO] as Ref;
    const n = tupleLen(mro);
    let i = 0;
    while (i < n && tupleGet(mro, i) !== type) i++;
    for (i++; i < n; i++) {
      const d = I32[(tupleGet(mro, i) >> 2) + TY_DICT] as Ref;
      const v = dictGetStr(d, name);
      if (v !== NULL) {
        if (ops.tagOf(v) === Tag.STATICMETHOD) return I32[(v >> 2) + 4] as Ref;
        if (ops.tagOf(v) === Tag.CLASSMETHOD) return ops.bindDescr(v, obj, start);
        if (obj === start && ops.tagOf(v) === Tag.FUNCTION) return v; // super(C, C).f: unbound
        return ops.bindDescr(v, obj, start);
      }
    }
  }
  const fromSuperType = lookupType(T.super, name);
  if (fromSuperType !== NULL) return ops.bindDescr(fromSuperType, s, T.super);
  if (!raising) return NULL;
  raise('AttributeError', `'super' object has no attribute '${strValue(name)}'`);
}

// ---------------------------------------------------------------- globals / locals

const globalsIdx = registerNative('globals', () => {
  const fp = currentFrame();
  return I32[fp + FR_GLOBALS] as Ref;
});

/** The locals of the running frame as a dict (a snapshot for function frames, as CPython's). */
export function frameLocals(): Ref {
  const fp = currentFrame();
  const loc = I32[fp + FR_LOCALS] as Ref;
  if (loc !== NULL) return loc;
  const code = I32[fp + FR_CODE] as Ref;
  const d = newDict(T.dict);
  const vn = I32[(code >> 2) + CO_VARNAMES] as Ref;
  const cv = I32[(code >> 2) + CO_CELLVARS] as Ref;
  const fv = I32[(code >> 2) + CO_FREEVARS] as Ref;
  const nv = tupleLen(vn);
  const nc = tupleLen(cv);
  const lp = fp + FR_FIXED;
  for (let i = 0; i < nv; i++) {
    const v = I32[lp + i] as Ref;
    if (v !== NULL) dictSetStr(d, tupleGet(vn, i), v);
  }
  for (let i = 0; i < nc; i++) {
    const v = I32[(I32[lp + nv + i] >> 2) + CELL_CONTENTS] as Ref;
    if (v !== NULL) dictSetStr(d, tupleGet(cv, i), v);
    else dictDel(d, tupleGet(cv, i));
  }
  for (let i = 0; i < tupleLen(fv); i++) {
    const v = I32[(I32[lp + nv + nc + i] >> 2) + CELL_CONTENTS] as Ref;
    if (v !== NULL) dictSetStr(d, tupleGet(fv, i), v);
  }
  return d;
}

const localsIdx = registerNative('locals', () => frameLocals());

// ---------------------------------------------------------------- generators

function checkGen(self: Ref, what: string): void {
  if (ops.tagOf(self) !== Tag.GENERATOR) raise('TypeError', `descriptor '${what}' requires a 'generator' object but received a '${ops.tname(self)}'`);
}

/** Raises StopIteration(value) (for next()/send() on a finished generator). */
function stopIteration(value: Ref): never {
  const e = value === NONE ? callWith(T.StopIteration) : callWith(T.StopIteration, value);
  throwExc(e);
}

function genSendNative(args: number, argc: number): Ref {
  const self = I32[args] as Ref;
  checkGen(self, 'send');
  const v = argc > 1 ? (I32[args + 1] as Ref) : NONE;
  const r = genResume(self, v, NULL);
  if (genYielded) return r;
  stopIteration(r);
}

function genThrowNative(args: number, argc: number): Ref {
  const self = I32[args] as Ref;
  checkGen(self, 'throw');
  let exc = I32[args + 1] as Ref;
  if (ops.tagOf(exc) === Tag.TYPE) {
    exc = argc > 2 && I32[args + 2] !== NONE ? callWith(exc, I32[args + 2] as Ref) : callWith(exc);
  }
  if (ops.tagOf(exc) !== Tag.EXCEPTION) raise('TypeError', 'exceptions must be classes or instances deriving from BaseException, not ' + ops.tname(exc));
  const m = root(exc);
  try {
    const r = genResume(self, NONE, exc);
    if (genYielded) return r;
    stopIteration(r);
  } finally {
    unroot(m);
  }
}

defMethods('generator', {
  __next__: (args) => {
    const self = I32[args] as Ref;
    const r = genResume(self, NONE, NULL);
    if (genYielded) return r;
    stopIteration(r);
  },
  __iter__: (args) => I32[args] as Ref,
  send: genSendNative,
  throw: genThrowNative,
  close: (args) => {
    genClose(I32[args] as Ref);
    return NONE;
  },
});
defMethods('coroutine', {
  send: genSendNative,
  throw: genThrowNative,
  close: (args) => {
    genClose(I32[args] as Ref);
    return NONE;
  },
  __await__: (args) => I32[args] as Ref,
});

for (const tag of [Tag.GENERATOR]) {
  defGetters(tag, {
    __name__: (g) => I32[(g >> 2) + GEN_NAME] as Ref,
    __qualname__: (g) => I32[(g >> 2) + GEN_QUALNAME] as Ref,
    gi_code: (g) => I32[(g >> 2) + GEN_CODE] as Ref,
    gi_running: (g) => bool(I32[(g >> 2) + H_AUX] === GEN_RUNNING),
    // The heap FRAME object is not a Python object (no type): frames are not exposed yet.
    gi_frame: () => NONE,
    cr_frame: () => NONE,
    cr_code: (g) => I32[(g >> 2) + GEN_CODE] as Ref,
    ag_code: (g) => I32[(g >> 2) + GEN_CODE] as Ref,
    cr_await: () => NONE,
    cr_running: (g) => bool(I32[(g >> 2) + H_AUX] === GEN_RUNNING),
  });
}

// complex and bytearray exist as names (so `isinstance(x, complex)` works) but are outside the subset.
defStaticMethods('complex', {
  __new__: () => raise('NotImplementedError', 'pygil does not support complex numbers'),
});
defStaticMethods('bytearray', {
  __new__: () => raise('NotImplementedError', 'pygil does not support bytearray'),
});

/** Installs the VM's natives into the builtins module dict. Creator worker, at bootstrap. */
export function installVmBuiltins(bdict: Ref): void {
  dictSetStr(bdict, intern('__build_class__'), newBuiltin(buildClassIdx, '__build_class__', '__build_class__'));
  dictSetStr(bdict, intern('globals'), newBuiltin(globalsIdx, 'globals', 'globals'));
  dictSetStr(bdict, intern('locals'), newBuiltin(localsIdx, 'locals', 'locals'));
  // super is a type in CPython; calling it makes a super object. Its __new__ is our native.
  const superNew = newBuiltin(superIdx, 'super', 'super');
  dictSetStr(bdict, intern('super'), superNew);
}

ops.superHooks.getattr = superGetAttr;
builtinsHooks.locals = frameLocals; // dir() and vars() without arguments

