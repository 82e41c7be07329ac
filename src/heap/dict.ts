/*
 * dict objects (DICT tag): CPython 3.11's compact, insertion-ordered dict (Objects/dictobject.c) laid out
 * in the shared heap. Caller holds the GIL (every function here). Run by every worker.
 *
 * Notes about the implementation
 *
 * - Layout of a DICT (10 words; the payload words are Refs, NULL or tagged small ints, see layout.ts):
 *
 *     word 3  aux          number of items (len)                                        [gil]
 *     word 4  D_INDICES    Ref of a RAW object (aux = table size, a power of two >= 8): one Int32 per
 *                          slot, -1 empty, -2 dummy (deleted), else an entry index         [gil]
 *     word 5  D_ENTRIES    Ref of an ENTRIES object (aux = capacity = USABLE_FRACTION(size)): triples
 *                          (hash raw Int32, key, value) from word 4; a deleted entry has key and value NULL
 *     word 6  D_NENTRIES   tagged small int: entries used, deleted ones included (CPython dk_nentries)
 *     word 7  D_VERSION    tagged small int bumped on every mutation (global/attribute look-up caches)
 *     word 8  D_INST_DICT  __dict__ of an instance of a dict subclass, or NULL
 *     word 9  D_USABLE     tagged small int: CPython's dk_usable (entries that may still be appended
 *                          before a resize). Not capacity - nentries: popitem() shrinks nentries but,
 *                          as in CPython, leaves a dummy in the indices, so it must not give room back.
 *
 * - A new empty dict (and a cleared one) has D_INDICES = D_ENTRIES = NULL, as CPython shares
 *   Py_EMPTY_KEYS: the first insertion allocates the 8-slot table. Look-ups test for NULL.
 * - The index and entry tables are private to this file: nothing else may keep their Refs. They are
 *   freed eagerly (freeBlock) when replaced by a resize or a clear, so big dicts growing don't wait for a
 *   collection. Iteration is by entry position on the dict (dictNext), never on a table Ref.
 * - Probing is CPython's: i = hash & mask, then perturb >>= 5; i = (i*5 + perturb + 1) & mask, with
 *   perturb starting as the hash as a 64-bit unsigned (CPython's size_t of a sign-extended Py_hash_t),
 *   kept here in two 32-bit halves (only its low bits ever reach i).
 * - Hashes: a small int hashes to its value (-1 -> -2), an exact str to strHash; anything else goes
 *   through dictHooks.hash, installed by the runtime (it may run Python __hash__). Equality: identity,
 *   then two small ints are unequal, two exact strs compare by content, else dictHooks.eq (may run
 *   Python __eq__, which may mutate this dict: as CPython does, the look-up restarts when the tables or
 *   the compared entry's key changed during the call; every table Ref is re-read after a hook).
 * - No JS allocation on the get/set paths: results come back as numbers, the probe slot through the
 *   module-level `foundSlot` (per worker, valid until the next look-up).
 */

import { H_AUX, H_SIZE, H_TYPE, S_FLAGS, S_HASH, STR_HASHED, Tag, TAG_MASK } from './layout.js';
import { alloc, freeBlock } from './alloc.js';
import { I32 } from './memory.js';
import { strEq, strHash, strTypes } from './str.js';
import { NULL, type Ref } from './value.js';
import { InternalError } from '../common/errors.js';

// ====================== Layout ======================

export const D_INDICES = 4;
export const D_ENTRIES = 5;
export const D_NENTRIES = 6;
export const D_VERSION = 7;
export const D_INST_DICT = 8;
export const D_USABLE = 9;
export const DICT_WORDS = 10;

/** Entry table: entry i starts at word (entries >> 2) + ENT_BASE + 3*i: hash, key, value. */
export const ENT_BASE = 4;
/** Index table: slot i is word (indices >> 2) + IDX_BASE + i. */
export const IDX_BASE = 4;
export const DKIX_EMPTY = -1;
export const DKIX_DUMMY = -2;

export const DICT_MINSIZE = 8;
const SMALL_VERSION_MASK = 0x3fff_ffff;

// ====================== Hooks installed by the runtime ======================

/** Hash and equality of keys that are neither small ints nor exact strs; set once per worker by the
 *  runtime. Both may run Python code (and throw the PyException it raises). */
