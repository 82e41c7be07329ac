/*
 * The call protocol (CPython's PyObject_Call / vectorcall). Caller holds the GIL.
 * Arguments are passed as (args word index, argc, kwnames) as in natives.ts. Calls into Python code
 * go through `vmHooks.callFunction`, which the VM installs (runtime must not import vm/).
 */

import {
  B_SELF, H_AUX, M_FUNC, M_SELF, T_ITEMS, TH_NROOTS, TH_ROOTS, Tag,
} from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE, tupleGet, tupleLen } from '../heap/objects.js';
import { intern, strValue } from '../heap/str.js';
import { NATIVES } from './natives.js';
import { raise } from './exceptions.js';
import { lookupType, T, typeName, typeOf, isSubtype } from './types.js';
import { TS, root, unroot } from './thread-state.js';

export const vmHooks = {
  /** Calls a FUNCTION object: pushes its frame and runs it to completion. */
  callFunction: (_f: Ref, _args: number, _argc: number, _kw: Ref): Ref => NULL,
  /** Creates an instance for `type(...)` when the type has no custom __new__ (set by builtins/object). */
  objectNew: NULL as Ref,
  objectInit: NULL as Ref,
  /** A traceback report of an exception, as CPython prints it (vm/traceback.ts). */
  formatException: (_exc: Ref): string => '',
  /** [filename, line] of the Python frame `depth` levels up from the running one (0: the running
   *  frame), or null past the outermost (vm/eval.ts). */
  frameLocation: (_depth: number): [string, number] | null => null,
  /** A new thread's THREAD object (vm/interp.ts newThreadState). */
  newThreadState: (_name: string): Ref => NULL,
};

const S = {
  __call__: NULL, __new__: NULL, __init__: NULL,
};
export function initCallNames(): void {
  S.__call__ = intern('__call__');
  S.__new__ = intern('__new__');
  S.__init__ = intern('__init__');
}

/** Word index of the first free slot of the roots array (where argument vectors are built). */
function rootsTop(): number {
  return (I32[TS + TH_ROOTS] >> 2) + T_ITEMS + I32[TS + TH_NROOTS];
}

/** Calls `callable` with the arguments at `args`. */
export function call(callable: Ref, args: number, argc: number, kw: Ref): Ref {
  if ((callable & 1) === 0 && callable !== 0) {
    const w = callable >> 2;
    switch (I32[w] & 0xff) {
      case Tag.FUNCTION:
        return vmHooks.callFunction(callable, args, argc, kw);
      case Tag.BUILTIN: {
        const self = I32[w + B_SELF] as Ref;
        const fn = NATIVES[I32[w + H_AUX]].fn;
        if (self === NULL) return fn(args, argc, kw);
        return callPrepended(callable, self, args, argc, kw, true);
      }
      case Tag.METHOD:
        return callPrepended(I32[w + M_FUNC] as Ref, I32[w + M_SELF] as Ref, args, argc, kw, false);
      case Tag.TYPE: {
        // A metaclass with its own __call__ (a singleton metaclass, say) decides what C(...) does.
        const meta = I32[w + 2] as Ref;
        if (meta !== T.type) {
          const mc = lookupType(meta, S.__call__);
          if (mc !== NULL && mc !== lookupType(T.type, S.__call__)) return callPrepended(mc, callable, args, argc, kw, false);
        }
        return callType(callable, args, argc, kw);
      }
    }
  }
  const tp = typeOf(callable);
  const c = lookupType(tp, S.__call__);
  if (c === NULL) raise('TypeError', `'${typeName(tp)}' object is not callable`);
  return callPrepended(c, callable, args, argc, kw, false);
}

/** Calls f(self, *args): copies the vector into the roots array (rooting it on the way). */
export function callPrepended(f: Ref, self: Ref, args: number, argc: number, kw: Ref, native: boolean): Ref {
  const mark = root(self);
  for (let i = 0; i < argc; i++) root(I32[args + i] as Ref);
  const base = (I32[TS + TH_ROOTS] >> 2) + T_ITEMS + mark;
  try {
    if (native) return NATIVES[I32[(f >> 2) + H_AUX]].fn(base, argc + 1, kw);
    return call(f, base, argc + 1, kw);
  } finally {
    unroot(mark);
  }
}

/** Calls `callable` with JS-held positional arguments (rooted for the duration). */
export function callWith(callable: Ref, ...argv: Ref[]): Ref {
  const mark = root(callable);
  for (const a of argv) root(a);
  const base = rootsTop() - argv.length;
  try {
    return call(callable, base, argv.length, NULL);
  } finally {
    unroot(mark);
  }
}

