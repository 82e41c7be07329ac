// The pygil lexer: Chevrotain's Lexer plus custom token patterns that implement the parts of
// CPython's tokenizer (Parser/tokenizer.c) a regex cannot: INDENT/DEDENT, NEWLINE vs blank lines,
// implicit line joining inside brackets, strings, numbers. Runs on the parsing thread.
//
// Per-call state: Chevrotain calls a custom pattern as exec(text, offset, matchedTokens, groups),
// and matchedTokens is a fresh array for every tokenize() call. The indent stack, the bracket
// stack and the line table live in a LexState found through that array (a WeakMap), so two
// tokenize() calls, even nested ones (f-string expressions), never share state.
//
// Tokenizer errors (unterminated strings, bad numbers, unmatched brackets, bad dedents) are
// thrown as LexError from inside the patterns: like CPython, the first tokenizer error in the
// file wins over any parser error, because CPython tokenizes the rest of the file after a
// parse failure to look for one.
import { Lexer, createTokenInstance, type IToken, type TokenType } from 'chevrotain';
import * as t from './tokens.js';

// ====================== Errors and state ======================

/** A tokenizer error. offset0 is a 0-based index into the text such that CPython's 1-based
 *  SyntaxError.offset is its column + 1 (CPython reports the column of tok->cur, one past
 *  the character it blames, and prints the caret one before: we store that character). */
export class LexError {
  constructor(
    readonly pyType: 'SyntaxError' | 'IndentationError' | 'TabError',
    readonly msg: string,
    readonly offset0: number,
    /** CPython's end_offset when it differs from offset (1-based column), or undefined. */
    readonly endOffset?: number,
  ) {}

  /** The tokens matched before the error: parse.ts checks whether the parser would have
   *  stopped earlier at an unexpected INDENT, which CPython reports before tokenizer errors. */
  partialTokens: IToken[] | null = null;
}

function fail(tokens: IToken[], err: LexError): never {
  err.partialTokens = tokens;
  throw err;
}

interface OpenBracket {
  char: string;
  offset: number;
}

interface LexState {
  text: string;
  /** Offsets where each line starts; computed once per call. */
  lineStarts: number[];
  /** Indentation columns (tabs to multiples of 8), and the same with tabs counted as 1 (TabError check). */
  indents: number[];
  altIndents: number[];
  brackets: OpenBracket[];
}

const states = new WeakMap<IToken[], LexState>();

