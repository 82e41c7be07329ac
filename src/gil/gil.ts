/*
 * The global interpreter lock (DESIGN.md §3). One file: the protocol, its shared words, its invariants.
 *
 * ## The words (control area, CTL_GIL_BASE.., all in the heap's SharedArrayBuffer)
 *
 *   G_HOLDER        [atomic] 0 when free, else the ident (>= 1) of the thread holding the GIL.
 *   G_WAITERS       [atomic] threads registered as wanting the GIL (between `register` and acquiring).
 *   G_SWITCHES      [atomic] bumped by an acquirer that is not the last holder: "the GIL changed hands".
 *   G_LAST_HOLDER   [gil]    ident of the last thread to acquire.
 *   G_DROP_REQUEST  [atomic] time mode only: set by a waiter that waited a whole interval; cleared by
 *                            each acquirer.
 *   G_FORCE_WAITERS [atomic] threads that made a forced drop and wait for G_SWITCHES to move.
 *   G_INTERVAL      [gil]    the switch interval in bytecode instructions (instruction mode).
 *   G_MODE          [gil]    MODE_INSTRUCTIONS or MODE_TIME (sys.setswitchinterval was called).
 *   G_INTERVAL_US   [gil]    sys.getswitchinterval() in microseconds (time mode's interval).
 *   G_CORES         [init]   cores of this machine (the spin policy).
 *
 * ## The protocol
 *
 * acquire(me):   compareExchange(HOLDER, 0, me) succeeds: done (the uncontended fast path). Otherwise
 *                register (WAITERS += 1), then loop: if HOLDER is 0, try the compareExchange again;
 *                else spin on Atomics.load for a while (only when the threads that want to run fit the
 *                cores: a spinner with no core of its own only delays the holder), then park with
 *                Atomics.wait(HOLDER, seen). Time mode: a park that times out after a whole interval
 *                while the GIL has not changed hands sets DROP_REQUEST. Once acquired: WAITERS -= 1;
 *                if LAST_HOLDER != me, bump SWITCHES and wake threads waiting for it; clear DROP_REQUEST.
 * release(me):   Atomics.store(HOLDER, 0); if WAITERS > 0, Atomics.notify(HOLDER, 1).
 * periodic:      the holder counts the instructions it executes (the eval loop calls `gilCheck` every
 *                `checkChunk()` instructions). Instruction mode: once it has run G_INTERVAL instructions
 *                since it acquired and WAITERS > 0, it makes a forced drop. Time mode: it drops when
 *                DROP_REQUEST is set.
 * forced drop:   the eval loop has stored its registers in its heap frame. flush this worker's output;
 *                n = SWITCHES; release; wait until SWITCHES != n (another thread has held the GIL: as
 *                CPython's FORCE_SWITCHING, the dropper never takes the lock straight back); acquire.
 * blocking call: `withoutGil(fn)`: flush output, release (a voluntary release), run fn, acquire.
 *
 * ## Invariants (checked when PYGIL_GIL_DEBUG=1)
 *
 *   I1. A worker reads or writes the heap only while HOLDER == its thread's ident; the words above
 *       marked [atomic] are the only shared memory touched without the GIL, and only with Atomics.
 *   I2. Only the holder releases: release finds HOLDER == me.
 *   I3. After a forced drop, the dropper's next acquisition sees SWITCHES changed.
 *   I4. WAITERS >= 0 and FORCE_WAITERS >= 0.
 *   No lost wake-up: a waiter registers (WAITERS += 1) before it reads HOLDER, and parks only while
 *   HOLDER still holds the value it read; the releaser stores 0 before it reads WAITERS. Both are
 *   sequentially consistent Atomics, so either the releaser sees the waiter and notifies, or the
 *   waiter sees 0 (and Atomics.wait returns "not-equal" at once).
 *
 * ## Figures
 *
 * Each thread's figures live in its THREAD object (TH_STATS, layout.ts), written by the thread itself
 * while it holds the GIL: acquisitions, switch requests (times it had to wait for another holder),
 * forced drops, voluntary releases, instructions executed (counted per `checkChunk()` instructions),
 * seconds spent waiting for the GIL and holding it.
 */

import { CTL_GIL_BASE, TH_STATS } from '../heap/layout.js';
import { F64, I32 } from '../heap/memory.js';
import { InternalError } from '../common/errors.js';

export const G_HOLDER = CTL_GIL_BASE + 0;
export const G_WAITERS = CTL_GIL_BASE + 1;
export const G_SWITCHES = CTL_GIL_BASE + 2;
export const G_LAST_HOLDER = CTL_GIL_BASE + 3;
export const G_DROP_REQUEST = CTL_GIL_BASE + 4;
export const G_FORCE_WAITERS = CTL_GIL_BASE + 5;
export const G_INTERVAL = CTL_GIL_BASE + 6;
export const G_MODE = CTL_GIL_BASE + 7;
export const G_INTERVAL_US = CTL_GIL_BASE + 8;
export const G_CORES = CTL_GIL_BASE + 9;

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

/** How long a waiter spins before it parks (ms). Parking and waking costs tens of µs on these machines;
 *  a hand-off caught while spinning costs well under 1 µs. */
