/*
 * The global interpreter lock (DESIGN.md §3). One file: the protocol, its shared words, its invariants.
 *
 * The GIL is a ticket lock: threads are served in the order they asked, so that CPU-bound threads take
 * turns fairly and a thread that gives the GIL up (forced or voluntarily) cannot take it back before
 * every thread already waiting has had it (CPython's FORCE_SWITCHING, here by construction).
 *
 * Departure from DESIGN.md §3 (and the wording): the fast path is an Atomics.add on the ticket
 * word, not a compareExchange on a lock word. The first version was that compareExchange mutex with a
 * FORCE_SWITCHING wait; it let a releasing thread barge back in ahead of parked waiters (CPU-bound
 * threads starved each other, the figures showed one thread taking most turns) and woke an arbitrary
 * waiter. Tickets keep the uncontended cost (one atomic read-modify-write and one load) and make the
 * order of turns, which is what a user of this tool watches, first come first served.
 *
 * ## The words (control area of the heap's SharedArrayBuffer)
 *
 *   G_NEXT_TICKET   [atomic] the next ticket to hand out.
 *   G_SERVING       [atomic] the ticket whose thread may hold the GIL (held or about to be taken).
 *   CTL_GIL_SLOTS.. [atomic] parking words: ticket t parks on slot t & 63; a release bumps the slot of
 *                            the ticket it serves and notifies it.
 *   G_HOLDER        [gil]    ident of the holding thread, 0 while it changes hands (debug checks, figures).
 *   G_LAST_HOLDER   [gil]    ident of the last thread to acquire.
 *   G_SWITCHES      [gil]    times the GIL passed to a thread other than the last holder.
 *   G_DROP_REQUEST  [atomic] time mode only: set by the next waiter when it has waited a whole interval;
 *                            cleared by each acquirer.
 *   G_INTERVAL      [gil]    the switch interval in bytecode instructions (instruction mode).
 *   G_MODE          [gil]    MODE_INSTRUCTIONS or MODE_TIME (sys.setswitchinterval was called).
 *   G_INTERVAL_US   [gil]    sys.getswitchinterval() in microseconds (time mode's interval).
 *   G_CORES         [init]   cores of this machine (the spin policy).
 *   G_SPINNERS      [atomic] threads spinning right now (GIL, lock, event and loop waits): at most
 *                            cores - 1 spin, so that spinners never take the holder's core.
 *   G_PARKED        [atomic] threads parked on a GIL slot: a release with none skips the notify.
 *
 * ## The protocol
 *
 * acquire:      my = Atomics.add(NEXT_TICKET, 1). If SERVING == my, the GIL is ours (the uncontended
 *               path: one atomic add and one load). Otherwise wait until SERVING == my: the next thread
 *               in line (my == SERVING + 1) spins on SERVING when there is a core for it (holder + one
 *               spinner <= cores), since parking and waking costs tens of µs while a hand-off caught
 *               spinning costs well under one; every other waiter parks at once in Atomics.wait on its
 *               slot. Time mode: the next in line parks with a timeout of one interval; if the GIL has
 *               not changed hands meanwhile it sets DROP_REQUEST.
 * release:      SERVING += 1; then, if that ticket was handed out, bump and notify its slot, and the
 *               slot of the ticket after it (so that the new next-in-line wakes and starts spinning
 *               while the new holder runs).
 * periodic:     the holder counts the instructions it executes (the eval loop calls `gilCheck` every
 *               `checkChunk()` instructions, registers saved in its heap frame). Instruction mode: once
 *               it has run G_INTERVAL instructions since it acquired and a ticket is waiting
 *               (NEXT_TICKET - SERVING > 1), it makes a forced drop. Time mode: it drops when
 *               DROP_REQUEST is set.
 * forced drop:  flush this worker's output; release; acquire (a new ticket: behind every waiter).
 * blocking call: `withoutGil(fn)`: flush output, release (a voluntary release), run fn, acquire.
 *
 * ## Invariants (checked when PYGIL_GIL_DEBUG=1)
 *
 *   I1. A worker reads or writes the heap only while it holds the GIL (SERVING is its ticket and
 *       HOLDER its ident); the words marked [atomic] are the only shared memory used without the GIL,
 *       and only with Atomics.
 *   I2. Only the holder releases: release finds HOLDER == me; acquire finds HOLDER == 0.
 *   I3. After a forced drop with a waiter, the dropper's next acquisition sees SWITCHES moved.
 *   I4. NEXT_TICKET - SERVING >= 1 while the GIL is held (the holder's own ticket is issued).
 *   No lost wake-up: a waiter reads its slot's value before it reads SERVING, and parks only while the
 *   slot still holds that value; a release stores SERVING before it bumps the slot. Both are
 *   sequentially consistent Atomics, so either the waiter sees its turn or its wait returns at once.
 *
 * ## Figures
 *
 * Each thread's figures live in its THREAD object (TH_STATS, layout.ts), written by the thread itself
 * while it holds the GIL: acquisitions, switch requests (times it had to wait behind another thread),
 * forced drops, voluntary releases, instructions executed (counted per `checkChunk()` instructions),
 * seconds spent waiting for the GIL and holding it.
 */

