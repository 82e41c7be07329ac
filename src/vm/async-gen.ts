/*
 * Async generators (PEP 525) on the generator machinery: an async generator is a GENERATOR object whose
 * frame runs `yield v` as ASYNC_GEN_WRAP + YIELD_VALUE, so that what it yields to its consumer (a
 * wrapped value) can be told apart from what an `await` inside it yields to the event loop (anything
 * else). asend()/__anext__(), athrow() and aclose() return awaitables (ITER objects of kind AGEN_AWAIT)
 * that resume the generator and sort its yields out, as CPython's async_gen_asend/async_gen_athrow do:
 * a wrapped value completes the awaitable (StopIteration(value)), other yields pass through to
 * whoever drives the awaiting coroutine, and the generator's end is StopAsyncIteration.
 * Caller holds the GIL.
 */

import { alloc, retireRun } from '../heap/alloc.js';
import { gcHooks } from '../heap/gc.js';
import { intern, strValue } from '../heap/str.js';
import { writeStderr } from '../builtins/io.js';
import {
  CELL_CONTENTS, CO_QUALNAME, CTL_HEAP_TOP, CTL_MADE_COROUTINE, GEN_CODE, GEN_CLOSED, GEN_CREATED, GEN_RUNNING, H_AUX, H_SIZE, H_TYPE, HEAP_START, IT_A, IT_B, IT_POS, IT_SRC, ITER_WORDS, IterKind, Tag,
} from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, bool } from '../heap/objects.js';
import { raise, throwExc, toException, PY_THROWN } from '../runtime/exceptions.js';
import { T, isSubtype, lookupType, typeByName, typeOf } from '../runtime/types.js';
import { callWith } from '../runtime/call.js';
import { root, unroot } from '../runtime/thread-state.js';
import * as ops from '../runtime/ops.js';
import { defGetters, defMethods, defModule } from '../builtins/define.js';
import { genResume, genYielded, getAwaitable, sendTo, setGenYielded } from './eval.js';

const MODE_ASEND = 0;
const MODE_ATHROW = 1;
const MODE_ACLOSE = 2;
const ST_INIT = 0;
const ST_ITER = 1;
const ST_CLOSED = 2;

/** ASYNC_GEN_WRAP: marks a value yielded by an async generator to its consumer. */
export function wrapAsyncGenValue(v: Ref): Ref {
  const c = alloc(6, Tag.CELL, typeByName('async_generator_wrapped_value'), 0);
  I32[(c >> 2) + CELL_CONTENTS] = v;
  return c;
}

function isWrapped(r: Ref): boolean {
  return (r & 1) === 0 && r !== NULL && (I32[r >> 2] & 0xff) === Tag.CELL && I32[(r >> 2) + H_TYPE] === typeByName('async_generator_wrapped_value');
}

function isAsyncGen(g: Ref): boolean {
  return ops.tagOf(g) === Tag.GENERATOR && typeOf(g) === T.async_generator;
}

function newAwaitable(gen: Ref, mode: number, arg: Ref): Ref {
  const m = root(gen);
  root(arg);
  try {
    const type = typeByName(mode === MODE_ASEND ? 'async_generator_asend' : 'async_generator_athrow');
    const it = alloc(ITER_WORDS, Tag.ITER, type, IterKind.AGEN_AWAIT);
    const w = it >> 2;
    I32[w + IT_SRC] = gen;
    I32[w + IT_POS] = mkSmall(0);
    I32[w + IT_A] = arg;
    I32[w + IT_B] = mkSmall(mode | (ST_INIT << 2));
    return it;
  } finally {
    unroot(m);
  }
}

function setState(w: number, mode: number, st: number): void {
  I32[w + IT_B] = mkSmall(mode | (st << 2));
}

/**
 * Resumes the async generator behind awaitable `aw`, sending `value` (or throwing `exc` when not
 * NULL). Returns what the awaitable yields with genYielded = true, or its result with
 * genYielded = false (the caller raises StopIteration(result)). Exceptions propagate.
 */
