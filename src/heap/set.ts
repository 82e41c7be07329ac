/*
 * set and frozenset objects (SET tag): CPython 3.11's open-addressing set (Objects/setobject.c) laid out
 * in the shared heap, with exactly its table behaviour, so that iteration order and pop() order match
 * CPython's for keys whose hashes match CPython's (small ints, in particular). Caller holds the GIL
 * (every function here). Run by every worker.
 *
 * Notes about the implementation
 *
 * - Layout of a SET (10 words; payload words are Refs, NULL or tagged small ints, see layout.ts):
 *
 *     word 3  aux            used: number of keys (len)                                     [gil]
 *     word 4  SET_TABLE      Ref of a SETTABLE (aux = slots, a power of two >= 8): pairs (hash raw Int32,
 *                            key) from word 4. Empty slot: key NULL, hash 0; dummy: key NULL, hash -1.
 *     word 5  SET_FILL       tagged small int: active + dummy slots (CPython's fill)
 *     word 6  SET_FINGER     tagged small int: where pop() starts searching (CPython's finger)
 *     word 7  SET_INST_DICT  __dict__ of an instance of a subclass, or NULL
 *     word 8  SET_HASH       a frozenset's hash, its low 31 bits as a tagged small int (runtime/ops.ts frozensetHash64),
 *                            NULL when not computed; only for setEquals' quick test
 *
 * - Unlike CPython there is no in-object smalltable: the table is always a separate SETTABLE, sized 8 at
 *   least. The table is private to this file and freed eagerly when a resize replaces it; iteration is
 *   by slot position on the set (setNext), never on a table Ref.
 * - Probing: LINEAR_PROBES = 9 consecutive slots while they fit below the mask, then
 *   perturb >>= 5; i = (i*5 + 1 + perturb) & mask, perturb starting as the hash as a 64-bit unsigned
 *   (CPython's size_t of a sign-extended Py_hash_t) kept in two 32-bit halves.
 * - Hash and equality are dict.ts's (hashKey, quickEq, dictHooks): the hooks may run Python code, and
 *   every look-up re-reads the table after one, restarting as set_add_entry/set_lookkey do when the table
 *   or the compared slot changed.
 * - The set algebra mirrors CPython's order of work (which set is copied, which is iterated), since
 *   that decides the resulting table layout and so the iteration order. The result's type is a
 *   parameter (CPython uses the base type of the left operand: the runtime knows it, not the heap).
 */

import { H_AUX, H_SIZE, H_TYPE, Tag } from './layout.js';
import { alloc, freeBlock } from './alloc.js';
import { I32 } from './memory.js';
import { dictHooks, hashKey, quickEq } from './dict.js';
import { NULL, type Ref } from './value.js';

// ====================== Layout ======================

export const SET_TABLE = 4;
export const SET_FILL = 5;
export const SET_FINGER = 6;
export const SET_INST_DICT = 7;
export const SET_HASH = 8;
export const SET_WORDS = 10;

/** Slot i of a SETTABLE is the pair at word (table >> 2) + TBL_BASE + 2*i: hash, key. */
export const TBL_BASE = 4;
export const SET_MINSIZE = 8;
export const LINEAR_PROBES = 9;

// ====================== Tables ======================

function newTable(size: number): Ref {
  return alloc(TBL_BASE + 2 * size, Tag.SETTABLE, 0, size);
}

function freeTable(ref: number): void {
  const w = ref >> 2;
  freeBlock(w, I32[w + H_SIZE]);
}

/** set_insert_clean: puts a key known absent into a table without dummies (fill and used are the
 *  caller's business). */
