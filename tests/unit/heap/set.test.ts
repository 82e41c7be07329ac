// Unit tests of the heap set (src/heap/set.ts): iteration and pop order against CPython (one python3
// subprocess computes the expected orders of every generated case), hooks, frozenset hash, collection.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHeap, I32 } from '../../../src/heap/memory.js';
import { alloc } from '../../../src/heap/alloc.js';
import { collect } from '../../../src/heap/gc.js';
import { CTL_HEAP_TOP, CTL_ROOT, H_AUX, H_SIZE, HEAP_START, ROOT_WORDS, RT_MISC, Tag, TAG_MASK } from '../../../src/heap/layout.js';
import { newStr, strValue } from '../../../src/heap/str.js';
import { mkSmall, NULL, smallValue, type Ref } from '../../../src/heap/value.js';
import { dictHooks } from '../../../src/heap/dict.js';
import {
  newSet, SET_TABLE, setAdd, setClear, setContains, setCopy, setDifference, setDifferenceUpdate,
  setDiscard, setEquals, setIntersection, setIntersectionUpdate, setIsSubset, setKeyAt, setLen, setNext, setPop,
  setSymmetricDifference, setSymmetricDifferenceUpdate, setUnion, setUpdateFromSet,
} from '../../../src/heap/set.js';

const SET_TYPE = 0 as Ref;
let onEq: (() => void) | null = null;
let eqCalls = 0;

function box(v: number): Ref {
  return alloc(4, Tag.OBJECT, 0, v);
}

beforeAll(() => {
  createHeap(64 << 20);
  dictHooks.hash = (k: Ref) => I32[(k >> 2) + H_AUX] % 7;
  dictHooks.eq = (a: Ref, b: Ref) => {
    eqCalls++;
    if (onEq) onEq();
    const ta = (a & 1) === 0 && (I32[a >> 2] & TAG_MASK) === Tag.OBJECT;
    const tb = (b & 1) === 0 && (I32[b >> 2] & TAG_MASK) === Tag.OBJECT;
    return ta && tb && I32[(a >> 2) + H_AUX] === I32[(b >> 2) + H_AUX];
  };
});

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function items(s: Ref): number[] {
  const out: number[] = [];
  for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) out.push(smallValue(setKeyAt(s, i)));
  return out;
}

function fromInts(xs: number[]): Ref {
  const s = newSet(SET_TYPE);
  for (const x of xs) setAdd(s, mkSmall(x));
  return s;
}

// ---------------------------------------------------------------- the CPython oracle
type Op = (string | number)[];

const PY_ORACLE = String.raw`
import json, sys
cases = json.load(sys.stdin)
out = []
for ops in cases:
    s = [set() for _ in range(4)]
    res = []
    for op in ops:
        k = op[0]
        if k == 'add': s[op[1]].add(op[2])
        elif k == 'adds':
            for x in op[2]: s[op[1]].add(x)
        elif k == 'discard': s[op[1]].discard(op[2])
        elif k == 'pop': res.append(s[op[1]].pop() if s[op[1]] else None)
        elif k == 'update': s[op[1]].update(s[op[2]])
        elif k == 'union': s[op[1]] = s[op[2]] | s[op[3]]
        elif k == 'inter': s[op[1]] = s[op[2]] & s[op[3]]
        elif k == 'diff': s[op[1]] = s[op[2]] - s[op[3]]
        elif k == 'symdiff': s[op[1]] = s[op[2]] ^ s[op[3]]
        elif k == 'iand': s[op[1]] &= s[op[2]]
        elif k == 'isub': s[op[1]] -= s[op[2]]
        elif k == 'ixor': s[op[1]] ^= s[op[2]]
        elif k == 'copy': s[op[1]] = s[op[2]].copy()
        elif k == 'clear': s[op[1]].clear()
        elif k == 'subset': res.append(s[op[1]] <= s[op[2]])
        elif k == 'eq': res.append(s[op[1]] == s[op[2]])
        elif k == 'list': res.append(list(s[op[1]]))
    for v in s: res.append(list(v))
    out.append(res)
json.dump(out, sys.stdout)
`;

function runOps(ops: Op[]): unknown[] {
  const s: Ref[] = [0, 1, 2, 3].map(() => newSet(SET_TYPE));
  const res: unknown[] = [];
  for (const op of ops) {
    const [k, a, b, c] = op as [string, number, number, number];
    switch (k) {
      case 'add': setAdd(s[a], mkSmall(b)); break;
      case 'adds': for (const x of op[2] as unknown as number[]) setAdd(s[a], mkSmall(x)); break;
      case 'discard': setDiscard(s[a], mkSmall(b)); break;
      case 'pop': { const p = setPop(s[a]); res.push(p === NULL ? null : smallValue(p)); break; }
      case 'update': setUpdateFromSet(s[a], s[b]); break;
      case 'union': s[a] = setUnion(s[b], s[c]); break;
      case 'inter': s[a] = setIntersection(s[b], s[c]); break;
      case 'diff': s[a] = setDifference(s[b], s[c]); break;
      case 'symdiff': s[a] = setSymmetricDifference(s[b], s[c]); break;
      case 'iand': setIntersectionUpdate(s[a], s[b]); break;
      case 'isub': setDifferenceUpdate(s[a], s[b]); break;
      case 'ixor': setSymmetricDifferenceUpdate(s[a], s[b]); break;
      case 'copy': s[a] = setCopy(s[b]); break;
      case 'clear': setClear(s[a]); break;
      case 'subset': res.push(setIsSubset(s[a], s[b])); break;
      case 'eq': res.push(setEquals(s[a], s[b])); break;
      case 'list': res.push(items(s[a])); break;
      default: throw new Error(k);
    }
  }
  for (const v of s) res.push(items(v));
  return res;
}