import { CTL_GIL_BASE, CTL_GIL_SLOTS, CTL_SIGINT, GIL_SLOTS, TH_STATS } from '../heap/layout.js';
import { F64, I32 } from '../heap/memory.js';
import { InternalError } from '../common/errors.js';

export const G_HOLDER = CTL_GIL_BASE + 0;
export const G_NEXT_TICKET = CTL_GIL_BASE + 1;
export const G_SWITCHES = CTL_GIL_BASE + 2;
export const G_LAST_HOLDER = CTL_GIL_BASE + 3;
export const G_DROP_REQUEST = CTL_GIL_BASE + 4;
export const G_SERVING = CTL_GIL_BASE + 5;
export const G_INTERVAL = CTL_GIL_BASE + 6;
export const G_MODE = CTL_GIL_BASE + 7;
export const G_INTERVAL_US = CTL_GIL_BASE + 8;
export const G_CORES = CTL_GIL_BASE + 9;
export const G_SPINNERS = CTL_GIL_BASE + 10;
export const G_PARKED = CTL_GIL_BASE + 11;

export const MODE_INSTRUCTIONS = 0;
export const MODE_TIME = 1;

/** The default switch interval, in instructions. Chosen by measurement: see README ("The switch interval"). */
export const DEFAULT_INTERVAL = 1000;
/** CPython's default sys.getswitchinterval(): 5 ms. */
export const DEFAULT_INTERVAL_US = 5000;
/** In time mode the holder looks at DROP_REQUEST every this many instructions. */
const TIME_MODE_CHUNK = 200;
/** Collection checks happen at least this often, whatever the interval. */
const MAX_CHUNK = 1000;

// Per-thread figures: Float64 slot k of a THREAD object.
export const ST_ACQUISITIONS = 0;
export const ST_SWITCH_REQUESTS = 1;
export const ST_FORCED_DROPS = 2;
export const ST_VOLUNTARY = 3;
export const ST_INSTRUCTIONS = 4;
export const ST_WAIT_S = 5;
export const ST_HOLD_S = 6;
export const STAT_NAMES = [
  'acquisitions', 'switch_requests', 'forced_drops', 'voluntary_releases', 'instructions', 'wait_time', 'hold_time',
];

const DEBUG = process.env.PYGIL_GIL_DEBUG === '1';

// ---------------------------------------------------------------- this worker's side [owner: this worker]

/** Ident of the Python thread this worker runs (0 before `gilSetThread`). */
let me = 0;
/** Word index of that thread's THREAD object. */
let tsWord = 0;
/** Instructions run since this worker last acquired the GIL. */
let heldInstructions = 0;
/** performance.now() when this worker last acquired the GIL. */
let acquiredAt = 0;
/** Whether this worker holds the GIL (a private mirror of HOLDER == me, for the debug checks). */
let holding = false;

/** Called after every acquisition (the VM drops caches that another thread's collection made stale). */
export const acquireHooks: (() => void)[] = [];
/** Called before every release (the I/O layer writes this worker's buffered output: output order is the
 *  order in which threads ran). */
export const releaseHooks: (() => void)[] = [];

function statIndex(k: number): number {
  return (tsWord + TH_STATS + 2 * k) >> 1;
}
function bump(k: number, by = 1): void {
  F64[statIndex(k)] += by;
}