function insertClean(tw: number, mask: number, key: number, hash: number): void {
  const m = I32;
  let i = hash & mask;
  let plo = hash >>> 0;
  let phi = hash < 0 ? 0xffff_ffff : 0;
  for (;;) {
    if (m[tw + 2 * i + 1] === 0) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = i + 1;
      const end = i + LINEAR_PROBES;
      for (; j <= end; j++) if (m[tw + 2 * j + 1] === 0) break;
      if (j <= end) {
        i = j;
        break;
      }
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
  m[tw + 2 * i] = hash;
  m[tw + 2 * i + 1] = key;
}

/** set_table_resize: a table of the smallest power of two > minused (>= 8), active keys re-inserted in
 *  table order. */
function tableResize(w: number, minused: number): void {
  const m = I32;
  let size = SET_MINSIZE;
  while (size <= minused) size <<= 1;
  const old = m[w + SET_TABLE];
  const oldSize = m[(old >> 2) + H_AUX];
  const used = m[w + H_AUX];
  // CPython's smalltable case: same size 8 and no dummies, nothing to do.
  if (size === SET_MINSIZE && oldSize === SET_MINSIZE && m[w + SET_FILL] >> 1 === used) return;
  const table = newTable(size);
  const tw = (table >> 2) + TBL_BASE;
  const ow = (old >> 2) + TBL_BASE;
  const mask = size - 1;
  for (let i = 0; i < oldSize; i++) {
    const k = m[ow + 2 * i + 1];
    if (k !== 0) insertClean(tw, mask, k, m[ow + 2 * i]);
  }
  m[w + SET_TABLE] = table;
  m[w + SET_FILL] = (used << 1) | 1;
  freeTable(old);
}

// ====================== Creation ======================

/** A new empty set of type `type` (set or frozenset). `minUsed` presizes the table as set_merge would
 *  for an incoming set of that size; CPython does not presize sets otherwise, so filling a presized set
 *  key by key may iterate in another order than CPython. Caller holds the GIL. */
export function newSet(type: Ref, minUsed = 0): Ref {
  const s = alloc(SET_WORDS, Tag.SET, type, 0);
  const w = s >> 2;
  I32[w + SET_TABLE] = newTable(SET_MINSIZE);
  I32[w + SET_FILL] = 1;
  I32[w + SET_FINGER] = 1;
  if (minUsed * 5 >= (SET_MINSIZE - 1) * 3) tableResize(w, minUsed * 2);
  return s;
}

/** len(s). */
export function setLen(s: Ref): number {
  return I32[(s >> 2) + H_AUX];
}

function typeOf(s: Ref): Ref {
  return I32[(s >> 2) + H_TYPE] as Ref;
}

// ====================== Look-up, insertion, deletion ======================

/** set_add_entry. Returns true when the key was added, false when already present. May run Python. */
function addEntry(w: number, key: number, hash: number): boolean {
  const m = I32;
  restart: for (;;) {
    const table = m[w + SET_TABLE];
    const tw = (table >> 2) + TBL_BASE;
    const mask = m[(table >> 2) + H_AUX] - 1;
    let i = hash & mask;
    let plo = hash >>> 0;
    let phi = hash < 0 ? 0xffff_ffff : 0;
    let freeslot = -1;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const e = tw + 2 * j;
        const k = m[e + 1];
        if (k === 0) {
          if (m[e] === 0) {
            // found unused: take it, or the last dummy passed on the way
            m[w + H_AUX]++;
            if (freeslot >= 0) {
              m[tw + 2 * freeslot] = hash;
              m[tw + 2 * freeslot + 1] = key;
              return true;
            }
            m[e] = hash;
            m[e + 1] = key;
            const fill = (m[w + SET_FILL] >> 1) + 1;
            m[w + SET_FILL] = (fill << 1) | 1;
            if (fill * 5 >= mask * 3) {
              const used = m[w + H_AUX];
              tableResize(w, used > 50000 ? used * 2 : used * 4);
            }
            return true;
          }
          freeslot = j; // a dummy: as CPython, the last one seen on the way is reused
        } else if (m[e] === hash) {
          if (k === key) return false;
          const q = quickEq(k, key);
          if (q === 1) return false;
          if (q === 2) {
            if (dictHooks.eq(k as Ref, key as Ref)) return false;
            if (m[w + SET_TABLE] !== table || m[e + 1] !== k) continue restart;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** set_lookkey: the slot of `key`, or -1. May run Python code. */
function lookkey(w: number, key: number, hash: number): number {
  const m = I32;
  restart: for (;;) {
    const table = m[w + SET_TABLE];
    const tw = (table >> 2) + TBL_BASE;
    const mask = m[(table >> 2) + H_AUX] - 1;
    let i = hash & mask;
    let plo = hash >>> 0;
    let phi = hash < 0 ? 0xffff_ffff : 0;
    for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (;;) {
        const e = tw + 2 * j;
        const k = m[e + 1];
        if (k === 0) {
          if (m[e] === 0) return -1;
        } else if (m[e] === hash) {
          if (k === key) return j;
          const q = quickEq(k, key);
          if (q === 1) return j;
          if (q === 2) {
            const eq = dictHooks.eq(k as Ref, key as Ref);
            if (m[w + SET_TABLE] !== table || m[e + 1] !== k) continue restart;
            if (eq) return j;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** s.add(key). Returns true when added. May run Python code (hash, eq). */
export function setAdd(s: Ref, key: Ref): boolean {
  return addEntry(s >> 2, key, hashKey(key));
}

/** s.add(key) with the key's hash known. */
export function setAddHashed(s: Ref, key: Ref, hash: number): boolean {
  return addEntry(s >> 2, key, hash);
}

/** key in s. May run Python code. */
export function setContains(s: Ref, key: Ref): boolean {
  return lookkey(s >> 2, key, hashKey(key)) >= 0;
}

export function setContainsHashed(s: Ref, key: Ref, hash: number): boolean {
  return lookkey(s >> 2, key, hash) >= 0;
}

/** set_discard_entry: the slot becomes a dummy. */
function discardEntry(w: number, key: number, hash: number): boolean {
  const j = lookkey(w, key, hash);
  if (j < 0) return false;
  const e = (I32[w + SET_TABLE] >> 2) + TBL_BASE + 2 * j;
  I32[e] = -1;
  I32[e + 1] = 0;
  I32[w + H_AUX]--;
  return true;
}

/** s.discard(key); true when it was present (remove() raises KeyError otherwise). May run Python. */
export function setDiscard(s: Ref, key: Ref): boolean {
  return discardEntry(s >> 2, key, hashKey(key));
}

export function setDiscardHashed(s: Ref, key: Ref, hash: number): boolean {
  return discardEntry(s >> 2, key, hash);
}

/** s.pop(): CPython's finger search. NULL when empty (the caller raises KeyError). */
export function setPop(s: Ref): Ref {
  const w = s >> 2;
  const m = I32;
  if (m[w + H_AUX] === 0) return NULL;
  const table = m[w + SET_TABLE];
  const tw = (table >> 2) + TBL_BASE;
  const mask = m[(table >> 2) + H_AUX] - 1;
  let i = (m[w + SET_FINGER] >> 1) & mask;
  while (m[tw + 2 * i + 1] === 0) {
    i++;
    if (i > mask) i = 0;
  }
  const key = m[tw + 2 * i + 1] as Ref;
  m[tw + 2 * i] = -1;
  m[tw + 2 * i + 1] = 0;
  m[w + H_AUX]--;
  m[w + SET_FINGER] = ((i + 1) << 1) | 1;
  return key;
}

/** s.clear(): an empty 8-slot table (set_clear_internal); the finger is kept, as CPython. */
export function setClear(s: Ref): void {
  const w = s >> 2;
  const m = I32;
  const table = m[w + SET_TABLE];
  if (m[(table >> 2) + H_AUX] === SET_MINSIZE) {
    const tw = (table >> 2) + TBL_BASE;
    m.fill(0, tw, tw + 2 * SET_MINSIZE);
  } else {
    m[w + SET_TABLE] = newTable(SET_MINSIZE);
    freeTable(table);
  }
  m[w + SET_FILL] = 1;
  m[w + H_AUX] = 0;
  m[w + SET_HASH] = 0;
}

// ====================== Iteration by slot position ======================

/** The first slot index >= pos holding a key, or -1. Safe against any mutation between calls. */
export function setNext(s: Ref, pos: number): number {
  const m = I32;
  const table = m[(s >> 2) + SET_TABLE];
  const tw = (table >> 2) + TBL_BASE;
  const size = m[(table >> 2) + H_AUX];
  for (let i = pos < 0 ? 0 : pos; i < size; i++) if (m[tw + 2 * i + 1] !== 0) return i;
  return -1;
}

/** The key in slot i (NULL for an empty or dummy slot). */
export function setKeyAt(s: Ref, i: number): Ref {
  return I32[(I32[(s >> 2) + SET_TABLE] >> 2) + TBL_BASE + 2 * i + 1] as Ref;
}

/** The stored hash of slot i. */
export function setHashAt(s: Ref, i: number): number {
  return I32[(I32[(s >> 2) + SET_TABLE] >> 2) + TBL_BASE + 2 * i];
}

// ====================== Merge and copy ======================

/** dst.update(src) for two sets: CPython's set_merge (one big resize first; an empty destination
 *  of the same size and a source without dummies get the source's exact layout). May run Python. */
export function setUpdateFromSet(dst: Ref, src: Ref): void {
  const w = dst >> 2;
  const sw = src >> 2;
  const m = I32;
  const otherUsed = m[sw + H_AUX];
  if (dst === src || otherUsed === 0) return;
  let mask = m[(m[w + SET_TABLE] >> 2) + H_AUX] - 1;
  if (((m[w + SET_FILL] >> 1) + otherUsed) * 5 >= mask * 3) {
    tableResize(w, (m[w + H_AUX] + otherUsed) * 2);
    mask = m[(m[w + SET_TABLE] >> 2) + H_AUX] - 1;
  }
  const tw = (m[w + SET_TABLE] >> 2) + TBL_BASE;
  const otable = m[sw + SET_TABLE];
  const ow = (otable >> 2) + TBL_BASE;
  const omask = m[(otable >> 2) + H_AUX] - 1;
  if (m[w + SET_FILL] === 1) {
    if (mask === omask && m[sw + SET_FILL] >> 1 === otherUsed) {
      m.copyWithin(tw, ow, ow + 2 * (omask + 1)); // no dummies: empty slots are (0, NULL) in both
      m[w + SET_FILL] = m[sw + SET_FILL];
      m[w + H_AUX] = otherUsed;
      return;
    }
    m[w + SET_FILL] = (otherUsed << 1) | 1;
    m[w + H_AUX] = otherUsed;
    for (let i = 0; i <= omask; i++) {
      const k = m[ow + 2 * i + 1];
      if (k !== 0) insertClean(tw, mask, k, m[ow + 2 * i]);
    }
    return;
  }
  // Normal insertions; Python code may change either set: re-read src's table at every step.
  for (let i = 0; ; i++) {
    const t = m[sw + SET_TABLE];
    if (i >= m[(t >> 2) + H_AUX]) break;
    const e = (t >> 2) + TBL_BASE + 2 * i;
    const k = m[e + 1];
    if (k !== 0) addEntry(w, k, m[e]);
  }
}

/** s.copy() (and set(s), frozenset(s)) of type `type`: a new set merged from s. */
export function setCopy(s: Ref, type: Ref = typeOf(s)): Ref {
  const r = newSet(type);
  setUpdateFromSet(r, s);
  return r;
}

// ====================== Algebra (CPython's order of work) ======================

/** a | b (set_or / set_union with one argument): a copy of a, then b merged in. */
export function setUnion(a: Ref, b: Ref, type: Ref = typeOf(a)): Ref {
  const r = setCopy(a, type);
  if (b !== a) setUpdateFromSet(r, b);
  return r;
}

/** a & b (set_intersection): iterates the smaller set, adding the keys found in the larger. */
export function setIntersection(a: Ref, b: Ref, type: Ref = typeOf(a)): Ref {
  if (a === b) return setCopy(a, type);
  const r = newSet(type);
  const rw = r >> 2;
  let big = a;
  let small = b;
  if (setLen(b) > setLen(a)) {
    big = b;
    small = a;
  }
  const bw = big >> 2;
  for (let i = setNext(small, 0); i >= 0; i = setNext(small, i + 1)) {
    const key = setKeyAt(small, i);
    const hash = setHashAt(small, i);
    if (lookkey(bw, key, hash) >= 0) addEntry(rw, key, hash);
  }
  return r;
}

/** a &= b (set_intersection_update): a takes the body of a & b (set_swap_bodies; the finger stays). */
export function setIntersectionUpdate(a: Ref, b: Ref): void {
  const t = setIntersection(a, b, typeOf(a));
  const aw = a >> 2;
  const tw = t >> 2;
  const m = I32;
  for (const f of [SET_TABLE, SET_FILL, H_AUX, SET_HASH]) {
    const x = m[aw + f];
    m[aw + f] = m[tw + f];
    m[tw + f] = x;
  }
}

/** a -= b for two sets (set_difference_update_internal). May run Python code. */
export function setDifferenceUpdate(a: Ref, b: Ref): void {
  const w = a >> 2;
  if (a === b) {
    setClear(a);
    return;
  }
  let other = b;
  if (setLen(b) >> 3 > setLen(a)) other = setIntersection(a, b);
  for (let i = setNext(other, 0); i >= 0; i = setNext(other, i + 1)) {
    discardEntry(w, setKeyAt(other, i), setHashAt(other, i));
  }
  // More than 1/4 dummies: resize them away.
  const m = I32;
  const used = m[w + H_AUX];
  const mask = m[(m[w + SET_TABLE] >> 2) + H_AUX] - 1;
  if ((m[w + SET_FILL] >> 1) - used > mask >>> 2) tableResize(w, used > 50000 ? used * 2 : used * 4);
}

/** a - b (set_difference): a copy of a minus b when a is much larger, else a filtered walk over a. */
export function setDifference(a: Ref, b: Ref, type: Ref = typeOf(a)): Ref {
  if (setLen(a) >> 2 > setLen(b)) {
    const r = setCopy(a, type);
    setDifferenceUpdate(r, b);
    return r;
  }
  const r = newSet(type);
  const rw = r >> 2;
  const bw = b >> 2;
  for (let i = setNext(a, 0); i >= 0; i = setNext(a, i + 1)) {
    const key = setKeyAt(a, i);
    const hash = setHashAt(a, i);
    if (lookkey(bw, key, hash) < 0) addEntry(rw, key, hash);
  }
  return r;
}

/** a ^= b for two sets (set_symmetric_difference_update): each key of b is discarded from a, or added. */
export function setSymmetricDifferenceUpdate(a: Ref, b: Ref): void {
  if (a === b) {
    setClear(a);
    return;
  }
  const w = a >> 2;
  for (let i = setNext(b, 0); i >= 0; i = setNext(b, i + 1)) {
    const key = setKeyAt(b, i);
    const hash = setHashAt(b, i);
    if (!discardEntry(w, key, hash)) addEntry(w, key, hash);
  }
}

/** a ^ b (set_symmetric_difference): a copy of b, then a's keys toggled in it. */
export function setSymmetricDifference(a: Ref, b: Ref, type: Ref = typeOf(a)): Ref {
  const r = setCopy(b, type);
  setSymmetricDifferenceUpdate(r, a);
  return r;
}

/** a <= b (set_issubset). May run Python code. */
export function setIsSubset(a: Ref, b: Ref): boolean {
  if (setLen(a) > setLen(b)) return false;
  const bw = b >> 2;
  for (let i = setNext(a, 0); i >= 0; i = setNext(a, i + 1)) {
    if (lookkey(bw, setKeyAt(a, i), setHashAt(a, i)) < 0) return false;
  }
  return true;
}

/** a == b for two sets (set_richcompare Py_EQ): same length, known frozenset hashes equal, a <= b. */
export function setEquals(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  if (setLen(a) !== setLen(b)) return false;
  const ha = I32[(a >> 2) + SET_HASH];
  const hb = I32[(b >> 2) + SET_HASH];
  if (ha !== 0 && hb !== 0 && ha !== hb) return false;
  return setIsSubset(a, b);
}