/** Calls `callable` with positional args and a kwnames tuple (values are the last len(kw) of argv). */
export function callWithKw(callable: Ref, argv: Ref[], kw: Ref): Ref {
  const mark = root(callable);
  root(kw);
  for (const a of argv) root(a);
  const base = rootsTop() - argv.length;
  try {
    return call(callable, base, argv.length, kw);
  } finally {
    unroot(mark);
  }
}

/** `type(...)`: __new__ then __init__ (CPython's type_call). */
export function callType(type: Ref, args: number, argc: number, kw: Ref): Ref {
  if (type === T.type && argc === 1 && kw === NULL) return typeOf(I32[args] as Ref);
  const newf = lookupType(type, S.__new__);
  let obj: Ref;
  const mark = root(type);
  try {
    if (newf === vmHooks.objectNew) {
      obj = newInstanceHook.fn(type);
    } else {
      // __new__ is a static method: pass the type explicitly.
      const f = (I32[newf >> 2] & 0xff) === Tag.STATICMETHOD ? (I32[(newf >> 2) + 4] as Ref) : newf;
      obj = callPrepended(f, type, args, argc, kw, false);
    }
    if (!isSubtype(typeOf(obj), type)) return obj;
    root(obj);
    const init = lookupType(typeOf(obj), S.__init__);
    if (init !== vmHooks.objectInit && init !== NULL) {
      const r = callPrepended(init, obj, args, argc, kw, false);
      if (r !== NONE) raise('TypeError', `__init__() should return None, not '${typeName(typeOf(r))}'`);
    } else if (argc > 0 && newf === vmHooks.objectNew) {
      raise('TypeError', `${typeName(type)}() takes no arguments`);
    }
    return obj;
  } finally {
    unroot(mark);
  }
}

/** Hook: allocates a bare instance of a class (set by builtins/object.ts). */
export const newInstanceHook = { fn: (_t: Ref): Ref => NULL };


// ---------------------------------------------------------------- argument parsing for natives

/** Number of keyword arguments in a native call. */
export function kwCount(kw: Ref): number {
  return kw === NULL ? 0 : tupleLen(kw);
}

/**
 * Binds a native's arguments to parameter names, CPython-style. `spec` lists the parameter names;
 * names after '*' are keyword-only, names before '/' positional-only (the markers are not params).
 * Returns one Ref per parameter (NULL when not given). `required` counts leading required params.
 */
export function parseArgs(fname: string, args: number, argc: number, kw: Ref, spec: string[], required = 0): Ref[] {
  const names: string[] = [];
  let kwOnlyFrom = Infinity;
  let posOnlyTo = 0;
  for (const s of spec) {
    if (s === '*') kwOnlyFrom = names.length;
    else if (s === '/') posOnlyTo = names.length;
    else names.push(s);
  }
  const out: Ref[] = new Array(names.length).fill(NULL);
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  const maxPos = Math.min(names.length, kwOnlyFrom);
  if (npos > maxPos) {
    if (maxPos === 0) raise('TypeError', `${fname}() takes no positional arguments`);
    raise('TypeError', `${fname}() takes at most ${maxPos} argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = I32[args + i] as Ref;
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kw, k));
    const idx = names.indexOf(name);
    if (idx < 0 || idx < posOnlyTo) raise('TypeError', `${fname}() got an unexpected keyword argument '${name}'`);
    if (out[idx] !== NULL) raise('TypeError', `argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = I32[args + npos + k] as Ref;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === NULL) {
      if (i < npos || nkw > 0) raise('TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      raise('TypeError', `${fname}() takes at least ${required} argument${required === 1 ? '' : 's'} (${npos} given)`);
    }
  }
  return out;
}

/** Checks a native that takes no keyword arguments. */
export function noKw(fname: string, kw: Ref): void {
  if (kw !== NULL && tupleLen(kw) > 0) raise('TypeError', `${fname}() takes no keyword arguments`);
}

/** Checks the positional argument count of a native (CPython's wording for METH_O / fixed arity). */
export function checkArgc(fname: string, argc: number, min: number, max: number): void {
  if (argc >= min && argc <= max) return;
  if (min === max) {
    if (min === 0) raise('TypeError', `${fname}() takes no arguments (${argc} given)`);
    if (min === 1) raise('TypeError', `${fname}() takes exactly one argument (${argc} given)`);
    raise('TypeError', `${fname} expected ${min} arguments, got ${argc}`);
  }
  if (argc < min) raise('TypeError', `${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${argc}`);
  raise('TypeError', `${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${argc}`);
}