/** Sets the GIL words of a new interpreter (by the first worker, before any other exists). */
export function gilInitWords(cores: number, interval: number): void {
  I32[G_INTERVAL] = interval;
  I32[G_MODE] = MODE_INSTRUCTIONS;
  I32[G_INTERVAL_US] = DEFAULT_INTERVAL_US;
  I32[G_CORES] = Math.max(1, cores);
}

/** Tells this worker which Python thread it runs (ident and THREAD object). */
export function gilSetThread(ident: number, threadRef: number): void {
  if (ident <= 0) throw new InternalError(`gil: bad thread ident ${ident}`);
  me = ident;
  tsWord = threadRef >> 2;
}

export function gilIdent(): number {
  return me;
}

// ---------------------------------------------------------------- waiting: spin, then park

/** How long a lock waiter spins before it parks (ms). */
const SPIN_MS = Number(process.env.PYGIL_SPIN_US ?? 200) / 1000;
/** The most the next thread in line for the GIL spins before it parks (ms). */
const NEXT_SPIN_MAX_MS = Number(process.env.PYGIL_NEXT_SPIN_US ?? 1000) / 1000;
const NEXT_SPIN_MIN_MS = Math.min(0.01, NEXT_SPIN_MAX_MS);
/** This worker's current budget for that spin (ms), adapted as glibc's adaptive mutexes do: doubled
 *  after a spin that caught the hand-off, halved after one that had to park. On a loaded machine the
 *  spinner only steals the holder's core, and the budget shrinks to almost nothing. [owner: worker] */
let nextSpinMs = NEXT_SPIN_MAX_MS / 8;

/** Spins while `I32[index] === value` for up to `ms` (default SPIN_MS); true when the value changed.
 *  Gives up early when it notices it was descheduled (a gap of over 1 ms between two looks at the
 *  clock): then the machine has no core to spare. */
export function spinWhile(index: number, value: number, ms = SPIN_MS): boolean {
  let last = performance.now();
  const end = last + ms;
  for (;;) {
    for (let i = 0; i < 256; i++) if (Atomics.load(I32, index) !== value) return true;
    const now = performance.now();
    if (now >= end || now - last > 1) return false;
    last = now;
  }
}

/** Spins as spinWhile does if a spinner slot is free (fewer than cores - 1 threads spin, the GIL holder
 *  having the remaining core); else returns false at once, and the caller parks. */
export function trySpin(index: number, value: number, ms = SPIN_MS): boolean {
  if (Atomics.add(I32, G_SPINNERS, 1) >= Atomics.load(I32, G_CORES) - 1) {
    Atomics.sub(I32, G_SPINNERS, 1);
    return false;
  }
  try {
    return spinWhile(index, value, ms);
  } finally {
    Atomics.sub(I32, G_SPINNERS, 1);
  }
}

/** The next-in-line's spin, with the adaptive budget. */
function spinForTurn(s: number): boolean {
  const ok = trySpin(G_SERVING, s, nextSpinMs);
  nextSpinMs = ok ? Math.min(NEXT_SPIN_MAX_MS, nextSpinMs * 2) : Math.max(NEXT_SPIN_MIN_MS, nextSpinMs / 2);
  return ok;
}

/** Threads waiting for the GIL (tickets handed out beyond the one being served). */
export function gilWaiters(): number {
  return (Atomics.load(I32, G_NEXT_TICKET) - Atomics.load(I32, G_SERVING) - 1) | 0;
}

function slotOf(ticket: number): number {
  return CTL_GIL_SLOTS + (ticket & (GIL_SLOTS - 1));
}

function wake(ticket: number): void {
  const slot = slotOf(ticket);
  Atomics.add(I32, slot, 1);
  if (Atomics.load(I32, G_PARKED) > 0) Atomics.notify(I32, slot); // a notify costs µs even with no one to wake
}

// ---------------------------------------------------------------- acquire and release

/** Takes the GIL (blocking). Caller does not hold it. */
export function gilAcquire(): void {
  if (DEBUG && holding) throw new InternalError('gil: acquire by a thread that already holds it');
  const my = Atomics.add(I32, G_NEXT_TICKET, 1);
  if (Atomics.load(I32, G_SERVING) !== my) waitTurn(my);
  acquired();
}

