// Unit tests of the mark-sweep collector (src/heap/gc.ts) on a bootstrapped interpreter in-process:
// reachable objects (deep chains, cycles, dicts) survive intact, unreachable ones (cycles included) are
// freed and their memory reused, the bump pointer comes down when the tail dies, the heap top stops
// growing in an alloc/drop loop, the GC epoch invalidates the str cache, frames are scanned up to FR_SP.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHeap, I32, INITIAL_GC_THRESHOLD } from '../../../src/heap/memory.js';
import { alloc, heapTop, retireRun } from '../../../src/heap/alloc.js';
import { collect } from '../../../src/heap/gc.js';
import {
  CTL_ALLOC_SINCE_GC, CTL_FREE_HEADS, CTL_GC_EPOCH, CTL_GC_THRESHOLD, CTL_NEXT_THREAD_ID, CTL_HEAP_TOP, CTL_LIVE_AFTER_GC, CTL_ROOT, FR_BACK, FR_CODE,
  FR_FIXED, FR_FLAGS, FR_FUNC, FR_GEN, FR_GLOBALS, FR_LOCALS, FR_NLP, FR_PC, FR_SP, GC_MARK, H_SIZE, HEAP_START,
  RT_MISC, SMALL_MAX_WORDS, Tag, TAG_MASK, TH_DSTOP, TH_FRAME,
} from '../../../src/heap/layout.js';
import { NULL, type Ref } from '../../../src/heap/value.js';
import { floatValue, listAppend, listGet, listLen, listSet, listSetLen, newFloat, newList, newTuple, tupleFrom, tupleGet } from '../../../src/heap/objects.js';
import { dictGetStr, dictLen, dictSetStr, newDict } from '../../../src/heap/dict.js';
import { newStr, strValue } from '../../../src/heap/str.js';
import { bootstrapInterpreter } from '../../../src/vm/interp.js';
import { T } from '../../../src/runtime/types.js';
import { TS } from '../../../src/runtime/thread-state.js';

const small = (v: number): Ref => ((v << 1) | 1) as Ref;
const unsmall = (r: Ref): number => r >> 1;

/** A list hung off ROOT's RT_MISC list: whatever is in it is reachable. */
let keep: Ref = NULL;

function hold(r: Ref): Ref {
  listAppend(keep, r);
  return r;
}
function releaseAll(): void {
  listSetLen(keep, 0);
}

/** The tag of the heap block (object or free run) containing byte offset `ref`; FREE past the top. */
function blockTagAt(ref: number): number {
  retireRun(); // the current allocation run is not parseable until it is given back
  const top = I32[CTL_HEAP_TOP] >> 2;
  const target = ref >> 2;
  for (let w = HEAP_START >> 2; w < top; w += I32[w + H_SIZE]) {
    if (target < w + I32[w + H_SIZE]) return w === target ? I32[w] & TAG_MASK : Tag.FREE;
  }
  return Tag.FREE;
}

/** Walks the heap and the free lists: blocks tile [HEAP_START, top) exactly, no mark bit is left set,
 *  free blocks are zero past their header and link (the allocator hands them out without clearing),
 *  and every free-list entry is a FREE block of the right class inside the heap. */
function checkHeap(): { blocks: number; freeWords: number } {
  retireRun();
  const top = I32[CTL_HEAP_TOP] >> 2;
  const starts = new Set<number>();
  let w = HEAP_START >> 2;
  let blocks = 0;
  while (w < top) {
    const size = I32[w + H_SIZE];
    const free = (I32[w] & TAG_MASK) === Tag.FREE;
    if (size < (free ? 2 : 4) || size % 2 !== 0) throw new Error(`bad block size ${size} at word ${w}`);
    if ((I32[w] & GC_MARK) !== 0) throw new Error(`mark bit left at word ${w}`);
    if (free) for (let i = w + 3; i < w + size; i++) if (I32[i] !== 0) throw new Error(`dirty free block at word ${w}`);
    starts.add(w);
    blocks++;
    w += size;
  }
  if (w !== top) throw new Error(`blocks overrun the bump pointer: ${w} vs ${top}`);
  let freeWords = 0;
  for (let c = 0; c <= SMALL_MAX_WORDS >> 1; c++) {
    for (let b = I32[CTL_FREE_HEADS + c]; b !== 0; b = I32[(b >> 2) + 2]) {
      const fw = b >> 2;
      if (!starts.has(fw)) throw new Error(`free block ${b} is not a block start`);
      if ((I32[fw] & TAG_MASK) !== Tag.FREE) throw new Error(`free list ${c} holds a live block ${b}`);
      const size = I32[fw + H_SIZE];
      if (c > 0 ? size !== c * 2 : size <= SMALL_MAX_WORDS) throw new Error(`block of ${size} words on list ${c}`);
      freeWords += size;
    }
  }
  return { blocks, freeWords };
}

