// The compiler's output: a code object as plain, immutable JS data (CPython's PyCodeObject).
// The VM loads it into the shared heap once (src/vm/load-code.ts); each worker may keep a private
// decoded copy keyed by the heap code object's serial number (DESIGN.md §2: never-changing data).

import type { ConstantValue } from '../parser/ast.js';

/** A constant in co_consts: a literal, a nested code object, or a tuple of constants
 *  (keyword-name tuples for CALL_KW, folded constant tuples). */
export type Const = ConstantValue | CodeObject | ConstTuple;

export interface ConstTuple {
  tuple: Const[];
}

export function isConstTuple(c: Const): c is ConstTuple {
  return typeof c === 'object' && c !== null && 'tuple' in c;
}

export function isCodeObject(c: Const): c is CodeObject {
  return typeof c === 'object' && c !== null && 'code' in c && 'varnames' in c;
}

export interface CodeObject {
  /** co_name: 'f', '<module>', '<lambda>', '<listcomp>', '<genexpr>', class name for a class body. */
  name: string;
  /** co_qualname: 'C.method', 'f.<locals>.g', as CPython 3.11. */
  qualname: string;
  filename: string;
  firstlineno: number;

  /** Positional parameters, posonly included (co_argcount). */
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** CO_* bits from opcodes.ts. */
  flags: number;
  /** Maximum value-stack depth, computed from the opcode table's pops/pushes. */
  stacksize: number;

  /** Local variable names; parameters first, in order: positional, kw-only, *args, **kwargs. */
  varnames: string[];
  /** Names of locals that inner functions capture (cells made at frame entry; a cell whose name is
   *  also a parameter starts holding the argument's value). */
  cellvars: string[];
  /** Names captured from enclosing functions (copied from the function's closure at frame entry). */
  freevars: string[];
  /** Global/attribute/imported names used by the *_NAME, *_GLOBAL, *_ATTR, LOAD_METHOD, IMPORT_* ops. */
  names: string[];
  consts: Const[];

  /** The instructions: opcode | arg << 8 (see opcodes.ts). localsplus = varnames ++ cellvars ++ freevars. */
  code: Int32Array;
  /** Source positions, 4 per instruction: lineno, end_lineno, col_offset, end_col_offset
   *  (1-based lines, 0-based columns, as CPython's co_positions()). 0 where unknown. */
  positions: Int32Array;
  /** Exception table, 4 per entry: start, end (exclusive), target, depth. Instruction indices,
   *  entries sorted by start and non-overlapping; each covers the innermost handler of its range. */
  excTable: Int32Array;
}