/** Waits until ticket `my` is served. */
function waitTurn(my: number): void {
  const t0 = performance.now();
  const timeMode = I32[G_MODE] === MODE_TIME; // read without the GIL: a stale mode only delays a drop request
  const intervalMs = Math.max(1, Atomics.load(I32, G_INTERVAL_US)) / 1000;
  const slot = slotOf(my);
  let requested = false;
  let servingSeen = Atomics.load(I32, G_SERVING);
  let since = t0;
  for (;;) {
    const v = Atomics.load(I32, slot);
    const s = Atomics.load(I32, G_SERVING);
    if (s === my) break;
    const next = ((my - s) | 0) === 1;
    if (next && !timeMode && spinForTurn(s)) continue;
    if (!timeMode || !next) {
      Atomics.add(I32, G_PARKED, 1);
      Atomics.wait(I32, slot, v);
      Atomics.sub(I32, G_PARKED, 1);
      continue;
    }
    // Time mode, next in line: after a whole interval without a hand-off, ask the holder to drop.
    Atomics.add(I32, G_PARKED, 1);
    const r = Atomics.wait(I32, slot, v, intervalMs);
    Atomics.sub(I32, G_PARKED, 1);
    if (r === 'timed-out') {
      const now = performance.now();
      const s2 = Atomics.load(I32, G_SERVING);
      if (s2 !== servingSeen) {
        servingSeen = s2;
        since = now;
      } else if (now - since >= intervalMs) {
        Atomics.store(I32, G_DROP_REQUEST, 1);
        requested = true;
      }
    }
  }
  // Figures are written once the GIL is ours (the heap is only touched under it).
  bump(ST_WAIT_S, (performance.now() - t0) / 1000);
  if (!timeMode || requested) bump(ST_SWITCH_REQUESTS);
}

/** Bookkeeping after this worker took the GIL. */
function acquired(): void {
  if (DEBUG) {
    if (I32[G_HOLDER] !== 0) throw new InternalError(`gil: acquired while HOLDER is ${I32[G_HOLDER]} (I2 violated)`);
    if (gilWaiters() < 0) throw new InternalError('gil: fewer tickets than holders (I4 violated)');
  }
  holding = true;
  I32[G_HOLDER] = me;
  const last = I32[G_LAST_HOLDER];
  if (last !== me) {
    I32[G_LAST_HOLDER] = me;
    if (last !== 0) I32[G_SWITCHES]++; // the interpreter's first acquisition is no hand-off
  }
  Atomics.store(I32, G_DROP_REQUEST, 0);
  heldInstructions = 0;
  acquiredAt = performance.now();
  bump(ST_ACQUISITIONS);
  for (const h of acquireHooks) h();
}

/** Gives the GIL up. Caller holds it. */
function release(): void {
  for (const h of releaseHooks) h();
  bump(ST_HOLD_S, (performance.now() - acquiredAt) / 1000);
  if (DEBUG && I32[G_HOLDER] !== me) throw new InternalError(`gil: release: HOLDER is ${I32[G_HOLDER]}, this thread is ${me} (I2 violated)`);
  holding = false;
  I32[G_HOLDER] = 0;
  const next = (Atomics.load(I32, G_SERVING) + 1) | 0;
  Atomics.store(I32, G_SERVING, next);
  if (Atomics.load(I32, G_NEXT_TICKET) !== next) {
    wake(next);
    wake((next + 1) | 0); // the new next-in-line: it spins while the new holder runs
  }
}

/** Gives the GIL up for good (the thread is finishing). */
export function gilReleaseFinal(): void {
  release();
}

/** Runs `fn` with the GIL released (a blocking call: sleep, lock waits, I/O, long native work) and takes
 *  it back after. Inside `fn` only Atomics words and private memory may be written; the heap may be
 *  read only where the objects are immutable and kept alive by the caller. */
export function withoutGil<T>(fn: () => T): T {
  bump(ST_VOLUNTARY);
  release();
  try {
    return fn();
  } finally {
    gilAcquire();
  }
}

// ---------------------------------------------------------------- the holder's periodic check

/** Instructions between two calls of `gilCheck` (also the collector's check period). */
export function checkChunk(): number {
  if (I32[G_MODE] === MODE_TIME) return TIME_MODE_CHUNK;
  return Math.min(I32[G_INTERVAL], MAX_CHUNK);
}

/** Called by the eval loop every `checkChunk()` instructions, registers saved in the heap frame:
 *  counts them, and makes a forced drop when the interval is spent and another thread waits. */
