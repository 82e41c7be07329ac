// Unit tests of the heap dict (src/heap/dict.ts) against a JS Map model and CPython's rules.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHeap, I32 } from '../../../src/heap/memory.js';
import { alloc } from '../../../src/heap/alloc.js';
import { collect } from '../../../src/heap/gc.js';
import { CTL_HEAP_TOP, CTL_ROOT, H_AUX, H_SIZE, HEAP_START, H_TYPE, ROOT_WORDS, RT_MISC, RT_MODULES, Tag, TAG_MASK } from '../../../src/heap/layout.js';
import { newStr, strValue } from '../../../src/heap/str.js';
import { mkSmall, NULL, type Ref } from '../../../src/heap/value.js';
import {
  D_ENTRIES, D_INDICES, D_NENTRIES, dictClear, dictContains, dictCopy, dictDel, dictGet, dictGetStr, dictHooks,
  dictKeyAt, dictLen, dictNext, dictPop, dictPopItem, dictSet, dictSetStr, dictSetValueAt, dictUpdate, dictValueAt,
  dictVersion, newDict,
} from '../../../src/heap/dict.js';

const DICT_TYPE = 0 as Ref;
let eqCalls = 0;
/** Modulus of the boxes' hash: small to force collisions, large for the bulk model test. */
let boxHashMod = 7;
/** Hook that runs inside eq, to simulate Python __eq__ with side effects. */
let onEq: (() => void) | null = null;

/** A "boxed" key: an OBJECT whose aux is its value; hash collides on purpose (value % 7). */
function box(v: number): Ref {
  return alloc(4, Tag.OBJECT, 0, v);
}

beforeAll(() => {
  createHeap(64 << 20);
  dictHooks.hash = (k: Ref) => I32[(k >> 2) + H_AUX] % boxHashMod;
  dictHooks.eq = (a: Ref, b: Ref) => {
    eqCalls++;
    if (onEq) onEq();
    const ta = (a & 1) === 0 && (I32[a >> 2] & TAG_MASK) === Tag.OBJECT;
    const tb = (b & 1) === 0 && (I32[b >> 2] & TAG_MASK) === Tag.OBJECT;
    return ta && tb && I32[(a >> 2) + H_AUX] === I32[(b >> 2) + H_AUX];
  };
});

/** The tag of the heap block (object or free run) containing byte offset `ref`; FREE past the top. */
function blockTagAt(ref: number): number {
  const top = I32[CTL_HEAP_TOP] >> 2;
  const target = ref >> 2;
  for (let w = HEAP_START >> 2; w < top; w += I32[w + H_SIZE]) {
    if (target < w + I32[w + H_SIZE]) return I32[w] & TAG_MASK;
  }
  return Tag.FREE;
}

function keysOf(d: Ref): Ref[] {
  const out: Ref[] = [];
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) out.push(dictKeyAt(d, i));
  return out;
}

