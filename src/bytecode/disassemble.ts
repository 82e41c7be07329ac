// A disassembler in the spirit of `python -m dis` (CPython 3.11), driven by the opcode table.
// Offsets are instruction indices (ours are one Int32 each), not byte offsets. Pure function;
// any thread may call it.

import { isCodeObject, isConstTuple, type CodeObject, type Const } from './code-object.js';
import { argOf, BINARY_OPS, COMPARE_OPS, OPCODES, opOf } from './opcodes.js';

/** Disassembles `code` and, after it, every nested code object (recursively, depth first). */
export function disassemble(code: CodeObject): string {
  const ids = new Map<CodeObject, number>();
  const order: CodeObject[] = [];
  const collect = (co: CodeObject): void => {
    ids.set(co, ids.size + 1);
    order.push(co);
    for (const c of co.consts) if (isCodeObject(c)) collect(c);
  };
  collect(code);
  const out: string[] = [];
  for (const co of order) {
    if (out.length > 0) out.push('');
    out.push(`Disassembly of ${codeRepr(co, ids)}:`);
    out.push(...disassembleOne(co, ids));
  }
  return out.join('\n') + '\n';
}

function codeRepr(co: CodeObject, ids: Map<CodeObject, number>): string {
  const addr = '0x' + (ids.get(co) ?? 0).toString(16).padStart(4, '0');
  return `<code object ${co.name} at ${addr}, file "${co.filename}", line ${co.firstlineno}>`;
}

function disassembleOne(co: CodeObject, ids: Map<CodeObject, number>): string[] {
  const lines: string[] = [];
  const n = co.code.length;
  const targets = new Set<number>();
  for (let i = 0; i < n; i++) {
    const info = OPCODES[opOf(co.code[i]!)];
    if (info?.arg === 'label') targets.add(argOf(co.code[i]!));
  }
  for (let j = 0; j < co.excTable.length; j += 4) targets.add(co.excTable[j + 2]!);
  const localsplus = [...co.varnames, ...co.cellvars, ...co.freevars];
  const offsetWidth = Math.max(4, String(n).length);
  let lastLine = -1;
  for (let i = 0; i < n; i++) {
    const ins = co.code[i]!;
    const op = opOf(ins);
    const arg = argOf(ins);
    const info = OPCODES[op];
    const line = co.positions[i * 4]!;
    let lineStr = '   ';
    if (line !== lastLine && line > 0) {
      if (lastLine !== -1) lines.push('');
      lineStr = String(line).padStart(3);
      lastLine = line;
    }
    const fields = [lineStr, '   ', targets.has(i) ? '>>' : '  ', String(i).padStart(offsetWidth)];
    if (!info) {
      fields.push(`<${op}>`);
      lines.push(fields.join(' ').trimEnd());
      continue;
    }
    fields.push(info.name.padEnd(20));
    if (info.arg !== 'none') {
      fields.push(String(arg).padStart(5));
      const meaning = argMeaning(co, info.name, info.arg, arg, localsplus, ids);
      if (meaning !== '') fields.push(`(${meaning})`);
    }
    lines.push(fields.join(' ').trimEnd());
  }
  if (co.excTable.length > 0) {
    lines.push('ExceptionTable:');
    for (let j = 0; j < co.excTable.length; j += 4) {
      const [start, end, target, depth] = [co.excTable[j]!, co.excTable[j + 1]!, co.excTable[j + 2]!, co.excTable[j + 3]!];
      lines.push(`  ${start} to ${end - 1} -> ${target} [${depth}]`);
    }
  }
  return lines;
}

const FORMAT_CONVERSIONS = ['', 'str', 'repr', 'ascii'];

function argMeaning(
  co: CodeObject,
  name: string,
  kind: string,
  arg: number,
  localsplus: string[],
  ids: Map<CodeObject, number>,
): string {
  switch (kind) {
    case 'const': {
      const c = co.consts[arg];
      return c === undefined ? '<bad const>' : constRepr(c, ids);
    }
    case 'name':
      return co.names[arg] ?? '<bad name>';
    case 'local':
      return localsplus[arg] ?? '<bad local>';
    case 'label':
      return `to ${arg}`;
    case 'binop':
      return BINARY_OPS[arg] ?? '<bad binop>';
    case 'cmp':
      return COMPARE_OPS[arg] ?? '<bad cmp>';
    case 'flags':
      if (name === 'FORMAT_VALUE') {
        const parts: string[] = [];
        if (FORMAT_CONVERSIONS[arg & 3]) parts.push(FORMAT_CONVERSIONS[arg & 3]!);
        if (arg & 4) parts.push('with format');
        return parts.join(', ');
      }
      if (name === 'MAKE_FUNCTION') {
        const parts: string[] = [];
        if (arg & 1) parts.push('defaults');
        if (arg & 2) parts.push('kwdefaults');
        if (arg & 4) parts.push('annotations');
        if (arg & 8) parts.push('closure');
        return parts.join(', ');
      }
      if (name === 'IS_OP') return arg ? 'is not' : 'is';
      if (name === 'CONTAINS_OP') return arg ? 'not in' : 'in';
      if (name === 'UNPACK_EX') return `${arg & 0xff} before, ${arg >> 8} after`;
      return '';
    default:
      return '';
  }
}

// ====================== Python reprs of constants ======================

export function constRepr(c: Const, ids?: Map<CodeObject, number>): string {
  if (c === null) return 'None';
  switch (typeof c) {
    case 'bigint':
      return c.toString();
    case 'boolean':
      return c ? 'True' : 'False';
    case 'string':
      return pyStrRepr(c);
    case 'object':
      if (c instanceof Uint8Array) return pyBytesRepr(c);
      if (isConstTuple(c)) {
        const items = c.tuple.map((x) => constRepr(x, ids));
        return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
      }
      if (isCodeObject(c)) return codeRepr(c, ids ?? new Map());
      if ('float' in c) return pyFloatRepr(c.float);
      if ('ellipsis' in c) return 'Ellipsis';
  }
  return String(c);
}

/** repr() of a Python float (shortest round-trip digits, Python's exponent rules). */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, expStr] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mant.replace('.', '');
  const exp = Number(expStr);
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const e = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return `${sign}${m}e${e}`;
}

/** repr() of a Python str: non-printable characters (categories C* and Z* but ' ') are escaped. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp >= 0x80 && /[\p{C}\p{Z}]/u.test(ch)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

export function pyBytesRepr(b: Uint8Array): string {
  const hasSingle = b.includes(0x27);
  const hasDouble = b.includes(0x22);
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const c of b) {
    const ch = String.fromCharCode(c);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}