export function gilCheck(ran: number): void {
  if (DEBUG && (I32[G_HOLDER] !== me || Atomics.load(I32, G_SERVING) === Atomics.load(I32, G_NEXT_TICKET))) {
    throw new InternalError(`gil: periodic check by ${me} while HOLDER is ${I32[G_HOLDER]} (I1 violated)`);
  }
  heldInstructions += ran;
  bump(ST_INSTRUCTIONS, ran);
  if (I32[G_MODE] === MODE_TIME) {
    if (Atomics.load(I32, G_DROP_REQUEST) !== 0) forcedDrop();
  } else if (heldInstructions >= I32[G_INTERVAL] && gilWaiters() > 0) {
    forcedDrop();
  }
}

/** Hands the GIL to the waiting threads: a new ticket puts this thread behind all of them. */
function forcedDrop(): void {
  bump(ST_FORCED_DROPS);
  const n = I32[G_SWITCHES];
  const waited = gilWaiters() > 0;
  release();
  gilAcquire();
  if (DEBUG && waited && I32[G_SWITCHES] === n) throw new InternalError('gil: I3 violated (retook the GIL without a switch)');
}

// ---------------------------------------------------------------- Ctrl-C

/** The ident of the main thread (the first one): the only thread that gets KeyboardInterrupt. */
const MAIN_IDENT = 1;
/** How often a blocked main thread looks whether Ctrl-C came (ms). */
const SIGINT_POLL_MS = 20;

/** Whether this is the main thread and Ctrl-C is waiting to be raised as KeyboardInterrupt; clears it. */
export function takeSigint(): boolean {
  return me === MAIN_IDENT && Atomics.load(I32, CTL_SIGINT) !== 0 && Atomics.exchange(I32, CTL_SIGINT, 0) !== 0;
}

/** Atomics.wait on `I32[index]` while it holds `value`, for up to `ms` (-1: forever), in slices when
 *  this is the main thread, so that a Ctrl-C ends the wait. Returns 'interrupted' then (the caller
 *  raises KeyboardInterrupt once it holds the GIL again), else Atomics.wait's result. */
export function waitInterruptible(arr: Int32Array, index: number, value: number, ms: number): 'ok' | 'not-equal' | 'timed-out' | 'interrupted' {
  if (me !== MAIN_IDENT) return Atomics.wait(arr, index, value, ms < 0 ? undefined : ms);
  const end = ms < 0 ? Infinity : performance.now() + ms;
  for (;;) {
    if (Atomics.load(I32, CTL_SIGINT) !== 0) return 'interrupted';
    const left = end - performance.now();
    if (left <= 0) return 'timed-out';
    const r = Atomics.wait(arr, index, value, Math.min(left, SIGINT_POLL_MS));
    if (r !== 'timed-out') return r;
  }
}

// ---------------------------------------------------------------- the knobs

export function getInterval(): number {
  return I32[G_INTERVAL];
}

/** gil.set_interval(n): instruction mode with an interval of n instructions. Caller holds the GIL. */
export function setInterval(n: number): void {
  I32[G_INTERVAL] = n;
  I32[G_MODE] = MODE_INSTRUCTIONS;
}

/** sys.setswitchinterval(seconds): time mode, CPython's meaning. Caller holds the GIL. */
export function setSwitchIntervalUs(us: number): void {
  Atomics.store(I32, G_INTERVAL_US, Math.max(1, Math.round(us)));
  I32[G_MODE] = MODE_TIME;
}

export function getSwitchIntervalUs(): number {
  return I32[G_INTERVAL_US];
}

export function gilMode(): number {
  return I32[G_MODE];
}

// ---------------------------------------------------------------- figures

/** The figures of the thread whose THREAD object is at word `w` (the running thread's hold time and
 *  instruction count include the current turn). Caller holds the GIL. */
export function threadStats(w: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < STAT_NAMES.length; k++) out.push(F64[(w + TH_STATS + 2 * k) >> 1]);
  if (w === tsWord && holding) out[ST_HOLD_S] += (performance.now() - acquiredAt) / 1000;
  return out;
}

/** Zeroes the figures of the thread at word `w`. Caller holds the GIL. */
export function resetThreadStats(w: number): void {
  for (let k = 0; k < STAT_NAMES.length; k++) F64[(w + TH_STATS + 2 * k) >> 1] = 0;
  if (w === tsWord) acquiredAt = performance.now();
}
