/*
 * The allocator of the shared heap. Caller holds the GIL (every function here).
 *
 * Segregated free lists for blocks of up to SMALL_MAX_WORDS words (exact size classes of 2 words),
 * then bump allocation inside the current free run (ctl RUN_TOP..RUN_END, taken first-fit from the
 * list of larger blocks), then bump allocation from ctl[HEAP_TOP], raising the soft limit
 * when needed. Allocation never collects (a collection may only run at an eval-loop safe point, where
 * every live value is in the heap, see gc.ts); it only counts bytes so that the loop knows when to.
 */

import {
  CTL_ALLOC_SINCE_GC, CTL_FREE_HEADS, CTL_RUN_END, CTL_RUN_TOP, CTL_HEAP_LIMIT, CTL_HEAP_TOP, CTL_MAX_HEAP, H_AUX, H_SIZE, H_TYPE,
  HEADER_WORDS, SMALL_MAX_WORDS, Tag,
} from './layout.js';
import { I32 } from './memory.js';
import type { Ref } from './value.js';

/** Thrown when the heap is exhausted; the VM turns it into the preallocated MemoryError. */
export class HeapExhausted extends Error {}

const LARGE = CTL_FREE_HEADS; // head of the list of blocks larger than SMALL_MAX_WORDS
/** The largest block, in words, whose byte size still fits a positive Int32 (`size << 2`). */
const MAX_BLOCK_WORDS = 0x1fff_fffe;

/** Allocates an object of `sizeWords` words (header included) with a zeroed payload.
 *  Caller holds the GIL. Throws HeapExhausted. */
export function alloc(sizeWords: number, tag: number, type: Ref | number, aux: number): Ref {
  // Past 2**29 words `size << 2` wraps to a negative or small byte count that passes the limit check
  // and moves the bump pointer backwards: such a request can never fit, so it is exhaustion.
  if (!(sizeWords <= MAX_BLOCK_WORDS)) throw new HeapExhausted('heap exhausted');
  const size = (sizeWords + 1) & ~1;
  let w: number;
  const head = size <= SMALL_MAX_WORDS ? I32[CTL_FREE_HEADS + (size >> 1)] : 0;
  if (head !== 0) {
    w = head >> 2;
    I32[CTL_FREE_HEADS + (size >> 1)] = I32[w + 2];
    I32[w + 2] = 0; // the rest of a free block is already zero
  } else {
    const top = I32[CTL_RUN_TOP];
    if (top !== 0 && top + (size << 2) <= I32[CTL_RUN_END]) {
      I32[CTL_RUN_TOP] = top + (size << 2); // bump inside the current (zeroed) run
      w = top >> 2;
    } else w = allocSlow(size);
  }
  I32[w] = tag;
  I32[w + H_SIZE] = size;
  I32[w + H_TYPE] = type;
  I32[w + H_AUX] = aux;
  I32[CTL_ALLOC_SINCE_GC] += size << 2;
  return (w << 2) as Ref;
}

/** Returns the word index of a zeroed block of exactly `size` words (its header is set by the caller). */
function allocSlow(size: number): number {
  const bytes = size << 2;
  for (;;) {
    const top = I32[CTL_RUN_TOP];
    if (top !== 0 && top + bytes <= I32[CTL_RUN_END]) {
      I32[CTL_RUN_TOP] = top + bytes;
      return top >> 2;
    }
    retireRun();
    // First fit in the list of large blocks: it becomes the current run.
    let prev = LARGE;
    let cur = I32[LARGE];
    while (cur !== 0) {
      const cw = cur >> 2;
      const csize = I32[cw + H_SIZE];
      const next = I32[cw + 2];
      if (csize >= size) {
        unlinkFree(prev, next);
        I32[cw] = 0;
        I32[cw + 1] = 0;
        I32[cw + 2] = 0;
        I32[CTL_RUN_TOP] = cw << 2;
        I32[CTL_RUN_END] = (cw + csize) << 2;
        break;
      }
      prev = cw + 2;
      cur = next;
    }
    if (cur === 0) break;
  }
  const top = I32[CTL_HEAP_TOP];
  const end = top + bytes;
  if (end > I32[CTL_HEAP_LIMIT]) growHeap(end);
  I32[CTL_HEAP_TOP] = end;
  return top >> 2; // never used before: the buffer starts zeroed
}

/** Gives the unused rest of the current run back to the free lists (the sweeper needs every word of
 *  the heap to belong to a parseable block). Caller holds the GIL. */
export function retireRun(): void {
  const top = I32[CTL_RUN_TOP];
  const end = I32[CTL_RUN_END];
  I32[CTL_RUN_TOP] = 0;
  I32[CTL_RUN_END] = 0;
  if (top !== 0 && end > top) freeBlock(top >> 2, (end - top) >> 2);
}

function unlinkFree(prevSlot: number, next: number): void {
  I32[prevSlot] = next;
}

/** Puts the run of `size` words at word `w` on a free list. Caller holds the GIL. */
export function freeBlock(w: number, size: number): void {
  I32.fill(0, w + 2, w + size); // the allocator relies on free blocks being zero past the header
  I32[w] = Tag.FREE;
  I32[w + H_SIZE] = size;
  if (size < HEADER_WORDS) return; // a 2-word filler: parseable, never handed out
  const slot = size <= SMALL_MAX_WORDS ? CTL_FREE_HEADS + (size >> 1) : LARGE;
  I32[w + 2] = I32[slot];
  I32[slot] = w << 2;
}

/** Raises the soft limit so that byte offset `needEnd` fits. Throws HeapExhausted past --max-heap. */
export function growHeap(needEnd: number): void {
  const max = I32[CTL_MAX_HEAP];
  if (needEnd > max) throw new HeapExhausted('heap exhausted');
  let limit = I32[CTL_HEAP_LIMIT];
  while (limit < needEnd) limit = Math.min(max, limit * 2);
  I32[CTL_HEAP_LIMIT] = limit;
}

/** Bytes in use by the heap (bump pointer), for figures and tests. */
export function heapTop(): number {
  return I32[CTL_HEAP_TOP];
}