function computeLineStarts(text: string): number[] {
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

function stateFor(tokens: IToken[], text: string): LexState {
  let st = states.get(tokens);
  if (st === undefined) {
    st = { text, lineStarts: computeLineStarts(text), indents: [0], altIndents: [0], brackets: [] };
    states.set(tokens, st);
  }
  return st;
}

/** 1-based line and 1-based column (UTF-16 units) of a text offset. */
export function positionOf(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

function makeToken(st: LexState, type: TokenType, image: string, start: number, endExclusive: number): IToken {
  const a = positionOf(st.lineStarts, start);
  const b = positionOf(st.lineStarts, Math.max(start, endExclusive - 1));
  return createTokenInstance(type, image, start, endExclusive - 1, a.line, b.line, a.column, endExclusive === start ? a.column - 1 : b.column);
}

// ====================== NEWLINE, INDENT, DEDENT ======================

const isNewlineChar = (c: number) => c === 10 || c === 13;

/** Matches the end of a logical line. A newline inside brackets or ending a blank/comment-only
 *  line is left to the skipped Nl token. When the next non-blank line changes the indentation,
 *  this pattern pushes NEWLINE and the INDENT/DEDENT tokens itself and returns null so that
 *  Nl consumes the newline: a pattern's own token would otherwise land after them. */
export function matchNewline(text: string, offset: number, tokens: IToken[]): [string] | null {
  if (!isNewlineChar(text.charCodeAt(offset))) return null;
  const st = stateFor(tokens, text);
  if (st.brackets.length > 0) return null;
  const last = tokens[tokens.length - 1];
  // A blank line, or the rest of a newline run whose NEWLINE/INDENT/DEDENT were already pushed.
  if (last === undefined || last.tokenType === t.Newline || last.tokenType === t.Dedent || last.tokenType === t.Indent) {
    return null;
  }
  const nlLen = text.charCodeAt(offset) === 13 && text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  const image = text.slice(offset, offset + nlLen);

  // Find the next line holding a token, measuring its indentation as CPython does.
  let p = offset + nlLen;
  let col = 0;
  let altcol = 0;
  let lineStart = p;
  for (;;) {
    col = 0;
    altcol = 0;
    lineStart = p;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / 8) + 1) * 8;
        altcol++;
      } else if (c === 12) {
        col = altcol = 0;
      } else break;
      p++;
    }
    if (p >= text.length) return [image]; // end of input: the wrapper adds the DEDENTs
    const c = text.charCodeAt(p);
    if (c === 35) {
      while (p < text.length && !isNewlineChar(text.charCodeAt(p))) p++;
      if (p >= text.length) return [image];
    }
    const c2 = text.charCodeAt(p);
    if (isNewlineChar(c2)) {
      p += c2 === 13 && text.charCodeAt(p + 1) === 10 ? 2 : 1;
      continue;
    }
    break;
  }

  const top = st.indents[st.indents.length - 1]!;
  const altTop = st.altIndents[st.altIndents.length - 1]!;
  if (col === top) {
    if (altcol !== altTop) fail(tokens, tabError(text, lineStart));
    return [image];
  }
  tokens.push(makeToken(st, t.Newline, image, offset, offset + nlLen));
  if (col > top) {
    if (altcol <= altTop) fail(tokens, tabError(text, lineStart));
    st.indents.push(col);
    st.altIndents.push(altcol);
    tokens.push(makeToken(st, t.Indent, text.slice(lineStart, p), lineStart, p));
    return null;
  }
  while (st.indents.length > 1 && col < st.indents[st.indents.length - 1]!) {
    st.indents.pop();
    st.altIndents.pop();
    tokens.push(makeToken(st, t.Dedent, '', p, p));
  }
  if (col !== st.indents[st.indents.length - 1]!) {
    let eol = p;
    while (eol < text.length && !isNewlineChar(text.charCodeAt(eol))) eol++;
    fail(tokens, new LexError('IndentationError', 'unindent does not match any outer indentation level', eol, -1));
  }
  if (altcol !== st.altIndents[st.altIndents.length - 1]!) fail(tokens, tabError(text, lineStart));
  return null;
}

/** CPython blames the start of the line (offset 1). */
function tabError(_text: string, lineStart: number): LexError {
  return new LexError('TabError', 'inconsistent use of tabs and spaces in indentation', lineStart, -1);
}

export function matchBadBackslash(text: string, offset: number): [string] | null {
  if (text.charCodeAt(offset) !== 92) return null;
  throw new LexError('SyntaxError', 'unexpected character after line continuation character', offset + 1, 0);
}

// ====================== Brackets ======================

const OPEN_FOR: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const SINGLE: Record<string, [string]> = { '(': ['('], ')': [')'], '[': ['['], ']': [']'], '{': ['{'], '}': ['}'] };

export function matchOpenBracket(text: string, offset: number, tokens: IToken[]): [string] | null {
  const char = text[offset]!;
  if (char !== '(' && char !== '[' && char !== '{') return null;
  const st = stateFor(tokens, text);
  if (st.brackets.length >= 200) throw new LexError('SyntaxError', 'too many nested parentheses', offset);
  st.brackets.push({ char, offset });
  return SINGLE[char]!;
}