export function agenAwaitableSend(aw: Ref, value: Ref, exc: Ref): Ref {
  const w = aw >> 2;
  if (I32[w + H_AUX] === IterKind.ANEXT_DEFAULT) return anextSend(w, value, exc);
  const gen = I32[w + IT_SRC] as Ref;
  const b = I32[w + IT_B] >> 1;
  const mode = b & 3;
  const st = b >> 2;
  if (st === ST_CLOSED) {
    raise('RuntimeError', mode === MODE_ASEND ? 'cannot reuse already awaited __anext__()/asend()' : 'cannot reuse already awaited aclose()/athrow()');
  }
  let r: Ref;
  try {
    if (st === ST_INIT) {
      setState(w, mode, ST_ITER);
      if (mode === MODE_ASEND) {
        r = genResume(gen, exc === NULL && value === NONE ? (I32[w + IT_A] as Ref) : value, exc);
      } else {
        const gs = I32[(gen >> 2) + H_AUX];
        if (gs === GEN_CLOSED || (mode === MODE_ACLOSE && gs === GEN_CREATED)) {
          I32[(gen >> 2) + H_AUX] = GEN_CLOSED;
          setState(w, mode, ST_CLOSED);
          if (mode === MODE_ACLOSE) return finished(NONE);
          throwExc(callWith(typeByName('StopAsyncIteration')));
        }
        const thrown = exc !== NULL ? exc : mode === MODE_ACLOSE ? callWith(T.GeneratorExit) : (I32[w + IT_A] as Ref);
        r = genResume(gen, NONE, thrown);
      }
    } else {
      r = genResume(gen, value, exc);
    }
  } catch (e) {
    setState(w, mode, ST_CLOSED);
    const ex = toException(e);
    if (mode === MODE_ACLOSE && (isSubtype(typeOf(ex), typeByName('StopAsyncIteration')) || isSubtype(typeOf(ex), T.GeneratorExit))) {
      return finished(NONE);
    }
    throw PY_THROWN;
  }
  if (genYielded) {
    if (!isWrapped(r)) return r; // an `await` inside the generator: pass it through
    setState(w, mode, ST_CLOSED);
    if (mode === MODE_ACLOSE) raise('RuntimeError', 'async generator ignored GeneratorExit');
    return finished(I32[(r >> 2) + CELL_CONTENTS] as Ref);
  }
  setState(w, mode, ST_CLOSED);
  if (mode === MODE_ACLOSE) return finished(NONE);
  throwExc(callWith(typeByName('StopAsyncIteration')));
}

function finished(v: Ref): Ref {
  setGenYielded(false);
  return v;
}

// ---------------------------------------------------------------- anext(it, default)

/** anext(it, default)'s awaitable: drives it.__anext__()'s awaitable; StopAsyncIteration from it
 *  finishes with the default instead. */
function anextSend(w: number, value: Ref, exc: Ref): Ref {
  const inner = I32[w + IT_SRC] as Ref;
  if (inner === NULL) raise('RuntimeError', 'cannot reuse already awaited __anext__()/asend()');
  try {
    let r: Ref;
    if (exc !== NULL) {
      const thr = ops.getAttrOrNull(inner, ops.N.throw, false);
      if (thr === NULL) throwExc(exc);
      try {
        r = callWith(thr, exc);
        setGenYielded(true);
      } catch (e) {
        const ex = toException(e);
        if (!isSubtype(typeOf(ex), T.StopIteration)) throw PY_THROWN;
        setGenYielded(false);
        r = ops.getAttr(ex, intern('value'));
      }
    } else r = sendTo(inner, value);
    if (!genYielded) I32[w + IT_SRC] = NULL;
    return r;
  } catch (e) {
    I32[w + IT_SRC] = NULL;
    const ex = toException(e);
    if (isSubtype(typeOf(ex), typeByName('StopAsyncIteration'))) return finished(I32[w + IT_A] as Ref);
    throw PY_THROWN;
  }
}

defModule('builtins', {
  aiter: (args, argc, kw) => {
    if (kw !== NULL || argc !== 1) raise('TypeError', `aiter expected 1 argument, got ${argc}`);
    const o = I32[args] as Ref;
    const f = lookupType(typeOf(o), intern('__aiter__'));
    if (f === NULL) raise('TypeError', `'${ops.tname(o)}' object is not an async iterable`);
    const it = callWith(f, o);
    if (lookupType(typeOf(it), intern('__anext__')) === NULL) raise('TypeError', `aiter() returned not an async iterator of type '${ops.tname(it)}'`);
    return it;
  },
  anext: (args, argc, kw) => {
    if (kw !== NULL || argc < 1 || argc > 2) raise('TypeError', `anext expected 1 or 2 arguments, got ${argc}`);
    const o = I32[args] as Ref;
    const f = lookupType(typeOf(o), intern('__anext__'));
    if (f === NULL) raise('TypeError', `'${ops.tname(o)}' object is not an async iterator`);
    const aw = callWith(f, o);
    if (argc === 1) return aw;
    const m = root(aw);
    try {
      const inner = getAwaitable(aw, 0);
      root(inner);
      const it = alloc(ITER_WORDS, Tag.ITER, typeByName('anext_awaitable'), IterKind.ANEXT_DEFAULT);
      I32[(it >> 2) + IT_SRC] = inner;
      I32[(it >> 2) + IT_POS] = mkSmall(0);
      I32[(it >> 2) + IT_A] = I32[args + 1];
      I32[(it >> 2) + IT_B] = mkSmall(0);
      return it;
    } finally {
      unroot(m);
    }
  },
});

// ---------------------------------------------------------------- Python-visible methods

function stopIteration(value: Ref): never {
  throwExc(value === NONE ? callWith(T.StopIteration) : callWith(T.StopIteration, value));
}

function selfAgen(args: number, what: string): Ref {
  const g = I32[args] as Ref;
  if (!isAsyncGen(g)) raise('TypeError', `descriptor '${what}' requires a 'async_generator' object but received a '${ops.tname(g)}'`);
  return g;
}

