/*
 * Constructors and accessors of the simple heap objects: ints, floats, tuples, lists and their
 * backing arrays, cells, bound methods, ranges, slices, iterators. No Python semantics here (no
 * dunder calls); the runtime layers those on top. Caller holds the GIL for every function.
 */

import {
  CELL_CONTENTS, F_VALUE, H_AUX, I_LIMBS, I_NLIMBS, L_DICT, L_ITEMS, M_FUNC, M_SELF, T_ITEMS, Tag,
  FALSE_REF, TRUE_REF, NONE_REF,
} from './layout.js';
import { alloc } from './alloc.js';
import { F64, I32, U32 } from './memory.js';
import { mkSmall, SMALL_MAX, SMALL_MIN, type Ref } from './value.js';

export const NONE = NONE_REF as Ref;
export const TRUE = TRUE_REF as Ref;
export const FALSE = FALSE_REF as Ref;

/** Type object refs of the builtin types these constructors stamp into headers, filled in by the
 *  runtime's bootstrap (runtime/types.ts) in every worker. */
export const objTypes = {
  int: 0 as Ref, float: 0 as Ref, tuple: 0 as Ref, list: 0 as Ref, cell: 0 as Ref, method: 0 as Ref,
  range: 0 as Ref, slice: 0 as Ref, iter: 0 as Ref,
};

export function bool(b: boolean): Ref {
  return b ? TRUE : FALSE;
}

// ---------------------------------------------------------------- int

/** A Python int from a JS integer (safe-integer range). */
export function intFromNumber(v: number): Ref {
  if (v >= SMALL_MIN && v <= SMALL_MAX) return mkSmall(v);
  // A safe integer beyond 31 bits: two limbs straight from the number (no bigint on the way).
  const neg = v < 0;
  const m = neg ? -v : v;
  const lo = m % 4294967296;
  const hi = (m - lo) / 4294967296;
  const n = hi > 0 ? 2 : 1;
  const r = alloc(I_LIMBS + n, Tag.INT, objTypes.int, neg ? -1 : 1);
  const w = r >> 2;
  I32[w + I_NLIMBS] = n;
  U32[w + I_LIMBS] = lo;
  if (n === 2) U32[w + I_LIMBS + 1] = hi;
  return r;
}

/** The value of an int Ref as a JS number when it is a safe integer, else NaN. */
export function intToSafeNumber(r: Ref): number {
  if ((r & 1) === 1) return r >> 1;
  const w = r >> 2;
  const n = I32[w + I_NLIMBS];
  if (n > 2) return NaN;
  const hi = n === 2 ? U32[w + I_LIMBS + 1] : 0;
  if (hi >= 0x200000) return NaN;
  const v = hi * 4294967296 + U32[w + I_LIMBS];
  return I32[w + H_AUX] < 0 ? -v : v;
}

/** A Python int from a bigint: small when it fits, else a heap INT. */
export function intFromBigInt(v: bigint): Ref {
  if (v >= -0x4000_0000n && v <= 0x3fff_ffffn) return mkSmall(Number(v));
  return newBigInt(v);
}

/** A heap INT holding v (any size), of type `type` (int, or an int subclass). */
export function newBigInt(v: bigint, type: Ref = objTypes.int): Ref {
  const neg = v < 0n;
  let m = neg ? -v : v;
  const limbs: number[] = [];
  while (m > 0n) {
    limbs.push(Number(m & 0xffff_ffffn));
    m >>= 32n;
  }
  const r = alloc(I_LIMBS + limbs.length, Tag.INT, type, neg ? -1 : 1);
  const w = r >> 2;
  I32[w + I_NLIMBS] = limbs.length;
  for (let i = 0; i < limbs.length; i++) U32[w + I_LIMBS + i] = limbs[i];
  return r;
}

/** The value of a heap INT as a bigint. */
export function bigIntValue(r: Ref): bigint {
  const w = r >> 2;
  const n = I32[w + I_NLIMBS];
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(U32[w + I_LIMBS + i]);
  return I32[w + H_AUX] < 0 ? -v : v;
}

/** The value of a heap INT as a JS number (may round). */
export function bigIntToNumber(r: Ref): number {
  const w = r >> 2;
  const n = I32[w + I_NLIMBS];
  let v = 0;
  for (let i = n - 1; i >= 0; i--) v = v * 4294967296 + U32[w + I_LIMBS + i];
  return I32[w + H_AUX] < 0 ? -v : v;
}

// ---------------------------------------------------------------- float

export function newFloat(x: number): Ref {
  const r = alloc(6, Tag.FLOAT, objTypes.float, 0);
  F64[(r >> 3) + 2] = x;
  return r;
}

export function floatValue(r: Ref): number {
  return F64[(r >> 3) + (F_VALUE >> 1)];
}

// ---------------------------------------------------------------- tuple

/** A tuple of `n` NULL items, to be filled with tupleSetInit. */
export function newTuple(n: number): Ref {
  return alloc(T_ITEMS + n, Tag.TUPLE, objTypes.tuple, n);
}

export function tupleFrom(items: readonly Ref[]): Ref {
  const t = newTuple(items.length);
  const w = (t >> 2) + T_ITEMS;
  for (let i = 0; i < items.length; i++) I32[w + i] = items[i];
  return t;
}

