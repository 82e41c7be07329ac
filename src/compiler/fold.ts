// Constant folding of operators on constants, as CPython 3.11's AST optimizer (Python/ast_opt.c) does:
// `10 ** 12`, `2 * 3 + 1`, `"-" * 40`, `not True`, `(1, 2) + (3,)` compile to one LOAD_CONST. The same
// limits keep code objects small: ints of at most 128 bits from *, ** and <<, strings and bytes of at
// most 4096 items and tuples of at most 256 from *. The arithmetic is the VM's own (runtime/numeric.ts,
// pure functions), so a folded value is the value the instruction would have computed. An operation that would raise (1 / 0, 1 << -1,
// "a" - 1) is never folded: it raises when it runs, with its traceback. `%` on str and bytes is left
// to run time (formatting), as CPython leaves it. A negative base to a fractional power, a complex
// number in CPython, raises in pygil (no complex type), so it is not folded either. Values are the
// compiler's Const forms (bigint ints, { float } floats, JS strings, Uint8Array bytes, { tuple }).

import type { Const } from '../bytecode/code-object.js';
import { isConstTuple } from '../bytecode/code-object.js';
import { PyErr } from '../common/errors.js';
import { floatDivmod, floatPow, floatTrueDiv, floorDiv, intPow, intToFloat, intTrueDiv, mod } from '../runtime/numeric.js';

const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

type Num = { int: bigint; bool: boolean } | { float: number };

function isFloat(c: Const): c is { float: number } {
  return typeof c === 'object' && c !== null && 'float' in c;
}

/** An int, bool or float constant as a number; null for anything else. */
function num(c: Const): Num | null {
  if (typeof c === 'bigint') return { int: c, bool: false };
  if (typeof c === 'boolean') return { int: c ? 1n : 0n, bool: true };
  if (isFloat(c)) return c;
  return null;
}

function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function intOp(op: string, a: bigint, b: bigint, bothBool: boolean): Const | undefined {
  switch (op) {
    case 'Add': return a + b;
    case 'Sub': return a - b;
    case 'Mult':
      return a !== 0n && b !== 0n && bits(a) + bits(b) > MAX_INT_BITS ? undefined : a * b;
    case 'FloorDiv': return floorDiv(a, b);
    case 'Mod': return mod(a, b);
    case 'Div': return { float: intTrueDiv(a, b) };
    case 'Pow': {
      if (a !== 0n && b > 0n && (b > BigInt(MAX_INT_BITS) || bits(a) > Math.floor(MAX_INT_BITS / Number(b)))) return undefined;
      const r = intPow(a, b);
      return typeof r === 'bigint' ? r : { float: r };
    }
    case 'LShift':
      if (b < 0n) return undefined;
      return a !== 0n && (b > BigInt(MAX_INT_BITS) || bits(a) > MAX_INT_BITS - Number(b)) ? undefined : a << b;
    case 'RShift': return b < 0n ? undefined : a >> b;
    case 'BitAnd': return bothBool ? (a & b) !== 0n : a & b;
    case 'BitOr': return bothBool ? (a | b) !== 0n : a | b;
    case 'BitXor': return bothBool ? (a ^ b) !== 0n : a ^ b;
    default: return undefined;
  }
}

function floatOp(op: string, x: number, y: number): Const | undefined {
  switch (op) {
    case 'Add': return { float: x + y };
    case 'Sub': return { float: x - y };
    case 'Mult': return { float: x * y };
    case 'Div': return { float: floatTrueDiv(x, y) };
    case 'Mod': return { float: floatDivmod(x, y)[1] };
    case 'FloorDiv': return { float: floatDivmod(x, y)[0] };
    case 'Pow': return { float: floatPow(x, y) };
    default: return undefined;
  }
}

/** Items of a constant tuple, nested tuples counted through, as CPython's check_complexity. */
function totalItems(c: Const): number {
  return isConstTuple(c) ? c.tuple.reduce((n: number, x) => n + 1 + totalItems(x), 0) : 0;
}

