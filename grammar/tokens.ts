// Token types of the pygil Python subset (cf. CPython Grammar/Tokens and Lib/keyword.py).
// Runs on whichever thread parses (the main worker). Patterns that need Python's tokenizer
// rules (INDENT/DEDENT, NEWLINE, strings, numbers, brackets) are custom patterns in lexer.ts;
// this file only declares them, in the order the lexer must try them.
import { createToken, Lexer, type TokenType, type CustomPatternMatcherFunc } from 'chevrotain';
import {
  matchNewline,
  matchString,
  matchNumber,
  matchOpenBracket,
  matchCloseBracket,
  matchBadBackslash,
} from './lexer.js';

const custom = (exec: CustomPatternMatcherFunc) => ({ exec });

// ====================== Layout ======================

/** End of a logical line. Emitted by matchNewline, which also pushes INDENT/DEDENT. */
export const Newline = createToken({
  name: 'Newline',
  pattern: custom(matchNewline),
  start_chars_hint: ['\n', '\r'],
  line_breaks: true,
});
/** Pushed by matchNewline (never matched directly): the next line is indented deeper. */
export const Indent = createToken({ name: 'Indent', pattern: Lexer.NA });
/** Pushed by matchNewline and at end of input: one indentation level closes. */
export const Dedent = createToken({ name: 'Dedent', pattern: Lexer.NA });

