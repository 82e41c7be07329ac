/*
 * Frames in the heap (DESIGN.md §2): creating them and binding arguments to parameters.
 * Caller holds the GIL. Runs in whichever worker runs the calling thread.
 */

import {
  CI_ARGCOUNT, CI_CELL2ARG, CI_FLAGS, CI_KWONLY, CI_NCELLS, CI_NFREES, CI_NLOCALSPLUS, CI_NVARNAMES,
  CI_POSONLY, CI_STACKSIZE, CO_INFO, CO_QUALNAME, CO_VARNAMES, FN_CLOSURE, FN_DEFAULTS,
  FN_KWDEFAULTS, FR_BACK, FR_CODE, FR_FIXED, FR_FLAGS, FR_FUNC, FR_GEN, FR_GLOBALS,
  FR_LOCALS, FR_NLP, FR_PC, FR_SP, H_AUX, T_ITEMS, TH_DSTOP, TH_STACK,
} from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { newCell, newTuple, tupleGet, tupleLen } from '../heap/objects.js';
import { dictGetStr, dictSet, newDict } from '../heap/dict.js';
import { strEq, strValue } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T } from '../runtime/types.js';
import { TS } from '../runtime/thread-state.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/opcodes.js';

/** Word index of a code object's CO_INFO words. */
export function infoOf(code: Ref): number {
  return (I32[(code >> 2) + CO_INFO] >> 2) + 4;
}

/** Words a frame of `code` needs. */
export function frameWords(code: Ref): number {
  const info = infoOf(code);
  return FR_FIXED + I32[info + CI_NLOCALSPLUS] + I32[info + CI_STACKSIZE];
}

/** Word index one past the end of the data stack of the current thread. */
export function dataStackEnd(): number {
  const st = I32[TS + TH_STACK] >> 2;
  return st + T_ITEMS + I32[st + H_AUX];
}

/** Initialises a frame at word `fp` for `func` (or bare `code` when func is NULL) and binds the call's
 *  arguments. Throws TypeError on a mismatch (the frame is then simply abandoned). */
export function initFrame(fp: number, func: Ref, code: Ref, globals: Ref, locals: Ref, args: number, argc: number, kw: Ref): void {
  const info = infoOf(code);
  const nlp = I32[info + CI_NLOCALSPLUS];
  I32[fp + FR_CODE] = code;
  I32[fp + FR_BACK] = 0;
  I32[fp + FR_FUNC] = func;
  I32[fp + FR_GLOBALS] = globals;
  I32[fp + FR_LOCALS] = locals;
  I32[fp + FR_PC] = 0;
  I32[fp + FR_FLAGS] = 0;
  I32[fp + FR_GEN] = NULL;
  I32[fp + FR_NLP] = nlp;
  const lp = fp + FR_FIXED;
  I32[fp + FR_SP] = lp + nlp;
  I32.fill(0, lp, lp + nlp);
  if (func === NULL) return;
  const argcount = I32[info + CI_ARGCOUNT];
  const flags = I32[info + CI_FLAGS];
  const simple = kw === NULL && argc === argcount && I32[info + CI_KWONLY] === 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0;
  if (simple) {
    for (let i = 0; i < argc; i++) I32[lp + i] = I32[args + i];
  } else {
    bindArgs(func, code, info, lp, args, argc, kw);
  }
  const ncells = I32[info + CI_NCELLS];
  const nvar = I32[info + CI_NVARNAMES];
  for (let i = 0; i < ncells; i++) {
    const a = I32[info + CI_CELL2ARG + i];
    I32[lp + nvar + i] = newCell(a >= 0 ? (I32[lp + a] as Ref) : NULL);
  }
  const nfree = I32[info + CI_NFREES];
  if (nfree > 0) {
    const clo = I32[(func >> 2) + FN_CLOSURE] as Ref;
    for (let i = 0; i < nfree; i++) I32[lp + nvar + ncells + i] = tupleGet(clo, i);
  }
}

function qualname(code: Ref): string {
  return strValue(I32[(code >> 2) + CO_QUALNAME] as Ref);
}