/** seq * n, folded as CPython's safe_multiply allows: a non-empty sequence only for 0 <= n and a
 *  result within the size limits. */
function repeat(seq: Const, n: bigint): Const | undefined {
  if (typeof seq === 'string') {
    const len = BigInt(codePoints(seq));
    if (len > 0n && (n < 0n || len * n > BigInt(MAX_STR_SIZE))) return undefined;
    return n <= 0n ? '' : seq.repeat(Number(n));
  }
  if (seq instanceof Uint8Array) {
    if (seq.length > 0 && (n < 0n || BigInt(seq.length) * n > BigInt(MAX_STR_SIZE))) return undefined;
    const k = n <= 0n ? 0 : Number(n);
    const out = new Uint8Array(seq.length * k);
    for (let i = 0; i < k; i++) out.set(seq, i * seq.length);
    return out;
  }
  if (isConstTuple(seq)) {
    if (seq.tuple.length > 0) {
      if (n < 0n || BigInt(seq.tuple.length) * n > BigInt(MAX_COLLECTION_SIZE)) return undefined;
      if (n > 0n && totalItems(seq) > Math.floor(MAX_TOTAL_ITEMS / Number(n))) return undefined;
    }
    const items: Const[] = [];
    for (let i = 0n; i < n; i++) items.push(...seq.tuple);
    return { tuple: items };
  }
  return undefined;
}

/** left <op> right for two constants (op as in ast.BinOp), or undefined when CPython would not fold
 *  (or the operation raises: it is left to raise at run time). */
export function foldBinary(op: string, left: Const, right: Const): Const | undefined {
  try {
    return fold(op, left, right);
  } catch (e) {
    if (e instanceof PyErr) return undefined;
    throw e;
  }
}

function fold(op: string, left: Const, right: Const): Const | undefined {
  const a = num(left);
  const b = num(right);
  if (a !== null && b !== null) {
    if ('int' in a && 'int' in b) return intOp(op, a.int, b.int, a.bool && b.bool);
    const x = 'int' in a ? intToFloat(a.int) : a.float;
    const y = 'int' in b ? intToFloat(b.int) : b.float;
    return floatOp(op, x, y);
  }
  if (op === 'Add') {
    if (typeof left === 'string' && typeof right === 'string') return left + right;
    if (left instanceof Uint8Array && right instanceof Uint8Array) {
      const out = new Uint8Array(left.length + right.length);
      out.set(left);
      out.set(right, left.length);
      return out;
    }
    if (isConstTuple(left) && isConstTuple(right)) return { tuple: [...left.tuple, ...right.tuple] };
    return undefined;
  }
  if (op === 'Mult') {
    if (a !== null && 'int' in a) return repeat(right, a.int);
    if (b !== null && 'int' in b) return repeat(left, b.int);
  }
  return undefined;
}

function truthy(c: Const): boolean {
  if (c === null) return false;
  if (typeof c === 'boolean') return c;
  if (typeof c === 'bigint') return c !== 0n;
  if (typeof c === 'string') return c.length > 0;
  if (c instanceof Uint8Array) return c.length > 0;
  if (isFloat(c)) return c.float !== 0;
  if (isConstTuple(c)) return c.tuple.length > 0;
  return true; // Ellipsis (code objects are never operands)
}

/** <op> operand for a constant (op as in ast.UnaryOp), or undefined when CPython would not fold. */
export function foldUnary(op: string, operand: Const): Const | undefined {
  if (op === 'Not') return !truthy(operand);
  const n = num(operand);
  if (n === null) return undefined;
  if ('float' in n) {
    if (op === 'USub') return { float: -n.float };
    if (op === 'UAdd') return n;
    return undefined; // ~ of a float raises
  }
  if (op === 'USub') return -n.int;
  if (op === 'UAdd') return n.int;
  return ~n.int;
}
