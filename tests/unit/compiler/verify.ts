// Test helper: an independent checker of a compiled CodeObject. It re-derives every instruction's
// stack depth by walking the final code (jumps, fallthrough, exception-table entries) and checks
// the invariants the VM relies on.
import type { CodeObject } from '../../../src/bytecode/code-object.js';
import { isCodeObject } from '../../../src/bytecode/code-object.js';
import { argOf, OPCODES, opOf } from '../../../src/bytecode/opcodes.js';
import { stackEffect } from '../../../src/compiler/code-builder.js';

export function allCodeObjects(co: CodeObject): CodeObject[] {
  const out = [co];
  for (const c of co.consts) if (isCodeObject(c)) out.push(...allCodeObjects(c));
  return out;
}

/** Returns a list of problems (empty when the code object is sound). */
export function verifyCode(co: CodeObject): string[] {
  const errs: string[] = [];
  const n = co.code.length;
  const where = `${co.qualname}`;
  const t = co.excTable;
  if (t.length % 4 !== 0) errs.push(`${where}: excTable length`);
  let prevEnd = 0;
  for (let j = 0; j < t.length; j += 4) {
    const [s, e, target, depth] = [t[j]!, t[j + 1]!, t[j + 2]!, t[j + 3]!];
    if (!(s < e)) errs.push(`${where}: empty entry ${s}-${e}`);
    if (s < prevEnd) errs.push(`${where}: entries unsorted/overlapping at ${s}`);
    prevEnd = e;
    if (e > n || target < 0 || target >= n) errs.push(`${where}: entry out of range`);
    if (depth < 0 || depth + 1 > co.stacksize) errs.push(`${where}: entry depth ${depth} vs stacksize ${co.stacksize}`);
  }
  const handlerOf = (i: number): number => {
    for (let j = 0; j < t.length; j += 4) if (t[j]! <= i && i < t[j + 1]!) return j;
    return -1;
  };
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const reach = (i: number, d: number, from: number): void => {
    if (i < 0 || i >= n) {
      errs.push(`${where}: control reaches ${i} from ${from}`);
      return;
    }
    if (d < 0) errs.push(`${where}: negative depth at ${i}`);
    max = Math.max(max, d);
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) errs.push(`${where}: depth ${depth[i]} vs ${d} at ${i} (from ${from})`);
  };
  if (n === 0) errs.push(`${where}: empty code`);
  else reach(0, 0, -1);
  while (work.length > 0 && errs.length < 20) {
    const i = work.pop()!;
    const op = opOf(co.code[i]!);
    const arg = argOf(co.code[i]!);
    const info = OPCODES[op];
    if (!info) {
      errs.push(`${where}: bad opcode at ${i}`);
      continue;
    }
    const d = depth[i]!;
    const h = handlerOf(i);
    if (h >= 0) {
      if (t[h + 3]! > d) errs.push(`${where}: handler depth ${t[h + 3]} above stack depth ${d} at ${i}`);
      reach(t[h + 2]!, t[h + 3]! + 1, i);
    }
    if (info.arg === 'label') reach(arg, d + stackEffect(op, arg, true), i);
    const after = d + stackEffect(op, arg, false);
    if (!info.noFallthrough) reach(i + 1, after, i);
    else max = Math.max(max, after);
    if (info.arg === 'const' && arg >= co.consts.length) errs.push(`${where}: const ${arg} out of range`);
    if (info.arg === 'name' && arg >= co.names.length) errs.push(`${where}: name ${arg} out of range`);
    if (info.arg === 'local' && arg >= co.varnames.length + co.cellvars.length + co.freevars.length) {
      errs.push(`${where}: local ${arg} out of range`);
    }
    if (['LOAD_FAST', 'STORE_FAST', 'DELETE_FAST'].includes(info.name) && arg >= co.varnames.length) {
      errs.push(`${where}: ${info.name} ${arg} is not a varname`);
    }
    if (['LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF', 'LOAD_CLOSURE', 'LOAD_CLASSDEREF'].includes(info.name) && arg < co.varnames.length) {
      errs.push(`${where}: ${info.name} ${arg} is not a cell/free`);
    }
  }
  if (max > co.stacksize) errs.push(`${where}: real max depth ${max} > stacksize ${co.stacksize}`);
  if (co.positions.length !== n * 4) errs.push(`${where}: positions length`);
  return errs;
}