export function tupleLen(t: Ref): number {
  return I32[(t >> 2) + H_AUX];
}
export function tupleGet(t: Ref, i: number): Ref {
  return I32[(t >> 2) + T_ITEMS + i] as Ref;
}
export function tupleSetInit(t: Ref, i: number, v: Ref): void {
  I32[(t >> 2) + T_ITEMS + i] = v;
}

// ---------------------------------------------------------------- list

/** A backing ARRAY of `cap` slots. */
export function newArray(cap: number): Ref {
  return alloc(T_ITEMS + cap, Tag.ARRAY, 0, cap);
}

export function newList(len = 0, cap = len, type: Ref = objTypes.list): Ref {
  const items = newArray(Math.max(cap, len, 0));
  // `items` is only in a JS local here, but alloc never collects, so it is safe.
  const l = alloc(6, Tag.LIST, type, len);
  I32[(l >> 2) + L_ITEMS] = items;
  return l;
}

export function listFrom(items: readonly Ref[]): Ref {
  const l = newList(items.length);
  const w = (I32[(l >> 2) + L_ITEMS] >> 2) + T_ITEMS;
  for (let i = 0; i < items.length; i++) I32[w + i] = items[i];
  return l;
}

export function listLen(l: Ref): number {
  return I32[(l >> 2) + H_AUX];
}
/** Word index of item 0 of a list (valid until the list next grows). */
export function listItemsWord(l: Ref): number {
  return (I32[(l >> 2) + L_ITEMS] >> 2) + T_ITEMS;
}
export function listGet(l: Ref, i: number): Ref {
  return I32[(I32[(l >> 2) + L_ITEMS] >> 2) + T_ITEMS + i] as Ref;
}
export function listSet(l: Ref, i: number, v: Ref): void {
  I32[(I32[(l >> 2) + L_ITEMS] >> 2) + T_ITEMS + i] = v;
}
export function listDict(l: Ref): Ref {
  return I32[(l >> 2) + L_DICT] as Ref;
}

/** Makes room for `n` items (CPython's over-allocation: n + n/8 + 6). */
export function listReserve(l: Ref, n: number): void {
  const lw = l >> 2;
  const arr = I32[lw + L_ITEMS];
  const cap = I32[(arr >> 2) + H_AUX];
  if (n <= cap) return;
  const newCap = n + (n >> 3) + 6;
  const fresh = newArray(newCap);
  const len = I32[lw + H_AUX];
  I32.copyWithin((fresh >> 2) + T_ITEMS, (arr >> 2) + T_ITEMS, (arr >> 2) + T_ITEMS + len);
  I32[lw + L_ITEMS] = fresh;
}

export function listAppend(l: Ref, v: Ref): void {
  const lw = l >> 2;
  const len = I32[lw + H_AUX];
  let arr = I32[lw + L_ITEMS];
  if (len >= I32[(arr >> 2) + H_AUX]) {
    listReserve(l, len + 1);
    arr = I32[lw + L_ITEMS];
  }
  I32[(arr >> 2) + T_ITEMS + len] = v;
  I32[lw + H_AUX] = len + 1;
}

/** Sets the length, NULLing dropped slots (so the collector frees what they held) or growing. */
export function listSetLen(l: Ref, n: number): void {
  const lw = l >> 2;
  const len = I32[lw + H_AUX];
  if (n > len) listReserve(l, n);
  const w = (I32[lw + L_ITEMS] >> 2) + T_ITEMS;
  if (n < len) I32.fill(0, w + n, w + len);
  I32[lw + H_AUX] = n;
}

export function listInsert(l: Ref, i: number, v: Ref): void {
  const len = listLen(l);
  listReserve(l, len + 1);
  const w = listItemsWord(l);
  I32.copyWithin(w + i + 1, w + i, w + len);
  I32[w + i] = v;
  I32[(l >> 2) + H_AUX] = len + 1;
}

/** Removes item i and returns it. */
export function listRemoveAt(l: Ref, i: number): Ref {
  const len = listLen(l);
  const w = listItemsWord(l);
  const v = I32[w + i] as Ref;
  I32.copyWithin(w + i, w + i + 1, w + len);
  I32[w + len - 1] = 0;
  I32[(l >> 2) + H_AUX] = len - 1;
  return v;
}

// ---------------------------------------------------------------- cells, bound methods

export function newCell(contents: Ref): Ref {
  const c = alloc(6, Tag.CELL, objTypes.cell, 0);
  I32[(c >> 2) + CELL_CONTENTS] = contents;
  return c;
}

export function newMethod(func: Ref, self: Ref): Ref {
  const m = alloc(6, Tag.METHOD, objTypes.method, 0);
  I32[(m >> 2) + M_FUNC] = func;
  I32[(m >> 2) + M_SELF] = self;
  return m;
}

/** A generic object with `nfields` Ref fields from word 4 (e.g. ITER objects: aux = kind). */
export function newFields(tag: number, type: Ref, aux: number, nfields: number): Ref {
  return alloc(4 + nfields, tag, type, aux);
}

export function field(r: Ref, i: number): Ref {
  return I32[(r >> 2) + i] as Ref;
}
export function setField(r: Ref, i: number, v: Ref | number): void {
  I32[(r >> 2) + i] = v;
}
export function tagOf(r: Ref): number {
  return I32[r >> 2] & 0xff;
}
export function auxOf(r: Ref): number {
  return I32[(r >> 2) + H_AUX];
}
export function setAux(r: Ref, v: number): void {
  I32[(r >> 2) + H_AUX] = v;
}
