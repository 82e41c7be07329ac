/*
 * str and bytes objects (STR, BYTES tags): immutable UTF-16 text with a cached hash, and interning.
 * Caller holds the GIL. Each worker keeps a private Ref -> JS string cache, valid within one GC epoch
 * (strings never change and nothing is freed between two collections), see `strValue`.
 */

import {
  CTL_GC_EPOCH, H_AUX, RT_INTERNED, S_DATA, S_FLAGS, S_HASH, STR_ASCII, STR_ASTRAL, STR_HASHED, STR_INTERNED,
  Tag, CTL_ROOT,
} from './layout.js';
import { alloc } from './alloc.js';
import { I32, SAB, U16, U8 } from './memory.js';
import type { Ref } from './value.js';

/** The type object refs of str and bytes, set once by the runtime's bootstrap in each worker. */
export const strTypes = { str: 0 as Ref, bytes: 0 as Ref };

// ---------------------------------------------------------------- the worker's decode cache
// Direct-mapped: Ref -> JS string, 8192 entries, cleared when the GC epoch moves (addresses reused).
const DC_MASK = 8191;
const dcKey = new Int32Array(DC_MASK + 1);
const dcStr: string[] = new Array<string>(DC_MASK + 1).fill('');
let cacheEpoch = -1;

function checkEpoch(): void {
  const e = I32[CTL_GC_EPOCH];
  if (e !== cacheEpoch) {
    dcKey.fill(0);
    cacheEpoch = e;
  }
}

/** Allocates a str holding the JS string `s`. Caller holds the GIL. */
export function newStr(s: string): Ref {
  const n = s.length;
  const r = alloc(S_DATA + ((n + 1) >> 1), Tag.STR, strTypes.str, n);
  const w = r >> 2;
  const base = (w + S_DATA) << 1;
  let flags = STR_ASCII;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    U16[base + i] = c;
    if (c > 0x7f) {
      flags &= ~STR_ASCII;
      if (c >= 0xd800 && c <= 0xdfff) flags |= STR_ASTRAL;
    }
  }
  I32[w + S_FLAGS] = flags;
  // We hold the JS text already: seed this worker's decode cache (valid until the next collection).
  if (cacheEpoch !== I32[CTL_GC_EPOCH]) checkEpoch();
  const h = (r >>> 3) & DC_MASK;
  dcKey[h] = r;
  dcStr[h] = s;
  return r;
}

/** The JS string of a str. Cached per worker within a GC epoch. */
export function strValue(r: Ref): string {
  if (cacheEpoch !== I32[CTL_GC_EPOCH]) checkEpoch();
  const h = (r >>> 3) & DC_MASK;
  if (dcKey[h] === r) return dcStr[h];
  let s: string;
  const w = r >> 2;
  const n = I32[w + H_AUX];
  const base = (w + S_DATA) << 1;
  if (n < 16) {
    s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(U16[base + i]);
  } else if (n <= 256) {
    s = String.fromCharCode.apply(null, U16.subarray(base, base + n) as unknown as number[]);
  } else {
    // Node decodes UTF-16 natively from a Buffer over the shared memory (no copy to a JS array):
    // ~50x faster than fromCharCode on a 500 KB text.
    s = Buffer.from(SAB, base << 1, n << 1).toString('utf16le');
  }
  dcKey[h] = r;
  dcStr[h] = s;
  return s;
}

/** Length in UTF-16 units (equals the Python length unless STR_ASTRAL is set). */
export function strUnits(r: Ref): number {
  return I32[(r >> 2) + H_AUX];
}

export function strFlags(r: Ref): number {
  return I32[(r >> 2) + S_FLAGS];
}

/** Python len() of a str: code points. */
export function strLen(r: Ref): number {
  const w = r >> 2;
  if ((I32[w + S_FLAGS] & STR_ASTRAL) === 0) return I32[w + H_AUX];
  let n = 0;
  for (const _ of strValue(r)) n++;
  return n;
}

