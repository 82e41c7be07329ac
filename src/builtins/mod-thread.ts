/*
 * The `_thread` module: starting threads, locks, and the blocking calls of other modules made to release
 * the GIL (time.sleep, input and file reads, via io.ts's blockingHooks). threading.py and queue.py (lib/)
 * are written in Python on top of it, as CPython's are.
 *
 * - start_new_thread makes the new thread's THREAD object (under the GIL) and asks the supervisor (Node's
 *   main thread, cli/main.ts) for a worker to run it; that worker takes the GIL and calls the function
 *   (vm/run.ts runThread). The returned ident is the thread's TH_IDENT.
 * - A lock is a NATIVE heap object whose state word is touched only with Atomics (DESIGN.md §3: the only
 *   shared memory used without the GIL). A blocked acquire releases the GIL (gil.ts withoutGil), spins
 *   briefly when there are cores to spare, then parks in Atomics.wait on the state word. RLock adds an
 *   owner and a count, changed only by the owner while it holds the GIL.
 *
 * Layout of a lock (words): [4] __dict__ (NULL), [5] L_STATE [atomic] 0 unlocked / 1 locked,
 * [6] L_WAITERS [atomic] threads parked on L_STATE (release notifies only when there are some),
 * and for an RLock [7] R_OWNER [gil] ident of the
 * owner or 0, [8] R_COUNT [gil] recursion count.
 */

import { parentPort } from 'node:worker_threads';
import { alloc } from '../heap/alloc.js';
import {
  CTL_ROOT, INST_DICT, M_SELF, RT_THREADS, TH_IDENT, TH_NAME, TH_NATIVE_ID, TH_START, Tag,
} from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, bool, intFromNumber, listLen, newFloat, tupleFrom, tupleGet, tupleLen } from '../heap/objects.js';
import { dictGet, dictKeyAt, dictNext, dictSet, dictSetStr, dictValueAt, newDict } from '../heap/dict.js';
import { intern, newStr } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T, TY_MODULE, isSubtype, lookupType, typeByName, typeName, typeOf } from '../runtime/types.js';
import { callWithKw, checkArgc, kwCount, noKw, parseArgs, vmHooks } from '../runtime/call.js';
import { TS, root, unroot } from '../runtime/thread-state.js';
import * as ops from '../runtime/ops.js';
import { localHooks } from '../runtime/ops.js';
import { gilIdent, releaseHooks, takeSigint, trySpin, waitInterruptible, withoutGil } from '../gil/gil.js';
import { defMethods, defModule, defStaticMethods, onBootstrap } from './define.js';
import { isCallable } from './iterators.js';
import { blockingHooks, blockingRead, blockingSleep, flushAll, raiseKeyboardInterrupt, writeStderr } from './io.js';

// ====================================================================== blocking calls release the GIL

// Output reaches fd 1 in the order threads ran: a worker writes what it buffered before it lets go.
releaseHooks.push(flushAll);
blockingHooks.sleep = (seconds: number): void => {
  if (!withoutGil(() => blockingSleep(seconds)) && takeSigint()) raiseKeyboardInterrupt();
};
blockingHooks.read = (fd: number, buf: Uint8Array, position: number | null): number =>
  withoutGil(() => blockingRead(fd, buf, position));
const writeHeld = blockingHooks.write;
blockingHooks.write = (fd: number, data: Uint8Array, position: number | null): void =>
  withoutGil(() => writeHeld(fd, data, position));

// ====================================================================== locks

const L_STATE = 5;
const L_WAITERS = 6;
const R_OWNER = 7;
const R_COUNT = 8;
const LOCK_WORDS = 8;
const RLOCK_WORDS = 10;

/** CPython's PY_TIMEOUT_MAX in seconds (as _thread.TIMEOUT_MAX reports it on Linux). */
const TIMEOUT_MAX = 9223372036.0;

function lockType(): Ref {
  return typeByName('lock');
}
function rlockType(): Ref {
  return typeByName('RLock');
}

function newLock(type: Ref, words: number): Ref {
  const l = alloc(words, Tag.NATIVE, type, 0);
  I32[(l >> 2) + INST_DICT] = NULL;
  return l;
}

