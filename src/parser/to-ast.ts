// CST (grammar/parser.ts) -> AST (ast.ts). Runs on the parsing thread. Besides building nodes
// with CPython's locations, this is where the checks CPython makes in its grammar actions and
// invalid_* rules live: assignment targets, parameter order, argument order, literals.
// String literals and f-strings are decoded in the "Strings" section, which follows
// CPython 3.11's Parser/string_parser.c.
import type { CstNode, IToken } from 'chevrotain';
import { getParser, type PythonParser } from '../../grammar/parser.js';
import * as tk from '../../grammar/tokens.js';
import { tokenize, LexError, positionOf } from '../../grammar/lexer.js';
import type * as C from '../../grammar/cst.generated.js';
import type * as A from './ast.js';
import { CompileError, type CompileErrorType } from '../common/errors.js';
import { describeError } from './parse.js'; // a cycle, used only at run time

type Loc = A.Loc;

// ====================== Locations ======================

/** Location of one token (end exclusive, as CPython). */
export function tokLoc(tok: IToken): Loc {
  return { lineno: tok.startLine!, col_offset: tok.startColumn! - 1, end_lineno: tok.endLine!, end_col_offset: tok.endColumn! };
}

function span(a: Loc, b: Loc): Loc {
  return { lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset };
}

function locOf(l: Loc): Loc {
  return { lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset };
}

const BINOP_OF: Record<string, A.BinOpKind> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow', '<<': 'LShift',
  '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const BINOP_PREC: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};
const CMPOP_OF: Record<string, A.CmpOpKind> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: A.Expr): string {
  switch (e.kind) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

type TargetKind = 'star' | 'for' | 'del';

/** CPython's _PyPegen_get_invalid_target. */
function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e.kind) {
    case 'List':
    case 'Tuple':
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for') return e.ops[0] === 'In' ? invalidTarget(e.left, kind) : null;
      return e;
    case 'Name':
    case 'Subscript':
    case 'Attribute':
      return null;
    default:
      return e;
  }
}

function setContext(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.kind) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      break;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
    default:
      break;
  }
}

// ====================== Small descriptors returned by item rules ======================

type ParamDesc =
  | { kind: 'slash'; tok: IToken }
  | { kind: 'star'; tok: IToken; arg: A.Arg | null }
  | { kind: 'dstar'; tok: IToken; arg: A.Arg }
  | { kind: 'plain'; arg: A.Arg; default: A.Expr | null };

type ArgDesc =
  | { kind: 'pos'; value: A.Expr; genexp: A.Comprehension[] | null }
  | { kind: 'star'; value: A.Starred }
  | { kind: 'kw'; kw: A.Keyword }
  | { kind: 'dstar'; kw: A.Keyword };

type BraceItem =
  | { kind: 'dstar'; value: A.Expr; tok: IToken }
  | { kind: 'star'; value: A.Starred }
  | { kind: 'kv'; key: A.Expr; value: A.Expr }
  | { kind: 'single'; value: A.Expr };

interface DefExtra {
  decorators: A.Expr[];
  asyncTok: IToken | null;
}

/** What Chevrotain's getBaseCstVisitorConstructor() makes (its `visit`, same semantics), written here so
 *  that loading this module does not build the parser: building it costs ~70 ms (grammar analysis),
 *  which every thread worker would pay at start-up although only imports need a parser there. */
class BaseVisitor {
  visit(cstNode: CstNode | CstNode[] | undefined, param?: unknown): any {
    const node = Array.isArray(cstNode) ? cstNode[0] : cstNode;
    if (node === undefined) return undefined;
    return (this as unknown as Record<string, (c: unknown, p: unknown) => unknown>)[node.name](node.children, param);
  }

  /** Chevrotain's check that every grammar rule has a visit method: in the grammar's tests only
   *  (PYGIL_VALIDATE_GRAMMAR=1), as the parser's own validations. */
  validateVisitor(): void {
    if (process.env.PYGIL_VALIDATE_GRAMMAR !== '1') return;
    getParser().getBaseCstVisitorConstructor().prototype.validateVisitor.call(this);
  }
}

// ====================== The visitor ======================

/** Builds the AST of one parse. Create one per parse (it holds the token vector and filename). */
export class AstBuilder extends BaseVisitor {
  /** Groups `(x)`: CPython gives the node the location of x, but enclosing nodes start at '('. */
  private readonly outerLoc = new WeakMap<A.Expr, Loc>();
  /** Tuples written without parentheses (`del a, b` has two targets, `del (a, b)` one). */
  private readonly bareTuples = new WeakSet<A.Expr>();

  constructor(
    private readonly filename: string,
    private readonly tokens: IToken[],
    /** Set when parsing an f-string replacement field: shifts locations as CPython does. */
    private readonly shift: { line: number; col: number } | null = null,
  ) {
    super();
    this.validateVisitor();
  }

  // ---------- helpers ----------

  private ex(node: CstNode | undefined): A.Expr {
    return this.visit(node as CstNode) as A.Expr;
  }

  private outer(e: A.Expr): Loc {
    return this.outerLoc.get(e) ?? e;
  }

  private tl(tok: IToken): Loc {
    const l = tokLoc(tok);
    if (this.shift === null) return l;
    return this.shiftLoc(l);
  }

  private shiftLoc(l: Loc): Loc {
    const s = this.shift!;
    return {
      lineno: l.lineno + s.line - 1,
      col_offset: l.lineno === 1 ? l.col_offset + s.col : l.col_offset,
      end_lineno: l.end_lineno + s.line - 1,
      end_col_offset: l.end_lineno === 1 ? l.end_col_offset + s.col : l.end_col_offset,
    };
  }