export function matchCloseBracket(text: string, offset: number, tokens: IToken[]): [string] | null {
  const char = text[offset]!;
  if (char !== ')' && char !== ']' && char !== '}') return null;
  const st = stateFor(tokens, text);
  const open = st.brackets.pop();
  if (open === undefined) fail(tokens, new LexError('SyntaxError', `unmatched '${char}'`, offset));
  if (open.char !== OPEN_FOR[char]) {
    const openLine = positionOf(st.lineStarts, open.offset).line;
    const hereLine = positionOf(st.lineStarts, offset).line;
    const where = openLine !== hereLine ? ` on line ${openLine}` : '';
    fail(tokens, new LexError(
      'SyntaxError',
      `closing parenthesis '${char}' does not match opening parenthesis '${open.char}'${where}`,
      offset,
    ));
  }
  return SINGLE[char]!;
}

// ====================== Strings ======================

const PREFIX_CHARS = 'rRbBuUfF';
const VALID_PREFIXES = new Set(['', 'r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf']);

/** Length of a valid string prefix at offset, or -1 when no string literal starts there. */
function stringPrefixLength(text: string, offset: number): number {
  let n = 0;
  while (n < 2 && PREFIX_CHARS.includes(text[offset + n] ?? '\0')) n++;
  const q = text[offset + n];
  if (q !== "'" && q !== '"') return -1;
  if (!VALID_PREFIXES.has(text.slice(offset, offset + n).toLowerCase())) return -1;
  return n;
}

/** Matches a whole string literal (any prefix, any quotes) as CPython's tokenizer does; the
 *  contents are decoded later (to-ast.ts). Throws the "unterminated ..." errors. */
export function matchString(text: string, offset: number, tokens: IToken[]): [string] | null {
  const n = stringPrefixLength(text, offset);
  if (n < 0) return null;
  const qpos = offset + n;
  const q = text.charCodeAt(qpos);
  const triple = text.charCodeAt(qpos + 1) === q && text.charCodeAt(qpos + 2) === q;
  let p = qpos + (triple ? 3 : 1);
  for (;;) {
    if (p >= text.length) {
      const st = stateFor(tokens, text);
      // CPython counts the line holding the last character (a final newline ends its line).
      const lastLine = positionOf(st.lineStarts, Math.max(0, text.length - 1)).line;
      const detected = triple ? lastLine : positionOf(st.lineStarts, p).line;
      fail(tokens, unterminated(triple, offset, detected));
    }
    const c = text.charCodeAt(p);
    if (c === 92 /* \ */) {
      p += text.charCodeAt(p + 1) === 13 && text.charCodeAt(p + 2) === 10 ? 3 : 2;
      continue;
    }
    if (c === q) {
      if (!triple) return [text.slice(offset, p + 1)];
      if (text.charCodeAt(p + 1) === q && text.charCodeAt(p + 2) === q) return [text.slice(offset, p + 3)];
    } else if (!triple && isNewlineChar(c)) {
      const st = stateFor(tokens, text);
      fail(tokens, unterminated(false, offset, positionOf(st.lineStarts, p).line));
    }
    p++;
  }
}

function unterminated(triple: boolean, start: number, line: number): LexError {
  const what = triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
  return new LexError('SyntaxError', `${what} (detected at line ${line})`, start);
}

// ====================== Numbers ======================

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHexDigit = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isIdentChar = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c >= 128;

/** CPython's verify_end_of_number: a number directly followed by a letter is an error, except
 *  before the keywords that may follow a number in valid code (1if x else y). p is the index of
 *  the character after the number. */
function verifyEndOfNumber(text: string, p: number, kind: string): void {
  const c = text.charCodeAt(p);
  const rest = text.slice(p);
  const kwAfter =
    rest.startsWith('and') || rest.startsWith('else') || rest.startsWith('for') || rest.startsWith('if') ||
    rest.startsWith('in') || rest.startsWith('is') || rest.startsWith('or') || rest.startsWith('not');
  if (kwAfter) return;
  if (isIdentChar(c)) throw new LexError('SyntaxError', `invalid ${kind} literal`, p - 1);
}