function check(ok: boolean, what: string, step: number): void {
  if (!ok) throw new Error(`mismatch in ${what} at step ${step}`);
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('dict', () => {
  it('basic set/get/del with small ints, strs and hooked keys', () => {
    const d = newDict(DICT_TYPE);
    expect(dictLen(d)).toBe(0);
    expect(dictGet(d, mkSmall(1))).toBe(NULL);
    dictSet(d, mkSmall(1), mkSmall(10));
    dictSet(d, mkSmall(-1), mkSmall(11));
    dictSet(d, mkSmall(-2), mkSmall(12)); // same hash as -1
    const a1 = newStr('abc');
    const a2 = newStr('abc');
    dictSet(d, a1, mkSmall(13));
    expect(dictGet(d, a2)).toBe(mkSmall(13));
    expect(dictGetStr(d, a2)).toBe(mkSmall(13));
    dictSetStr(d, a2, mkSmall(14));
    expect(dictLen(d)).toBe(4);
    expect(dictGet(d, a1)).toBe(mkSmall(14));
    expect(dictKeyAt(d, 3)).toBe(a1); // the first key object is kept, as CPython
    expect(dictGet(d, mkSmall(-1))).toBe(mkSmall(11));
    expect(dictGet(d, mkSmall(-2))).toBe(mkSmall(12));
    const b1 = box(5);
    dictSet(d, b1, mkSmall(15));
    expect(dictGet(d, box(5))).toBe(mkSmall(15));
    expect(dictGet(d, box(12))).toBe(NULL); // same hash, unequal
    expect(dictDel(d, mkSmall(-1))).toBe(true);
    expect(dictDel(d, mkSmall(-1))).toBe(false);
    expect(dictContains(d, mkSmall(-2))).toBe(true);
    expect(dictPop(d, box(5))).toBe(mkSmall(15));
    expect(dictLen(d)).toBe(3);
    expect(keysOf(d)).toEqual([mkSmall(1), mkSmall(-2), a1]);
  });

  it('matches a Map model over 100k random operations', () => {
    const r = rng(1234);
    boxHashMod = 1 << 30;
    const d = newDict(DICT_TYPE);
    const model = new Map<string, number>();
    const NK = 1500;
    // Each key has two distinct Refs with equal content (strs and boxes), the Map keys by content.
    const refs: Ref[][] = [];
    const names: string[] = [];
    for (let k = 0; k < NK; k++) {
      const kind = k % 3;
      if (kind === 0) {
        const v = (k >> 1) * (k % 2 ? -1 : 1) - 1;
        refs.push([mkSmall(v), mkSmall(v)]);
        names.push(`i${v}`);
      } else if (kind === 1) {
        refs.push([newStr(`k${k}`), newStr(`k${k}`)]);
        names.push(`s${k}`);
      } else {
        refs.push([box(k), box(k)]);
        names.push(`o${k}`);
      }
    }
    const nameOf = new Map<number, string>();
    for (let k = 0; k < NK; k++) for (const x of refs[k]) nameOf.set(x, names[k]);
    let lastVersion = dictVersion(d);
    for (let step = 0; step < 100_000; step++) {
      const k = (r() * (step < 50_000 ? NK : NK / 3)) | 0;
      const key = refs[k][(r() * 2) | 0];
      const name = names[k];
      const op = r();
      if (op < 0.5) {
        const v = (r() * 1000) | 0;
        dictSet(d, key, mkSmall(v));
        if (!model.has(name) || model.get(name) !== v) check(dictVersion(d) !== lastVersion, 'version', step);
        model.set(name, v);
      } else if (op < 0.75) {
        const got = dictGet(d, key);
        const want = model.get(name);
        check(got === (want === undefined ? NULL : mkSmall(want)), 'get', step);
      } else if (op < 0.93) {
        const had = model.delete(name);
        check(dictDel(d, key) === had, 'del', step);
      } else if (op < 0.98) {
        const got = dictPop(d, key);
        const want = model.get(name);
        model.delete(name);
        check(got === (want === undefined ? NULL : mkSmall(want)), 'pop', step);
      } else if (op < 0.995) {
        const i = dictPopItem(d);
        if (model.size === 0) {
          check(i === -1, 'popitem empty', step);
        } else {
          let last = '';
          for (const n of model.keys()) last = n;
          check(nameOf.get(dictKeyAt(d, i)) === last, 'popitem key', step);
          check(dictValueAt(d, i) === mkSmall(model.get(last)!), 'popitem value', step);
          model.delete(last);
        }
      } else {
        // Whole-order check.
        expect(keysOf(d).map((x) => nameOf.get(x))).toEqual([...model.keys()]);
      }
      lastVersion = dictVersion(d);
      check(dictLen(d) === model.size, 'len', step);
    }
    expect(keysOf(d).map((x) => nameOf.get(x))).toEqual([...model.keys()]);
    for (const [n, v] of model) {
      const k = names.indexOf(n);
      expect(dictGet(d, refs[k][1])).toBe(mkSmall(v));
    }
    boxHashMod = 7;
  });

  it('grows as CPython 3.11 and compacts holes on resize', () => {
    const d = newDict(DICT_TYPE);
    expect(I32[(d >> 2) + D_INDICES]).toBe(0); // lazily allocated, as Py_EMPTY_KEYS
    const sizes: number[] = [];
    for (let i = 0; i < 100; i++) {
      dictSet(d, mkSmall(i), mkSmall(i));
      sizes.push(I32[(I32[(d >> 2) + D_INDICES] >> 2) + H_AUX]);
    }
    // 8 holds 5; then used*3: 5*3=15 -> 16 (holds 10); 30 -> 32 (21); 63 -> 64 (42); 126 -> 128.
    expect(sizes[0]).toBe(8);
    expect(sizes[4]).toBe(8);
    expect(sizes[5]).toBe(16);
    expect(sizes[10]).toBe(32);
    expect(sizes[21]).toBe(64);
    expect(sizes[42]).toBe(128);
    expect(sizes[85]).toBe(256); // 86th insert: 85*3 = 255 -> 256 (holds 170)
    for (let i = 0; i < 100; i += 2) dictDel(d, mkSmall(i));
    expect(I32[(d >> 2) + D_NENTRIES] >> 1).toBe(100); // holes stay
    for (let i = 100; i < 170; i++) dictSet(d, mkSmall(i), mkSmall(i));
    expect(I32[(d >> 2) + D_NENTRIES] >> 1).toBe(170);
    // The table is full: the next insert resizes to used*3 = 360 -> 512 and compacts the holes away.
    dictSet(d, mkSmall(1000), mkSmall(0));
    expect(I32[(d >> 2) + D_NENTRIES] >> 1).toBe(121);
    expect(I32[(I32[(d >> 2) + D_INDICES] >> 2) + H_AUX]).toBe(512);
    const want: Ref[] = [];
    for (let i = 1; i < 100; i += 2) want.push(mkSmall(i));
    for (let i = 100; i < 170; i++) want.push(mkSmall(i));
    want.push(mkSmall(1000));
    expect(keysOf(d)).toEqual(want);
    const big = newDict(DICT_TYPE, 1000);
    expect(I32[(I32[(big >> 2) + D_INDICES] >> 2) + H_AUX]).toBe(2048);
  });

  it('popitem is LIFO and does not give back room (dummy stays)', () => {
    const d = newDict(DICT_TYPE);
    for (let i = 0; i < 5; i++) dictSet(d, mkSmall(i), mkSmall(i * 10));
    const i = dictPopItem(d);
    expect(dictKeyAt(d, i)).toBe(mkSmall(4));
    expect(dictValueAt(d, i)).toBe(mkSmall(40));
    // Alternating popitem/insert must not fill the index table with dummies.
    for (let k = 0; k < 1000; k++) {
      dictSet(d, mkSmall(100 + k), mkSmall(k));
      const j = dictPopItem(d);
      expect(dictKeyAt(d, j)).toBe(mkSmall(100 + k));
    }
    expect(keysOf(d)).toEqual([0, 1, 2, 3].map(mkSmall));
    for (let k = 3; k >= 0; k--) expect(dictKeyAt(d, dictPopItem(d))).toBe(mkSmall(k));
    expect(dictPopItem(d)).toBe(-1);
  });

  it('bumps the version on every mutation', () => {
    const d = newDict(DICT_TYPE);
    const seen = new Set<number>([dictVersion(d)]);
    const step = (f: () => void): void => {
      f();
      const v = dictVersion(d);
      expect(seen.has(v)).toBe(false);
      seen.add(v);
    };
    step(() => dictSet(d, mkSmall(1), mkSmall(1)));
    step(() => dictSet(d, mkSmall(1), mkSmall(2)));
    step(() => dictSetStr(d, newStr('x'), mkSmall(2)));
    step(() => dictSetValueAt(d, 0, mkSmall(3)));
    step(() => dictDel(d, mkSmall(1)));
    step(() => dictPop(d, newStr('x')));
    step(() => dictSet(d, mkSmall(5), mkSmall(2)));
    step(() => dictPopItem(d));
    step(() => dictClear(d));
    const v = dictVersion(d);
    dictGet(d, mkSmall(1));
    expect(dictVersion(d)).toBe(v);
  });

  it('copy and update keep order and contents', () => {
    const a = newDict(DICT_TYPE);
    for (let i = 0; i < 50; i++) dictSet(a, mkSmall(i * 7), mkSmall(i));
    for (let i = 0; i < 50; i += 3) dictDel(a, mkSmall(i * 7));
    const c = dictCopy(a);
    expect(keysOf(c)).toEqual(keysOf(a));
    expect(dictLen(c)).toBe(dictLen(a));
    dictSet(c, mkSmall(7), mkSmall(-1));
    expect(dictGet(a, mkSmall(7))).toBe(mkSmall(1));
    const b = newDict(DICT_TYPE);
    dictSet(b, mkSmall(7 * 49), mkSmall(99));
    dictSet(b, mkSmall(-5), mkSmall(98));
    dictUpdate(a, b);
    const ka = keysOf(a);
    expect(ka[ka.length - 1]).toBe(mkSmall(-5));
    expect(dictGet(a, mkSmall(7 * 49))).toBe(mkSmall(99));
    const e = newDict(DICT_TYPE);
    dictUpdate(e, a);
    expect(keysOf(e)).toEqual(keysOf(a));
    for (const k of keysOf(a)) expect(dictGet(e, k)).toBe(dictGet(a, k));
    // A very sparse dict is copied by re-insertion.
    const s = newDict(DICT_TYPE);
    for (let i = 0; i < 40; i++) dictSet(s, mkSmall(i), mkSmall(i));
    for (let i = 0; i < 39; i++) dictDel(s, mkSmall(i));
    const sc = dictCopy(s);
    expect(I32[(sc >> 2) + D_NENTRIES] >> 1).toBe(1);
    expect(keysOf(sc)).toEqual([mkSmall(39)]);
  });

  it('restarts the look-up when eq mutates the dict', () => {
    const d = newDict(DICT_TYPE);
    const k1 = box(3);
    dictSet(d, k1, mkSmall(1));
    let fired = false;
    onEq = () => {
      if (fired) return;
      fired = true;
      for (let i = 0; i < 20; i++) dictSet(d, mkSmall(1000 + i), mkSmall(i)); // resizes
    };
    eqCalls = 0;
    expect(dictGet(d, box(3))).toBe(mkSmall(1));
    expect(eqCalls).toBe(2); // the first comparison was discarded, as CPython
    onEq = null;
    // An eq that clears the dict: the insert still lands correctly.
    fired = false;
    onEq = () => {
      if (fired) return;
      fired = true;
      dictClear(d);
    };
    dictSet(d, box(10), mkSmall(5)); // hash 3 too: compares with k1
    onEq = null;
    expect(dictLen(d)).toBe(1);
    expect(dictGet(d, box(10))).toBe(mkSmall(5));
  });

  it('collection keeps reachable dicts whole and frees dropped ones', () => {
    const root = alloc(ROOT_WORDS, Tag.ROOT, 0, 0);
    I32[CTL_ROOT] = root;
    collect(); // sweep garbage from earlier tests
    const d = newDict(DICT_TYPE);
    I32[(root >> 2) + RT_MODULES] = d;
    for (let i = 0; i < 3000; i++) dictSet(d, newStr(`key${i}`), newStr(`value${i}`));
    for (let i = 0; i < 3000; i += 2) dictDel(d, newStr(`key${i}`));
    let dropped = newDict(DICT_TYPE);
    for (let i = 0; i < 3000; i++) dictSet(dropped, mkSmall(i), newStr(`garbage${i}`));
    const keep = newDict(DICT_TYPE);
    I32[(root >> 2) + RT_MISC] = keep;
    dictSet(keep, mkSmall(1), d); // a dict reached through another dict
    const droppedEntries = I32[(dropped >> 2) + D_ENTRIES];
    const stats = collect();
    expect(stats.freedBytes).toBeGreaterThan(3000 * 16);
    expect(blockTagAt(dropped)).toBe(Tag.FREE);
    expect(blockTagAt(droppedEntries)).toBe(Tag.FREE);
    expect(blockTagAt(d)).toBe(Tag.DICT);
    expect(blockTagAt(I32[(d >> 2) + D_ENTRIES])).toBe(Tag.ENTRIES);
    dropped = NULL;
    // Reuse the freed memory, then check the live dict.
    for (let i = 0; i < 2000; i++) newStr(`filler${i}`);
    expect(dictLen(d)).toBe(1500);
    let n = 0;
    for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
      const k = strValue(dictKeyAt(d, i));
      expect(strValue(dictValueAt(d, i))).toBe(k.replace('key', 'value'));
      n++;
    }
    expect(n).toBe(1500);
    expect(dictGet(d, newStr('key2999'))).not.toBe(NULL);
    expect(dictGet(keep, mkSmall(1))).toBe(d);
    expect(I32[(d >> 2) + H_TYPE]).toBe(DICT_TYPE);
  });
});