export const dictHooks = {
  /** An Int32 hash, never -1. */
  hash: (key: Ref): number => {
    throw new InternalError(`dictHooks.hash not installed (key ${key})`);
  },
  /** a == b (rich comparison, truth value). Only called when a !== b. */
  eq: (a: Ref, b: Ref): boolean => {
    throw new InternalError(`dictHooks.eq not installed (${a}, ${b})`);
  },
  /** Raises a Python RuntimeError (e.g. "dict mutated during update"). */
  raiseRuntimeError: (msg: string): never => {
    throw new InternalError(msg);
  },
};

// ====================== Hashing and equality (shared with set.ts) ======================

/** True when `r` (a heap Ref) is an exact str (not a subclass). */
export function isExactStr(r: number): boolean {
  const w = r >> 2;
  return (I32[w] & TAG_MASK) === Tag.STR && I32[w + H_TYPE] === strTypes.str;
}

/** The hash of a key, as CPython's PyObject_Hash. Caller holds the GIL. May run Python code. */
export function hashKey(key: Ref): number {
  if ((key & 1) !== 0) {
    const v = key >> 1;
    return v === -1 ? -2 : v;
  }
  const w = key >> 2;
  const m = I32;
  if ((m[w] & TAG_MASK) === Tag.STR && m[w + H_TYPE] === strTypes.str) {
    return (m[w + S_FLAGS] & STR_HASHED) !== 0 ? m[w + S_HASH] : strHash(key);
  }
  return dictHooks.hash(key);
}

/** Equality of two keys with equal hashes that are not identical: 0 unequal, 1 equal, 2 ask the hook. */
export function quickEq(a: number, b: number): number {
  const aSmall = a & 1;
  const bSmall = b & 1;
  if ((aSmall & bSmall) !== 0) return 0;
  const aStr = aSmall === 0 && isExactStr(a);
  const bStr = bSmall === 0 && isExactStr(b);
  if (aStr && bStr) return strEq(a as Ref, b as Ref) ? 1 : 0;
  if ((aStr && bSmall !== 0) || (bStr && aSmall !== 0)) return 0;
  return 2;
}

// ====================== Sizes (CPython 3.11) ======================

/** USABLE_FRACTION(n) = 2n/3. */
function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/** The smallest power of two >= max(minsize, 8) (calculate_log2_keysize). */
function sizeFor(minsize: number): number {
  let n = DICT_MINSIZE;
  while (n < minsize) n <<= 1;
  return n;
}

/** estimate_log2_keysize: a table that holds n items without a resize. */
function estimateSize(n: number): number {
  return sizeFor(((n * 3 + 1) / 2) | 0);
}

// ====================== Creation ======================

/** A new empty dict of type `type`, presized for `minUsed` items as _PyDict_NewPresized.
 *  Caller holds the GIL. */
export function newDict(type: Ref, minUsed = 0): Ref {
  const d = alloc(DICT_WORDS, Tag.DICT, type, 0);
  const w = d >> 2;
  I32[w + D_NENTRIES] = 1; // mkSmall(0)
  I32[w + D_VERSION] = 1;
  I32[w + D_USABLE] = 1;
  if (minUsed > usableFraction(DICT_MINSIZE)) {
    const size = minUsed > usableFraction(1 << 17) ? 1 << 17 : estimateSize(minUsed);
    installEmptyTables(w, size);
  }
  return d;
}

/** Allocates fresh tables of `size` slots for the dict at word `w` (does not free the old ones). */
function installEmptyTables(w: number, size: number): void {
  const idx = alloc(IDX_BASE + size, Tag.RAW, 0, size);
  const iw = (idx >> 2) + IDX_BASE;
  I32.fill(DKIX_EMPTY, iw, iw + size);
  const cap = usableFraction(size);
  const ent = alloc(ENT_BASE + 3 * cap, Tag.ENTRIES, 0, cap);
  I32[w + D_INDICES] = idx;
  I32[w + D_ENTRIES] = ent;
  I32[w + D_NENTRIES] = 1;
  I32[w + D_USABLE] = (cap << 1) | 1;
}

function freeObject(ref: number): void {
  if (ref !== 0) {
    const w = ref >> 2;
    freeBlock(w, I32[w + H_SIZE]);
  }
}

function bumpVersion(w: number): void {
  I32[w + D_VERSION] = ((((I32[w + D_VERSION] >> 1) + 1) & SMALL_VERSION_MASK) << 1) | 1;
}

// ====================== Look-up ======================

/** Slot of the last look-up: the slot of the found key, or the first free slot (dummy or empty) on its
 *  probe sequence (CPython's find_empty_slot would return the same), -1 when the dict has no table. */