/** A newline that ends no logical line: blank lines, comment lines, inside brackets. */
export const Nl = createToken({ name: 'Nl', pattern: /\r\n|\r|\n/, group: Lexer.SKIPPED, line_breaks: true });
export const Whitespace = createToken({ name: 'Whitespace', pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n]*/, group: Lexer.SKIPPED });
export const LineContinuation = createToken({
  name: 'LineContinuation',
  pattern: /\\(?:\r\n|\r|\n)/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
/** A backslash not followed by a newline: always a tokenizer error (thrown by the matcher). */
export const BadBackslash = createToken({
  name: 'BadBackslash',
  pattern: custom(matchBadBackslash),
  start_chars_hint: ['\\'],
  line_breaks: false,
});

// ====================== Literals and names ======================

export const StringLit = createToken({
  name: 'StringLit',
  pattern: custom(matchString),
  start_chars_hint: ["'", '"', 'r', 'R', 'b', 'B', 'u', 'U', 'f', 'F'],
  line_breaks: true,
});
export const NumberLit = createToken({
  name: 'NumberLit',
  pattern: custom(matchNumber),
  start_chars_hint: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.'],
  line_breaks: false,
});
// Non-ASCII letters are accepted here and checked against XID_Start/XID_Continue in lexer.ts.
export const Name = createToken({ name: 'Name', pattern: /[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*/ });

// ====================== Keywords ======================

const kw = (word: string) => createToken({ name: `Kw${word[0]!.toUpperCase()}${word.slice(1)}`, pattern: word, longer_alt: Name });

export const KwFalse = kw('False');
export const KwNone = kw('None');
export const KwTrue = kw('True');
export const KwAnd = kw('and');
export const KwAs = kw('as');
export const KwAssert = kw('assert');
export const KwAsync = kw('async');
export const KwAwait = kw('await');
export const KwBreak = kw('break');
export const KwClass = kw('class');
export const KwContinue = kw('continue');
export const KwDef = kw('def');
export const KwDel = kw('del');
export const KwElif = kw('elif');
export const KwElse = kw('else');
export const KwExcept = kw('except');
export const KwFinally = kw('finally');
export const KwFor = kw('for');
export const KwFrom = kw('from');
export const KwGlobal = kw('global');
export const KwIf = kw('if');
export const KwImport = kw('import');
export const KwIn = kw('in');
export const KwIs = kw('is');
export const KwLambda = kw('lambda');
export const KwNonlocal = kw('nonlocal');
export const KwNot = kw('not');
export const KwOr = kw('or');
export const KwPass = kw('pass');
export const KwRaise = kw('raise');
export const KwReturn = kw('return');
export const KwTry = kw('try');
export const KwWhile = kw('while');
export const KwWith = kw('with');
export const KwYield = kw('yield');

// ====================== Operators ======================

/** Category of the binary operators parsed by one flat rule (precedence is applied in to-ast.ts). */
export const BinaryOperator = createToken({ name: 'BinaryOperator', pattern: Lexer.NA });
/** Category of the 13 augmented assignment operators. */
export const AugAssignOp = createToken({ name: 'AugAssignOp', pattern: Lexer.NA });
/** Category of the comparison operator tokens (`not in` and `is not` are two tokens). */
export const CompareOp = createToken({ name: 'CompareOp', pattern: Lexer.NA });

const op = (name: string, pattern: string, categories: TokenType[] = []) => createToken({ name, pattern, categories });

export const PowAssign = op('PowAssign', '**=', [AugAssignOp]);
export const FloorDivAssign = op('FloorDivAssign', '//=', [AugAssignOp]);
export const RShiftAssign = op('RShiftAssign', '>>=', [AugAssignOp]);
export const LShiftAssign = op('LShiftAssign', '<<=', [AugAssignOp]);
export const Ellipsis = op('Ellipsis', '...');
export const Arrow = op('Arrow', '->');
export const ColonEqual = op('ColonEqual', ':=');
export const DoubleStar = op('DoubleStar', '**');
export const FloorDiv = op('FloorDiv', '//', [BinaryOperator]);
export const LShift = op('LShift', '<<', [BinaryOperator]);
export const RShift = op('RShift', '>>', [BinaryOperator]);
export const LessEqual = op('LessEqual', '<=', [CompareOp]);
export const GreaterEqual = op('GreaterEqual', '>=', [CompareOp]);
export const EqEqual = op('EqEqual', '==', [CompareOp]);
export const NotEqual = op('NotEqual', '!=', [CompareOp]);
export const PlusAssign = op('PlusAssign', '+=', [AugAssignOp]);
export const MinusAssign = op('MinusAssign', '-=', [AugAssignOp]);
export const StarAssign = op('StarAssign', '*=', [AugAssignOp]);
export const SlashAssign = op('SlashAssign', '/=', [AugAssignOp]);
export const PercentAssign = op('PercentAssign', '%=', [AugAssignOp]);
export const AtAssign = op('AtAssign', '@=', [AugAssignOp]);
export const AmperAssign = op('AmperAssign', '&=', [AugAssignOp]);
export const VbarAssign = op('VbarAssign', '|=', [AugAssignOp]);
export const CircumflexAssign = op('CircumflexAssign', '^=', [AugAssignOp]);
export const Plus = op('Plus', '+', [BinaryOperator]);
export const Minus = op('Minus', '-', [BinaryOperator]);
export const Star = op('Star', '*', [BinaryOperator]);
export const Slash = op('Slash', '/', [BinaryOperator]);
export const Percent = op('Percent', '%', [BinaryOperator]);
export const At = op('At', '@', [BinaryOperator]);
export const Amper = op('Amper', '&', [BinaryOperator]);
export const Vbar = op('Vbar', '|', [BinaryOperator]);
export const Circumflex = op('Circumflex', '^', [BinaryOperator]);
export const Tilde = op('Tilde', '~');
export const Less = op('Less', '<', [CompareOp]);
export const Greater = op('Greater', '>', [CompareOp]);
export const LParen = createToken({ name: 'LParen', pattern: custom(matchOpenBracket), start_chars_hint: ['('], line_breaks: false });
export const RParen = createToken({ name: 'RParen', pattern: custom(matchCloseBracket), start_chars_hint: [')'], line_breaks: false });
export const LSquare = createToken({ name: 'LSquare', pattern: custom(matchOpenBracket), start_chars_hint: ['['], line_breaks: false });
export const RSquare = createToken({ name: 'RSquare', pattern: custom(matchCloseBracket), start_chars_hint: [']'], line_breaks: false });
export const LBrace = createToken({ name: 'LBrace', pattern: custom(matchOpenBracket), start_chars_hint: ['{'], line_breaks: false });
export const RBrace = createToken({ name: 'RBrace', pattern: custom(matchCloseBracket), start_chars_hint: ['}'], line_breaks: false });
export const Comma = op('Comma', ',');
export const Colon = op('Colon', ':');
export const Dot = op('Dot', '.');
export const Semi = op('Semi', ';');
export const Equal = op('Equal', '=');

/** Any other character (`$`, `?`, a lone `!`): the parser reports "invalid syntax" at it, as CPython does. */
export const Unknown = createToken({ name: 'Unknown', pattern: /[\s\S]/ });

// ====================== Lexer order ======================

/** Longest first, so that `as` cannot win over `assert`/`async` (longer_alt only tries Name). */
function keywordsLongestFirst(): TokenType[] {
  const kws = [
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass, KwContinue, KwDef,
    KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal, KwIf, KwImport, KwIn, KwIs, KwLambda,
    KwNonlocal, KwNot, KwOr, KwPass, KwRaise, KwReturn, KwTry, KwWhile, KwWith, KwYield,
  ];
  return kws.sort((a, b) => (b.PATTERN as string).length - (a.PATTERN as string).length);
}

/** Every token type, in the order the lexer tries them (longest operators first; keywords before Name). */
export const allTokens: TokenType[] = [
  Newline, Nl, Whitespace, Comment, LineContinuation, BadBackslash,
  StringLit, NumberLit,
  ...keywordsLongestFirst(),
  Name,
  PowAssign, FloorDivAssign, RShiftAssign, LShiftAssign, Ellipsis, Arrow, ColonEqual, DoubleStar, FloorDiv,
  LShift, RShift, LessEqual, GreaterEqual, EqEqual, NotEqual, PlusAssign, MinusAssign, StarAssign, SlashAssign,
  PercentAssign, AtAssign, AmperAssign, VbarAssign, CircumflexAssign,
  Plus, Minus, Star, Slash, Percent, At, Amper, Vbar, Circumflex, Tilde, Less, Greater,
  LParen, RParen, LSquare, RSquare, LBrace, RBrace, Comma, Colon, Dot, Semi, Equal,
  Unknown,
  // Never matched by the lexer; listed so the parser knows them.
  Indent, Dedent, BinaryOperator, AugAssignOp, CompareOp,
];
