// parse(source, filename): source text -> Module AST, or a CompileError worded and located as
// CPython 3.11 would report it. Runs on the parsing thread; reuses one lexer and one parser.
//
// CPython produces its better messages in a second parser pass with extra invalid_* rules.
// We get the same effect differently: the Chevrotain parse fails at a token, and describeError()
// looks at the tokens around it (re-parsing small slices with the same parser when it needs to
// know where an expression starts or ends) to pick CPython's message.
import type { IToken, IRecognitionException } from 'chevrotain';
import { tokenize, LexError, positionOf, type LexResult } from '../../grammar/lexer.js';
import { getParser, type PythonParser } from '../../grammar/parser.js';
import * as tk from '../../grammar/tokens.js';
import { AstBuilder, exprName } from './to-ast.js';
import type { Module, Expr } from './ast.js';
import { CompileError } from '../common/errors.js';

/** Parses a whole module. Throws CompileError (SyntaxError/IndentationError/TabError), never anything else. */
export function parse(source: string, filename: string): Module {
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  try {
    return parseModule(source, filename);
  } catch (e) {
    if (e instanceof CompileError) throw e;
    if (e instanceof LexError) throw unexpectedIndentBefore(e, filename) ?? fromLexError(e, source, filename);
    if (e instanceof RangeError) {
      // JS stack exhausted by absurd nesting; CPython would fail similarly (s_push: too many nested...).
      throw new CompileError('SyntaxError', 'too many nested parentheses', filename, 1, 1);
    }
    throw new CompileError('SyntaxError', `internal parser error: ${e instanceof Error ? e.message : String(e)}`, filename, 1, 1);
  }
}

function fromLexError(e: LexError, source: string, filename: string): CompileError {
  const starts = lineStartsOf(source);
  const pos = positionOf(starts, e.offset0);
  let end = e.endOffset ?? pos.column;
  if (end <= 0) end = pos.column;
  return new CompileError(e.pyType, e.msg, filename, pos.line, pos.column, pos.line, end + (e.endOffset === undefined ? 0 : 0));
}

/** CPython reports "unexpected indent" without looking for tokenizer errors further on (its
 *  _Pypegen_set_syntax_error), so a parse of the tokens before a tokenizer error that stops at
 *  an INDENT wins over that error. */