function genCases(): Op[][] {
  const r = rng(42);
  const cases: Op[][] = [];
  const ranges = [8, 20, 64, 300, 5000, 1 << 20, 1 << 29];
  for (let c = 0; c < 400; c++) {
    const range = ranges[c % ranges.length];
    const neg = c % 3 === 0;
    const key = (): number => {
      const x = Math.floor(r() * range);
      return neg ? x - (range >> 1) : x;
    };
    const ops: Op[] = [];
    const nops = 5 + Math.floor(r() * 40);
    for (let i = 0; i < nops; i++) {
      const v = Math.floor(r() * 4);
      const u = Math.floor(r() * 4);
      const w = Math.floor(r() * 4);
      const p = r();
      if (p < 0.3) {
        const n = Math.floor(r() * (r() < 0.2 ? 200 : 12));
        ops.push(['adds', v, Array.from({ length: n }, key) as unknown as number]);
      } else if (p < 0.4) ops.push(['discard', v, key()]);
      else if (p < 0.45) ops.push(['pop', v]);
      else if (p < 0.5) ops.push(['update', v, u]);
      else if (p < 0.55) ops.push(['union', v, u, w]);
      else if (p < 0.6) ops.push(['inter', v, u, w]);
      else if (p < 0.65) ops.push(['diff', v, u, w]);
      else if (p < 0.7) ops.push(['symdiff', v, u, w]);
      else if (p < 0.74) ops.push(['iand', v, u]);
      else if (p < 0.78) ops.push(['isub', v, u]);
      else if (p < 0.82) ops.push(['ixor', v, u]);
      else if (p < 0.86) ops.push(['copy', v, u]);
      else if (p < 0.87) ops.push(['clear', v]);
      else if (p < 0.9) ops.push(['subset', v, u]);
      else if (p < 0.93) ops.push(['eq', v, u]);
      else ops.push(['list', v]);
    }
    // Deletions through pops (the finger) and discards of a populated set.
    if (c % 10 === 0) {
      ops.push(['adds', 0, Array.from({ length: 100 }, key) as unknown as number]);
      for (let i = 0; i < 30; i++) ops.push(['pop', 0]);
      for (let i = 0; i < 30; i++) ops.push(['discard', 0, key()]);
      ops.push(['adds', 0, Array.from({ length: 30 }, key) as unknown as number]);
    }
    cases.push(ops);
  }
  // Past the 50000-key growth switch.
  cases.push([['adds', 0, Array.from({ length: 60000 }, (_, i) => (i * 7919) % 1000003) as unknown as number], ['pop', 0], ['pop', 0]]);
  // Differences where one side is much larger (copy-and-difference, intersection replacement).
  const big = Array.from({ length: 400 }, (_, i) => i * 3);
  cases.push([
    ['adds', 0, big as unknown as number], ['adds', 1, [3, 6, 1000, 5] as unknown as number],
    ['diff', 2, 0, 1], ['diff', 3, 1, 0], ['isub', 1, 0], ['list', 1], ['isub', 0, 2], ['list', 0],
  ]);
  return cases;
}

