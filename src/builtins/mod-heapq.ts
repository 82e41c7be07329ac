/*
 * `_heapq`: the heap operations in TypeScript, as CPython's Modules/_heapqmodule.c accelerates
 * lib/heapq.py (which imports these over its pure-Python definitions). asyncio's timers are a heap
 * (loop.call_at, asyncio.sleep), so every sleeping task goes through heappush and heappop.
 *
 * Semantics as the C module: the heap must be a list (TypeError), items are ordered by `<` (rich
 * comparison, so __lt__ methods run and may raise), a comparison that changes the list's size raises
 * RuntimeError, and an item out of the list while comparisons run Python code is rooted. Caller holds
 * the GIL.
 */

import { I32 } from '../heap/memory.js';
import type { Ref } from '../heap/value.js';
import { NONE, listAppend, listGet, listLen, listSet, listSetLen } from '../heap/objects.js';
import { raise } from '../runtime/exceptions.js';
import { checkArgc, noKw } from '../runtime/call.js';
import { compareOp, tagOf, tname, truthy } from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import { Tag } from '../heap/layout.js';
import { defModule } from './define.js';

const LT = 0;

/** a < b, or (max-heap) b < a, as PyObject_RichCompareBool with Py_LT. */
function less(a: Ref, b: Ref): boolean {
  if ((a & b & 1) === 1) return a < b; // two small ints: tagged order is numeric order
  return truthy(compareOp(a, b, LT));
}

/** The heap argument (a list or a list subclass, as PyList_Check) of a call with n arguments. */
function heapArg(fname: string, args: number, argc: number, kw: Ref, n: number): Ref {
  noKw(fname, kw);
  checkArgc(fname, argc, n, n);
  const heap = I32[args] as Ref;
  if (tagOf(heap) !== Tag.LIST) {
    // Argument Clinic's wording (_PyArg_BadArgument)
    const got = heap === NONE ? 'None' : tname(heap);
    raise('TypeError', `${fname}() argument${n === 1 ? '' : ' 1'} must be list, not ${got}`);
  }
  return heap;
}

/** Moves the item at pos up towards startpos while it is smaller than its parent (_siftdown). */
function siftDown(heap: Ref, startpos: number, pos: number, max: boolean): void {
  const size = listLen(heap);
  const newitem = listGet(heap, pos);
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = listGet(heap, parentpos);
    const lt = max ? less(parent, newitem) : less(newitem, parent);
    if (listLen(heap) !== size) raise('RuntimeError', 'list changed size during iteration');
    if (!lt) break;
    // Swap rather than move, so that the list holds every item whenever Python code runs.
    listSet(heap, parentpos, listGet(heap, pos));
    listSet(heap, pos, parent);
    pos = parentpos;
  }
}

/** Moves the smaller child up until pos is a leaf, then sifts the item there down (_siftup). */
function siftUp(heap: Ref, pos: number, max: boolean): void {
  const endpos = listLen(heap);
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = listGet(heap, childpos);
      const b = listGet(heap, childpos + 1);
      const lt = max ? less(b, a) : less(a, b);
      if (listLen(heap) !== endpos) raise('RuntimeError', 'list changed size during iteration');
      if (!lt) childpos += 1;
    }
    const t = listGet(heap, childpos);
    listSet(heap, childpos, listGet(heap, pos));
    listSet(heap, pos, t);
    pos = childpos;
  }
  siftDown(heap, startpos, pos, max);
}

function pop(heap: Ref, max: boolean): Ref {
  const n = listLen(heap);
  if (n === 0) raise('IndexError', 'index out of range');
  const last = listGet(heap, n - 1);
  listSetLen(heap, n - 1);
  return n === 1 ? last : replace(heap, last, max);
}

/** Puts item at the top and sifts it into place; returns the old top (rooted meanwhile: it is out of
 *  the list while __lt__ methods run). */
function replace(heap: Ref, item: Ref, max: boolean): Ref {
  if (listLen(heap) === 0) raise('IndexError', 'index out of range');
  const top = listGet(heap, 0);
  listSet(heap, 0, item);
  const mark = root(top);
  try {
    siftUp(heap, 0, max);
  } finally {
    unroot(mark);
  }
  return top;
}

function heapify(heap: Ref, max: boolean): void {
  for (let i = (listLen(heap) >> 1) - 1; i >= 0; i--) siftUp(heap, i, max);
}

defModule('_heapq', {
  heappush: (args, argc, kw) => {
    const heap = heapArg('heappush', args, argc, kw, 2);
    listAppend(heap, I32[args + 1] as Ref);
    siftDown(heap, 0, listLen(heap) - 1, false);
    return NONE;
  },
  heappop: (args, argc, kw) => pop(heapArg('heappop', args, argc, kw, 1), false),
  heapreplace: (args, argc, kw) => replace(heapArg('heapreplace', args, argc, kw, 2), I32[args + 1] as Ref, false),
  heappushpop: (args, argc, kw) => {
    const heap = heapArg('heappushpop', args, argc, kw, 2);
    const item = I32[args + 1] as Ref;
    if (listLen(heap) === 0) return item;
    const top = listGet(heap, 0);
    const lt = less(top, item);
    if (listLen(heap) === 0) raise('IndexError', 'index out of range');
    if (!lt) return item;
    return replace(heap, item, false);
  },
  heapify: (args, argc, kw) => {
    heapify(heapArg('heapify', args, argc, kw, 1), false);
    return NONE;
  },
  _heappop_max: (args, argc, kw) => pop(heapArg('_heappop_max', args, argc, kw, 1), true),
  _heapreplace_max: (args, argc, kw) => replace(heapArg('_heapreplace_max', args, argc, kw, 2), I32[args + 1] as Ref, true),
  _heapify_max: (args, argc, kw) => {
    heapify(heapArg('_heapify_max', args, argc, kw, 1), true);
    return NONE;
  },
});