function unexpectedIndentBefore(e: LexError, filename: string): CompileError | null {
  const partial = e.partialTokens;
  if (partial === null || partial.length === 0) return null;
  const tokens = partial.slice();
  const first = tokens[0]!;
  if (first.tokenType !== tk.Indent && first.startColumn! > 1) {
    return new CompileError('IndentationError', 'unexpected indent', filename, first.startLine!, first.startColumn! - 1, first.startLine!, first.startColumn!);
  }
  const parser = getParser();
  parser.startParse(tokens);
  parser.file();
  const tok = parser.errors[0]?.token;
  if (tok?.tokenType === tk.Indent) {
    return new CompileError('IndentationError', 'unexpected indent', filename, tok.startLine!, tok.image.length, tok.startLine!, tok.image.length + 1);
  }
  return null;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function parseModule(source: string, filename: string): Module {
  const lex = tokenize(source);
  const parser = getParser();
  parser.startParse(lex.tokens);
  const cst = parser.file();
  if (parser.errors.length > 0) {
    // Second pass, as CPython makes one: the same parse, now recording how far it looked.
    const firstError = parser.errors[0]!;
    parser.startParse(lex.tokens, true);
    parser.file();
    const furthest = parser.furthest;
    throw describeError(firstError, furthest, lex, source, filename);
  }
  return new AstBuilder(filename, lex.tokens).visit(cst) as Module;
}

// ====================== Error messages ======================

const HEADER_NAMES: Record<string, string> = {
  KwDef: 'function definition',
  KwClass: 'class definition',
  KwIf: "'if' statement",
  KwElif: "'elif' statement",
  KwElse: "'else' statement",
  KwWhile: "'while' statement",
  KwFor: "'for' statement",
  KwWith: "'with' statement",
  KwTry: "'try' statement",
  KwExcept: "'except' statement",
  KwFinally: "'finally' statement",
};

const COLON_RULES = new Set([
  'ifStmt', 'whileStmt', 'forStmt', 'funcDef', 'classDef', 'withStmt', 'parenWithItems', 'tryStmt', 'elseBlock',
  'exceptBlock', 'finallyBlock',
]);

const isLineStart = (tok: IToken | undefined) =>
  tok === undefined || tok.tokenType === tk.Newline || tok.tokenType === tk.Indent || tok.tokenType === tk.Dedent;

const OPENERS = new Set<unknown>([tk.LParen, tk.LSquare, tk.LBrace]);
const CLOSERS = new Set<unknown>([tk.RParen, tk.RSquare, tk.RBrace]);
const ATOM_ENDERS = new Set<unknown>([tk.Name, tk.NumberLit, tk.StringLit, tk.RParen, tk.RSquare, tk.RBrace, tk.KwTrue, tk.KwFalse, tk.KwNone, tk.Ellipsis]);
const EXPR_STARTERS = new Set<unknown>([
  tk.Name, tk.NumberLit, tk.StringLit, tk.LParen, tk.LSquare, tk.LBrace, tk.KwTrue, tk.KwFalse, tk.KwNone, tk.Ellipsis,
  tk.KwLambda, tk.KwNot, tk.Tilde, tk.KwAwait,
]);
const SEPARATORS = new Set<unknown>([
  tk.Comma, tk.Colon, tk.Semi, tk.Newline, tk.Indent, tk.Dedent, tk.Equal, tk.ColonEqual, tk.Arrow, tk.KwReturn,
  tk.KwYield, tk.KwIf, tk.KwElif, tk.KwWhile, tk.KwFor, tk.KwElse, tk.KwAssert, tk.KwDel, tk.KwImport, tk.KwFrom,
  tk.KwAs, tk.KwLambda, tk.KwRaise, tk.KwWith, tk.KwExcept, tk.Star, tk.DoubleStar, tk.At,
]);

class ErrorContext {
  constructor(
    readonly parser: PythonParser,
    readonly tokens: IToken[],
    readonly source: string,
    readonly filename: string,
  ) {}

  at(msg: string, tok: IToken | undefined, type: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): CompileError {
    const { line, col, endLine, endCol } = this.pos(tok);
    return new CompileError(type, msg, this.filename, line, col + 1, endLine, endCol + 1);
  }

  range(msg: string, from: IToken, to: IToken): CompileError {
    const a = this.pos(from);
    const b = this.pos(to);
    return new CompileError('SyntaxError', msg, this.filename, a.line, a.col + 1, b.endLine, b.endCol + 1);
  }

  pos(tok: IToken | undefined): { line: number; col: number; endLine: number; endCol: number } {
    if (tok === undefined || isNaN(tok.startOffset)) {
      const starts = lineStartsOf(this.source);
      const p = positionOf(starts, this.source.length);
      return { line: p.line, col: p.column - 1, endLine: p.line, endCol: p.column - 1 };
    }
    const endCol = tok.endOffset! < tok.startOffset ? tok.startColumn! - 1 : tok.endColumn!;
    return { line: tok.startLine!, col: tok.startColumn! - 1, endLine: tok.endLine!, endCol };
  }

  /** Parses tokens[from..] with one rule; returns how many tokens it consumed, or -1. */
  tryRule(rule: 'disjunctionOnly' | 'expression' | 'starExpressions' | 'bitwiseOr', from: number, to = this.tokens.length): number {
    const p = this.parser;
    p.startParse(this.tokens.slice(from, to));
    p[rule]();
    const errs = p.errors.filter((e) => e.name !== 'NotAllInputParsedException');
    if (errs.length > 0) return -1;
    return (p as unknown as { currIdx: number }).currIdx + 1;
  }

  /** Builds the AST of tokens[from..to) as a disjunction, or null. */
  exprAst(from: number, to: number): Expr | null {
    const p = this.parser;
    p.startParse(this.tokens.slice(from, to));
    const cst = p.disjunctionOnly();
    if (p.errors.length > 0) return null;
    try {
      return new AstBuilder(this.filename, this.tokens).visit(cst) as Expr;
    } catch {
      return null;
    }
  }

  /** Index where the expression ending just before idx starts (back to a separator at its level). */
  exprStart(idx: number): number {
    let depth = 0;
    let j = idx - 1;
    for (; j >= 0; j--) {
      const ty = this.tokens[j]!.tokenType;
      if (CLOSERS.has(ty)) depth++;
      else if (OPENERS.has(ty)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (SEPARATORS.has(ty) || ty.CATEGORIES?.includes(tk.AugAssignOp))) break;
    }
    return j + 1;
  }

  /** The innermost bracket still open just before idx, as a token index, or -1. */
  openBracketBefore(idx: number): number {
    const stack: number[] = [];
    for (let j = 0; j < idx; j++) {
      const ty = this.tokens[j]!.tokenType;
      if (OPENERS.has(ty)) stack.push(j);
      else if (CLOSERS.has(ty)) stack.pop();
    }
    return stack.length ? stack[stack.length - 1]! : -1;
  }
}

/** Two expressions side by side inside brackets: invalid_expression's "Perhaps you forgot a comma?". */
function forgotComma(cx: ErrorContext, idx: number): CompileError | null {
  const tokens = cx.tokens;
  const tok = tokens[idx];
  const prev = tokens[idx - 1];
  if (!tok || !prev || !ATOM_ENDERS.has(prev.tokenType) || !EXPR_STARTERS.has(tok.tokenType)) return null;
  if (cx.openBracketBefore(idx) < 0) return null;
  const a = cx.exprStart(idx);
  const legacy = a === idx - 1 && prev.tokenType === tk.Name && (prev.image === 'print' || prev.image === 'exec');
  const nameString = tokens[a]?.tokenType === tk.Name && tokens[a + 1]?.tokenType === tk.StringLit;
  if (legacy || nameString || cx.tryRule('disjunctionOnly', a, idx) !== idx - a) return null;
  const n = cx.tryRule('expression', idx);
  if (n <= 0) return null;
  return cx.range('invalid syntax. Perhaps you forgot a comma?', tokens[a]!, tokens[idx + n - 1]!);
}

export function describeError(err: IRecognitionException, furthest: number, lex: LexResult, source: string, filename: string): CompileError {
  const tokens = lex.tokens;
  const cx = new ErrorContext(getParser(), tokens, source, filename);
  let idx = tokens.indexOf(err.token);
  if (idx < 0) idx = tokens.length;
  const tok = tokens[idx];
  const far = tokens[Math.min(Math.max(furthest, idx), tokens.length)];

  const prev = tokens[idx - 1];
  const commaError = forgotComma(cx, idx);

  // Brackets left open at the end: CPython says so when its parser fetched the end of input,
  // which its second pass does when it tries to read on after two juxtaposed expressions.
  if (lex.openBrackets.length > 0) {
    const farIsEnd = far === undefined || far.startOffset >= source.length || far.tokenType === tk.Dedent;
    if (farIsEnd || commaError !== null) {
      const inner = lex.openBrackets[lex.openBrackets.length - 1]!;
      const p = positionOf(lex.lineStarts, inner.offset);
      return new CompileError('SyntaxError', `'${inner.char}' was never closed`, filename, p.line, p.column, p.line, p.column + 1);
    }
  }

  if (tok?.tokenType === tk.Indent) {
    return new CompileError('IndentationError', 'unexpected indent', filename, tok.startLine!, tok.image.length, tok.startLine!, tok.image.length + 1);
  }

  // `if x:` NEWLINE, then no INDENT.
  if (idx >= 2 && tokens[idx - 1]!.tokenType === tk.Newline && tokens[idx - 2]!.tokenType === tk.Colon) {
    let j = idx - 2;
    while (j > 0 && !isLineStart(tokens[j - 1])) j--;
    let head = tokens[j]!;
    if (head.tokenType === tk.KwAsync && tokens[j + 1]) head = tokens[j + 1]!;
    const what = HEADER_NAMES[head.tokenType.name];
    if (what !== undefined) {
      return cx.at(`expected an indented block after ${what} on line ${head.startLine}`, tok, 'IndentationError');
    }
  }

  const ruleStack = err.context?.ruleStack ?? [];
  const rule = ruleStack[ruleStack.length - 1];
  if (err.name === 'MismatchedTokenException') {
    if (/--> Colon <--/.test(err.message) && tok?.tokenType === tk.Newline && rule !== undefined && COLON_RULES.has(rule)) {
      return cx.at("expected ':'", tok);
    }
    if (/--> KwElse <--/.test(err.message)) {
      let k = idx - 1;
      while (k > 0 && tokens[k]!.tokenType !== tk.KwIf) k--;
      const bodyStart = cx.exprStart(k);
      return cx.range("expected 'else' after 'if' expression", tokens[bodyStart]!, tokens[idx - 1]!);
    }
  }
  if (rule === 'tryStmt' && err.name === 'NoViableAltException') {
    return cx.at("expected 'except' or 'finally' block", tok);
  }

  // print "x": CPython's invalid_legacy_expression.
  if (prev?.tokenType === tk.Name && (prev.image === 'print' || prev.image === 'exec') && tok && tok.tokenType !== tk.LParen &&
      EXPR_STARTERS.has(tok.tokenType)) {
    const n = cx.tryRule('starExpressions', idx);
    if (n > 0) {
      return cx.range(`Missing parentheses in call to '${prev.image}'. Did you mean ${prev.image}(...)?`, prev, tokens[idx + n - 1]!);
    }
  }

  if (commaError !== null) return commaError;

  // `=` where an expression was expected.
  if (tok?.tokenType === tk.Equal && prev) {
    const open = cx.openBracketBefore(idx);
    const a = cx.exprStart(idx);
    if (open >= 0 && tokens[open]!.tokenType === tk.LParen && open > 0 && ATOM_ENDERS.has(tokens[open - 1]!.tokenType) &&
        (tokens[a - 1]?.tokenType === tk.Comma || a - 1 === open)) {
      return cx.range('expression cannot contain assignment, perhaps you meant "=="?', tokens[a]!, tok);
    }
    const n = cx.tryRule('bitwiseOr', idx + 1);
    const after = n > 0 ? tokens[idx + 1 + n] : undefined;
    if (n > 0 && after?.tokenType !== tk.Equal && after?.tokenType !== tk.ColonEqual) {
      if (a === idx - 1 && prev.tokenType === tk.Name) {
        return cx.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", prev, tokens[idx + n]!);
      }
      const lhs = cx.exprAst(a, idx);
      if (lhs !== null) {
        return cx.at(`cannot assign to ${exprName(lhs)} here. Maybe you meant '==' instead of '='?`, tokens[a]!);
      }
    }
  }

  if (far?.tokenType === tk.Indent) return cx.at('unexpected indent', far, 'IndentationError');
  if (far?.tokenType === tk.Dedent) return cx.at('unexpected unindent', far, 'IndentationError');
  return cx.at('invalid syntax', far);
}