function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** CPython's argument binding (Python/ceval.c initialize_locals), with its error messages. */
function bindArgs(func: Ref, code: Ref, info: number, lp: number, args: number, argc: number, kw: Ref): void {
  const argcount = I32[info + CI_ARGCOUNT];
  const posonly = I32[info + CI_POSONLY];
  const kwonly = I32[info + CI_KWONLY];
  const flags = I32[info + CI_FLAGS];
  const varnames = I32[(code >> 2) + CO_VARNAMES] as Ref;
  const nkw = kw === NULL ? 0 : tupleLen(kw);
  const npos = argc - nkw;
  const total = argcount + kwonly;
  let kwdict: Ref = NULL;
  if (flags & CO_VARKEYWORDS) {
    kwdict = newDict(T.dict);
    I32[lp + total + (flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) I32[lp + i] = I32[args + i];
  if (flags & CO_VARARGS) {
    const extra = Math.max(0, npos - argcount);
    const t = newTuple(extra);
    for (let i = 0; i < extra; i++) I32[(t >> 2) + T_ITEMS + i] = I32[args + argcount + i];
    I32[lp + total] = t;
  } else if (npos > argcount) {
    const defaults = I32[(func >> 2) + FN_DEFAULTS] as Ref;
    const ndef = defaults === NULL ? 0 : tupleLen(defaults);
    let kwGiven = 0;
    for (let k = 0; k < nkw; k++) {
      const name = tupleGet(kw, k);
      for (let j = argcount; j < total; j++) if (strEq(tupleGet(varnames, j), name)) kwGiven++;
    }
    const takes = ndef > 0 ? `from ${argcount - ndef} to ${argcount}` : `${argcount}`;
    const plural = argcount === 1 && ndef === 0 ? '' : 's';
    const kwPart = kwGiven > 0 ? ` positional argument${npos === 1 ? '' : 's'} (and ${kwGiven} keyword-only argument${kwGiven === 1 ? '' : 's'})` : '';
    if (kwPart) raise('TypeError', `${qualname(code)}() takes ${takes} positional argument${plural} but ${npos}${kwPart} were given`);
    raise('TypeError', `${qualname(code)}() takes ${takes} positional argument${plural} but ${npos} ${npos === 1 ? 'was' : 'were'} given`);
  }
  const posonlyAsKw: string[] = [];
  for (let k = 0; k < nkw; k++) {
    const name = tupleGet(kw, k);
    const value = I32[args + npos + k] as Ref;
    let j = posonly;
    for (; j < total; j++) {
      const vn = tupleGet(varnames, j);
      if (vn === name || strEq(vn, name)) break;
    }
    if (j < total) {
      if (I32[lp + j] !== 0) raise('TypeError', `${qualname(code)}() got multiple values for argument '${strValue(name)}'`);
      I32[lp + j] = value;
      continue;
    }
    if (kwdict !== NULL) {
      dictSet(kwdict, name, value);
      continue;
    }
    for (let p = 0; p < posonly; p++) if (strEq(tupleGet(varnames, p), name)) posonlyAsKw.push(strValue(name));
    if (posonlyAsKw.length === 0)
      raise('TypeError', `${qualname(code)}() got an unexpected keyword argument '${strValue(name)}'`);
  }
  if (posonlyAsKw.length > 0)
    raise('TypeError', `${qualname(code)}() got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(', ')}'`);
  // Defaults for the missing positional parameters.
  if (npos < argcount) {
    const defaults = I32[(func >> 2) + FN_DEFAULTS] as Ref;
    const ndef = defaults === NULL ? 0 : tupleLen(defaults);
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (I32[lp + i] !== 0) continue;
      const d = i - (argcount - ndef);
      if (d >= 0) I32[lp + i] = tupleGet(defaults, d);
      else missing.push(strValue(tupleGet(varnames, i)));
    }
    if (missing.length > 0)
      raise('TypeError', `${qualname(code)}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
  }
  if (kwonly > 0) {
    const kwd = I32[(func >> 2) + FN_KWDEFAULTS] as Ref;
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (I32[lp + i] !== 0) continue;
      const name = tupleGet(varnames, i);
      const d = kwd === NULL ? NULL : dictGetStr(kwd, name);
      if (d !== NULL) I32[lp + i] = d;
      else missing.push(strValue(name));
    }
    if (missing.length > 0)
      raise('TypeError', `${qualname(code)}() missing ${missing.length} required keyword-only argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
  }
}

/** Reserves a frame for `code` on the current thread's data stack; returns its fp. RecursionError
 *  when the data stack is full. Caller sets TH_DSTOP past the frame once it is initialised. */
export function reserveFrame(code: Ref): number {
  const fp = I32[TS + TH_DSTOP];
  if (fp + frameWords(code) > dataStackEnd()) raise('RecursionError', 'maximum recursion depth exceeded');
  return fp;
}
