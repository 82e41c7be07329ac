/*
 * Exception objects (EXCEPTION tag) and raising them from JS. Caller holds the GIL.
 *
 * A Python exception travels through JS as the one preallocated PY_THROWN error, with the exception
 * itself in the thread state's TH_CUREXC (so no JS object is made per raise, and the in-flight
 * exception is visible to the collector). `toException` turns anything caught into that Ref.
 *
 * EXCEPTION layout: 4 args tuple · 5 __traceback__ · 6 __cause__ · 7 __context__ · 8 __dict__ ·
 * 9 __suppress_context__ (small int) · 10 value (StopIteration.value, SystemExit.code) · 11 spare
 */

import { alloc, HeapExhausted } from '../heap/alloc.js';
import { FR_BACK, FR_GEN, GEN_EXC, GEN_RUNNING, H_AUX, TH_CUREXC, TH_EXC_INFO, TH_FRAME, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { newTuple, tupleFrom, tupleLen, tupleGet, NONE } from '../heap/objects.js';
import { newStr } from '../heap/str.js';
import { CompileError, InternalError, PyErr } from '../common/errors.js';
import { typeByName } from './types.js';
import { TS } from './thread-state.js';

export const EX_ARGS = 4;
export const EX_TRACEBACK = 5;
export const EX_CAUSE = 6;
export const EX_CONTEXT = 7;
export const EX_DICT = 8;
export const EX_SUPPRESS = 9;
export const EX_VALUE = 10;
export const EXC_WORDS = 12;

/** The one JS error that carries a Python exception (whose Ref is in TH_CUREXC). */
export const PY_THROWN = new Error('pygil: Python exception in flight');

/** A new exception instance of `type` with the given args tuple. */
export function newException(type: Ref, args: Ref): Ref {
  const e = alloc(EXC_WORDS, Tag.EXCEPTION, type, 0);
  const w = e >> 2;
  I32[w + EX_ARGS] = args;
  I32[w + EX_SUPPRESS] = mkSmall(0);
  return e;
}

export function excArgs(e: Ref): Ref {
  return I32[(e >> 2) + EX_ARGS] as Ref;
}

/** An exception of builtin type `typeName` with one str argument (none when msg is null). */
export function makeError(typeName: string, msg: string | null): Ref {
  const type = typeByName(typeName);
  const args = msg === null ? newTuple(0) : tupleFrom([newStr(msg)]);
  return newException(type, args);
}

/** Raises `exc` (a Ref of an exception instance): never returns. */
export function throwExc(exc: Ref): never {
  setContext(exc);
  I32[TS + TH_CUREXC] = exc;
  throw PY_THROWN;
}

/** Raises a builtin exception with a message: `raise ValueError("...")`. */
export function raise(typeName: string, msg: string | null = null): never {
  throwExc(makeError(typeName, msg));
}

/**
 * The exception being handled, as sys.exc_info(), a bare `raise` and implicit chaining see it
 * (CPython's _PyErr_GetTopmostException): the thread's current one; else, while a generator or
 * coroutine with none of its own runs, the one its resumer was handling, up the chain of running
 * generators. A running generator keeps its resumer's in GEN_EXC (vm/eval.ts enterInline, genResume).
 * NULL when there is none.
 */
export function handledException(): Ref {
  let e = I32[TS + TH_EXC_INFO] as Ref;
  for (let fp = I32[TS + TH_FRAME]; (e === NULL || e === NONE) && fp !== 0; fp = I32[fp + FR_BACK]) {
    const gw = I32[fp + FR_GEN] >> 2;
    if (gw !== 0 && I32[gw + H_AUX] === GEN_RUNNING) e = I32[gw + GEN_EXC] as Ref;
  }
  return e === NONE ? NULL : e;
}

/** Implicit chaining: the exception being handled becomes the new one's __context__ (PEP 3134),
 *  unless that would make a cycle. */
export function setContext(exc: Ref): void {
  const handled = handledException();
  if (handled === NULL || handled === NONE || handled === exc) return;
  // Break a cycle through __context__ as CPython's _PyErr_SetObject does.
  let o = handled;
  for (let i = 0; i < 10000 && o !== NULL && o !== NONE; i++) {
    const next = I32[(o >> 2) + EX_CONTEXT] as Ref;
    if (next === exc) {
      I32[(o >> 2) + EX_CONTEXT] = NULL;
      break;
    }
    o = next;
  }
  I32[(exc >> 2) + EX_CONTEXT] = handled;
}

/** Hook for errors the runtime must build specially (set by the VM: SyntaxError objects). */
export const excHooks = {
  memoryError: NULL as Ref, // preallocated, raised when the heap is exhausted
  syntaxError: (_e: CompileError): Ref => NULL,
};

/** Turns anything a JS catch received into the Ref of a Python exception; rethrows interpreter bugs.
 *  The in-flight exception is also left in TH_CUREXC. */
/** Whether a JS exception is a Python exception in flight (raised by the VM or a native). */
export function isPyException(e: unknown): boolean {
  return e === PY_THROWN || e instanceof PyErr;
}

export function toException(e: unknown): Ref {
  let exc: Ref;
  if (e === PY_THROWN) return I32[TS + TH_CUREXC] as Ref;
  if (e instanceof PyErr) exc = makeError(e.pyType, e.pyMsg);
  else if (e instanceof HeapExhausted) exc = excHooks.memoryError;
  else if (e instanceof RangeError && /call stack/.test(e.message))
    exc = makeError('RecursionError', 'maximum recursion depth exceeded');
  else if (e instanceof CompileError) exc = excHooks.syntaxError(e);
  else if (e instanceof InternalError) throw e;
  else throw e;
  setContext(exc);
  I32[TS + TH_CUREXC] = exc;
  return exc;
}

/** Whether `e` (an exception instance) is an instance of the builtin exception type `typeName`. */
export function excIs(e: Ref, type: Ref, isSub: (a: Ref, b: Ref) => boolean): boolean {
  return isSub(I32[(e >> 2) + 2] as Ref, type);
}

export function isExceptionInstance(r: Ref): boolean {
  return (r & 1) === 0 && r !== 0 && (I32[r >> 2] & 0xff) === Tag.EXCEPTION;
}

export function excArg0(e: Ref): Ref {
  const a = excArgs(e);
  return tupleLen(a) > 0 ? tupleGet(a, 0) : NONE;
}