/** Allocates some garbage of mixed shapes (floats, lists, dicts, strs) and drops it. */
function garbage(n: number): void {
  for (let i = 0; i < n; i++) {
    const l = newList(0);
    listAppend(l, newFloat(i + 0.5));
    const d = newDict(T.dict);
    dictSetStr(d, newStr(`k${i % 7}`), l);
    if (i % 5 === 0) newList(40 + (i % 100)); // some blocks beyond the small classes
  }
}

let ctlAfterBoot: Int32Array;

beforeAll(() => {
  bootstrapInterpreter(createHeap(64 << 20));
  ctlAfterBoot = I32.slice(0, 16);
  keep = newList(0);
  listAppend(I32[(I32[CTL_ROOT] >> 2) + RT_MISC] as Ref, keep);
  collect();
});

describe('gc: bootstrap', () => {
  it('leaves the collector\'s control words alone (no root() before a thread state exists)', () => {
    expect(ctlAfterBoot[CTL_GC_THRESHOLD]).toBe(INITIAL_GC_THRESHOLD);
    expect(ctlAfterBoot[CTL_GC_EPOCH]).toBe(0);
    expect(ctlAfterBoot[CTL_NEXT_THREAD_ID]).toBe(2); // idents start at 1 (0 means a free GIL); the main thread took 1
    expect(TS).not.toBe(0);
  });
});