/** FNV-1a over the UTF-16 units, folded to a non-negative-or-negative Int32 that is never -1
 *  (Python reserves -1). Deterministic across workers and runs. Caller holds the GIL. */
export function strHash(r: Ref): number {
  const w = r >> 2;
  if ((I32[w + S_FLAGS] & STR_HASHED) !== 0) return I32[w + S_HASH];
  const n = I32[w + H_AUX];
  const base = (w + S_DATA) << 1;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ U16[base + i], 0x01000193);
  h ^= n;
  if (h === -1) h = -2;
  I32[w + S_HASH] = h;
  I32[w + S_FLAGS] |= STR_HASHED;
  return h;
}

/** Equality of two strs by content. */
export function strEq(a: Ref, b: Ref): boolean {
  if (a === b) return true;
  const wa = a >> 2;
  const wb = b >> 2;
  const n = I32[wa + H_AUX];
  if (n !== I32[wb + H_AUX]) return false;
  if ((I32[wa + S_FLAGS] & I32[wb + S_FLAGS] & STR_HASHED) !== 0 && I32[wa + S_HASH] !== I32[wb + S_HASH]) return false;
  const ba = (wa + S_DATA) << 1;
  const bb = (wb + S_DATA) << 1;
  for (let i = 0; i < n; i++) if (U16[ba + i] !== U16[bb + i]) return false;
  return true;
}

// ---------------------------------------------------------------- bytes

export function newBytes(data: Uint8Array | number[]): Ref {
  const n = data.length;
  const r = alloc(S_DATA + ((n + 3) >> 2), Tag.BYTES, strTypes.bytes, n);
  const base = ((r >> 2) + S_DATA) << 2;
  for (let i = 0; i < n; i++) U8[base + i] = data[i];
  return r;
}

export function bytesLen(r: Ref): number {
  return I32[(r >> 2) + H_AUX];
}

/** A copy of the bytes of a bytes object. */
export function bytesValue(r: Ref): Uint8Array {
  const base = ((r >> 2) + S_DATA) << 2;
  return U8.slice(base, base + I32[(r >> 2) + H_AUX]);
}

export function bytesAt(r: Ref, i: number): number {
  return U8[(((r >> 2) + S_DATA) << 2) + i];
}

export function bytesHash(r: Ref): number {
  const w = r >> 2;
  if ((I32[w + S_FLAGS] & STR_HASHED) !== 0) return I32[w + S_HASH];
  const n = I32[w + H_AUX];
  const base = (w + S_DATA) << 2;
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ U8[base + i], 0x01000193);
  h ^= n;
  if (h === -1) h = -2;
  I32[w + S_HASH] = h;
  I32[w + S_FLAGS] |= STR_HASHED;
  return h;
}

// ---------------------------------------------------------------- interning

/** Worker-private map JS string -> interned str Ref. Interned strs are never freed (the intern
 *  dict is a root), so this cache never goes stale. The shared truth is ROOT.interned. */
const internCache = new Map<string, Ref>();

/** Hooks to the intern dict (set by the runtime: dict.ts depends on this file, not the reverse). */
export const internHooks = {
  lookup: (_s: Ref): Ref => 0 as Ref,
  insert: (_s: Ref): void => {},
};

/** The interned str for `s`. Caller holds the GIL. */
export function intern(s: string): Ref {
  let r = internCache.get(s);
  if (r !== undefined) return r;
  const fresh = newStr(s);
  r = internHooks.lookup(fresh);
  if (r === 0) {
    internHooks.insert(fresh);
    I32[(fresh >> 2) + S_FLAGS] |= STR_INTERNED;
    r = fresh;
  }
  internCache.set(s, r);
  return r;
}

export function isInterned(r: Ref): boolean {
  return (I32[(r >> 2) + S_FLAGS] & STR_INTERNED) !== 0;
}

/** For tests: the root's intern dict word. */
export function internDictRef(): Ref {
  return I32[(I32[CTL_ROOT] >> 2) + RT_INTERNED] as Ref;
}
