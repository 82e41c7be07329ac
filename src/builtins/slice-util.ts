/*
 * Slice index normalisation shared by every sequence (str, bytes, list, tuple, range):
 * CPython's PySlice_Unpack + PySlice_AdjustIndices (Objects/sliceobject.c) and _PyEval_SliceIndex.
 * Caller holds the GIL (an __index__ method may run Python code).
 */

import { H_AUX, R_START, R_STEP, R_STOP, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE, bigIntValue } from '../heap/objects.js';
import { raise } from '../runtime/exceptions.js';
import { lookupType, typeOf, typeName } from '../runtime/types.js';
import { callWith } from '../runtime/call.js';
import { N } from '../runtime/ops.js';

/** Stand-ins for PY_SSIZE_T_MAX / MIN: every JS length is far below them, and they stay exact doubles. */
export const SSIZE_MAX = Number.MAX_SAFE_INTEGER;
export const SSIZE_MIN = -Number.MAX_SAFE_INTEGER;

function clampBig(v: bigint): number {
  if (v > BigInt(SSIZE_MAX)) return SSIZE_MAX;
  if (v < BigInt(SSIZE_MIN)) return SSIZE_MIN;
  return Number(v);
}

/** The value of an int-like (int, bool, or __index__) clamped to [SSIZE_MIN, SSIZE_MAX], or null when `r`
 *  has no __index__. Like PyNumber_AsSsize_t(r, NULL) after PyIndex_Check. */
export function indexClamped(r: Ref): number | null {
  if ((r & 1) === 1) return r >> 1;
  const tag = I32[r >> 2] & 0xff;
  if (tag === Tag.BOOL) return I32[(r >> 2) + H_AUX];
  if (tag === Tag.INT) return clampBig(bigIntValue(r));
  const f = lookupType(typeOf(r), N.__index__);
  if (f === NULL) return null;
  const v = callWith(f, r);
  if ((v & 1) === 1) return v >> 1;
  const vt = I32[v >> 2] & 0xff;
  if (vt === Tag.BOOL) return I32[(v >> 2) + H_AUX];
  if (vt !== Tag.INT) raise('TypeError', `__index__ returned non-int (type ${typeName(typeOf(v))})`);
  return clampBig(bigIntValue(v));
}

/** _PyEval_SliceIndex: None (or NULL) gives `dflt`; an int-like gives its clamped value. */
export function sliceIndex(r: Ref, dflt: number): number {
  if (r === NULL || r === NONE) return dflt;
  const v = indexClamped(r);
  if (v === null) raise('TypeError', 'slice indices must be integers or None or have an __index__ method');
  return v;
}

/** PySlice_AdjustIndices: clips start/stop to a sequence of `len` items and returns the item count. */
export function adjustIndices(len: number, start: number, stop: number, step: number): [number, number, number, number] {
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** slice.indices-like normalisation of a SLICE object for a sequence of `len` items:
 *  [start, stop, step, n] where n is the number of selected items. Raises ValueError for a zero step. */
export function sliceIndices(slice: Ref, len: number): [number, number, number, number] {
  const w = slice >> 2;
  const stepRef = I32[w + R_STEP] as Ref;
  let step = 1;
  if (stepRef !== NULL && stepRef !== NONE) {
    step = sliceIndex(stepRef, 1);
    if (step === 0) raise('ValueError', 'slice step cannot be zero');
  }
  const start = sliceIndex(I32[w + R_START] as Ref, step < 0 ? SSIZE_MAX : 0);
  const stop = sliceIndex(I32[w + R_STOP] as Ref, step < 0 ? SSIZE_MIN : SSIZE_MAX);
  return adjustIndices(len, start, stop, step);
}

/** CPython's ADJUST_INDICES for find/count/startswith: clips [start, end) to [0, len]. */
export function adjustFindRange(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}