describe('gc: reachability', () => {
  it('keeps a deep chain (50k levels, marked without JS recursion), a dict and a cycle intact', () => {
    releaseAll();
    const N = 50_000;
    let chain: Ref = NULL;
    for (let i = 0; i < N; i++) {
      const cell = newList(0);
      listAppend(cell, small(i));
      listAppend(cell, chain === NULL ? small(-1) : chain);
      listAppend(cell, newFloat(i / 4));
      chain = cell;
      if (i % 10 === 0) garbage(1); // interleave dead blocks so the sweep makes holes between live ones
    }
    hold(chain);
    const d = hold(newDict(T.dict));
    for (let i = 0; i < 500; i++) dictSetStr(d, newStr(`key${i}`), tupleFrom([small(i), newStr('v'.repeat(i % 50))]));
    const a = hold(newList(0));
    const b = newList(0);
    listAppend(a, b);
    listAppend(b, a);
    listAppend(b, newStr('in the cycle'));

    const epoch = I32[CTL_GC_EPOCH];
    const stats = collect();
    expect(I32[CTL_GC_EPOCH]).toBe(epoch + 1);
    expect(stats.freedBytes).toBeGreaterThan(0);
    expect(I32[CTL_LIVE_AFTER_GC]).toBe(stats.liveBytes);
    expect(I32[CTL_ALLOC_SINCE_GC]).toBe(0);
    checkHeap();
    // Reuse the holes, then check nothing live was overwritten.
    garbage(5000);

    let n = 0;
    for (let c = chain; c !== small(-1); c = listGet(c, 1)) {
      expect(listLen(c)).toBe(3);
      if (unsmall(listGet(c, 0)) !== N - 1 - n) throw new Error(`chain broken at ${n}`);
      if (floatValue(listGet(c, 2)) !== (N - 1 - n) / 4) throw new Error(`float clobbered at ${n}`);
      n++;
    }
    expect(n).toBe(N);
    expect(dictLen(d)).toBe(500);
    for (let i = 0; i < 500; i++) {
      const t = dictGetStr(d, newStr(`key${i}`));
      expect(t).not.toBe(NULL);
      expect(unsmall(tupleGet(t, 0))).toBe(i);
      expect(strValue(tupleGet(t, 1))).toBe('v'.repeat(i % 50));
    }
    expect(listGet(listGet(a, 0), 0)).toBe(a);
    expect(strValue(listGet(b, 1))).toBe('in the cycle');
    expect(blockTagAt(b)).toBe(Tag.LIST);
    releaseAll();
  }, 30_000);

  it('frees unreachable objects, cycles included, and lowers the bump pointer when the tail is dead', () => {
    releaseAll();
    collect();
    const live0 = I32[CTL_LIVE_AFTER_GC];
    const top0 = heapTop();
    // An unreachable cycle of three lists plus a self-referencing dict.
    const x = newList(0);
    const y = newList(0);
    const z = newList(0);
    listAppend(x, y);
    listAppend(y, z);
    listAppend(z, x);
    const sd = newDict(T.dict);
    dictSetStr(sd, newStr('me'), sd);
    garbage(5000); // mostly into the holes left by earlier tests
    // A 16 MiB block is bigger than any hole: it is bump-allocated, so the tail of the heap is dead.
    const big = newList(0, 4 << 20);
    const topBefore = heapTop();
    expect(topBefore).toBeGreaterThan(top0);
    expect(topBefore).toBe(I32[(big >> 2) + 4] + (4 + (4 << 20)) * 4); // its array is the last block
    const stats = collect();
    expect(stats.freedBytes).toBeGreaterThanOrEqual(topBefore - top0 - 64); // everything since top0 died
    expect(stats.liveBytes).toBeLessThanOrEqual(live0);
    for (const r of [x, y, z, sd, big]) expect(blockTagAt(r)).toBe(Tag.FREE);
    expect(heapTop()).toBeLessThanOrEqual(top0);
    // The region above the lowered bump pointer reads as zeros (bump allocation relies on it).
    for (let w = heapTop() >> 2; w < topBefore >> 2; w++) if (I32[w] !== 0) throw new Error(`dirty word ${w} above the top`);
    checkHeap();
  });

  it('frees a dead object in the middle of live ones and reuses its memory', () => {
    releaseAll();
    const before = hold(newList(1));
    const dead = newList(0);
    listAppend(dead, newFloat(1.5));
    const deadArray = I32[(dead >> 2) + 4];
    const after = hold(newList(1));
    const st = collect();
    expect(st.freedBytes).toBeGreaterThan(0);
    expect(blockTagAt(dead)).toBe(Tag.FREE);
    expect(blockTagAt(deadArray)).toBe(Tag.FREE);
    expect(blockTagAt(before)).toBe(Tag.LIST);
    expect(blockTagAt(after)).toBe(Tag.LIST);
    // A later allocation lands in the hole instead of bumping.
    const top = heapTop();
    const again: Ref[] = [];
    for (let i = 0; i < 8; i++) again.push(newList(0));
    expect(again.some((r) => r < top)).toBe(true);
    releaseAll();
  });
});

describe('gc: bounded memory', () => {
  it('stops the heap top from growing in an alloc/drop loop with periodic collections', () => {
    releaseAll();
    collect();
    const ring = hold(newList(16));
    const tops: number[] = [];
    let lastLive = 0;
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 3000; i++) {
        const l = newList(0);
        listAppend(l, newFloat(round * 10000 + i));
        const d = newDict(T.dict);
        dictSetStr(d, newStr('x'), l);
        if (i % 200 === 0) listSet(ring, (i / 200) % 16, d); // a small live set that changes
        if (i % 500 === 0) newTuple(150 + (i % 300)); // large-list blocks too
      }
      lastLive = collect().liveBytes;
      tops.push(heapTop());
    }
    const settled = Math.max(...tops.slice(5, 10));
    expect(Math.max(...tops.slice(10))).toBeLessThanOrEqual(settled);
    expect(lastLive).toBeLessThan(settled);
    // The live set is still intact.
    for (let k = 0; k < 15; k++) {
      const d = listGet(ring, k);
      expect(floatValue(listGet(dictGetStr(d, newStr('x')), 0)) % 10000).toBe(k * 200);
    }
    checkHeap();
    releaseAll();
  });
});