let foundSlot = -1;
/** Whether the last look-up called a hook (Python code may have changed the table: recompute slots). */
let hookCalled = false;

/** The entry index of `key` (hash `hash`) in the dict at word `w`, or -1. Sets foundSlot, hookCalled. */
function lookup(w: number, key: number, hash: number): number {
  hookCalled = false;
  const m = I32;
  restart: for (;;) {
    const idx = m[w + D_INDICES];
    if (idx === 0) {
      foundSlot = -1;
      return -1;
    }
    const ent = m[w + D_ENTRIES];
    const iw = (idx >> 2) + IDX_BASE;
    const ew = (ent >> 2) + ENT_BASE;
    const mask = m[(idx >> 2) + H_AUX] - 1;
    let i = hash & mask;
    let plo = hash >>> 0;
    let phi = hash < 0 ? 0xffff_ffff : 0;
    let free = -1;
    for (;;) {
      const ix = m[iw + i];
      if (ix >= 0) {
        const e = ew + ix * 3;
        const k = m[e + 1];
        if (k === key) {
          foundSlot = i;
          return ix;
        }
        if (m[e] === hash) {
          const q = quickEq(k, key);
          if (q === 1) {
            foundSlot = i;
            return ix;
          }
          if (q === 2) {
            hookCalled = true;
            const eq = dictHooks.eq(k as Ref, key as Ref);
            if (m[w + D_INDICES] !== idx || m[w + D_ENTRIES] !== ent || m[e + 1] !== k) continue restart;
            if (eq) {
              foundSlot = i;
              return ix;
            }
          }
        }
      } else if (ix === DKIX_EMPTY) {
        foundSlot = free >= 0 ? free : i;
        return -1;
      } else if (free < 0) {
        free = i;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + plo + 1) & mask;
    }
  }
}

/** The look-up of an exact str key without hooks: a stored key equals it when it is the same Ref or a
 *  STR (any str type) with the same content. Sets foundSlot. */