/** An exception object from throw()'s (type[, value[, traceback]]) arguments. */
function excFromArgs(args: number, argc: number): Ref {
  let exc = I32[args] as Ref;
  if (ops.tagOf(exc) === Tag.TYPE) exc = argc > 1 && I32[args + 1] !== NONE ? callWith(exc, I32[args + 1] as Ref) : callWith(exc);
  if (ops.tagOf(exc) !== Tag.EXCEPTION) raise('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${ops.tname(exc)}`);
  return exc;
}

defMethods('async_generator', {
  __aiter__: (args) => selfAgen(args, '__aiter__'),
  __anext__: (args) => newAwaitable(selfAgen(args, '__anext__'), MODE_ASEND, NONE),
  asend: (args, argc) => newAwaitable(selfAgen(args, 'asend'), MODE_ASEND, argc > 1 ? (I32[args + 1] as Ref) : NONE),
  athrow: (args, argc) => {
    const g = selfAgen(args, 'athrow');
    if (argc < 2) raise('TypeError', `athrow expected at least 1 argument, got 0`);
    return newAwaitable(g, MODE_ATHROW, excFromArgs(args + 1, argc - 1));
  },
  aclose: (args) => newAwaitable(selfAgen(args, 'aclose'), MODE_ACLOSE, NONE),
});

defGetters(Tag.GENERATOR, {
  ag_running: (g) => bool(I32[(g >> 2) + H_AUX] === GEN_RUNNING),
});

const awaitableMethods = {
  send: (args: number, argc: number): Ref => {
    const r = agenAwaitableSend(I32[args] as Ref, argc > 1 ? (I32[args + 1] as Ref) : NONE, NULL);
    if (genYielded) return r;
    stopIteration(r);
  },
  __next__: (args: number): Ref => {
    const r = agenAwaitableSend(I32[args] as Ref, NONE, NULL);
    if (genYielded) return r;
    stopIteration(r);
  },
  throw: (args: number, argc: number): Ref => {
    const exc = excFromArgs(args + 1, argc - 1);
    const m = root(exc);
    try {
      const r = agenAwaitableSend(I32[args] as Ref, NONE, exc);
      if (genYielded) return r;
      stopIteration(r);
    } finally {
      unroot(m);
    }
  },
  close: (args: number): Ref => {
    const w = I32[args] >> 2;
    if (I32[w + H_AUX] === IterKind.ANEXT_DEFAULT) I32[w + IT_SRC] = NULL;
    else setState(w, (I32[w + IT_B] >> 1) & 3, ST_CLOSED);
    return NONE;
  },
  __await__: (args: number): Ref => I32[args] as Ref,
  __iter__: (args: number): Ref => I32[args] as Ref,
};
defMethods('async_generator_asend', awaitableMethods);
defMethods('async_generator_athrow', awaitableMethods);
defMethods('anext_awaitable', awaitableMethods);

// next(awaitable) from Python goes through the iterator protocol (its result value is dropped there).
const nativeNext = ops.iterHooks.nativeNext;
ops.iterHooks.nativeNext = (it: Ref, kind: number): Ref => {
  if (kind !== IterKind.AGEN_AWAIT && kind !== IterKind.ANEXT_DEFAULT) return nativeNext(it, kind);
  const r = agenAwaitableSend(it, NONE, NULL);
  return genYielded ? r : NULL;
};

// ---------------------------------------------------------------- coroutines never awaited

/** CPython's RuntimeWarning for a coroutine object that never ran. pygil cannot tell when the last
 *  reference goes (no reference counts), so the warning comes when the collector frees the coroutine,
 *  or at exit for those still alive, located as CPython locates warnings with no Python frame. */
function warnNeverAwaited(code: Ref): void {
  const q = ops.tagOf(code) === Tag.CODE ? strValue(I32[(code >> 2) + CO_QUALNAME] as Ref) : '?';
  writeStderr(`sys:1: RuntimeWarning: coroutine '${q}' was never awaited\n`);
}

gcHooks.neverAwaited = (codes: number[]) => {
  for (const c of codes) warnNeverAwaited(c as Ref);
};

/** At exit: warns for every coroutine in the heap that never ran (a heap walk, only in programs that
 *  made coroutines). */
export function reportNeverAwaited(): void {
  if (I32[CTL_MADE_COROUTINE] === 0) return;
  retireRun(); // the current allocation run has no headers: the walk would stall on it
  const top = I32[CTL_HEAP_TOP] >> 2;
  const coro = T.coroutine;
  for (let w = HEAP_START >> 2; w < top; w += I32[w + H_SIZE]) {
    if ((I32[w] & 0xff) === Tag.GENERATOR && I32[w + H_TYPE] === coro && I32[w + H_AUX] === GEN_CREATED) {
      I32[w + H_AUX] = GEN_CLOSED;
      warnNeverAwaited(I32[w + GEN_CODE] as Ref);
    }
  }
}