/** The word index of `self` when it is an object of `type` (a method called on the wrong object raises). */
function selfWord(args: number, type: Ref, what: string): number {
  const self = I32[args] as Ref;
  if ((self & 1) !== 0 || ops.tagOf(self) !== Tag.NATIVE || !isSubtype(typeOf(self), type)) {
    raise('TypeError', `descriptor '${what}' requires a '${typeName(type)}' object but received a '${ops.tname(self)}'`);
  }
  return self >> 2;
}

/** Parses acquire(blocking=True, timeout=-1) as CPython does; returns the timeout in ms (-1: forever,
 *  0: do not block). */
function acquireTimeoutMs(fname: string, args: number, argc: number, kw: Ref): number {
  const [b, t] = parseArgs(fname, args + 1, argc - 1, kw, ['blocking', 'timeout']);
  const blocking = b === NULL ? true : ops.truthy(b);
  let timeout = -1;
  if (t !== NULL) timeout = ops.isFloat(t) ? ops.toFloatValue(t) : ops.toIndexNumber(t);
  if (!blocking && timeout !== -1) raise('ValueError', "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) raise('ValueError', 'timeout value must be positive');
  if (timeout > TIMEOUT_MAX) raise('OverflowError', 'timestamp out of range for platform time_t');
  if (!blocking) return 0;
  return timeout === -1 ? -1 : timeout * 1000;
}


/**
 * The blocking wait of locks, events and the loop's waker: with the GIL released, until `ready()` says
 * so, `ms` milliseconds pass (-1: forever) or Ctrl-C cuts it short (then KeyboardInterrupt, raised once
 * the GIL is back). Between looks it spins while the word at `index` keeps the value it had (when a
 * spinner slot is free), else parks on that word, counted in the word at `parked` so that the waking
 * side can skip the notify when nobody is parked. Returns ready()'s last answer.
 */
function blockUntil(index: number, ready: () => boolean, ms: number, parked: number): boolean {
  const deadline = ms < 0 ? Infinity : performance.now() + ms;
  let interrupted = false;
  const got = withoutGil(() => {
    for (;;) {
      const v = Atomics.load(I32, index);
      if (ready()) return true;
      if (trySpin(index, v)) continue;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.add(I32, parked, 1);
      const r = waitInterruptible(I32, index, v, left === Infinity ? -1 : left);
      Atomics.sub(I32, parked, 1);
      if (r === 'interrupted') {
        interrupted = true;
        return false;
      }
    }
  });
  if (interrupted && takeSigint()) raiseKeyboardInterrupt();
  return got;
}

/** Takes the state word of the lock at word `w`: at once if free, else (unless `ms` is 0) with the GIL
 *  released, waiting at most `ms` milliseconds (-1: forever). Returns whether it got the lock. */
function takeState(w: number, ms: number): boolean {
  const take = (): boolean => Atomics.compareExchange(I32, w + L_STATE, 0, 1) === 0;
  if (take()) return true;
  if (ms === 0) return false;
  return blockUntil(w + L_STATE, take, ms, w + L_WAITERS);
}

function releaseState(w: number): void {
  Atomics.store(I32, w + L_STATE, 0);
  if (Atomics.load(I32, w + L_WAITERS) > 0) Atomics.notify(I32, w + L_STATE, 1);
}

function lockRepr(w: number, kind: string, extra: string): Ref {
  const state = Atomics.load(I32, w + L_STATE) !== 0 ? 'locked' : 'unlocked';
  return newStr(`<${state} _thread.${kind} object ${extra}at ${ops.addr((w << 2) as Ref)}>`);
}

function lockAcquire(args: number, argc: number, kw: Ref): Ref {
  const w = selfWord(args, lockType(), 'acquire');
  return bool(takeState(w, acquireTimeoutMs('acquire', args, argc, kw)));
}

function lockRelease(args: number, argc: number, kw: Ref): Ref {
  const w = selfWord(args, lockType(), 'release');
  noKw('release', kw);
  checkArgc('release', argc - 1, 0, 0);
  if (Atomics.load(I32, w + L_STATE) === 0) raise('RuntimeError', 'release unlocked lock');
  releaseState(w);
  return NONE;
}

defStaticMethods('lock', {
  __new__: (args, argc, kw) => {
    if (argc > 1 || kwCount(kw) > 0) raise('TypeError', 'lock() takes no arguments');
    return newLock(lockType(), LOCK_WORDS);
  },
});

defMethods('lock', {
  acquire: lockAcquire,
  acquire_lock: lockAcquire,
  __enter__: lockAcquire,
  release: lockRelease,
  release_lock: lockRelease,
  __exit__: (args, argc, kw) => {
    lockRelease(args, 1, NULL);
    void argc;
    void kw;
    return NONE;
  },
  locked: (args, argc, kw) => {
    const w = selfWord(args, lockType(), 'locked');
    noKw('locked', kw);
    checkArgc('locked', argc - 1, 0, 0);
    return bool(Atomics.load(I32, w + L_STATE) !== 0);
  },
  locked_lock: (args) => bool(Atomics.load(I32, selfWord(args, lockType(), 'locked_lock') + L_STATE) !== 0),
  __repr__: (args) => lockRepr(selfWord(args, lockType(), '__repr__'), 'lock', ''),
});

// ---------------------------------------------------------------- RLock

function rlockAcquire(args: number, argc: number, kw: Ref): Ref {
  const w = selfWord(args, rlockType(), 'acquire');
  const ms = acquireTimeoutMs('acquire', args, argc, kw);
  const me = gilIdent();
  if (I32[w + R_OWNER] === me && I32[w + R_COUNT] > 0) {
    I32[w + R_COUNT]++;
    return bool(true);
  }
  if (!takeState(w, ms)) return bool(false);
  I32[w + R_OWNER] = me;
  I32[w + R_COUNT] = 1;
  return bool(true);
}

function rlockRelease(args: number): Ref {
  const w = selfWord(args, rlockType(), 'release');
  if (I32[w + R_OWNER] !== gilIdent() || I32[w + R_COUNT] === 0) raise('RuntimeError', 'cannot release un-acquired lock');
  if (--I32[w + R_COUNT] === 0) {
    I32[w + R_OWNER] = 0;
    releaseState(w);
  }
  return NONE;
}

defStaticMethods('RLock', {
  __new__: (args) => newLock(I32[args] as Ref, RLOCK_WORDS),
});

defMethods('RLock', {
  acquire: rlockAcquire,
  __enter__: rlockAcquire,
  release: (args, argc, kw) => {
    noKw('release', kw);
    checkArgc('release', argc - 1, 0, 0);
    return rlockRelease(args);
  },
  __exit__: (args) => rlockRelease(args),
  _is_owned: (args) => {
    const w = selfWord(args, rlockType(), '_is_owned');
    return bool(I32[w + R_OWNER] === gilIdent() && I32[w + R_COUNT] > 0);
  },
  _recursion_count: (args) => {
    const w = selfWord(args, rlockType(), '_recursion_count');
    return intFromNumber(I32[w + R_OWNER] === gilIdent() ? I32[w + R_COUNT] : 0);
  },
  _release_save: (args) => {
    const w = selfWord(args, rlockType(), '_release_save');
    if (I32[w + R_COUNT] === 0) raise('RuntimeError', 'cannot release un-acquired lock');
    const saved = tupleFrom([intFromNumber(I32[w + R_COUNT]), intFromNumber(I32[w + R_OWNER])]);
    I32[w + R_COUNT] = 0;
    I32[w + R_OWNER] = 0;
    releaseState(w);
    return saved;
  },
  _acquire_restore: (args, argc) => {
    const w = selfWord(args, rlockType(), '_acquire_restore');
    checkArgc('_acquire_restore', argc - 1, 1, 1);
    const st = I32[args + 1] as Ref;
    if (ops.tagOf(st) !== Tag.TUPLE || tupleLen(st) !== 2) raise('TypeError', '_acquire_restore() argument must be a 2-tuple');
    takeState(w, -1);
    I32[w + R_COUNT] = ops.toIndexNumber(tupleGet(st, 0));
    I32[w + R_OWNER] = ops.toIndexNumber(tupleGet(st, 1));
    return NONE;
  },
  __repr__: (args) => {
    const w = selfWord(args, rlockType(), '__repr__');
    return lockRepr(w, 'RLock', `owner=${I32[w + R_OWNER]} count=${I32[w + R_COUNT]} `);
  },
});

// ====================================================================== threading.local

// A LOCAL object (layout.ts) keeps each thread's __dict__ in a dict keyed by ident; word 4, where every
// attribute access finds an instance dict (ops.instDictOffset), is switched to the running thread's dict
// on its first access after another thread's. CPython calls __init__ again, with the constructor's
// arguments, the first time another thread uses the object; so does `view`.
// (Dicts of finished threads stay until the object dies: CPython drops them with the thread.)
const LC_DICTS = 5;
const LC_ARGS = 6;
const LC_KWARGS = 7;
const LC_OWNER = 8;
const LOCAL_WORDS = 10;

function localType(): Ref {
  return typeByName('_local');
}

function localView(r: Ref): void {
  const w = r >> 2;
  const me = mkSmall(I32[TS + TH_IDENT]);
  if (I32[w + LC_OWNER] === me) return;
  const dicts = I32[w + LC_DICTS] as Ref;
  let d = dictGet(dicts, me);
  I32[w + LC_OWNER] = me;
  if (d !== NULL) {
    I32[w + INST_DICT] = d;
    return;
  }
  d = newDict(T.dict);
  dictSet(dicts, me, d);
  I32[w + INST_DICT] = d;
  const init = lookupType(typeOf(r), intern('__init__'));
  if (init === NULL || init === vmHooks.objectInit) return;
  const args = I32[w + LC_ARGS] as Ref;
  const kwargs = I32[w + LC_KWARGS] as Ref;
  const argv: Ref[] = [r];
  for (let i = 0; i < tupleLen(args); i++) argv.push(tupleGet(args, i));
  const names: Ref[] = [];
  if (kwargs !== NULL) {
    for (let i = dictNext(kwargs, 0); i >= 0; i = dictNext(kwargs, i + 1)) {
      names.push(dictKeyAt(kwargs, i));
      argv.push(dictValueAt(kwargs, i));
    }
  }
  callWithKw(init, argv, names.length > 0 ? tupleFrom(names) : NULL);
}
localHooks.view = localView;

defStaticMethods('_local', {
  __new__: (args, argc, kw) => {
    const cls = I32[args] as Ref;
    if (ops.tagOf(cls) !== Tag.TYPE || !isSubtype(cls, localType())) raise('TypeError', '_local.__new__(X): X is not a subtype of _thread._local');
    const nkw = kwCount(kw);
    const npos = argc - 1 - nkw;
    if ((npos > 0 || nkw > 0) && lookupType(cls, intern('__init__')) === vmHooks.objectInit) {
      raise('TypeError', 'Initialization arguments are not supported');
    }
    const l = alloc(LOCAL_WORDS, Tag.LOCAL, cls, 0);
    const w = l >> 2;
    const m = root(l);
    try {
      I32[w + LC_OWNER] = NULL;
      I32[w + LC_DICTS] = newDict(T.dict);
      const pos: Ref[] = [];
      for (let i = 0; i < npos; i++) pos.push(I32[args + 1 + i] as Ref);
      I32[w + LC_ARGS] = tupleFrom(pos);
      if (nkw > 0) {
        const kd = newDict(T.dict);
        I32[w + LC_KWARGS] = kd;
        for (let k = 0; k < nkw; k++) dictSetStr(kd, tupleGet(kw, k), I32[args + 1 + npos + k] as Ref);
      }
      // The creating thread's dict, made now: type(...) calls __init__ for this thread itself.
      const d = newDict(T.dict);
      dictSet(I32[w + LC_DICTS] as Ref, mkSmall(I32[TS + TH_IDENT]), d);
      I32[w + INST_DICT] = d;
      I32[w + LC_OWNER] = mkSmall(I32[TS + TH_IDENT]);
    } finally {
      unroot(m);
    }
    return l;
  },
});

// ====================================================================== _pygil.Waker

// The event loop's wake-up word (DESIGN.md §5): the asyncio loop (lib/asyncio) waits on it, with the GIL
// released, until its next timer is due or another thread calls wake() (call_soon_threadsafe). Words:
// [5] WK_PENDING [atomic] 1 when a wake() has not been consumed yet, [6] WK_PARKED [atomic] waiters
// parked. A wake() before the wait is not lost: the wait consumes it and returns at once.
const WK_PENDING = 5;
const WK_PARKED = 6;
const WAKER_WORDS = 8;

function wakerType(): Ref {
  return typeByName('Waker');
}

defStaticMethods('Waker', {
  __new__: (args, argc) => {
    checkArgc('Waker', argc - 1, 0, 0);
    return newLock(I32[args] as Ref, WAKER_WORDS);
  },
});

defMethods('Waker', {
  wait: (args, argc, kw) => {
    const w = selfWord(args, wakerType(), 'wait');
    const [t] = parseArgs('wait', args + 1, argc - 1, kw, ['timeout']);
    let ms = -1;
    if (t !== NULL && t !== NONE) {
      ms = (ops.isFloat(t) ? ops.toFloatValue(t) : ops.toIndexNumber(t)) * 1000;
      if (Number.isNaN(ms)) raise('ValueError', 'Invalid value NaN (not a number)');
      if (ms < 0) ms = 0;
    }
    const take = (): boolean => Atomics.exchange(I32, w + WK_PENDING, 0) === 1;
    if (take()) return bool(true);
    if (ms === 0) return bool(false);
    return bool(blockUntil(w + WK_PENDING, take, ms, w + WK_PARKED));
  },
  wake: (args) => {
    const w = selfWord(args, wakerType(), 'wake');
    Atomics.store(I32, w + WK_PENDING, 1);
    if (Atomics.load(I32, w + WK_PARKED) > 0) Atomics.notify(I32, w + WK_PENDING);
    return NONE;
  },
});

// ====================================================================== _pygil.Event

// threading.Event's flag and its waiters, native (threading.Event subclasses it): CPython's is Python
// on a Condition, which costs a few hundred bytecodes per hand-off; this one hands off in a few µs.
// Words: [5] EV_FLAG [atomic] 0/1, [6] EV_GEN [atomic] bumped by every set(), waiters park on it,
// [7] EV_PARKED [atomic] waiters parked (set() skips the costly notify when there are none).
const EV_FLAG = 5;
const EV_GEN = 6;
const EV_PARKED = 7;
const EVENT_WORDS = 8;

function eventType(): Ref {
  return typeByName('EventBase');
}

defStaticMethods('EventBase', {
  __new__: (args) => newLock(I32[args] as Ref, EVENT_WORDS),
});

defMethods('EventBase', {
  is_set: (args) => bool(Atomics.load(I32, selfWord(args, eventType(), 'is_set') + EV_FLAG) !== 0),
  set: (args) => {
    const w = selfWord(args, eventType(), 'set');
    Atomics.store(I32, w + EV_FLAG, 1);
    Atomics.add(I32, w + EV_GEN, 1);
    if (Atomics.load(I32, w + EV_PARKED) > 0) Atomics.notify(I32, w + EV_GEN);
    return NONE;
  },
  clear: (args) => {
    Atomics.store(I32, selfWord(args, eventType(), 'clear') + EV_FLAG, 0);
    return NONE;
  },
  wait: (args, argc, kw) => {
    const w = selfWord(args, eventType(), 'wait');
    const [t] = parseArgs('wait', args + 1, argc - 1, kw, ['timeout']);
    if (Atomics.load(I32, w + EV_FLAG) !== 0) return bool(true);
    let ms = -1;
    if (t !== NULL && t !== NONE) {
      ms = (ops.isFloat(t) ? ops.toFloatValue(t) : ops.toIndexNumber(t)) * 1000;
      if (Number.isNaN(ms)) raise('ValueError', 'Invalid value NaN (not a number)');
      if (ms <= 0) return bool(false);
    }
    return bool(blockUntil(w + EV_GEN, () => Atomics.load(I32, w + EV_FLAG) !== 0, ms, w + EV_PARKED));
  },
});

defModule('_pygil', {
  /** caller_location(depth=0) -> (filename, lineno) of the Python frame `depth` levels above the
   *  caller (what the warnings module needs of sys._getframe), or None past the outermost frame. */
  caller_location: (args, argc, kw) => {
    noKw('caller_location', kw);
    checkArgc('caller_location', argc, 0, 1);
    const depth = argc > 0 ? ops.toIndexNumber(I32[args] as Ref) : 0;
    const loc = vmHooks.frameLocation(depth);
    return loc === null ? NONE : tupleFrom([newStr(loc[0]), intFromNumber(loc[1])]);
  },
}, (d) => {
  dictSetStr(d, intern('Waker'), wakerType());
  dictSetStr(d, intern('EventBase'), eventType());
});

// ====================================================================== threads

/** Asks the supervisor for a worker to run the thread (Node's main thread: cli/main.ts). */
function requestWorker(ts: Ref, ident: number): void {
  if (parentPort === null) raise('RuntimeError', "can't start new thread");
  parentPort.postMessage({ type: 'spawn', ts, ident });
}

/** The name the GIL's figures show: threading.Thread's name when `func` is a Thread's bound method. */
function threadName(func: Ref, ident: number): Ref {
  if (ops.tagOf(func) === Tag.METHOD) {
    const n = ops.getAttrOrNull(I32[(func >> 2) + M_SELF] as Ref, intern('_name'), false);
    if (n !== NULL && ops.isStr(n)) return n;
  }
  return newStr(`thread-${ident}`);
}

defModule('_thread', {
  start_new_thread: (args, argc, kw) => {
    noKw('start_new_thread', kw);
    if (argc < 2) raise('TypeError', `start_new_thread expected at least 2 arguments, got ${argc}`);
    if (argc > 3) raise('TypeError', `start_new_thread expected at most 3 arguments, got ${argc}`);
    const func = I32[args] as Ref;
    const fargs = I32[args + 1] as Ref;
    const fkw = argc > 2 ? (I32[args + 2] as Ref) : NULL;
    if (!isCallable(func)) raise('TypeError', 'first arg must be callable');
    if (ops.tagOf(fargs) !== Tag.TUPLE) raise('TypeError', '2nd arg must be a tuple');
    if (fkw !== NULL && ops.tagOf(fkw) !== Tag.DICT) raise('TypeError', 'optional 3rd arg must be a dictionary');
    const ts = vmHooks.newThreadState('');
    const w = ts >> 2;
    const ident = I32[w + TH_IDENT];
    I32[w + TH_START] = tupleFrom([func, fargs, fkw === NULL ? NONE : fkw]);
    I32[w + TH_NAME] = threadName(func, ident);
    requestWorker(ts, ident);
    return intFromNumber(ident);
  },
  allocate_lock: () => newLock(lockType(), LOCK_WORDS),
  allocate: () => newLock(lockType(), LOCK_WORDS),
  get_ident: () => intFromNumber(I32[TS + TH_IDENT]),
  get_native_id: () => intFromNumber(I32[TS + TH_NATIVE_ID]),
  _count: () => intFromNumber(listLen(I32[(I32[CTL_ROOT] >> 2) + RT_THREADS] as Ref) - 1),
  stack_size: (args, argc) => {
    checkArgc('stack_size', argc, 0, 1);
    if (argc === 1) {
      const n = ops.toIndexNumber(I32[args] as Ref);
      if (n !== 0 && n < 32768) raise('ValueError', 'size not valid: 32768 bytes');
    }
    return intFromNumber(0);
  },
  daemon_threads_allowed: () => bool(true),
  _excepthook: (args, argc, kw) => {
    noKw('_excepthook', kw);
    checkArgc('_excepthook', argc, 1, 1);
    const hookArgs = I32[args] as Ref;
    const get = (n: string): Ref => ops.getAttr(hookArgs, intern(n));
    const excType = get('exc_type');
    if (excType === typeByName('SystemExit')) return NONE; // silently ignored, as CPython does
    const thread = get('thread');
    const name = thread !== NONE ? ops.strJs(ops.getAttr(thread, intern('name'))) : String(I32[TS + TH_IDENT]);
    writeStderr(`Exception in thread ${name}:\n${vmHooks.formatException(get('exc_value'))}\n`);
    return NONE;
  },
});

onBootstrap(() => {
  for (const t of [lockType(), rlockType(), localType()]) I32[(t >> 2) + TY_MODULE] = intern('_thread');
  I32[(wakerType() >> 2) + TY_MODULE] = intern('_pygil');
  I32[(eventType() >> 2) + TY_MODULE] = intern('_pygil');
});

defModule('_thread', {}, (d) => {
  // The program uses threads: the supervisor keeps a spare worker booted from now on.
  parentPort?.postMessage({ type: 'prewarm' });
  dictSetStr(d, intern('LockType'), lockType());
  dictSetStr(d, intern('lock'), lockType());
  dictSetStr(d, intern('RLock'), rlockType());
  dictSetStr(d, intern('_local'), localType());
  dictSetStr(d, intern('TIMEOUT_MAX'), newFloat(TIMEOUT_MAX));
  dictSetStr(d, intern('error'), typeByName('RuntimeError'));
});