const SPIN_MS = 0.05;

/** Spins while `I32[index] === value` for up to SPIN_MS; returns true when the value changed. */
export function spinWhile(index: number, value: number): boolean {
  const end = performance.now() + SPIN_MS;
  for (;;) {
    for (let i = 0; i < 256; i++) if (Atomics.load(I32, index) !== value) return true;
    if (performance.now() >= end) return false;
  }
}

/** Whether a waiter may spin: the threads that want to run (holder + waiters) fit the cores. */
function maySpin(): boolean {
  return Atomics.load(I32, G_WAITERS) < Atomics.load(I32, G_CORES);
}

// ---------------------------------------------------------------- acquire and release

/** Takes the GIL (blocking). Caller does not hold it. */
export function gilAcquire(): void {
  if (DEBUG && holding) throw new InternalError('gil: acquire by a thread that already holds it');
  if (Atomics.compareExchange(I32, G_HOLDER, 0, me) !== 0) acquireSlow();
  acquired();
}

function acquireSlow(): void {
  const t0 = performance.now();
  Atomics.add(I32, G_WAITERS, 1);
  const timeMode = I32[G_MODE] === MODE_TIME; // a stale read only delays the mode change by one wait
  const intervalMs = Atomics.load(I32, G_INTERVAL_US) / 1000;
  let requested = false;
  let switches = Atomics.load(I32, G_SWITCHES);
  let waitStart = t0;
  for (;;) {
    const h = Atomics.load(I32, G_HOLDER);
    if (h === 0) {
      if (Atomics.compareExchange(I32, G_HOLDER, 0, me) === 0) break;
      continue;
    }
    if (maySpin() && spinWhile(G_HOLDER, h)) continue;
    if (!timeMode) {
      Atomics.wait(I32, G_HOLDER, h);
      continue;
    }
    const r = Atomics.wait(I32, G_HOLDER, h, intervalMs);
    if (r === 'timed-out') {
      const now = performance.now();
      const sw = Atomics.load(I32, G_SWITCHES);
      if (sw === switches && now - waitStart >= intervalMs) {
        Atomics.store(I32, G_DROP_REQUEST, 1); // CPython's "drop request": the holder has had its turn
        requested = true;
      } else {
        switches = sw;
        waitStart = now;
      }
    }
  }
  Atomics.sub(I32, G_WAITERS, 1);
  // Figures are written once the GIL is ours (the heap is only touched under it).
  bump(ST_WAIT_S, (performance.now() - t0) / 1000);
  if (!timeMode || requested) bump(ST_SWITCH_REQUESTS);
}

/** Bookkeeping after this worker took the GIL. */
function acquired(): void {
  holding = true;
  if (DEBUG) checkHeld('acquire');
  const last = I32[G_LAST_HOLDER];
  if (last !== me) {
    I32[G_LAST_HOLDER] = me;
    if (last !== 0) Atomics.add(I32, G_SWITCHES, 1); // the interpreter's first acquisition is no hand-off
    if (Atomics.load(I32, G_FORCE_WAITERS) > 0) Atomics.notify(I32, G_SWITCHES);
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
  if (DEBUG) checkHeld('release');
  holding = false;
  Atomics.store(I32, G_HOLDER, 0);
  if (Atomics.load(I32, G_WAITERS) > 0) Atomics.notify(I32, G_HOLDER, 1);
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
  if (DEBUG) checkHeld('periodic check');
  heldInstructions += ran;
  bump(ST_INSTRUCTIONS, ran);
  if (I32[G_MODE] === MODE_TIME) {
    if (Atomics.load(I32, G_DROP_REQUEST) !== 0) forcedDrop();
  } else if (heldInstructions >= I32[G_INTERVAL] && Atomics.load(I32, G_WAITERS) > 0) {
    forcedDrop();
  }
}

/** Hands the GIL to a waiting thread and does not take it back before that thread has had it. */
function forcedDrop(): void {
  bump(ST_FORCED_DROPS);
  const n = Atomics.load(I32, G_SWITCHES);
  release();
  Atomics.add(I32, G_FORCE_WAITERS, 1);
  while (Atomics.load(I32, G_SWITCHES) === n) {
    if (spinWhile(G_SWITCHES, n)) break;
    Atomics.wait(I32, G_SWITCHES, n, 10);
  }
  Atomics.sub(I32, G_FORCE_WAITERS, 1);
  gilAcquire();
  if (DEBUG && Atomics.load(I32, G_SWITCHES) === n) throw new InternalError('gil: I3 violated (retook the GIL without a switch)');
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

// ---------------------------------------------------------------- debug checks

function checkHeld(where: string): void {
  const h = Atomics.load(I32, G_HOLDER);
  if (h !== me) throw new InternalError(`gil: ${where}: HOLDER is ${h}, this thread is ${me} (I1/I2 violated)`);
  if (Atomics.load(I32, G_WAITERS) < 0 || Atomics.load(I32, G_FORCE_WAITERS) < 0) {
    throw new InternalError(`gil: ${where}: negative waiter count (I4 violated)`);
  }
}
