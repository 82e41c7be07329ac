/*
 * Garbage collector: a stop-the-world, non-moving mark-sweep over the shared heap.
 * Caller holds the GIL, and calls `collect` only at a safe point: every live value of every thread is
 * in the heap (frames, value stacks up to their saved FR_SP, thread states, TH_ROOTS), none only in a
 * JS local. The eval loop's periodic check is that safe point (vm/eval.ts syncFrame before collect).
 *
 * Tracing instead of reference counting: the eval loop stays free of incref/decref, natives need no
 * ownership rules (only TH_ROOTS around calls back into Python), and cycles are collected for free.
 *
 * Mark: from the ROOT object, with an explicit stack (no JS recursion). Ref payloads are scanned by
 * tag (layout.ts TAG_KIND); frames are scanned up to their FR_SP only.
 * Sweep: one linear walk from HEAP_START to the bump pointer; runs of dead or free blocks are
 * coalesced and put back on the free lists; a dead run that ends at the bump pointer lowers it.
 * Worker-private caches keyed by address are invalidated by the CTL_GC_EPOCH bump.
 */

import {
  CTL_ALLOC_SINCE_GC, CTL_FREE_HEADS, CTL_GC_EPOCH, CTL_GC_THRESHOLD, CTL_HEAP_TOP, CTL_LIVE_AFTER_GC,
  CTL_MAX_HEAP, CTL_ROOT, FR_CODE, FR_BACK, FR_FUNC, FR_GEN, FR_GLOBALS, FR_LOCALS, FR_NLP, FR_SP, FR_FIXED,
  GC_MARK, H_SIZE, H_TYPE, HEAP_START, Kind, SMALL_MAX_WORDS, TAG_KIND, TAG_MASK, Tag, TH_FRAME,
  THREAD_REF_FIELDS, INST_DICT, GEN_CODE, GEN_CREATED, H_AUX, NONE_REF, FALSE_REF, TRUE_REF, NOTIMPL_REF, ELLIPSIS_REF,
} from './layout.js';
import { freeBlock, retireRun } from './alloc.js';
import { I32 } from './memory.js';
import { INITIAL_GC_THRESHOLD } from './memory.js';
import { InternalError } from '../common/errors.js';

let markStack = new Int32Array(1 << 16);
let msp = 0;

function push(ref: number): void {
  if ((ref & 1) !== 0 || ref === 0) return;
  const w = ref >> 2;
  const h = I32[w];
  if ((h & GC_MARK) !== 0) return;
  I32[w] = h | GC_MARK;
  if (msp === markStack.length) {
    const bigger = new Int32Array(markStack.length * 2);
    bigger.set(markStack);
    markStack = bigger;
  }
  markStack[msp++] = w;
}

function scanFrame(fp: number): void {
  push(I32[fp + FR_CODE]);
  push(I32[fp + FR_FUNC]);
  push(I32[fp + FR_GLOBALS]);
  push(I32[fp + FR_LOCALS]);
  push(I32[fp + FR_GEN]);
  const sp = I32[fp + FR_SP];
  const end = sp > 0 ? sp : fp + FR_FIXED + I32[fp + FR_NLP];
  for (let i = fp + FR_FIXED; i < end; i++) push(I32[i]);
}

function scanObject(w: number): void {
  const tag = I32[w] & TAG_MASK;
  const size = I32[w + H_SIZE];
  push(I32[w + H_TYPE]);
  switch (TAG_KIND[tag]) {
    case Kind.RAW:
      return;
    case Kind.REFS:
      for (let i = w + 4; i < w + size; i++) push(I32[i]);
      return;
  }
  switch (tag) {
    case Tag.ENTRIES: // triples (hash, key, value)
      for (let i = w + 4; i + 2 < w + size; i += 3) {
        push(I32[i + 1]);
        push(I32[i + 2]);
      }
      return;
    case Tag.SETTABLE: // pairs (hash, key)
      for (let i = w + 4; i + 1 < w + size; i += 2) push(I32[i + 1]);
      return;
    case Tag.FRAME:
      scanFrame(w + 4);
      return;
    case Tag.STACK: // frames in it are reached through the thread's chain
      return;
    case Tag.NATIVE:
      push(I32[w + INST_DICT]);
      return;
    case Tag.THREAD: {
      for (const f of THREAD_REF_FIELDS) push(I32[w + f]);
      for (let fp = I32[w + TH_FRAME]; fp !== 0; fp = I32[fp + FR_BACK]) scanFrame(fp);
      return;
    }
  }
  throw new InternalError(`gc: no scanner for tag ${tag}`);
}

