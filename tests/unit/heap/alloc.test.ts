// Unit tests of the shared heap's allocator (src/heap/alloc.ts) on a bare heap (createHeap, no
// interpreter): alignment, zeroed payloads (also for reused blocks), the segregated size classes, the
// first-fit list of large blocks with splitting, growth of the soft limit and exhaustion.
import { describe, expect, it } from 'vitest';
import { createHeap, I32, INITIAL_LIMIT } from '../../../src/heap/memory.js';
import { alloc, freeBlock, growHeap, HeapExhausted, heapTop, retireRun } from '../../../src/heap/alloc.js';
import {
  CTL_ALLOC_SINCE_GC, CTL_FREE_HEADS, CTL_HEAP_LIMIT, CTL_HEAP_TOP, CTL_MAX_HEAP, H_AUX, H_SIZE, H_TYPE,
  HEAP_START, SMALL_MAX_WORDS, Tag, TAG_MASK,
} from '../../../src/heap/layout.js';
import type { Ref } from '../../../src/heap/value.js';

const MB = 1 << 20;
const LARGE_HEAD = CTL_FREE_HEADS; // head of the large-block list

function fresh(maxBytes = 64 * MB): void {
  createHeap(maxBytes);
}

/** Fills the payload (words 4..size-1) of `r` with a non-zero pattern. */
function scribble(r: Ref): void {
  const w = r >> 2;
  for (let i = w + 4; i < w + I32[w + H_SIZE]; i++) I32[i] = 0x5a5a5a5a ^ i;
}

function payloadIsZero(r: Ref): boolean {
  const w = r >> 2;
  for (let i = w + 4; i < w + I32[w + H_SIZE]; i++) if (I32[i] !== 0) return false;
  return true;
}

/** Byte offsets on the free list of small class `sizeWords` (or the large list for 0), head first. */
function freeList(sizeWords: number): number[] {
  const out: number[] = [];
  for (let b = I32[CTL_FREE_HEADS + (sizeWords >> 1)]; b !== 0; b = I32[(b >> 2) + 2]) {
    out.push(b);
    if (out.length > 100000) throw new Error('cycle in a free list');
  }
  return out;
}

/** Frees the block of object `r` as the sweeper would. */
function release(r: Ref): void {
  freeBlock(r >> 2, I32[(r >> 2) + H_SIZE]);
}

describe('alloc: layout of a new block', () => {
  it('is 8-byte aligned, has an even size (header included) and the header it was given', () => {
    fresh();
    const seen: number[] = [];
    for (let n = 4; n < 300; n += 1) {
      const r = alloc(n, Tag.TUPLE, 1234 as Ref, n - 4);
      expect(r % 8).toBe(0);
      expect(r).toBeGreaterThanOrEqual(HEAP_START);
      const w = r >> 2;
      expect(I32[w] & TAG_MASK).toBe(Tag.TUPLE);
      expect(I32[w + H_SIZE]).toBe((n + 1) & ~1);
      expect(I32[w + H_SIZE] % 2).toBe(0);
      expect(I32[w + H_TYPE]).toBe(1234);
      expect(I32[w + H_AUX]).toBe(n - 4);
      expect(payloadIsZero(r)).toBe(true);
      seen.push(r);
    }
    // Bump allocation packs blocks back to back, and the bump pointer is just past the last one.
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBe(seen[i - 1] + I32[(seen[i - 1] >> 2) + H_SIZE] * 4);
    const last = seen[seen.length - 1];
    expect(heapTop()).toBe(last + I32[(last >> 2) + H_SIZE] * 4);
    expect(I32[CTL_HEAP_TOP]).toBe(heapTop());
  });

  it('counts the bytes it hands out in CTL_ALLOC_SINCE_GC', () => {
    fresh();
    const before = I32[CTL_ALLOC_SINCE_GC];
    alloc(5, Tag.RAW, 0, 1); // rounded up to 6 words
    alloc(200, Tag.RAW, 0, 196);
    expect(I32[CTL_ALLOC_SINCE_GC] - before).toBe((6 + 200) * 4);
  });
});

