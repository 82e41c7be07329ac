/*
 * The views of the shared heap held by this worker (a module-level `let` is per worker: each
 * worker_thread has its own module graph). `createHeap` runs once per interpreter, `attachHeap` once
 * per worker; both before the worker runs Python code. The views never change afterwards: the buffer
 * is reserved at its maximum size (layout.ts), so no view is ever stale.
 */

import { CTL_HEAP_LIMIT, CTL_HEAP_TOP, CTL_MAGIC, CTL_MAX_HEAP, CTL_GC_THRESHOLD, HEAP_START, MAGIC } from './layout.js';
import { InternalError } from '../common/errors.js';

export let SAB: SharedArrayBuffer;
export let I32: Int32Array;
export let U32: Uint32Array;
export let U16: Uint16Array;
export let U8: Uint8Array;
export let F64: Float64Array;

/** Bytes committed up front (the soft limit) before any growth. */
export const INITIAL_LIMIT = 32 << 20;
export const DEFAULT_MAX_HEAP = 1 << 30;
/** The first collection runs after this many bytes are allocated. */
export const INITIAL_GC_THRESHOLD = 16 << 20;

/** Creates the shared buffer of a new interpreter and its control area. */
export function createHeap(maxHeapBytes: number = DEFAULT_MAX_HEAP): SharedArrayBuffer {
  const size = Math.max(1 << 20, Math.min(maxHeapBytes, 0x7fff_fff8)) & ~7;
  const sab = new SharedArrayBuffer(size);
  attachHeap(sab, false);
  I32[CTL_MAGIC] = MAGIC;
  I32[CTL_HEAP_TOP] = HEAP_START;
  I32[CTL_HEAP_LIMIT] = Math.min(size, INITIAL_LIMIT);
  I32[CTL_MAX_HEAP] = size;
  I32[CTL_GC_THRESHOLD] = INITIAL_GC_THRESHOLD;
  return sab;
}

/** Makes this worker's views of an interpreter's heap. */
export function attachHeap(sab: SharedArrayBuffer, check = true): void {
  SAB = sab;
  I32 = new Int32Array(sab);
  U32 = new Uint32Array(sab);
  U16 = new Uint16Array(sab);
  U8 = new Uint8Array(sab);
  F64 = new Float64Array(sab);
  if (check && I32[CTL_MAGIC] !== MAGIC) throw new InternalError('attachHeap: not a pygil heap');
}
