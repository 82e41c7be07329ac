// The three kinds of error inside pygil (STYLE.md §5), kept apart:
//   CompileError   a SyntaxError/IndentationError found by the parser or the compiler (has a location)
//   InternalError  an interpreter bug; Python code can never catch it; the CLI exits with status 70
//   (PyException, a Python exception object living in the heap, is defined by the VM layer.)

export type CompileErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

/** A syntax error, reported as CPython reports it:
 *    File "x.py", line 3
 *      print(1 +)
 *               ^
 *  SyntaxError: invalid syntax
 *  lineno is 1-based; offset is the 1-based column of the caret (CPython's SyntaxError.offset);
 *  endOffset (exclusive, 1-based) lets the CLI draw ^^^ over a range, as CPython does. */
export class CompileError extends Error {
  constructor(
    readonly pyType: CompileErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    readonly offset: number,
    readonly endLineno: number = lineno,
    readonly endOffset: number = offset + 1,
  ) {
    super(`${pyType}: ${msg} (${filename}, line ${lineno})`);
  }
}

/** An interpreter bug. Never caught by Python code. */
export class InternalError extends Error {}

export function invariant(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new InternalError(msg);
}

/** A Python exception described in JS terms, thrown by pure helpers (formatting, numeric code,
 *  parsing of literals) that know nothing of the heap. The VM turns it into a heap exception of
 *  builtin type `pyType` with the single argument `pyMsg` where it catches it. */
export class PyErr extends Error {
  constructor(
    readonly pyType: string,
    readonly pyMsg: string,
  ) {
    super(`${pyType}: ${pyMsg}`);
  }
}