/** Digits with single underscores between them, starting at p (a digit already checked by the
 *  caller or not); returns the index after them. CPython's tok_decimal_tail. */
function decimalTail(text: string, p: number): number {
  for (;;) {
    while (isDigit(text.charCodeAt(p))) p++;
    if (text.charCodeAt(p) !== 95) return p;
    p++;
    if (!isDigit(text.charCodeAt(p))) throw new LexError('SyntaxError', 'invalid decimal literal', p - 1);
  }
}

/** A numeric literal as CPython's tokenizer reads it (tok_get, "Number" section), with its errors. */
export function matchNumber(text: string, offset: number, tokens: IToken[]): [string] | null {
  try {
    return scanNumber(text, offset);
  } catch (e) {
    if (e instanceof LexError) fail(tokens, e);
    throw e;
  }
}

function scanNumber(text: string, offset: number): [string] | null {
  let c = text.charCodeAt(offset);
  let p = offset;
  if (!isDigit(c) && c !== 46) return null;
  if (c === 46 /* . */) {
    if (!isDigit(text.charCodeAt(offset + 1))) return null;
    p = decimalTail(text, offset + 1);
    return finishFloat(text, offset, p);
  }
  if (c === 48 /* 0 */) {
    const c2 = text.charCodeAt(p + 1) | 0x20;
    if (c2 === 0x78 /* x */ || c2 === 0x6f /* o */ || c2 === 0x62 /* b */) {
      const kind = c2 === 0x78 ? 'hexadecimal' : c2 === 0x6f ? 'octal' : 'binary';
      const ok = c2 === 0x78 ? isHexDigit : c2 === 0x6f ? (d: number) => d >= 48 && d <= 55 : (d: number) => d === 48 || d === 49;
      p += 2;
      do {
        if (text.charCodeAt(p) === 95) p++;
        c = text.charCodeAt(p);
        if (!ok(c)) {
          if (kind !== 'hexadecimal' && isDigit(c)) {
            throw new LexError('SyntaxError', `invalid digit '${text[p]}' in ${kind} literal`, p);
          }
          throw new LexError('SyntaxError', `invalid ${kind} literal`, p - 1);
        }
        while (ok(text.charCodeAt(p))) p++;
      } while (text.charCodeAt(p) === 95);
      if (kind !== 'hexadecimal' && isDigit(text.charCodeAt(p))) {
        throw new LexError('SyntaxError', `invalid digit '${text[p]}' in ${kind} literal`, p);
      }
      verifyEndOfNumber(text, p, kind);
      return [text.slice(offset, p)];
    }
    // Zeros, maybe followed by other digits (an old-style octal, an error unless a float follows).
    p++;
    for (;;) {
      if (text.charCodeAt(p) === 95) {
        p++;
        if (!isDigit(text.charCodeAt(p))) throw new LexError('SyntaxError', 'invalid decimal literal', p - 1);
      }
      if (text.charCodeAt(p) !== 48) break;
      p++;
    }
    const zerosEnd = p;
    let nonzero = false;
    if (isDigit(text.charCodeAt(p))) {
      nonzero = true;
      p = decimalTail(text, p);
    }
    const d = text.charCodeAt(p);
    if (d === 46 || d === 101 || d === 69 || d === 106 || d === 74) return finishFloat(text, offset, p);
    if (nonzero) {
      throw new LexError(
        'SyntaxError',
        'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        offset,
        zerosEnd - offset + (offset - lineStartOf(text, offset)) + 1,
      );
    }
    verifyEndOfNumber(text, p, 'decimal');
    return [text.slice(offset, p)];
  }
  p = decimalTail(text, offset);
  return finishFloat(text, offset, p);
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isNewlineChar(text.charCodeAt(i - 1))) i--;
  return i;
}