function lookupStr(w: number, key: number, hash: number): number {
  const m = I32;
  const idx = m[w + D_INDICES];
  if (idx === 0) {
    foundSlot = -1;
    return -1;
  }
  const iw = (idx >> 2) + IDX_BASE;
  const ew = (m[w + D_ENTRIES] >> 2) + ENT_BASE;
  const mask = m[(idx >> 2) + H_AUX] - 1;
  let i = hash & mask;
  let plo = hash >>> 0;
  let phi = hash < 0 ? 0xffff_ffff : 0;
  let free = -1;
  for (;;) {
    const ix = m[iw + i];
    if (ix >= 0) {
      const e = ew + ix * 3;
      const k = m[e + 1];
      if (k === key || (m[e] === hash && (k & 1) === 0 && (m[k >> 2] & TAG_MASK) === Tag.STR && strEq(k as Ref, key as Ref))) {
        foundSlot = i;
        return ix;
      }
    } else if (ix === DKIX_EMPTY) {
      foundSlot = free >= 0 ? free : i;
      return -1;
    } else if (free < 0) {
      free = i;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** find_empty_slot: the first slot holding no entry (empty or dummy) on `hash`'s probe sequence. */
function findEmptySlot(iw: number, mask: number, hash: number): number {
  const m = I32;
  let i = hash & mask;
  let plo = hash >>> 0;
  let phi = hash < 0 ? 0xffff_ffff : 0;
  while (m[iw + i] >= 0) {
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    i = (i * 5 + plo + 1) & mask;
  }
  return i;
}

function strHashOf(key: Ref): number {
  const w = key >> 2;
  return (I32[w + S_FLAGS] & STR_HASHED) !== 0 ? I32[w + S_HASH] : strHash(key);
}

// ====================== Reading ======================

/** len(d). */
export function dictLen(d: Ref): number {
  return I32[(d >> 2) + H_AUX];
}

/** The version tag (a plain number), changed by every mutation. */
export function dictVersion(d: Ref): number {
  return I32[(d >> 2) + D_VERSION] >> 1;
}

/** d[key] or NULL when absent. Caller holds the GIL. May run Python code (hash, eq). */
export function dictGet(d: Ref, key: Ref): Ref {
  return dictGetHashed(d, key, hashKey(key));
}

/** d[key] with the key's hash already known, or NULL. */
export function dictGetHashed(d: Ref, key: Ref, hash: number): Ref {
  const w = d >> 2;
  const ix = lookup(w, key, hash);
  if (ix < 0) return NULL;
  return I32[(I32[w + D_ENTRIES] >> 2) + ENT_BASE + ix * 3 + 2] as Ref;
}

/** d[key] for an exact str key, or NULL. Never runs Python code (see lookupStr). */
export function dictGetStr(d: Ref, key: Ref): Ref {
  const w = d >> 2;
  const ix = lookupStr(w, key, strHashOf(key));
  if (ix < 0) return NULL;
  return I32[(I32[w + D_ENTRIES] >> 2) + ENT_BASE + ix * 3 + 2] as Ref;
}

/** Whether key in d. May run Python code. */
export function dictContains(d: Ref, key: Ref): boolean {
  return lookup(d >> 2, key, hashKey(key)) >= 0;
}

// ====================== Insertion ======================

/** d[key] = value. Caller holds the GIL. May run Python code (hash, eq). */
export function dictSet(d: Ref, key: Ref, value: Ref): void {
  dictSetHashed(d, key, hashKey(key), value);
}

/** d[key] = value with the key's hash known (insertdict). */
export function dictSetHashed(d: Ref, key: Ref, hash: number, value: Ref): void {
  const w = d >> 2;
  const ix = lookup(w, key, hash);
  if (ix >= 0) {
    const vw = (I32[w + D_ENTRIES] >> 2) + ENT_BASE + ix * 3 + 2;
    if (I32[vw] !== value) {
      I32[vw] = value;
      bumpVersion(w);
    }
    return;
  }
  appendEntry(w, key, hash, value, hookCalled);
}

/** d[key] = value for an exact str key; never runs Python code. */
export function dictSetStr(d: Ref, key: Ref, value: Ref): void {
  const w = d >> 2;
  const hash = strHashOf(key);
  const ix = lookupStr(w, key, hash);
  if (ix >= 0) {
    const vw = (I32[w + D_ENTRIES] >> 2) + ENT_BASE + ix * 3 + 2;
    if (I32[vw] !== value) {
      I32[vw] = value;
      bumpVersion(w);
    }
    return;
  }
  appendEntry(w, key, hash, value, false);
}

/** Appends a new entry for a key known absent; foundSlot is its free slot unless `stale`. */
function appendEntry(w: number, key: number, hash: number, value: number, stale: boolean): void {
  const m = I32;
  let slot = foundSlot;
  if (m[w + D_USABLE] <= 1) {
    insertionResize(w);
    stale = true;
  }
  const idx = m[w + D_INDICES];
  const iw = (idx >> 2) + IDX_BASE;
  if (stale) slot = findEmptySlot(iw, m[(idx >> 2) + H_AUX] - 1, hash);
  const n = m[w + D_NENTRIES] >> 1;
  const e = (m[w + D_ENTRIES] >> 2) + ENT_BASE + n * 3;
  m[e] = hash;
  m[e + 1] = key;
  m[e + 2] = value;
  m[iw + slot] = n;
  m[w + D_NENTRIES] += 2;
  m[w + D_USABLE] -= 2;
  m[w + H_AUX]++;
  bumpVersion(w);
}

/** insertion_resize: grow to hold used*3 (GROWTH_RATE). */
function insertionResize(w: number): void {
  dictResize(w, sizeFor(I32[w + H_AUX] * 3));
}

/** dictresize: new tables of `size` slots, live entries compacted in order. Frees the old tables. */
function dictResize(w: number, size: number): void {
  const m = I32;
  const oldIdx = m[w + D_INDICES];
  const oldEnt = m[w + D_ENTRIES];
  const used = m[w + H_AUX];
  const nOld = m[w + D_NENTRIES] >> 1;
  installEmptyTables(w, size);
  const mask = size - 1;
  const iw = (m[w + D_INDICES] >> 2) + IDX_BASE;
  const ew = (m[w + D_ENTRIES] >> 2) + ENT_BASE;
  if (oldEnt !== 0) {
    const ow = (oldEnt >> 2) + ENT_BASE;
    if (nOld === used) {
      m.copyWithin(ew, ow, ow + 3 * used);
    } else {
      let j = ew;
      for (let o = ow, end = ow + 3 * nOld; o < end; o += 3) {
        if (m[o + 1] !== 0) {
          m[j] = m[o];
          m[j + 1] = m[o + 1];
          m[j + 2] = m[o + 2];
          j += 3;
        }
      }
    }
  }
  for (let k = 0; k < used; k++) m[iw + findEmptySlot(iw, mask, m[ew + 3 * k])] = k;
  m[w + D_NENTRIES] = (used << 1) | 1;
  m[w + D_USABLE] = ((usableFraction(size) - used) << 1) | 1;
  freeObject(oldIdx);
  freeObject(oldEnt);
}

// ====================== Deletion ======================

/** Removes the entry found by the last look-up (entry ix at slot foundSlot). */
function deleteFound(w: number, ix: number): void {
  const m = I32;
  m[(m[w + D_INDICES] >> 2) + IDX_BASE + foundSlot] = DKIX_DUMMY;
  const e = (m[w + D_ENTRIES] >> 2) + ENT_BASE + ix * 3;
  m[e + 1] = 0;
  m[e + 2] = 0;
  m[w + H_AUX]--;
  bumpVersion(w);
}

/** del d[key]; false when absent (the caller raises KeyError). May run Python code. */
export function dictDel(d: Ref, key: Ref): boolean {
  const w = d >> 2;
  const ix = lookup(w, key, hashKey(key));
  if (ix < 0) return false;
  deleteFound(w, ix);
  return true;
}

/** d.pop(key): the removed value, or NULL when absent. May run Python code. */
export function dictPop(d: Ref, key: Ref): Ref {
  const w = d >> 2;
  if (I32[w + H_AUX] === 0) return NULL; // CPython does not hash the key of an empty dict either
  const ix = lookup(w, key, hashKey(key));
  if (ix < 0) return NULL;
  const v = I32[(I32[w + D_ENTRIES] >> 2) + ENT_BASE + ix * 3 + 2] as Ref;
  deleteFound(w, ix);
  return v;
}

/** d.popitem(): removes the last item (LIFO) and returns its entry index, or -1 when d is empty (the
 *  caller raises KeyError). The popped key and value stay readable through dictKeyAt(d, i) and
 *  dictValueAt(d, i) until the next mutation of d (the entry lies past D_NENTRIES, unused). */
export function dictPopItem(d: Ref): number {
  const w = d >> 2;
  const m = I32;
  if (m[w + H_AUX] === 0) return -1;
  const ew = (m[w + D_ENTRIES] >> 2) + ENT_BASE;
  let i = (m[w + D_NENTRIES] >> 1) - 1;
  while (i >= 0 && m[ew + i * 3 + 1] === 0) i--;
  if (i < 0) throw new InternalError('dictPopItem: no live entry');
  const idx = m[w + D_INDICES];
  const iw = (idx >> 2) + IDX_BASE;
  const mask = m[(idx >> 2) + H_AUX] - 1;
  // lookdict_index: the slot holding i on its hash's probe sequence.
  const hash = m[ew + i * 3];
  let s = hash & mask;
  let plo = hash >>> 0;
  let phi = hash < 0 ? 0xffff_ffff : 0;
  while (m[iw + s] !== i) {
    plo = ((plo >>> 5) | (phi << 27)) >>> 0;
    phi >>>= 5;
    s = (s * 5 + plo + 1) & mask;
  }
  m[iw + s] = DKIX_DUMMY;
  m[w + D_NENTRIES] = (i << 1) | 1; // dk_usable unchanged: the dummy stays in the indices
  m[w + H_AUX]--;
  bumpVersion(w);
  return i;
}

/** d.clear(): back to the shared-empty state; the old tables are freed. */
export function dictClear(d: Ref): void {
  const w = d >> 2;
  const m = I32;
  const idx = m[w + D_INDICES];
  const ent = m[w + D_ENTRIES];
  m[w + D_INDICES] = 0;
  m[w + D_ENTRIES] = 0;
  m[w + D_NENTRIES] = 1;
  m[w + D_USABLE] = 1;
  m[w + H_AUX] = 0;
  bumpVersion(w);
  freeObject(idx);
  freeObject(ent);
}

// ====================== Iteration by entry position ======================

/** The first entry index >= pos that holds a key, or -1. Safe against any mutation between calls. */
export function dictNext(d: Ref, pos: number): number {
  const w = d >> 2;
  const m = I32;
  const n = m[w + D_NENTRIES] >> 1;
  if (pos >= n) return -1;
  const ew = (m[w + D_ENTRIES] >> 2) + ENT_BASE;
  for (let i = pos < 0 ? 0 : pos; i < n; i++) if (m[ew + i * 3 + 1] !== 0) return i;
  return -1;
}

/** The key of entry i (NULL for a deleted entry). */
export function dictKeyAt(d: Ref, i: number): Ref {
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ENT_BASE + i * 3 + 1] as Ref;
}

export function dictValueAt(d: Ref, i: number): Ref {
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ENT_BASE + i * 3 + 2] as Ref;
}

/** The stored hash of entry i. */
export function dictHashAt(d: Ref, i: number): number {
  return I32[(I32[(d >> 2) + D_ENTRIES] >> 2) + ENT_BASE + i * 3];
}

/** Replaces the value of the live entry i. */
export function dictSetValueAt(d: Ref, i: number, v: Ref): void {
  const w = d >> 2;
  I32[(I32[w + D_ENTRIES] >> 2) + ENT_BASE + i * 3 + 2] = v;
  bumpVersion(w);
}

// ====================== Copy and update ======================

/** clone_combined_dict_keys: the dict at `w` gets copies of `src`'s tables, holes included. */
function cloneTables(w: number, sw: number): void {
  const m = I32;
  const sIdx = m[sw + D_INDICES];
  const sEnt = m[sw + D_ENTRIES];
  const size = m[(sIdx >> 2) + H_AUX];
  const cap = m[(sEnt >> 2) + H_AUX];
  const n = m[sw + D_NENTRIES] >> 1;
  const idx = alloc(IDX_BASE + size, Tag.RAW, 0, size);
  const ent = alloc(ENT_BASE + 3 * cap, Tag.ENTRIES, 0, cap);
  m.copyWithin((idx >> 2) + IDX_BASE, (sIdx >> 2) + IDX_BASE, (sIdx >> 2) + IDX_BASE + size);
  m.copyWithin((ent >> 2) + ENT_BASE, (sEnt >> 2) + ENT_BASE, (sEnt >> 2) + ENT_BASE + 3 * n);
  const oldIdx = m[w + D_INDICES];
  const oldEnt = m[w + D_ENTRIES];
  m[w + D_INDICES] = idx;
  m[w + D_ENTRIES] = ent;
  m[w + D_NENTRIES] = m[sw + D_NENTRIES];
  m[w + D_USABLE] = m[sw + D_USABLE];
  m[w + H_AUX] = m[sw + H_AUX];
  bumpVersion(w);
  freeObject(oldIdx);
  freeObject(oldEnt);
}

/** A shallow copy of d (PyDict_Copy) of type `type` (default: d's own type). Never runs Python code. */
export function dictCopy(d: Ref, type: Ref = I32[(d >> 2) + H_TYPE] as Ref): Ref {
  const sw = d >> 2;
  const used = I32[sw + H_AUX];
  const copy = newDict(type);
  if (used === 0) return copy;
  const n = I32[sw + D_NENTRIES] >> 1;
  if (used >= (((n * 2) / 3) | 0)) {
    cloneTables(copy >> 2, sw); // at most 1/3 holes: copy the tables as they are
    return copy;
  }
  dictUpdate(copy, d);
  return copy;
}

/** dst.update(src) for two dicts (dict_merge with override). May run Python code (eq of dst's keys);
 *  raises RuntimeError through the hook when src changes size meanwhile. */
export function dictUpdate(dst: Ref, src: Ref): void {
  const w = dst >> 2;
  const sw = src >> 2;
  const m = I32;
  const otherUsed = m[sw + H_AUX];
  if (dst === src || otherUsed === 0) return;
  if (m[w + H_AUX] === 0) {
    const n = m[sw + D_NENTRIES] >> 1;
    const size = m[(m[sw + D_INDICES] >> 2) + H_AUX];
    if (otherUsed === n && (size === DICT_MINSIZE || usableFraction(size >> 1) < otherUsed)) {
      cloneTables(w, sw);
      return;
    }
  }
  const idx = m[w + D_INDICES];
  const mySize = idx === 0 ? 0 : m[(idx >> 2) + H_AUX];
  if (usableFraction(mySize) < otherUsed) dictResize(w, estimateSize(m[w + H_AUX] + otherUsed));
  const origN = m[sw + D_NENTRIES] >> 1;
  for (let i = 0; i < origN; i++) {
    const e = (m[sw + D_ENTRIES] >> 2) + ENT_BASE + i * 3;
    const key = m[e + 1];
    if (key === 0) continue;
    dictSetHashed(dst, key as Ref, m[e], m[e + 2] as Ref);
    if ((m[sw + D_NENTRIES] >> 1) !== origN) dictHooks.raiseRuntimeError('dict mutated during update');
  }
}
