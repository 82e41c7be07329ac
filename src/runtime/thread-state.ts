/*
 * The running Python thread of this worker. One worker runs one Python thread at a time; `TS` is the
 * word index of that thread's THREAD object (layout.ts TH_*). Per worker (a module-level let).
 * Also the rooting of natives' temporaries across calls into Python (TH_ROOTS), see gc.ts.
 */

import { alloc } from '../heap/alloc.js';
import { H_AUX, T_ITEMS, TH_NROOTS, TH_ROOTS, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import type { Ref } from '../heap/value.js';
import { InternalError } from '../common/errors.js';

/** Word index of the current THREAD object. [owner: this worker] */
export let TS = 0;

export function setThreadState(threadRef: Ref): void {
  TS = threadRef >> 2;
}

const ROOTS_CAP = 4096;

/** Makes the TH_ROOTS array of a new thread state. */
export function allocRoots(): Ref {
  return alloc(T_ITEMS + ROOTS_CAP, Tag.ARRAY, 0, ROOTS_CAP);
}

/** Roots `r` until the matching `unroot`: use around calls into Python from natives that keep Refs in
 *  JS locals. Returns the mark to pass to `unroot`. Caller holds the GIL. */
export function root(r: Ref): number {
  const n = I32[TS + TH_NROOTS];
  const arr = I32[TS + TH_ROOTS] >> 2;
  if (n >= I32[arr + H_AUX]) throw new InternalError('too many rooted temporaries');
  I32[arr + T_ITEMS + n] = r;
  I32[TS + TH_NROOTS] = n + 1;
  return n;
}

/** Replaces the rooted value at `mark` (a native's accumulator that changes as it goes). */
export function reroot(mark: number, r: Ref): void {
  I32[(I32[TS + TH_ROOTS] >> 2) + T_ITEMS + mark] = r;
}

export function unroot(mark: number): void {
  const arr = I32[TS + TH_ROOTS] >> 2;
  const n = I32[TS + TH_NROOTS];
  for (let i = mark; i < n; i++) I32[arr + T_ITEMS + i] = 0;
  I32[TS + TH_NROOTS] = mark;
}