/** After the integer part (ending at p): fraction, exponent, imaginary suffix. */
function finishFloat(text: string, start: number, p: number): [string] {
  let c = text.charCodeAt(p);
  if (c === 46) {
    p++;
    if (isDigit(text.charCodeAt(p))) p = decimalTail(text, p);
    c = text.charCodeAt(p);
  }
  if (c === 101 || c === 69) {
    const ePos = p;
    p++;
    c = text.charCodeAt(p);
    if (c === 43 || c === 45) {
      p++;
      if (!isDigit(text.charCodeAt(p))) throw new LexError('SyntaxError', 'invalid decimal literal', p - 1);
    } else if (!isDigit(c)) {
      // "1e" followed by no digits: the 'e' is not part of the number.
      verifyEndOfNumber(text, ePos, 'decimal');
      return [text.slice(start, ePos)];
    }
    p = decimalTail(text, p);
    c = text.charCodeAt(p);
  }
  if (c === 106 || c === 74) {
    p++;
    verifyEndOfNumber(text, p, 'imaginary');
  } else {
    verifyEndOfNumber(text, p, 'decimal');
  }
  return [text.slice(start, p)];
}

// ====================== The lexer ======================

let lexer: Lexer | undefined; // per worker; built lazily because tokens.ts and this file import each other

function getLexer(): Lexer {
  // Token-definition validations are skipped at run time, as the parser's (see parser.ts).
  lexer ??= new Lexer(t.allTokens, {
    ensureOptimizations: true,
    positionTracking: 'full',
    skipValidations: process.env.PYGIL_VALIDATE_GRAMMAR !== '1',
  });
  return lexer;
}

export interface LexResult {
  tokens: IToken[];
  /** Brackets still open at the end of input, innermost last. */
  openBrackets: { char: string; offset: number }[];
  lineStarts: number[];
}

const XID_START = /[\p{XID_Start}_]/u;
const XID_CONTINUE = /\p{XID_Continue}/u;

/** Tokenizes a whole source text. Throws LexError for tokenizer errors. */
export function tokenize(text: string): LexResult {
  const result = getLexer().tokenize(text);
  const tokens = result.tokens;
  const st = stateFor(tokens, text);
  states.delete(tokens);
  if (result.errors.length > 0) {
    throw new LexError('SyntaxError', 'invalid syntax', result.errors[0]!.offset);
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.tokenType === t.Name && /[^\x00-\x7f]/.test(tok.image)) {
      try {
        checkIdentifier(tok);
      } catch (e) {
        if (e instanceof LexError) fail(tokens.slice(0, i), e);
        throw e;
      }
    }
  }
  // An indented first line: CPython's tokenizer emits INDENT and the parser rejects it.
  const first = tokens[0];
  if (first !== undefined && first.startColumn! > 1 && first.tokenType !== t.Indent) {
    const ls = st.lineStarts[first.startLine! - 1]!;
    tokens.unshift(makeToken(st, t.Indent, text.slice(ls, first.startOffset), ls, first.startOffset));
  }
  const last = tokens[tokens.length - 1];
  if (last !== undefined && last.tokenType !== t.Newline) {
    tokens.push(makeToken(st, t.Newline, '', text.length, text.length));
  }
  for (let i = st.indents.length; i > 1; i--) tokens.push(makeToken(st, t.Dedent, '', text.length, text.length));
  return { tokens, openBrackets: st.brackets, lineStarts: st.lineStarts };
}

function checkIdentifier(tok: IToken): void {
  const chars = [...tok.image];
  let off = tok.startOffset;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const ok = i === 0 ? XID_START.test(ch.normalize('NFKC')[0] ?? ch) : XID_CONTINUE.test(ch) || XID_START.test(ch);
    if (!ok) {
      const cp = ch.codePointAt(0)!;
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      throw new LexError('SyntaxError', `invalid character '${ch}' (U+${hex})`, off);
    }
    off += ch.length;
  }
}