export interface GcStats {
  liveBytes: number;
  freedBytes: number;
}

/** The runtime's part in a collection: the coroutine type (a coroutine object freed before it ever
 *  ran gets CPython's "was never awaited" RuntimeWarning), and who reports those (the code objects
 *  of the coroutines, after the sweep; a code object freed in the same sweep reads as tag FREE). */
export const gcHooks = {
  coroutineType: -1,
  neverAwaited: (_codes: number[]): void => {},
};
const neverAwaited: number[] = [];

/** Collects garbage. Caller holds the GIL, at a safe point (see the notes at the top). */
export function collect(): GcStats {
  retireRun();
  msp = 0;
  push(I32[CTL_ROOT]);
  // None, False, True, NotImplemented and Ellipsis live at fixed addresses (layout.ts) and are roots.
  // (A bare heap made by a unit test has no singletons: then HEAP_START holds something else.)
  if ((I32[NONE_REF >> 2] & TAG_MASK) === Tag.NONE) {
    for (const r of [NONE_REF, FALSE_REF, TRUE_REF, NOTIMPL_REF, ELLIPSIS_REF]) push(r);
  }
  while (msp > 0) scanObject(markStack[--msp]);

  for (let i = CTL_FREE_HEADS; i <= CTL_FREE_HEADS + (SMALL_MAX_WORDS >> 1); i++) I32[i] = 0;
  const top = I32[CTL_HEAP_TOP] >> 2;
  let w = HEAP_START >> 2;
  let runStart = -1;
  let live = 0;
  let freed = 0;
  while (w < top) {
    const h = I32[w];
    const size = I32[w + H_SIZE];
    if (size <= 0) throw new InternalError(`gc: corrupt heap at word ${w}`);
    if ((h & GC_MARK) !== 0) {
      I32[w] = h & ~GC_MARK;
      live += size;
      if (runStart >= 0) {
        freeBlock(runStart, w - runStart); // zeroes the run (alloc.ts relies on it)
        runStart = -1;
      }
    } else {
      if ((h & TAG_MASK) !== Tag.FREE) freed += size;
      if ((h & TAG_MASK) === Tag.GENERATOR && I32[w + H_TYPE] === gcHooks.coroutineType && I32[w + H_AUX] === GEN_CREATED) {
        neverAwaited.push(I32[w + GEN_CODE]); // a coroutine that never ran: CPython warns
      }
      if (runStart < 0) runStart = w;
    }
    w += size;
  }
  if (runStart >= 0) {
    I32.fill(0, runStart, top); // the bump region must read as zeros
    I32[CTL_HEAP_TOP] = runStart << 2;
  }
  I32[CTL_GC_EPOCH]++;
  if (neverAwaited.length > 0) gcHooks.neverAwaited(neverAwaited.splice(0));
  I32[CTL_ALLOC_SINCE_GC] = 0;
  const liveBytes = live << 2;
  I32[CTL_LIVE_AFTER_GC] = liveBytes;
  const room = I32[CTL_MAX_HEAP] - liveBytes;
  // Collect again when half the room left is used. The floor (1 MiB, less when the room is small) must
  // stay below the room: a floor above it let the heap fill with garbage before the next collection.
  I32[CTL_GC_THRESHOLD] = Math.max(Math.min(1 << 20, room >> 2), Math.min(Math.max(INITIAL_GC_THRESHOLD, liveBytes), room >> 1));
  return { liveBytes, freedBytes: freed << 2 };
}