describe('gc: caches and frames', () => {
  it('increments the epoch so the str cache never returns the text of a freed string at a reused address', () => {
    releaseAll();
    collect();
    const s1 = newStr('hello');
    expect(strValue(s1)).toBe('hello'); // now cached by address
    const epoch = I32[CTL_GC_EPOCH];
    collect(); // s1 is garbage
    expect(I32[CTL_GC_EPOCH]).toBe(epoch + 1);
    const s2 = newStr('world');
    expect(s2).toBe(s1); // the address was reused (else this test proves nothing)
    expect(strValue(s2)).toBe('world');
  });

  it('scans a running frame up to its FR_SP only (dead slots above it are not roots)', () => {
    releaseAll();
    collect();
    const fp = I32[TS + TH_DSTOP];
    const nlp = 2;
    const local0 = newList(0);
    listAppend(local0, newStr('local'));
    const stack0 = newFloat(2.25);
    const stale = newList(0); // above FR_SP: must be collected
    const frameFields: [number, number][] = [
      [FR_CODE, 0], [FR_BACK, 0], [FR_FUNC, 0], [FR_GLOBALS, 0], [FR_LOCALS, 0], [FR_PC, 0], [FR_FLAGS, 0],
      [FR_GEN, 0], [FR_NLP, nlp],
    ];
    for (const [f, v] of frameFields) I32[fp + f] = v;
    I32[fp + FR_FIXED] = local0;
    I32[fp + FR_FIXED + 1] = 0;
    I32[fp + FR_FIXED + nlp] = stack0;
    I32[fp + FR_FIXED + nlp + 1] = stale;
    I32[fp + FR_SP] = fp + FR_FIXED + nlp + 1;
    const savedFrame = I32[TS + TH_FRAME];
    const savedTop = I32[TS + TH_DSTOP];
    I32[TS + TH_FRAME] = fp;
    I32[TS + TH_DSTOP] = fp + FR_FIXED + nlp + 2;
    try {
      collect();
      expect(blockTagAt(local0)).toBe(Tag.LIST);
      expect(strValue(listGet(local0, 0))).toBe('local');
      expect(blockTagAt(stack0)).toBe(Tag.FLOAT);
      expect(floatValue(stack0)).toBe(2.25);
      expect(blockTagAt(stale)).toBe(Tag.FREE);
    } finally {
      I32[TS + TH_FRAME] = savedFrame;
      I32[TS + TH_DSTOP] = savedTop;
      I32.fill(0, fp, fp + FR_FIXED + nlp + 2);
    }
    collect();
    expect(blockTagAt(local0)).toBe(Tag.FREE);
  });

  it('scans a suspended generator FRAME object up to its FR_SP', () => {
    releaseAll();
    collect();
    const nlp = 1;
    const words = 4 + FR_FIXED + nlp + 2;
    const frame = hold(alloc(words, Tag.FRAME, 0, words));
    const fp = (frame >> 2) + 4;
    const local = newTuple(3);
    const onStack = newStr('suspended');
    const stale = newList(0);
    I32[fp + FR_NLP] = nlp;
    I32[fp + FR_FIXED] = local;
    I32[fp + FR_FIXED + nlp] = onStack;
    I32[fp + FR_FIXED + nlp + 1] = stale;
    I32[fp + FR_SP] = fp + FR_FIXED + nlp + 1;
    collect();
    expect(blockTagAt(local)).toBe(Tag.TUPLE);
    expect(blockTagAt(onStack)).toBe(Tag.STR);
    expect(strValue(onStack)).toBe('suspended');
    expect(blockTagAt(stale)).toBe(Tag.FREE);
    releaseAll();
    collect();
    expect(blockTagAt(frame)).toBe(Tag.FREE);
    expect(blockTagAt(local)).toBe(Tag.FREE);
  });
});