  /** Throws a SyntaxError located at a node (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
  fail(msg: string, at: Loc, type: CompileErrorType = 'SyntaxError'): never {
    throw new CompileError(type, msg, this.filename, at.lineno, at.col_offset + 1, at.end_lineno, at.end_col_offset + 1);
  }

  /** The token after `tok` in the token vector (CPython often blames "the last token read"). */
  private tokenAfter(tok: IToken): IToken {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.startOffset <= tok.startOffset) lo = mid + 1;
      else hi = mid;
    }
    const next = this.tokens[lo];
    return next !== undefined && next.startOffset > tok.startOffset ? next : tok;
  }

  private failAfter(msg: string, tok: IToken): never {
    const next = this.tokenAfter(tok);
    const l = this.tl(next === tok ? tok : next);
    const col = next === tok ? l.end_col_offset : l.col_offset;
    const line = next === tok ? l.end_lineno : l.lineno;
    throw new CompileError('SyntaxError', msg, this.filename, line, col + 1, line, col + 1);
  }

  private checkTarget(e: A.Expr, kind: TargetKind): void {
    const bad = invalidTarget(e, kind);
    if (bad !== null) {
      this.fail(`cannot ${kind === 'del' ? 'delete' : 'assign to'} ${exprName(bad)}`, bad);
    }
    setContext(e, kind === 'del' ? 'Del' : 'Store');
  }

  // ====================== Statements ======================

  file(ctx: C.FileCstChildren): A.Module {
    const body: A.Stmt[] = [];
    for (const s of ctx.statement ?? []) body.push(...(this.visit(s) as A.Stmt[]));
    return { kind: 'Module', body };
  }

  statement(ctx: C.StatementCstChildren): A.Stmt[] {
    if (ctx.compoundStmt) return [this.visit(ctx.compoundStmt) as A.Stmt];
    return this.visit(ctx.simpleStmts!) as A.Stmt[];
  }

  simpleStmts(ctx: C.SimpleStmtsCstChildren): A.Stmt[] {
    return ctx.simpleStmt.map((s) => this.visit(s) as A.Stmt);
  }

  simpleStmt(ctx: C.SimpleStmtCstChildren): A.Stmt {
    if (ctx.exprStmt) return this.visit(ctx.exprStmt);
    if (ctx.KwPass) return { kind: 'Pass', ...this.tl(ctx.KwPass[0]!) };
    if (ctx.KwBreak) return { kind: 'Break', ...this.tl(ctx.KwBreak[0]!) };
    if (ctx.KwContinue) return { kind: 'Continue', ...this.tl(ctx.KwContinue[0]!) };
    const sub = ctx.returnStmt ?? ctx.importName ?? ctx.importFrom ?? ctx.raiseStmt ?? ctx.delStmt ??
      ctx.assertStmt ?? ctx.globalStmt ?? ctx.nonlocalStmt;
    return this.visit(sub!);
  }

  exprStmt(ctx: C.ExprStmtCstChildren): A.Stmt {
    const first = this.ex(ctx.first[0]);
    if (ctx.annColon) {
      const annotation = this.ex(ctx.annotation![0]);
      if (first.kind === 'Tuple' || first.kind === 'List') {
        const what = this.bareTuples.has(first) ? 'tuple' : exprName(first);
        this.fail(`only single target (not ${what}) can be annotated`, this.bareTuples.has(first) ? first.elts[0]! : first);
      }
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        this.fail('illegal target for annotation', first);
      }
      setContext(first, 'Store');
      const value = ctx.annValue ? this.ex(ctx.annValue[0]) : null;
      const simple = first.kind === 'Name' && !this.outerLoc.has(first);
      return { kind: 'AnnAssign', target: first, annotation, value, simple, ...span(this.outer(first), this.outer(value ?? annotation)) };
    }
    if (ctx.augOp) {
      const value = this.ex(ctx.augValue![0]);
      if (first.kind !== 'Name' && first.kind !== 'Attribute' && first.kind !== 'Subscript') {
        this.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
      }
      setContext(first, 'Store');
      const op = BINOP_OF[ctx.augOp[0]!.image.slice(0, -1)]!;
      return { kind: 'AugAssign', target: first, op, value, ...span(this.outer(first), this.outer(value)) };
    }
    if (ctx.assignEqual) {
      const parts = [first, ...ctx.assignValue!.map((v) => this.ex(v))];
      const value = parts.pop()!;
      this.checkAssignTargets(parts, value, ctx);
      return { kind: 'Assign', targets: parts, value, ...span(this.outer(first), this.outer(value)) };
    }
    return { kind: 'Expr', value: first, ...locOf(this.outer(first)) };
  }

  /** Validates `t1 = t2 = ... = value` with CPython 3.11's messages (invalid_assignment and
   *  the "Maybe you meant '=='" case of invalid_named_expression). */
  private checkAssignTargets(targets: A.Expr[], value: A.Expr, ctx: C.ExprStmtCstChildren): void {
    for (let i = 0; i < targets.length; i++) {
      const target = targets[i]!;
      if (target.kind === 'Yield' || target.kind === 'YieldFrom') {
        this.fail('assignment to yield expression not possible', target);
      }
      const bad = invalidTarget(target, 'star');
      if (bad === null) continue;
      // CPython's invalid_named_expression sees `<last element> = <bitwise_or>` first.
      const valueHead = this.leadingBitwiseOr(value);
      if (targets.length === 1 && valueHead !== null) {
        const elt = target.kind === 'Tuple' && this.bareTuples.has(target) ? target.elts[target.elts.length - 1]! : target;
        if (elt.kind === 'Name' && !this.outerLoc.has(elt)) {
          this.fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", span(elt, this.outer(valueHead)));
        }
        if (elt.kind !== 'Starred' && this.isBitwiseOrLevel(elt) && !this.startsWithDisplay(elt, ctx)) {
          this.fail(`cannot assign to ${exprName(elt)} here. Maybe you meant '==' instead of '='?`, elt);
        }
      }
      this.fail(`cannot assign to ${exprName(bad)}`, bad);
    }
    for (const target of targets) setContext(target, 'Store');
  }

  /** The bitwise_or an expression starts with (what CPython's `'=' bitwise_or` would match), or null. */
  private leadingBitwiseOr(e: A.Expr): A.Expr | null {
    for (;;) {
      if (this.outerLoc.has(e)) return e;
      switch (e.kind) {
        case 'Tuple':
          if (!this.bareTuples.has(e)) return e;
          e = e.elts[0]!;
          break;
        case 'Compare': e = e.left; break;
        case 'BoolOp': e = e.values[0]!; break;
        case 'IfExp': e = e.body; break;
        case 'Yield': case 'YieldFrom': case 'Lambda': case 'Starred': case 'NamedExpr':
          return null;
        case 'UnaryOp':
          if (e.op === 'Not') return null;
          return e;
        default:
          return e;
      }
    }
  }

  /** Whether CPython's bitwise_or rule would have produced this whole expression. */
  private isBitwiseOrLevel(e: A.Expr): boolean {
    if (this.outerLoc.has(e)) return true;
    switch (e.kind) {
      case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred':
      case 'Yield': case 'YieldFrom':
        return false;
      case 'UnaryOp':
        return e.op !== 'Not';
      case 'Tuple':
        return !this.bareTuples.has(e);
      default:
        return true;
    }
  }

  /** CPython's `!(list|tuple|genexp|'True'|'None'|'False')` look-ahead on the target. */
  private startsWithDisplay(target: A.Expr, _ctx: C.ExprStmtCstChildren): boolean {
    let e: A.Expr = target;
    const start = this.outer(target);
    for (;;) {
      const o = this.outer(e);
      if (o.lineno !== start.lineno || o.col_offset !== start.col_offset) return false;
      if (this.outerLoc.has(e) && e !== target) return false; // a group: '(' not followed by a tuple
      switch (e.kind) {
        case 'List': case 'GeneratorExp':
          return true;
        case 'Tuple':
          return !this.bareTuples.has(e) || this.startsWithDisplay(e.elts[0]!, _ctx);
        case 'Constant':
          return e.value === true || e.value === false || e.value === null;
        case 'BinOp': e = e.left; break;
        case 'Attribute': case 'Subscript': e = e.value; break;
        case 'Call': e = e.func; break;
        default:
          return false;
      }
      if (this.outerLoc.has(e)) return false;
    }
  }

  rhs(ctx: C.RhsCstChildren): A.Expr {
    return this.ex(ctx.yieldExpr?.[0] ?? ctx.starExpressions![0]);
  }

  returnStmt(ctx: C.ReturnStmtCstChildren): A.Return {
    const kw = this.tl(ctx.KwReturn[0]!);
    const value = ctx.starExpressions ? this.ex(ctx.starExpressions[0]) : null;
    return { kind: 'Return', value, ...(value ? span(kw, this.outer(value)) : kw) };
  }

  raiseStmt(ctx: C.RaiseStmtCstChildren): A.Raise {
    const kw = this.tl(ctx.KwRaise[0]!);
    const exc = ctx.exc ? this.ex(ctx.exc[0]) : null;
    const cause = ctx.cause ? this.ex(ctx.cause[0]) : null;
    const last = cause ?? exc;
    return { kind: 'Raise', exc, cause, ...(last ? span(kw, this.outer(last)) : kw) };
  }

  globalStmt(ctx: C.GlobalStmtCstChildren): A.Global {
    const names = ctx.Name.map((n) => normalizeName(n.image));
    return { kind: 'Global', names, ...span(this.tl(ctx.KwGlobal[0]!), this.tl(ctx.Name[ctx.Name.length - 1]!)) };
  }

  nonlocalStmt(ctx: C.NonlocalStmtCstChildren): A.Nonlocal {
    const names = ctx.Name.map((n) => normalizeName(n.image));
    return { kind: 'Nonlocal', names, ...span(this.tl(ctx.KwNonlocal[0]!), this.tl(ctx.Name[ctx.Name.length - 1]!)) };
  }

  delStmt(ctx: C.DelStmtCstChildren): A.Delete {
    const e = this.ex(ctx.starExpressions[0]);
    const targets = e.kind === 'Tuple' && this.bareTuples.has(e) ? e.elts : [e];
    for (const target of targets) this.checkTarget(target, 'del');
    return { kind: 'Delete', targets, ...span(this.tl(ctx.KwDel[0]!), this.outer(e)) };
  }

  assertStmt(ctx: C.AssertStmtCstChildren): A.Assert {
    const test = this.ex(ctx.test[0]);
    const msg = ctx.msg ? this.ex(ctx.msg[0]) : null;
    return { kind: 'Assert', test, msg, ...span(this.tl(ctx.KwAssert[0]!), this.outer(msg ?? test)) };
  }

  importName(ctx: C.ImportNameCstChildren): A.Import {
    const items = ctx.dottedAsName.map((d) => this.visit(d) as { alias: A.Alias; end: Loc });
    return { kind: 'Import', names: items.map((i) => i.alias), ...span(this.tl(ctx.KwImport[0]!), items[items.length - 1]!.end) };
  }

  dottedAsName(ctx: C.DottedAsNameCstChildren): { alias: A.Alias; end: Loc } {
    const dotted = this.visit(ctx.dottedName[0]!) as { name: string; end: Loc };
    const asname = ctx.asname ? normalizeName(ctx.asname[0]!.image) : null;
    return { alias: { name: dotted.name, asname }, end: ctx.asname ? this.tl(ctx.asname[0]!) : dotted.end };
  }

  dottedName(ctx: C.DottedNameCstChildren): { name: string; end: Loc } {
    const parts = ctx.Name;
    return { name: parts.map((p) => normalizeName(p.image)).join('.'), end: this.tl(parts[parts.length - 1]!) };
  }

  importFrom(ctx: C.ImportFromCstChildren): A.ImportFrom {
    const level = (ctx.Dot?.length ?? 0) + 3 * (ctx.Ellipsis?.length ?? 0);
    const dotted = ctx.dottedName ? (this.visit(ctx.dottedName[0]!) as { name: string }) : null;
    const start = this.tl(ctx.KwFrom[0]!);
    if (dotted === null && level === 0) this.fail('invalid syntax', this.tl(ctx.KwImport[0]!));
    if (ctx.Star) {
      return { kind: 'ImportFrom', module: dotted?.name ?? null, names: [{ name: '*', asname: null }], level, ...span(start, this.tl(ctx.Star[0]!)) };
    }
    const namesNode = ctx.importAsNames!;
    const names = this.visit(namesNode[0]!) as { aliases: A.Alias[]; end: Loc; trailing: IToken | null };
    if (!ctx.LParen && names.trailing) {
      this.fail('trailing comma not allowed without surrounding parentheses', this.tl(names.trailing));
    }
    const end = ctx.RParen ? this.tl(ctx.RParen[0]!) : names.end;
    return { kind: 'ImportFrom', module: dotted?.name ?? null, names: names.aliases, level, ...span(start, end) };
  }

  importAsNames(ctx: C.ImportAsNamesCstChildren): { aliases: A.Alias[]; end: Loc; trailing: IToken | null } {
    const all = ctx.importAsName.map((n) => this.visit(n) as { alias: A.Alias; end: Loc });
    return { aliases: all.map((a) => a.alias), end: all[all.length - 1]!.end, trailing: ctx.trailing?.[0] ?? null };
  }

  importAsName(ctx: C.ImportAsNameCstChildren): { alias: A.Alias; end: Loc } {
    const asname = ctx.asname ? normalizeName(ctx.asname[0]!.image) : null;
    const last = ctx.asname?.[0] ?? ctx.Name[0]!;
    return { alias: { name: normalizeName(ctx.Name[0]!.image), asname }, end: this.tl(last) };
  }

  compoundStmt(ctx: C.CompoundStmtCstChildren): A.Stmt {
    const noExtra: DefExtra = { decorators: [], asyncTok: null };
    if (ctx.funcDef) return this.visit(ctx.funcDef, noExtra);
    if (ctx.classDef) return this.visit(ctx.classDef, noExtra);
    if (ctx.forStmt) return this.visit(ctx.forStmt, noExtra);
    if (ctx.withStmt) return this.visit(ctx.withStmt, noExtra);
    const sub = ctx.decorated ?? ctx.ifStmt ?? ctx.whileStmt ?? ctx.tryStmt ?? ctx.asyncStmt;
    return this.visit(sub!);
  }

  decorated(ctx: C.DecoratedCstChildren): A.Stmt {
    const decorators = ctx.namedExpression.map((d) => this.ex(d));
    if (ctx.classDef) return this.visit(ctx.classDef, { decorators, asyncTok: null });
    if (ctx.funcDef) return this.visit(ctx.funcDef, { decorators, asyncTok: null });
    return this.visit(ctx.asyncFuncDef!, { decorators, asyncTok: ctx.KwAsync![0]! });
  }

  asyncStmt(ctx: C.AsyncStmtCstChildren): A.Stmt {
    const extra: DefExtra = { decorators: [], asyncTok: ctx.KwAsync[0]! };
    return this.visit((ctx.funcDef ?? ctx.forStmt ?? ctx.withStmt)!, extra);
  }

  funcDef(ctx: C.FuncDefCstChildren, extra: DefExtra): A.FunctionDef {
    const args = ctx.parameters ? (this.visit(ctx.parameters) as A.Arguments) : emptyArguments();
    const returns = ctx.returns ? this.ex(ctx.returns[0]) : null;
    const body = this.visit(ctx.block) as A.Stmt[];
    const start = this.tl(extra.asyncTok ?? ctx.KwDef[0]!);
    return {
      kind: 'FunctionDef', name: normalizeName(ctx.Name[0]!.image), args, body, decorator_list: extra.decorators,
      returns, isAsync: extra.asyncTok !== null, ...span(start, body[body.length - 1]!),
    };
  }

  parameters(ctx: C.ParametersCstChildren): A.Arguments {
    const items = ctx.paramItem.map((p) => this.visit(p) as ParamDesc);
    return this.buildArguments(items, ctx.trailing?.[0] ?? null);
  }

  /** Orders parameter items into CPython's `arguments`, with the errors of invalid_parameters. */
  private buildArguments(items: ParamDesc[], _trailing: IToken | null): A.Arguments {
    const a = emptyArguments();
    let seenSlash = false;
    let seenStar = false;
    let seenDefault = false;
    let starTok: IToken | null = null;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (a.kwarg !== null) {
        const at = it.kind === 'plain' ? it.arg : this.tl(it.tok);
        this.fail('arguments cannot follow var-keyword argument', at);
      }
      switch (it.kind) {
        case 'slash':
          if (seenSlash) this.fail('/ may appear only once', this.tl(it.tok));
          if (seenStar) this.fail('/ must be ahead of *', this.tl(it.tok));
          if (a.args.length === 0) this.fail('invalid syntax', this.tl(it.tok)); // 3.11 has no better message
          seenSlash = true;
          a.posonlyargs = a.args;
          a.args = [];
          break;
        case 'star':
          if (seenStar) this.fail('* argument may appear only once', this.tl(it.tok));
          seenStar = true;
          starTok = it.tok;
          a.vararg = it.arg;
          if (it.arg === null) {
            const next = items[i + 1];
            if (next === undefined || next.kind === 'dstar') this.fail('named arguments must follow bare *', this.tl(it.tok));
          }
          break;
        case 'dstar':
          a.kwarg = it.arg;
          break;
        case 'plain':
          if (seenStar) {
            a.kwonlyargs.push(it.arg);
            a.kw_defaults.push(it.default);
          } else {
            if (it.default !== null) {
              seenDefault = true;
              a.defaults.push(it.default);
            } else if (seenDefault) {
              this.fail('non-default argument follows default argument', it.arg);
            }
            a.args.push(it.arg);
          }
          break;
      }
    }
    void starTok;
    return a;
  }

  paramItem(ctx: C.ParamItemCstChildren): ParamDesc {
    if (ctx.Slash) return { kind: 'slash', tok: ctx.Slash[0]! };
    if (ctx.DoubleStar) return { kind: 'dstar', tok: ctx.DoubleStar[0]!, arg: this.visit(ctx.kwarg!) as A.Arg };
    if (ctx.Star) return { kind: 'star', tok: ctx.Star[0]!, arg: ctx.vararg ? (this.visit(ctx.vararg) as A.Arg) : null };
    return { kind: 'plain', arg: this.visit(ctx.param!) as A.Arg, default: ctx.default ? this.ex(ctx.default[0]) : null };
  }

  param(ctx: C.ParamCstChildren): A.Arg {
    const name = ctx.Name[0]!;
    const annotation = ctx.annotation ? this.ex(ctx.annotation[0]) : null;
    const l = this.tl(name);
    return { arg: normalizeName(name.image), annotation, ...(annotation ? span(l, this.outer(annotation)) : l) };
  }

  classDef(ctx: C.ClassDefCstChildren, extra: DefExtra): A.ClassDef {
    const parens = ctx.LParen ? span(this.tl(ctx.LParen[0]!), this.tl(ctx.RParen![0]!)) : null;
    const call = ctx.arguments ? (this.visit(ctx.arguments, parens) as { args: A.Expr[]; keywords: A.Keyword[] }) : null;
    const body = this.visit(ctx.block) as A.Stmt[];
    return {
      kind: 'ClassDef', name: normalizeName(ctx.Name[0]!.image), bases: call?.args ?? [], keywords: call?.keywords ?? [],
      body, decorator_list: extra.decorators, ...span(this.tl(ctx.KwClass[0]!), body[body.length - 1]!),
    };
  }

  ifStmt(ctx: C.IfStmtCstChildren): A.If {
    const test = this.ex(ctx.namedExpression[0]);
    const body = this.visit(ctx.block) as A.Stmt[];
    // Build the elif chain from the end: each elif is an If alone in the previous orelse.
    let orelse: A.Stmt[] = ctx.elseBlock ? (this.visit(ctx.elseBlock) as A.Stmt[]) : [];
    const elifs = ctx.KwElif ?? [];
    for (let i = elifs.length - 1; i >= 0; i--) {
      const eTest = this.ex(ctx.elifTest![i]);
      const eBody = this.visit(ctx.elifBlock![i]!) as A.Stmt[];
      const last = orelse.length > 0 ? orelse[orelse.length - 1]! : eBody[eBody.length - 1]!;
      orelse = [{ kind: 'If', test: eTest, body: eBody, orelse, ...span(this.tl(elifs[i]!), last) }];
    }
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!;
    return { kind: 'If', test, body, orelse, ...span(this.tl(ctx.KwIf[0]!), last) };
  }

  elseBlock(ctx: C.ElseBlockCstChildren): A.Stmt[] {
    return this.visit(ctx.block) as A.Stmt[];
  }

  whileStmt(ctx: C.WhileStmtCstChildren): A.While {
    const test = this.ex(ctx.namedExpression[0]);
    const body = this.visit(ctx.block) as A.Stmt[];
    const orelse = ctx.elseBlock ? (this.visit(ctx.elseBlock) as A.Stmt[]) : [];
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!;
    return { kind: 'While', test, body, orelse, ...span(this.tl(ctx.KwWhile[0]!), last) };
  }

  forStmt(ctx: C.ForStmtCstChildren, extra: DefExtra): A.For {
    const target = this.ex(ctx.targetList[0]);
    this.checkTarget(target, 'for');
    const iter = this.ex(ctx.starExpressions[0]);
    const body = this.visit(ctx.block) as A.Stmt[];
    const orelse = ctx.elseBlock ? (this.visit(ctx.elseBlock) as A.Stmt[]) : [];
    const last = orelse.length > 0 ? orelse[orelse.length - 1]! : body[body.length - 1]!;
    const start = this.tl(extra?.asyncTok ?? ctx.KwFor[0]!);
    return { kind: 'For', target, iter, body, orelse, isAsync: !!extra?.asyncTok, ...span(start, last) };
  }

  withStmt(ctx: C.WithStmtCstChildren, extra: DefExtra): A.With {
    const items = ctx.parenWithItems
      ? (this.visit(ctx.parenWithItems) as A.WithItem[])
      : ctx.withItem!.map((w) => this.visit(w) as A.WithItem);
    const body = this.visit(ctx.block) as A.Stmt[];
    const start = this.tl(extra?.asyncTok ?? ctx.KwWith[0]!);
    return { kind: 'With', items, body, isAsync: !!extra?.asyncTok, ...span(start, body[body.length - 1]!) };
  }

  parenWithItems(ctx: C.ParenWithItemsCstChildren): A.WithItem[] {
    return ctx.withItem.map((w) => this.visit(w) as A.WithItem);
  }

  withItem(ctx: C.WithItemCstChildren): A.WithItem {
    const context_expr = this.ex(ctx.expression[0]);
    let optional_vars: A.Expr | null = null;
    if (ctx.starTarget) {
      optional_vars = this.ex(ctx.starTarget[0]);
      this.checkTarget(optional_vars, 'star');
    }
    return { context_expr, optional_vars };
  }

  tryStmt(ctx: C.TryStmtCstChildren): A.Try {
    const body = this.visit(ctx.block) as A.Stmt[];
    const handlers = (ctx.exceptBlock ?? []).map((h) => this.visit(h) as A.ExceptHandler);
    const orelse = ctx.elseBlock ? (this.visit(ctx.elseBlock) as A.Stmt[]) : [];
    const fin = ctx.finallyBlock;
    const finalbody = fin ? (this.visit(fin) as A.Stmt[]) : [];
    const lastList: (A.Stmt | A.ExceptHandler)[] = finalbody.length ? finalbody : orelse.length ? orelse : handlers;
    return { kind: 'Try', body, handlers, orelse, finalbody, ...span(this.tl(ctx.KwTry[0]!), lastList[lastList.length - 1]!) };
  }

  exceptBlock(ctx: C.ExceptBlockCstChildren): A.ExceptHandler {
    const type = ctx.expression ? this.ex(ctx.expression[0]) : null;
    const name = ctx.Name ? normalizeName(ctx.Name[0]!.image) : null;
    const body = this.visit(ctx.block) as A.Stmt[];
    return { kind: 'ExceptHandler', type, name, body, ...span(this.tl(ctx.KwExcept[0]!), body[body.length - 1]!) };
  }

  finallyBlock(ctx: C.FinallyBlockCstChildren): A.Stmt[] {
    return this.visit(ctx.block) as A.Stmt[];
  }

  block(ctx: C.BlockCstChildren): A.Stmt[] {
    if (ctx.simpleStmts) return this.visit(ctx.simpleStmts) as A.Stmt[];
    const out: A.Stmt[] = [];
    for (const s of ctx.statement!) out.push(...(this.visit(s) as A.Stmt[]));
    return out;
  }

  // ====================== Targets ======================

  targetList(ctx: C.TargetListCstChildren): A.Expr {
    const elts = ctx.starTarget.map((s) => this.ex(s));
    if (elts.length === 1 && !ctx.trailing) return elts[0]!;
    return this.bareTuple(elts, ctx.trailing?.[0]);
  }

  starTarget(ctx: C.StarTargetCstChildren): A.Expr {
    const value = this.ex(ctx.bitwiseOr[0]);
    if (!ctx.Star) return value;
    return { kind: 'Starred', value, ctx: 'Load', ...span(this.tl(ctx.Star[0]!), this.outer(value)) };
  }

  private bareTuple(elts: A.Expr[], trailing: IToken | undefined): A.Tuple {
    const end = trailing ? this.tl(trailing) : this.outer(elts[elts.length - 1]!);
    const tuple: A.Tuple = { kind: 'Tuple', elts, ctx: 'Load', ...span(this.outer(elts[0]!), end) };
    this.bareTuples.add(tuple);
    return tuple;
  }

  // ====================== Expressions ======================

  starExpressions(ctx: C.StarExpressionsCstChildren): A.Expr {
    const elts = ctx.starExpression.map((s) => this.ex(s));
    if (elts.length === 1 && !ctx.trailing) return elts[0]!;
    return this.bareTuple(elts, ctx.trailing?.[0]);
  }

  starExpression(ctx: C.StarExpressionCstChildren): A.Expr {
    if (ctx.Star) {
      const value = this.ex(ctx.bitwiseOr![0]);
      return { kind: 'Starred', value, ctx: 'Load', ...span(this.tl(ctx.Star[0]!), this.outer(value)) };
    }
    return this.ex(ctx.expression![0]);
  }

  starNamedExpression(ctx: C.StarNamedExpressionCstChildren): A.Expr {
    if (ctx.Star) {
      const value = this.ex(ctx.bitwiseOr![0]);
      return { kind: 'Starred', value, ctx: 'Load', ...span(this.tl(ctx.Star[0]!), this.outer(value)) };
    }
    return this.ex(ctx.namedExpression![0]);
  }

  namedExpression(ctx: C.NamedExpressionCstChildren): A.Expr {
    if (ctx.ColonEqual) {
      const nameTok = ctx.Name![0]!;
      const target: A.Name = { kind: 'Name', id: normalizeName(nameTok.image), ctx: 'Store', ...this.tl(nameTok) };
      const value = this.ex(ctx.value![0]);
      return { kind: 'NamedExpr', target, value, ...span(target, this.outer(value)) };
    }
    return this.ex(ctx.expression![0]);
  }

  expression(ctx: C.ExpressionCstChildren): A.Expr {
    if (ctx.lambdef) return this.ex(ctx.lambdef[0]);
    const body = this.ex(ctx.body![0]);
    if (!ctx.KwIf) return body;
    const test = this.ex(ctx.test![0]);
    const orelse = this.ex(ctx.orelse![0]);
    return { kind: 'IfExp', test, body, orelse, ...span(this.outer(body), this.outer(orelse)) };
  }

  yieldExpr(ctx: C.YieldExprCstChildren): A.Expr {
    const kw = this.tl(ctx.KwYield[0]!);
    if (ctx.KwFrom) {
      const value = this.ex(ctx.expression![0]);
      return { kind: 'YieldFrom', value, ...span(kw, this.outer(value)) };
    }
    const value = ctx.starExpressions ? this.ex(ctx.starExpressions[0]) : null;
    return { kind: 'Yield', value, ...(value ? span(kw, this.outer(value)) : kw) };
  }

  lambdef(ctx: C.LambdefCstChildren): A.Lambda {
    const args = ctx.lambdaParameters ? (this.visit(ctx.lambdaParameters) as A.Arguments) : emptyArguments();
    const body = this.ex(ctx.expression[0]);
    return { kind: 'Lambda', args, body, ...span(this.tl(ctx.KwLambda[0]!), this.outer(body)) };
  }

  lambdaParameters(ctx: C.LambdaParametersCstChildren): A.Arguments {
    const items = ctx.lambdaParamItem.map((p) => this.visit(p) as ParamDesc);
    return this.buildArguments(items, ctx.trailing?.[0] ?? null);
  }

  lambdaParamItem(ctx: C.LambdaParamItemCstChildren): ParamDesc {
    const arg = (tok: IToken): A.Arg => ({ arg: normalizeName(tok.image), annotation: null, ...this.tl(tok) });
    if (ctx.Slash) return { kind: 'slash', tok: ctx.Slash[0]! };
    if (ctx.DoubleStar) return { kind: 'dstar', tok: ctx.DoubleStar[0]!, arg: arg(ctx.kwarg![0]!) };
    if (ctx.Star) return { kind: 'star', tok: ctx.Star[0]!, arg: ctx.vararg ? arg(ctx.vararg[0]!) : null };
    return { kind: 'plain', arg: arg(ctx.Name![0]!), default: ctx.default ? this.ex(ctx.default[0]) : null };
  }

  disjunction(ctx: C.DisjunctionCstChildren): A.Expr {
    const values = ctx.conjunction.map((c) => this.ex(c));
    const first = values[0]!;
    if (values.length === 1) return first;
    return { kind: 'BoolOp', op: 'Or', values, ...span(this.outer(first), this.outer(values[values.length - 1]!)) };
  }

  conjunction(ctx: C.ConjunctionCstChildren): A.Expr {
    const values = ctx.inversion.map((c) => this.ex(c));
    const first = values[0]!;
    if (values.length === 1) return first;
    return { kind: 'BoolOp', op: 'And', values, ...span(this.outer(first), this.outer(values[values.length - 1]!)) };
  }

  inversion(ctx: C.InversionCstChildren): A.Expr {
    if (ctx.comparison) return this.ex(ctx.comparison[0]);
    const operand = this.ex(ctx.inversion![0]);
    return { kind: 'UnaryOp', op: 'Not', operand, ...span(this.tl(ctx.KwNot![0]!), this.outer(operand)) };
  }

  comparison(ctx: C.ComparisonCstChildren): A.Expr {
    const left = this.ex(ctx.bitwiseOr[0]);
    if (!ctx.compOp) return left;
    const ops = ctx.compOp.map((c) => this.visit(c) as A.CmpOpKind);
    const comparators = ctx.bitwiseOr.slice(1).map((c) => this.ex(c));
    return { kind: 'Compare', left, ops, comparators, ...span(this.outer(left), this.outer(comparators[comparators.length - 1]!)) };
  }

  compOp(ctx: C.CompOpCstChildren): A.CmpOpKind {
    if (ctx.CompareOp) return CMPOP_OF[ctx.CompareOp[0]!.image]!;
    if (ctx.KwIs) return ctx.KwNot ? 'IsNot' : 'Is';
    return ctx.KwNot ? 'NotIn' : 'In';
  }

  bitwiseOr(ctx: C.BitwiseOrCstChildren): A.Expr {
    if (!ctx.BinaryOperator) return this.ex(ctx.factor[0]);
    const operands = ctx.factor.map((f) => this.ex(f));
    const ops = ctx.BinaryOperator.map((o) => o.image);
    // Precedence climbing over the flat operand/operator list; all these levels are left-associative.
    let pos = 0;
    const climb = (minPrec: number): A.Expr => {
      let left = operands[pos]!;
      while (pos < ops.length && BINOP_PREC[ops[pos]!]! >= minPrec) {
        const op = ops[pos]!;
        pos++;
        const right = climb(BINOP_PREC[op]! + 1);
        left = { kind: 'BinOp', left, op: BINOP_OF[op]!, right, ...span(this.outer(left), this.outer(right)) };
      }
      return left;
    };
    return climb(1);
  }

  factor(ctx: C.FactorCstChildren): A.Expr {
    if (ctx.power) return this.ex(ctx.power[0]);
    const opTok = ctx.unaryOp![0]!;
    const operand = this.ex(ctx.factor![0]);
    const op: A.UnaryOpKind = opTok.image === '-' ? 'USub' : opTok.image === '+' ? 'UAdd' : 'Invert';
    return { kind: 'UnaryOp', op, operand, ...span(this.tl(opTok), this.outer(operand)) };
  }

  power(ctx: C.PowerCstChildren): A.Expr {
    let base = this.ex(ctx.primary[0]);
    if (ctx.KwAwait) base = { kind: 'Await', value: base, ...span(this.tl(ctx.KwAwait[0]!), this.outer(base)) };
    if (!ctx.DoubleStar) return base;
    const right = this.ex(ctx.factor![0]);
    return { kind: 'BinOp', left: base, op: 'Pow', right, ...span(this.outer(base), this.outer(right)) };
  }

  primary(ctx: C.PrimaryCstChildren): A.Expr {
    let e = this.ex(ctx.atom[0]);
    for (const tr of ctx.trailer ?? []) e = this.visit(tr, e) as A.Expr;
    return e;
  }

  trailer(ctx: C.TrailerCstChildren, value: A.Expr): A.Expr {
    const start = this.outer(value);
    if (ctx.Dot) {
      const name = ctx.Name![0]!;
      return { kind: 'Attribute', value, attr: normalizeName(name.image), ctx: 'Load', ...span(start, this.tl(name)) };
    }
    if (ctx.LParen) {
      const end = this.tl(ctx.RParen![0]!);
      if (!ctx.arguments) return { kind: 'Call', func: value, args: [], keywords: [], ...span(start, end) };
      const parens = span(this.tl(ctx.LParen[0]!), end);
      const call = this.visit(ctx.arguments, parens) as { args: A.Expr[]; keywords: A.Keyword[] };
      return { kind: 'Call', func: value, args: call.args, keywords: call.keywords, ...span(start, end) };
    }
    const slice = this.ex(ctx.slices![0]);
    return { kind: 'Subscript', value, slice, ctx: 'Load', ...span(start, this.tl(ctx.RSquare![0]!)) };
  }

  slices(ctx: C.SlicesCstChildren): A.Expr {
    const items = ctx.slice.map((s) => this.ex(s));
    if (items.length === 1 && !ctx.trailing && items[0]!.kind !== 'Starred') return items[0]!;
    const end = ctx.trailing ? this.tl(ctx.trailing[0]!) : this.outer(items[items.length - 1]!);
    return { kind: 'Tuple', elts: items, ctx: 'Load', ...span(this.outer(items[0]!), end) };
  }

  slice(ctx: C.SliceCstChildren): A.Expr {
    if (ctx.Star) {
      const value = this.ex(ctx.bitwiseOr![0]);
      return { kind: 'Starred', value, ctx: 'Load', ...span(this.tl(ctx.Star[0]!), this.outer(value)) };
    }
    const lower = ctx.lower ? this.ex(ctx.lower[0]) : null;
    const tail = ctx.sliceTail;
    if (!tail) return lower!;
    return this.visit(tail[0]!, lower) as A.Slice;
  }

  sliceTail(ctx: C.SliceTailCstChildren, lower: A.Expr | null): A.Slice {
    const upper = ctx.upper ? this.ex(ctx.upper[0]) : null;
    const step = ctx.step ? this.ex(ctx.step[0]) : null;
    const start = lower ? this.outer(lower) : this.tl(ctx.Colon[0]!);
    const end = step ? this.outer(step) : ctx.stepColon ? this.tl(ctx.stepColon[0]!) : upper ? this.outer(upper) : this.tl(ctx.Colon[0]!);
    return { kind: 'Slice', lower, upper, step, ...span(start, end) };
  }

  atom(ctx: C.AtomCstChildren): A.Expr {
    if (ctx.Name) {
      const tok = ctx.Name[0]!;
      return { kind: 'Name', id: normalizeName(tok.image), ctx: 'Load', ...this.tl(tok) };
    }
    if (ctx.NumberLit) return this.number(ctx.NumberLit[0]!);
    if (ctx.StringLit) return this.strings(ctx.StringLit);
    if (ctx.KwTrue) return { kind: 'Constant', value: true, ...this.tl(ctx.KwTrue[0]!) };
    if (ctx.KwFalse) return { kind: 'Constant', value: false, ...this.tl(ctx.KwFalse[0]!) };
    if (ctx.KwNone) return { kind: 'Constant', value: null, ...this.tl(ctx.KwNone[0]!) };
    if (ctx.Ellipsis) return { kind: 'Constant', value: { ellipsis: true }, ...this.tl(ctx.Ellipsis[0]!) };
    return this.ex((ctx.parenAtom ?? ctx.listAtom ?? ctx.braceAtom)![0]);
  }

  parenAtom(ctx: C.ParenAtomCstChildren): A.Expr {
    const loc = span(this.tl(ctx.LParen[0]!), this.tl(ctx.RParen[0]!));
    if (ctx.yieldExpr) {
      const e = this.ex(ctx.yieldExpr[0]);
      this.outerLoc.set(e, loc);
      return e;
    }
    if (!ctx.starNamedExpression) return { kind: 'Tuple', elts: [], ctx: 'Load', ...loc };
    const first = this.ex(ctx.starNamedExpression[0]);
    if (ctx.compFor) {
      const generators = this.visit(ctx.compFor) as A.Comprehension[];
      this.checkComprehensionElt(first);
      return { kind: 'GeneratorExp', elt: first, generators, ...loc };
    }
    if (!ctx.Comma && !ctx.trailing) {
      if (first.kind === 'Starred') this.fail('cannot use starred expression here', first);
      this.outerLoc.set(first, loc);
      return first;
    }
    const elts = [first, ...ctx.starNamedExpression.slice(1).map((e) => this.ex(e))];
    return { kind: 'Tuple', elts, ctx: 'Load', ...loc };
  }

  private checkComprehensionElt(elt: A.Expr): void {
    if (elt.kind === 'Starred') this.fail('iterable unpacking cannot be used in comprehension', elt);
  }

  listAtom(ctx: C.ListAtomCstChildren): A.Expr {
    const loc = span(this.tl(ctx.LSquare[0]!), this.tl(ctx.RSquare[0]!));
    if (!ctx.starNamedExpression) return { kind: 'List', elts: [], ctx: 'Load', ...loc };
    const first = this.ex(ctx.starNamedExpression[0]);
    if (ctx.compFor) {
      this.checkComprehensionElt(first);
      return { kind: 'ListComp', elt: first, generators: this.visit(ctx.compFor) as A.Comprehension[], ...loc };
    }
    const elts = [first, ...ctx.starNamedExpression.slice(1).map((e) => this.ex(e))];
    return { kind: 'List', elts, ctx: 'Load', ...loc };
  }

  braceAtom(ctx: C.BraceAtomCstChildren): A.Expr {
    const loc = span(this.tl(ctx.LBrace[0]!), this.tl(ctx.RBrace[0]!));
    if (!ctx.braceItem) return { kind: 'Dict', keys: [], values: [], ...loc };
    const first = this.visit(ctx.braceItem[0]!) as BraceItem;
    if (ctx.compFor) {
      const generators = this.visit(ctx.compFor) as A.Comprehension[];
      if (first.kind === 'kv') return { kind: 'DictComp', key: first.key, value: first.value, generators, ...loc };
      if (first.kind === 'dstar') this.fail('dict unpacking cannot be used in dict comprehension', span(this.tl(first.tok), this.outer(first.value)));
      this.checkComprehensionElt(first.value);
      return { kind: 'SetComp', elt: first.value, generators, ...loc };
    }
    const items = [first, ...ctx.braceItem.slice(1).map((b) => this.visit(b) as BraceItem)];
    const isDict = first.kind === 'kv' || first.kind === 'dstar';
    if (isDict) {
      const keys: (A.Expr | null)[] = [];
      const values: A.Expr[] = [];
      for (const it of items) {
        if (it.kind === 'kv') {
          keys.push(it.key);
          values.push(it.value);
        } else if (it.kind === 'dstar') {
          keys.push(null);
          values.push(it.value);
        } else {
          this.fail("':' expected after dictionary key", it.value);
        }
      }
      return { kind: 'Dict', keys, values, ...loc };
    }
    const elts: A.Expr[] = [];
    for (const it of items) {
      if (it.kind === 'kv' || it.kind === 'dstar') this.fail('invalid syntax', it.kind === 'kv' ? it.key : this.tl(it.tok));
      elts.push(it.value);
    }
    return { kind: 'Set', elts, ...loc };
  }

  braceItem(ctx: C.BraceItemCstChildren): BraceItem {
    if (ctx.DoubleStar) return { kind: 'dstar', value: this.ex(ctx.unpackDict![0]), tok: ctx.DoubleStar[0]! };
    if (ctx.Star) {
      const value = this.ex(ctx.unpackSet![0]);
      return { kind: 'star', value: { kind: 'Starred', value, ctx: 'Load', ...span(this.tl(ctx.Star[0]!), this.outer(value)) } };
    }
    const key = this.ex(ctx.key![0]);
    if (!ctx.Colon) return { kind: 'single', value: key };
    if (key.kind === 'NamedExpr' && !this.outerLoc.has(key)) this.fail('invalid syntax', this.tl(ctx.Colon[0]!));
    return { kind: 'kv', key, value: this.ex(ctx.value![0]) };
  }

  compFor(ctx: C.CompForCstChildren): A.Comprehension[] {
    return ctx.compClause.map((c) => this.visit(c) as A.Comprehension);
  }

  compClause(ctx: C.CompClauseCstChildren): A.Comprehension {
    const target = this.ex(ctx.targetList[0]);
    this.checkTarget(target, 'for');
    const iter = this.ex(ctx.iter[0]);
    const ifs = (ctx.ifs ?? []).map((i) => this.ex(i));
    return { target, iter, ifs, is_async: !!ctx.KwAsync };
  }

  arguments(ctx: C.ArgumentsCstChildren, parens: Loc): { args: A.Expr[]; keywords: A.Keyword[] } {
    const items = ctx.argument.map((a) => this.visit(a) as ArgDesc);
    const trailingComma = (ctx.Comma?.length ?? 0) >= items.length;
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let seenKw = false;
    let seenDstar = false;
    for (const it of items) {
      switch (it.kind) {
        case 'pos': {
          let value = it.value;
          if (it.genexp) {
            const gl = items.length === 1 && !trailingComma ? parens : span(this.outer(it.value), this.compEnd(it.genexp));
            value = { kind: 'GeneratorExp', elt: it.value, generators: it.genexp, ...gl };
            if (items.length > 1 || trailingComma) this.fail('Generator expression must be parenthesized', value);
            this.checkComprehensionElt(it.value);
          }
          // CPython raises these without a location: at the last token read, the closing ')'.
          const closing = { ...parens, lineno: parens.end_lineno, col_offset: parens.end_col_offset - 1 };
          if (seenDstar) this.fail('positional argument follows keyword argument unpacking', closing);
          if (seenKw) this.fail('positional argument follows keyword argument', closing);
          args.push(value);
          break;
        }
        case 'star':
          if (seenDstar) this.fail('iterable argument unpacking follows keyword argument unpacking', it.value);
          args.push(it.value);
          break;
        case 'kw':
          seenKw = true;
          keywords.push(it.kw);
          break;
        case 'dstar':
          seenDstar = true;
          keywords.push(it.kw);
          break;
      }
    }
    return { args, keywords };
  }

  private compEnd(gens: A.Comprehension[]): Loc {
    const last = gens[gens.length - 1]!;
    const e = last.ifs.length ? last.ifs[last.ifs.length - 1]! : last.iter;
    return this.outer(e);
  }

  argument(ctx: C.ArgumentCstChildren): ArgDesc {
    if (ctx.keyword) {
      const name = ctx.keyword[0]!;
      const value = this.ex(ctx.kwValue![0]);
      return { kind: 'kw', kw: { arg: normalizeName(name.image), value, ...span(this.tl(name), this.outer(value)) } };
    }
    if (ctx.doubleStarred) {
      const value = this.ex(ctx.doubleStarred[0]);
      return { kind: 'dstar', kw: { arg: null, value, ...span(this.tl(ctx.DoubleStar![0]!), this.outer(value)) } };
    }
    if (ctx.starred) {
      const value = this.ex(ctx.starred[0]);
      return { kind: 'star', value: { kind: 'Starred', value, ctx: 'Load', ...span(this.tl(ctx.Star![0]!), this.outer(value)) } };
    }
    const value = this.ex(ctx.positional![0]);
    return { kind: 'pos', value, genexp: ctx.compFor ? (this.visit(ctx.compFor) as A.Comprehension[]) : null };
  }

  fstringExpr(ctx: C.FstringExprCstChildren): A.Expr {
    return this.ex(ctx.starExpressions[0]);
  }

  disjunctionOnly(ctx: C.DisjunctionOnlyCstChildren): A.Expr {
    return this.ex(ctx.disjunction[0]);
  }

  // ====================== Numbers ======================

  private number(tok: IToken): A.Constant {
    const loc = this.tl(tok);
    const text = tok.image.replace(/_/g, '');
    const last = text[text.length - 1]!;
    if (last === 'j' || last === 'J') this.fail('complex literals are not supported by pygil', loc);
    const lower = text.toLowerCase();
    if (lower.startsWith('0x') || lower.startsWith('0o') || lower.startsWith('0b')) {
      return { kind: 'Constant', value: BigInt(lower), ...loc };
    }
    if (/[.e]/.test(lower)) return { kind: 'Constant', value: { float: Number(lower) }, ...loc };
    return { kind: 'Constant', value: BigInt(lower), ...loc };
  }

  // ====================== Strings ======================
  // CPython 3.11 Parser/string_parser.c: _PyPegen_concatenate_strings, fstring_find_literal,
  // fstring_find_expr, fstring_compile_expr.

  private strings(toks: IToken[]): A.Expr {
    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    const whole = span(this.tl(first), this.tl(last));
    const parsed = toks.map((t) => splitStringToken(t.image));
    const bytesMode = parsed[0]!.isBytes;
    for (const p of parsed) {
      if (p.isBytes !== bytesMode) this.failAfter('cannot mix bytes and nonbytes literals', last);
    }
    if (bytesMode) {
      const chunks: number[] = [];
      toks.forEach((t, i) => {
        const p = parsed[i]!;
        if (/[^\x00-\x7f]/.test(p.body)) {
          const l = this.tl(t);
          this.fail('bytes can only contain ASCII literal characters', l);
        }
        const bytes = p.isRaw ? [...p.body].map((c) => c.charCodeAt(0)) : this.decodeEscapes(p.body, true, t);
        for (const b of bytes) chunks.push(b as number);
      });
      return { kind: 'Constant', value: Uint8Array.from(chunks), ...whole };
    }
    if (!parsed.some((p) => p.isF)) {
      let s = '';
      toks.forEach((t, i) => {
        const p = parsed[i]!;
        s += p.isRaw ? p.body : (this.decodeEscapes(p.body, false, t) as string);
      });
      return { kind: 'Constant', value: s, ...whole };
    }
    const state = new FStringState(whole);
    toks.forEach((t, i) => {
      const p = parsed[i]!;
      if (!p.isF) state.literal += p.isRaw ? p.body : (this.decodeEscapes(p.body, false, t) as string);
      else this.parseFString(p, t, last, 0, state, whole);
    });
    state.flush();
    return { kind: 'JoinedStr', values: state.values, ...whole };
  }

  /** Decodes backslash escapes of a (non-raw) literal body: a string, or byte values for bytes. */
  private decodeEscapes(body: string, isBytes: boolean, tok: IToken): string | number[] {
    const out: number[] = []; // code points (or bytes)
    let i = 0;
    const n = body.length;
    const unicodeError = (from: number, to: number, what: string) =>
      this.failAfter(`(${isBytes ? 'value' : 'unicode'} error) ${isBytes ? '' : "'unicodeescape' codec can't decode bytes in position " + from + '-' + to + ': '}${what}`, tok);
    while (i < n) {
      const c = body.charCodeAt(i);
      if (c !== 92) {
        const cp = body.codePointAt(i)!;
        out.push(cp);
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const start = i;
      i++;
      if (i >= n) {
        out.push(92);
        break;
      }
      const e = body[i]!;
      i++;
      switch (e) {
        case '\n': break;
        case '\r': if (body[i] === '\n') i++; break;
        case '\\': out.push(92); break;
        case "'": out.push(39); break;
        case '"': out.push(34); break;
        case 'a': out.push(7); break;
        case 'b': out.push(8); break;
        case 'f': out.push(12); break;
        case 'n': out.push(10); break;
        case 'r': out.push(13); break;
        case 't': out.push(9); break;
        case 'v': out.push(11); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          let v = e.charCodeAt(0) - 48;
          for (let k = 0; k < 2 && i < n && body[i]! >= '0' && body[i]! <= '7'; k++) v = v * 8 + body.charCodeAt(i++) - 48;
          out.push(isBytes ? v & 0xff : v);
          break;
        }
        case 'x': {
          const hex = body.slice(i, i + 2);
          if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
            if (isBytes) this.failAfter(`(value error) invalid \\x escape at position ${start}`, tok);
            unicodeError(start, start + 1 + /^[0-9a-fA-F]*/.exec(hex)![0].length, 'truncated \\xXX escape');
          }
          out.push(parseInt(hex, 16));
          i += 2;
          break;
        }
        case 'u': case 'U': {
          if (isBytes) {
            out.push(92, e.charCodeAt(0));
            break;
          }
          const len = e === 'u' ? 4 : 8;
          const hex = body.slice(i, i + len);
          const m = /^[0-9a-fA-F]*/.exec(hex)![0];
          if (m.length < len) unicodeError(start, start + 1 + m.length, `truncated \\${e === 'u' ? 'uXXXX' : 'UXXXXXXXX'} escape`);
          const v = parseInt(hex, 16);
          if (v > 0x10ffff) unicodeError(start, start + 1 + len, 'illegal Unicode character');
          out.push(v);
          i += len;
          break;
        }
        case 'N': {
          if (isBytes) {
            out.push(92, 78);
            break;
          }
          const close = body.indexOf('}', i);
          if (body[i] !== '{' || close < 0) unicodeError(start, Math.min(n, i) - 1, 'malformed \\N character escape');
          const name = body.slice(i + 1, close).toUpperCase();
          const cp = UNICODE_NAMES[name];
          if (cp === undefined) unicodeError(start, close, 'unknown Unicode character name');
          out.push(cp);
          i = close + 1;
          break;
        }
        default:
          // Unknown escapes keep their backslash (CPython only warns).
          out.push(92);
          i--;
          break;
      }
    }
    if (isBytes) return out;
    let s = '';
    for (let k = 0; k < out.length; k += 4096) s += String.fromCodePoint(...out.slice(k, k + 4096));
    return s;
  }

  /** Parses one f-string token body (or a format spec inside it, recurseLvl > 0) into state.
   *  Returns the index in p.body where parsing stopped (at the '}' closing a format spec). */
  private parseFString(p: SplitString, tok: IToken, lastTok: IToken, recurseLvl: number, state: FStringState, whole: Loc, from = 0): number {
    const body = p.body;
    let i = from;
    const n = body.length;
    while (i < n) {
      // Literal part.
      let lit = '';
      while (i < n) {
        const ch = body[i]!;
        if (!p.isRaw && ch === '\\' && i + 1 < n) {
          const nx = body[i + 1]!;
          if (nx === 'N' && body[i + 2] === '{') {
            const close = body.indexOf('}', i + 3);
            const stop = close < 0 ? n : close + 1;
            lit += body.slice(i, stop);
            i = stop;
            continue;
          }
          if (nx !== '{' && nx !== '}') {
            lit += ch + nx;
            i += 2;
            continue;
          }
          lit += ch;
          i++;
          continue;
        }
        if (ch === '{' || ch === '}') {
          if (recurseLvl === 0) {
            if (body[i + 1] === ch) {
              lit += ch;
              i += 2;
              continue;
            }
            if (ch === '}') this.failAfter("f-string: single '}' is not allowed", lastTok);
          }
          break;
        }
        lit += ch;
        i++;
      }
      if (lit) state.literal += p.isRaw ? lit : (this.decodeEscapes(lit, false, tok) as string);
      if (i >= n) break;
      if (body[i] === '}') return i; // end of a nested format spec
      // body[i] === '{': a replacement field.
      i = this.parseFStringField(p, tok, lastTok, recurseLvl, state, whole, i);
    }
    if (recurseLvl > 0) this.failAfter("f-string: expecting '}'", lastTok);
    return i;
  }

  private parseFStringField(p: SplitString, tok: IToken, lastTok: IToken, recurseLvl: number, state: FStringState, whole: Loc, open: number): number {
    const body = p.body;
    const n = body.length;
    if (recurseLvl >= 2) this.failAfter('f-string: expressions nested too deeply', lastTok);
    const exprStart = open + 1;
    let i = exprStart;
    let quote = '';
    let quoteLen = 0;
    const stack: string[] = [];
    for (; i < n; i++) {
      const ch = body[i]!;
      if (ch === '\\') this.failAfter('f-string expression part cannot include a backslash', lastTok);
      if (quote) {
        if (ch === quote && (quoteLen === 1 || (body[i + 1] === ch && body[i + 2] === ch))) {
          i += quoteLen - 1;
          quote = '';
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        quoteLen = body[i + 1] === ch && body[i + 2] === ch ? 3 : 1;
        i += quoteLen - 1;
        continue;
      }
      if (ch === '[' || ch === '{' || ch === '(') {
        if (stack.length >= 200) this.failAfter('f-string: too many nested parenthesis', lastTok);
        stack.push(ch);
        continue;
      }
      if (ch === '#') this.failAfter("f-string expression part cannot include '#'", lastTok);
      if (stack.length === 0 && '!:}=<>'.includes(ch)) {
        const nx = body[i + 1];
        if (nx === '=' && (ch === '!' || ch === '=' || ch === '<' || ch === '>')) {
          i++;
          continue;
        }
        if (ch === '<' || ch === '>') continue;
        break;
      }
      if (ch === ']' || ch === '}' || ch === ')') {
        if (stack.length === 0) this.failAfter(`f-string: unmatched '${ch}'`, lastTok);
        const opening = stack.pop()!;
        if (!((opening === '(' && ch === ')') || (opening === '[' && ch === ']') || (opening === '{' && ch === '}'))) {
          this.failAfter(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`, lastTok);
        }
      }
    }
    if (quote) this.failAfter('f-string: unterminated string', lastTok);
    if (stack.length) this.failAfter(`f-string: unmatched '${stack[stack.length - 1]}'`, lastTok);
    if (i >= n) this.failAfter("f-string: expecting '}'", lastTok);
    const exprEnd = i;
    const value = this.compileFStringExpr(p, tok, lastTok, exprStart, exprEnd);

    let exprText: string | null = null;
    if (body[i] === '=') {
      i++;
      while (i < n && /\s/.test(body[i]!)) i++;
      if (i >= n) this.failAfter("f-string: expecting '}'", lastTok);
      exprText = body.slice(exprStart, i);
    }
    let conversion = -1;
    if (body[i] === '!') {
      i++;
      if (i >= n) this.failAfter("f-string: expecting '}'", lastTok);
      const conv = body[i]!;
      i++;
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        this.failAfter("f-string: invalid conversion character: expected 's', 'r', or 'a'", lastTok);
      }
      conversion = conv.charCodeAt(0);
    }
    let formatSpec: A.JoinedStr | null = null;
    if (i < n && body[i] === ':') {
      i++;
      if (i >= n) this.failAfter("f-string: expecting '}'", lastTok);
      const specState = new FStringState(whole);
      i = this.parseFString(p, tok, lastTok, recurseLvl + 1, specState, whole, i);
      specState.flush();
      formatSpec = { kind: 'JoinedStr', values: specState.values, ...span(this.tl(tok), whole) };
    }
    if (i >= n || body[i] !== '}') this.failAfter("f-string: expecting '}'", lastTok);
    i++;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    if (exprText !== null) state.literal += exprText;
    state.flush();
    state.values.push({ kind: 'FormattedValue', value, conversion, format_spec: formatSpec, ...locOf(whole) });
    return i;
  }

  /** Parses the text of a replacement field as `(expr)`, as CPython's fstring_compile_expr does. */
  private compileFStringExpr(p: SplitString, tok: IToken, lastTok: IToken, start: number, end: number): A.Expr {
    const text = p.body.slice(start, end);
    if (/^[ \t\n\f\r]*$/.test(text)) {
      const stop = p.body[end];
      if (stop === '!' || stop === ':' || stop === '=') this.failAfter(`f-string: expression required before '${stop}'`, lastTok);
      this.failAfter('f-string: empty expression not allowed', lastTok);
    }
    // Where the field's text starts: CPython's fstring_find_expr_location.
    const tokText = tok.image;
    const bracePos = p.bodyOffset + start - 1; // index of '{' in the token image
    let lines = 0;
    for (let k = 0; k < bracePos; k++) if (tokText[k] === '\n') lines++;
    let newlineAfterBrace = true;
    for (let k = bracePos + 1; k < tokText.length && tokText[k] !== '}' && tokText[k] !== '\n'; k++) {
      if (tokText[k] !== ' ' && tokText[k] !== '\t' && tokText[k] !== '\f') {
        newlineAfterBrace = false;
        break;
      }
    }
    let cols = 0;
    if (!newlineAfterBrace) {
      const nl = tokText.lastIndexOf('\n', bracePos);
      cols = nl < 0 ? bracePos : bracePos - nl - 1;
    }
    const tl = this.tl(tok);
    const shift = { line: tl.lineno + lines, col: lines > 0 ? cols : tl.col_offset + cols };
    return parseFieldExpression(`(${text})`, this.filename, shift, tl.lineno + lines);
  }
}

// ====================== String helpers ======================

interface SplitString {
  isBytes: boolean;
  isRaw: boolean;
  isF: boolean;
  body: string;
  /** Index in the token image where body starts. */
  bodyOffset: number;
}

function splitStringToken(image: string): SplitString {
  let i = 0;
  while (image[i] !== "'" && image[i] !== '"') i++;
  const prefix = image.slice(0, i).toLowerCase();
  const q = image[i]!;
  const qlen = image[i + 1] === q && image[i + 2] === q && image.length >= i + 6 ? 3 : 1;
  const body = image.slice(i + qlen, image.length - qlen).replace(/\r\n?/g, '\n');
  return { isBytes: prefix.includes('b'), isRaw: prefix.includes('r'), isF: prefix.includes('f'), body, bodyOffset: i + qlen };
}

class FStringState {
  literal = '';
  values: (A.Constant | A.FormattedValue)[] = [];
  constructor(private readonly whole: Loc) {}
  flush(): void {
    if (this.literal !== '') this.values.push({ kind: 'Constant', value: this.literal, ...locOf(this.whole) });
    this.literal = '';
  }
}

/** Parses one f-string field expression `(expr)` with the shared parser and a nested builder. */
function parseFieldExpression(text: string, filename: string, shift: { line: number; col: number }, errLine: number): A.Expr {
  let lex;
  try {
    lex = tokenize(text);
  } catch (e) {
    if (e instanceof LexError) {
      const pos = positionOf([0], e.offset0);
      throw new CompileError(e.pyType, `f-string: ${e.msg}`, filename, errLine, pos.column, errLine, pos.column);
    }
    throw e;
  }
  const parser: PythonParser = getParser();
  // The outer parse is finished (we are in its visitor), so the shared instance is free; the
  // outer CST does not depend on the parser's state.
  parser.startParse(lex.tokens, true);
  const cst = parser.fstringExpr();
  // The trailing NEWLINE that tokenize() appends is left over: not an error here.
  const errors = parser.errors.filter((e) => e.name !== 'NotAllInputParsedException');
  if (errors.length > 0 || !isAtEnd(parser, lex.tokens)) {
    // Worded as for a whole file, prefixed with "f-string: "; CPython locates these errors
    // inside the `(expr)` text, on the line of the field.
    const err = errors[0] ?? parser.errors[0]!;
    const e = describeError(err, parser.furthest, lex, text, filename);
    throw new CompileError(e.pyType, `f-string: ${e.msg}`, filename, errLine, e.offset, errLine, e.endOffset);
  }
  const builder = new AstBuilder(filename, lex.tokens, shift);
  return builder.visit(cst) as A.Expr;
}

function isAtEnd(parser: PythonParser, tokens: IToken[]): boolean {
  const idx = (parser as unknown as { currIdx: number }).currIdx + 1;
  for (let k = idx; k < tokens.length; k++) {
    const ty = tokens[k]!.tokenType;
    if (ty !== tk.Newline && ty !== tk.Dedent) return false;
  }
  return true;
}

export function normalizeName(name: string): string {
  return /[^\x00-\x7f]/.test(name) ? name.normalize('NFKC') : name;
}

function emptyArguments(): A.Arguments {
  return { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

/** The few names \N{...} knows (CPython knows all of Unicode; pygil keeps a small table). */
const UNICODE_NAMES: Record<string, number> = {
  'BULLET': 0x2022,
  'EM DASH': 0x2014,
  'EN DASH': 0x2013,
  'NO-BREAK SPACE': 0xa0,
  'COPYRIGHT SIGN': 0xa9,
  'REGISTERED SIGN': 0xae,
  'DEGREE SIGN': 0xb0,
  'MICRO SIGN': 0xb5,
  'PILCROW SIGN': 0xb6,
  'SECTION SIGN': 0xa7,
  'MIDDLE DOT': 0xb7,
  'HORIZONTAL ELLIPSIS': 0x2026,
  'LEFT DOUBLE QUOTATION MARK': 0x201c,
  'RIGHT DOUBLE QUOTATION MARK': 0x201d,
  'LEFT SINGLE QUOTATION MARK': 0x2018,
  'RIGHT SINGLE QUOTATION MARK': 0x2019,
  'EURO SIGN': 0x20ac,
  'POUND SIGN': 0xa3,
  'YEN SIGN': 0xa5,
  'CENT SIGN': 0xa2,
  'SPACE': 0x20,
  'LINE FEED': 0xa,
  'CARRIAGE RETURN': 0xd,
  'CHARACTER TABULATION': 0x9,
  'NULL': 0x0,
  'ZERO WIDTH SPACE': 0x200b,
  'GREEK SMALL LETTER ALPHA': 0x3b1,
  'GREEK SMALL LETTER BETA': 0x3b2,
  'GREEK SMALL LETTER GAMMA': 0x3b3,
  'GREEK SMALL LETTER DELTA': 0x3b4,
  'GREEK SMALL LETTER PI': 0x3c0,
  'GREEK SMALL LETTER LAMDA': 0x3bb,
  'GREEK SMALL LETTER MU': 0x3bc,
  'GREEK SMALL LETTER SIGMA': 0x3c3,
  'GREEK CAPITAL LETTER OMEGA': 0x3a9,
  'GREEK CAPITAL LETTER DELTA': 0x394,
  'LATIN SMALL LETTER E WITH ACUTE': 0xe9,
  'LATIN SMALL LETTER A WITH GRAVE': 0xe0,
  'LATIN SMALL LETTER U WITH DIAERESIS': 0xfc,
  'LATIN SMALL LETTER SHARP S': 0xdf,
  'LATIN CAPITAL LETTER A': 0x41,
  'LATIN SMALL LETTER A': 0x61,
  'DIGIT ZERO': 0x30,
  'SNOWMAN': 0x2603,
  'BLACK STAR': 0x2605,
  'WHITE STAR': 0x2606,
  'WHITE SMILING FACE': 0x263a,
  'BLACK HEART SUIT': 0x2665,
  'CHECK MARK': 0x2713,
  'HEAVY CHECK MARK': 0x2714,
  'BALLOT X': 0x2717,
  'MULTIPLICATION SIGN': 0xd7,
  'DIVISION SIGN': 0xf7,
  'PLUS-MINUS SIGN': 0xb1,
  'INFINITY': 0x221e,
  'NOT EQUAL TO': 0x2260,
  'LESS-THAN OR EQUAL TO': 0x2264,
  'GREATER-THAN OR EQUAL TO': 0x2265,
  'RIGHTWARDS ARROW': 0x2192,
  'LEFTWARDS ARROW': 0x2190,
  'UPWARDS ARROW': 0x2191,
  'DOWNWARDS ARROW': 0x2193,
  'BOX DRAWINGS LIGHT HORIZONTAL': 0x2500,
  'BOX DRAWINGS LIGHT VERTICAL': 0x2502,
  'FULL BLOCK': 0x2588,
  'LIGHT SHADE': 0x2591,
  'BLACK SQUARE': 0x25a0,
  'WHITE SQUARE': 0x25a1,
  'BLACK CIRCLE': 0x25cf,
  'WHITE CIRCLE': 0x25cb,
  'GRINNING FACE': 0x1f600,
  'FACE WITH TEARS OF JOY': 0x1f602,
  'THUMBS UP SIGN': 0x1f44d,
  'PARTY POPPER': 0x1f389,
  'ROCKET': 0x1f680,
  'SNAKE': 0x1f40d,
  'HOURGLASS': 0x231b,
  'WARNING SIGN': 0x26a0,
  'HIGH VOLTAGE SIGN': 0x26a1,
  'CROSS MARK': 0x274c,
  'SPARKLES': 0x2728,
  'FIRE': 0x1f525,
  'REPLACEMENT CHARACTER': 0xfffd,
  'BYTE ORDER MARK': 0xfeff,
  'ZERO WIDTH NO-BREAK SPACE': 0xfeff,
  'ESCAPE': 0x1b,
  'DELETE': 0x7f,
  'BELL': 0x1f514,
  'BACKSPACE': 0x8,
};