describe('alloc: free lists', () => {
  it('reuses a freed small block of the same class, with a zeroed payload', () => {
    fresh();
    const a = alloc(10, Tag.RAW, 0, 6);
    const guard = alloc(4, Tag.RAW, 0, 0); // keeps `a` off the bump tail
    scribble(a);
    release(a);
    expect(I32[a >> 2] & TAG_MASK).toBe(Tag.FREE);
    expect(freeList(10)).toEqual([a]);
    const top = heapTop();
    const b = alloc(9, Tag.TUPLE, 77 as Ref, 5); // 9 rounds up to class 10
    expect(b).toBe(a);
    expect(heapTop()).toBe(top); // no bump
    expect(payloadIsZero(b)).toBe(true); // including the word that held the free-list link
    expect(I32[(b >> 2) + H_TYPE]).toBe(77);
    expect(I32[(b >> 2) + H_AUX]).toBe(5);
    expect(freeList(10)).toEqual([]);
    void guard;
  });

  it('keeps exact size classes: a request never takes a block of another small class', () => {
    fresh();
    const six = alloc(6, Tag.RAW, 0, 0);
    alloc(4, Tag.RAW, 0, 0);
    const eight = alloc(8, Tag.RAW, 0, 0);
    alloc(4, Tag.RAW, 0, 0);
    release(six);
    release(eight);
    expect(freeList(6)).toEqual([six]);
    expect(freeList(8)).toEqual([eight]);
    expect(alloc(8, Tag.RAW, 0, 0)).toBe(eight);
    expect(alloc(6, Tag.RAW, 0, 0)).toBe(six);
    // Class 6 is empty again: the next request of 6 words bumps.
    const top = heapTop();
    expect(alloc(6, Tag.RAW, 0, 0)).toBe(top);
  });

  it('pops a class LIFO and hands out every freed block once', () => {
    fresh();
    const blocks: Ref[] = [];
    for (let i = 0; i < 50; i++) {
      blocks.push(alloc(12, Tag.RAW, 0, 0));
      alloc(4, Tag.RAW, 0, 0);
    }
    for (const b of blocks) {
      scribble(b);
      release(b);
    }
    const got: Ref[] = [];
    for (let i = 0; i < 50; i++) {
      const r = alloc(12, Tag.RAW, 0, 0);
      expect(payloadIsZero(r)).toBe(true);
      got.push(r);
    }
    expect(got).toEqual([...blocks].reverse());
    expect(new Set(got).size).toBe(50);
  });

  it('puts blocks larger than SMALL_MAX_WORDS on the large list and carves later requests out of them', () => {
    fresh();
    const big = alloc(400, Tag.RAW, 0, 0);
    alloc(4, Tag.RAW, 0, 0); // guard
    scribble(big);
    release(big);
    expect(freeList(0)).toEqual([big]);
    expect(SMALL_MAX_WORDS).toBeLessThan(400);
    // A freed block is zero past its header and free-list link (alloc.ts hands it out without clearing).
    for (let i = (big >> 2) + 3; i < (big >> 2) + 400; i++) expect(I32[i]).toBe(0);

    // A large request, then small ones whose classes are empty, are all served from the freed block,
    // front to back, before the bump pointer moves.
    const top = heapTop();
    const a = alloc(200, Tag.RAW, 0, 0);
    const b = alloc(150, Tag.RAW, 0, 0);
    const c = alloc(50, Tag.RAW, 0, 0);
    expect(a).toBe(big);
    expect(b).toBe(big + 200 * 4);
    expect(c).toBe(big + 350 * 4);
    expect(heapTop()).toBe(top);
    expect(payloadIsZero(a) && payloadIsZero(b) && payloadIsZero(c)).toBe(true);
    expect(I32[(a >> 2) + H_SIZE]).toBe(200);
    expect(I32[(b >> 2) + H_SIZE]).toBe(150);
    // The block is used up: the next request bumps.
    expect(alloc(4, Tag.RAW, 0, 0)).toBe(top);
  });

  it('gives the unused rest of a run back on retireRun, keeping the heap parseable (2-word fillers included)', () => {
    fresh();
    const x = alloc(202, Tag.RAW, 0, 0);
    alloc(4, Tag.RAW, 0, 0);
    const y = alloc(300, Tag.RAW, 0, 0);
    alloc(4, Tag.RAW, 0, 0);
    release(y);
    release(x); // list: x (202) then y (300)
    expect(freeList(0)).toEqual([x, y]);
    // First fit: 200 words come from x, leaving 2 words.
    expect(alloc(200, Tag.RAW, 0, 0)).toBe(x);
    // 250 words do not fit the 2 left: the run moves on to y.
    expect(alloc(250, Tag.RAW, 0, 0)).toBe(y);
    expect(freeList(0)).toEqual([]);
    retireRun();
    expect(freeList(50)).toEqual([y + 250 * 4]); // y's 50-word rest went to its class
    // The 2 words left in x became a FREE filler that no list holds but the heap walk can step over.
    const filler = (x >> 2) + 200;
    expect(I32[filler] & TAG_MASK).toBe(Tag.FREE);
    expect(I32[filler + H_SIZE]).toBe(2);
    let w = HEAP_START >> 2;
    const seen: number[] = [];
    while (w < heapTop() >> 2) {
      const size = I32[w + H_SIZE];
      expect(size).toBeGreaterThanOrEqual(2);
      seen.push(w);
      w += size;
    }
    expect(w).toBe(heapTop() >> 2);
    expect(seen).toContain(filler);
    expect(seen).toContain((y >> 2) + 250);
    // Retiring twice, or with no run, is harmless.
    retireRun();
    expect(freeList(50)).toEqual([y + 250 * 4]);
  });

  it('never hands out overlapping live blocks under random alloc/free (model check)', () => {
    fresh();
    let seed = 42;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const live = new Map<Ref, number>(); // ref -> stamp written in every payload word
    let stamp = 1;
    for (let step = 0; step < 20000; step++) {
      if (live.size > 0 && rnd(3) === 0) {
        const keys = [...live.keys()];
        const r = keys[rnd(keys.length)];
        const w = r >> 2;
        const s = live.get(r)!;
        for (let i = w + 4; i < w + I32[w + H_SIZE]; i++) if (I32[i] !== s) throw new Error(`block ${r} overwritten at step ${step}`);
        live.delete(r);
        release(r);
      } else {
        const n = rnd(5) === 0 ? 130 + rnd(400) : 4 + rnd(60);
        const r = alloc(n, Tag.RAW, 0, 0);
        if (r % 8 !== 0) throw new Error('misaligned');
        if (!payloadIsZero(r)) throw new Error(`dirty block at step ${step}`);
        const s = stamp++;
        const w = r >> 2;
        for (let i = w + 4; i < w + I32[w + H_SIZE]; i++) I32[i] = s;
        live.set(r, s);
      }
    }
    // Intervals of live blocks are disjoint.
    const iv = [...live.keys()].map((r) => [r, r + I32[(r >> 2) + H_SIZE] * 4]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < iv.length; i++) expect(iv[i][0]).toBeGreaterThanOrEqual(iv[i - 1][1]);
    expect(heapTop()).toBeGreaterThanOrEqual(iv[iv.length - 1][1]);
  });
});