describe('set', () => {
  it('iterates like CPython: {5, 1, 100, 3}', () => {
    expect(items(fromInts([5, 1, 100, 3]))).toEqual([1, 3, 100, 5]);
    // s = set(); for x in (-1, -2, -3, 7, 2**20): s.add(x)
    const s = fromInts([-1, -2, -3, 7, 2 ** 20]);
    expect(items(s)).toEqual([1048576, 7, -2, -3, -1]);
    // A display of constants is BUILD_SET 0 + SET_UPDATE of a frozenset constant: a set_merge into 16 slots.
    expect(items(setCopy(s))).toEqual([1048576, -1, 7, -3, -2]);
  });

  it('matches CPython orders over generated operation sequences', () => {
    const cases = genCases();
    const json = execFileSync('python3', ['-c', PY_ORACLE], { input: JSON.stringify(cases), maxBuffer: 1 << 28 }).toString();
    const want = JSON.parse(json) as unknown[][];
    for (let c = 0; c < cases.length; c++) {
      const got = runOps(cases[c]);
      if (JSON.stringify(got) !== JSON.stringify(want[c])) {
        // Report the shortest prefix of the case that diverges.
        const ops = cases[c];
        const prefixes = ops.map((_, n) => ops.slice(0, n + 1));
        const wantP = JSON.parse(execFileSync('python3', ['-c', PY_ORACLE], { input: JSON.stringify(prefixes) }).toString()) as unknown[];
        const n = prefixes.findIndex((p, i) => JSON.stringify(runOps(p)) !== JSON.stringify(wantP[i]));
        expect({ c, ops: prefixes[n], got: runOps(prefixes[n]) }).toEqual({ c, ops: prefixes[n], got: wantP[n] });
      }
    }
  });

  it('str keys with equal content but different Refs, hooked keys, restarts', () => {
    const s = newSet(SET_TYPE);
    expect(setAdd(s, newStr('abc'))).toBe(true);
    expect(setAdd(s, newStr('abc'))).toBe(false);
    expect(setContains(s, newStr('abc'))).toBe(true);
    expect(setContains(s, newStr('abd'))).toBe(false);
    expect(setAdd(s, box(3))).toBe(true);
    expect(setAdd(s, box(10))).toBe(true); // same hash (3), unequal
    expect(setAdd(s, box(10))).toBe(false);
    expect(setContains(s, mkSmall(3))).toBe(false); // hash 3 too: hook says unequal
    expect(setLen(s)).toBe(3);
    expect(setDiscard(s, box(3))).toBe(true);
    expect(setContains(s, box(10))).toBe(true);
    // An eq that grows the set: the look-up restarts and the comparison is repeated.
    let fired = false;
    onEq = () => {
      if (fired) return;
      fired = true;
      for (let i = 0; i < 40; i++) setAdd(s, mkSmall(1000 + i));
    };
    eqCalls = 0;
    expect(setContains(s, box(10))).toBe(true);
    expect(eqCalls).toBe(2);
    onEq = null;
    expect(setLen(s)).toBe(42);
    const strs: string[] = [];
    for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) {
      const k = setKeyAt(s, i);
      if ((k & 1) === 0 && (I32[k >> 2] & TAG_MASK) === Tag.STR) strs.push(strValue(k));
    }
    expect(strs).toEqual(['abc']);
  });

  // (The frozenset hash is runtime/ops.ts frozensetHash64, checked against CPython by the golden
  // program values/hash_and_set_order.)
  it('equality ignores layout', () => {
    const a = fromInts([1, 2, 3, 40, 77, -5]);
    const b = fromInts([77, -5, 99, 40, 3, 2, 1]);
    setDiscard(b, mkSmall(99)); // a dummy, another layout
    expect(setEquals(a, b)).toBe(true);
    const c = fromInts([1, 2, 3, 40, 77, -6]);
    expect(setEquals(a, c)).toBe(false);
    expect(setEquals(newSet(SET_TYPE), newSet(SET_TYPE))).toBe(true);
    expect(setIsSubset(fromInts([1, 2]), a)).toBe(true);
    expect(setIsSubset(a, fromInts([1, 2]))).toBe(false);
  });

  it('pop drains in finger order and reports empty', () => {
    const s = fromInts([9, 1, 17, 4]);
    const got: number[] = [];
    for (let p = setPop(s); p !== NULL; p = setPop(s)) got.push(smallValue(p));
    expect(got).toEqual([9, 4, 1, 17]); // python3: s={9,1,17,4}; [s.pop() for _ in range(4)]
    expect(setLen(s)).toBe(0);
  });

  it('collection keeps reachable sets and frees dropped ones', () => {
    const root = alloc(ROOT_WORDS, Tag.ROOT, 0, 0);
    I32[CTL_ROOT] = root;
    collect();
    const s = newSet(SET_TYPE);
    I32[(root >> 2) + RT_MISC] = s;
    for (let i = 0; i < 2000; i++) setAdd(s, newStr(`k${i}`));
    const dropped = newSet(SET_TYPE);
    for (let i = 0; i < 2000; i++) setAdd(dropped, newStr(`g${i}`));
    const droppedTable = I32[(dropped >> 2) + SET_TABLE];
    const stats = collect();
    expect(stats.freedBytes).toBeGreaterThan(2000 * 16);
    expect(blockTagAt(dropped)).toBe(Tag.FREE);
    expect(blockTagAt(droppedTable)).toBe(Tag.FREE);
    for (let i = 0; i < 3000; i++) newStr(`filler${i}`);
    expect(setLen(s)).toBe(2000);
    for (let i = 0; i < 2000; i += 97) expect(setContains(s, newStr(`k${i}`))).toBe(true);
    let n = 0;
    for (let i = setNext(s, 0); i >= 0; i = setNext(s, i + 1)) {
      expect(strValue(setKeyAt(s, i)).startsWith('k')).toBe(true);
      n++;
    }
    expect(n).toBe(2000);
  });
});

function blockTagAt(ref: number): number {
  const top = I32[CTL_HEAP_TOP] >> 2;
  const target = ref >> 2;
  for (let w = HEAP_START >> 2; w < top; w += I32[w + H_SIZE]) {
    if (target < w + I32[w + H_SIZE]) return I32[w] & TAG_MASK;
  }
  return Tag.FREE;
}
