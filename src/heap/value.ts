// Python values as 32-bit refs (DESIGN.md §2): odd = small int, 0 = NULL, even = heap byte offset.
// Pure functions; run by every worker.

/** A Python value: a tagged small int or the byte offset of a heap object. Never a bare number. */
export type Ref = number & { readonly __ref: unique symbol };

export const NULL = 0 as Ref;

/** Small ints are 31-bit: [-2**30, 2**30). */
export const SMALL_MIN = -0x4000_0000;
export const SMALL_MAX = 0x3fff_ffff;

export function isSmall(r: Ref): boolean {
  return (r & 1) === 1;
}
export function smallValue(r: Ref): number {
  return r >> 1;
}
/** Caller guarantees SMALL_MIN <= v <= SMALL_MAX and v is an integer. */
export function mkSmall(v: number): Ref {
  return ((v << 1) | 1) as Ref;
}
export function fitsSmall(v: number): boolean {
  return v >= SMALL_MIN && v <= SMALL_MAX;
}
export function isHeap(r: Ref): boolean {
  return (r & 1) === 0 && r !== 0;
}
