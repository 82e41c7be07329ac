/*
 * The registry of native (JS) functions callable from Python. A BUILTIN heap object stores only the
 * index of its native here (aux), so every worker must build the same registry in the same order:
 * registration happens at module load, from code that is identical in every worker.
 *
 * Calling convention: fn(args, argc, kw). `args` is the Int32 word index of the first argument in the
 * heap (arguments sit on the caller's value stack, so they are rooted); `argc` counts positional and
 * keyword values; `kw` is NULL or a tuple of the keyword names, whose values are the last
 * tupleLen(kw) arguments. A method receives its self as args[0]. Returns a Ref; raises by throwing.
 */

import type { Ref } from '../heap/value.js';

export type NativeFn = (args: number, argc: number, kw: Ref) => Ref;

export interface NativeInfo {
  fn: NativeFn;
  name: string;
}

export const NATIVES: NativeInfo[] = [];

export function registerNative(name: string, fn: NativeFn): number {
  NATIVES.push({ fn, name });
  return NATIVES.length - 1;
}