describe('alloc: growth and exhaustion', () => {
  it('starts with the soft limit at min(buffer, INITIAL_LIMIT) and raises it by doubling when the bump pointer passes it', () => {
    fresh(256 * MB);
    expect(I32[CTL_HEAP_LIMIT]).toBe(INITIAL_LIMIT);
    expect(I32[CTL_MAX_HEAP]).toBe(256 * MB);
    const limit0 = I32[CTL_HEAP_LIMIT];
    // Fill up to just below the limit with 1 MiB blocks, then one more block crosses it.
    const words = (MB >> 2) - 4;
    while (heapTop() + words * 4 <= limit0) alloc(words, Tag.RAW, 0, 0);
    expect(I32[CTL_HEAP_LIMIT]).toBe(limit0);
    const r = alloc(words, Tag.RAW, 0, 0);
    expect(r + words * 4).toBeGreaterThan(limit0);
    expect(I32[CTL_HEAP_LIMIT]).toBe(limit0 * 2);
    expect(heapTop()).toBeLessThanOrEqual(I32[CTL_HEAP_LIMIT]);
    // The last word of the new block is usable (the buffer is reserved at its full size).
    I32[(r >> 2) + words - 1] = 7;
    expect(I32[(r >> 2) + words - 1]).toBe(7);
  });

  it('never moves the soft limit past the buffer', () => {
    fresh(40 * MB);
    expect(I32[CTL_HEAP_LIMIT]).toBe(32 * MB);
    growHeap(33 * MB);
    expect(I32[CTL_HEAP_LIMIT]).toBe(40 * MB); // min(buffer, 64 MiB)
    growHeap(40 * MB);
    expect(I32[CTL_HEAP_LIMIT]).toBe(40 * MB);
    expect(() => growHeap(40 * MB + 8)).toThrow(HeapExhausted);
    expect(I32[CTL_HEAP_LIMIT]).toBe(40 * MB);
  });

  it('throws HeapExhausted past --max-heap and stays consistent afterwards', () => {
    fresh(4 * MB);
    expect(I32[CTL_MAX_HEAP]).toBe(4 * MB);
    const words = (256 << 10) >> 2; // 256 KiB blocks
    let n = 0;
    let err: unknown = null;
    try {
      for (;;) {
        alloc(words, Tag.RAW, 0, 0);
        n++;
        if (n > 100) break;
      }
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HeapExhausted);
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThan(16);
    const top = heapTop();
    expect(top).toBeLessThanOrEqual(4 * MB);
    expect(I32[CTL_HEAP_LIMIT]).toBeLessThanOrEqual(4 * MB);
    // A request that still fits succeeds; the failed one left the bump pointer where it was.
    const small = alloc(4, Tag.RAW, 0, 0);
    expect(small).toBe(top);
    // An allocation too big for the whole heap fails without moving anything.
    expect(() => alloc(2 * MB, Tag.RAW, 0, 0)).toThrow(HeapExhausted);
    expect(heapTop()).toBe(top + 16);
  });

  it('throws HeapExhausted (not a corrupt bump pointer) for a request of more than 2 GiB', () => {
    fresh(64 * MB);
    const top = heapTop();
    // 2**29 + 10 words = 2 GiB + 40 bytes: the byte size does not fit an Int32.
    expect(() => alloc(2 ** 29 + 10, Tag.ARRAY, 0, 0)).toThrow(HeapExhausted);
    expect(() => alloc(2 ** 30, Tag.ARRAY, 0, 0)).toThrow(HeapExhausted);
    // What `[None] * (2**29 - 2)` asks for: a backing ARRAY of 4 + 2**29 - 2 words (wraps negative).
    expect(() => alloc(4 + 2 ** 29 - 2, Tag.ARRAY, 0, 0)).toThrow(HeapExhausted);
    expect(() => alloc(2 ** 31, Tag.ARRAY, 0, 0)).toThrow(HeapExhausted);
    expect(() => alloc(2 ** 29 - 2, Tag.ARRAY, 0, 0)).toThrow(HeapExhausted); // fits an Int32, not the heap
    expect(heapTop()).toBe(top);
    expect(I32[CTL_HEAP_TOP]).toBeGreaterThan(0);
  });
});
