// The symbol table: which scope each name of each block lives in (local, global explicit/implicit,
// free, cell). A transcription of CPython 3.11's Python/symtable.c, two passes: collect the uses
// and definitions of every block, then analyze scopes top-down (analyze_block).
// Runs on the compiling thread only; pure function of the AST.

import { CompileError } from '../common/errors.js';
import type * as ast from '../parser/ast.js';

// ---- symbol flags (symtable.h) ----
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

export type ScopeKind = 'module' | 'function' | 'class';
/** The resolved scope of a name in a block. */
export type NameScope = 'local' | 'global-explicit' | 'global-implicit' | 'free' | 'cell';
export type ComprehensionKind = 'listcomp' | 'setcomp' | 'dictcomp' | 'genexpr';

/** One block (CPython's PySTEntryObject). Lambdas and comprehensions are 'function' blocks. */
export class Scope {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, NameScope>();
  /** Parameter names, in co_varnames order. */
  readonly params: string[] = [];
  readonly children: Scope[] = [];
  /** Where each global/nonlocal directive was (for error locations). */
  readonly directives = new Map<string, ast.Loc>();
  isGenerator = false;
  isCoroutine = false;
  comprehension: ComprehensionKind | null = null;
  isLambda = false;
  isAsyncDef = false;
  nested = false;
  needsClassClosure = false;
  hasVarargs = false;
  hasVarkeywords = false;
  /** Nonzero while visiting a comprehension's iterable expression. */
  compIterExpr = 0;
  compIterTarget = false;

  constructor(
    readonly kind: ScopeKind,
    readonly name: string,
    readonly node: object,
    readonly loc: ast.Loc | null,
    readonly parent: Scope | null,
  ) {}

  flags(name: string): number {
    return this.symbols.get(name) ?? 0;
  }
  /** The resolved scope of `name` (undefined when the block never mentions it). */
  scopeOf(name: string): NameScope | undefined {
    return this.scopes.get(name);
  }
}

export interface SymbolTable {
  top: Scope;
  /** Block of each FunctionDef / ClassDef / Lambda / comprehension node. */
  byNode: Map<object, Scope>;
}

/** CPython's _Py_Mangle: `__x` inside class `C` becomes `_C__x`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith('__')) return name;
  if (name.endsWith('__') || name.includes('.')) return name;
  const stripped = privateName.replace(/^_+/, '');
  if (stripped === '') return name;
  return '_' + stripped + name;
}

export function buildSymbolTable(mod: ast.Module, filename: string): SymbolTable {
  const b = new Builder(filename);
  const top = b.run(mod);
  analyze(top, filename);
  return { top, byNode: b.byNode };
}

// ====================== pass 1: collect ======================

class Builder {
  readonly byNode = new Map<object, Scope>();
  private cur!: Scope;
  private privateName: string | null = null;
  private readonly stack: Scope[] = [];

  constructor(private readonly filename: string) {}

  run(mod: ast.Module): Scope {
    const top = new Scope('module', 'top', mod, null, null);
    this.cur = top;
    this.stack.push(top);
    this.stmts(mod.body);
    return top;
  }

  private error(msg: string, loc: ast.Loc): never {
    throw new CompileError(
      'SyntaxError',
      msg,
      this.filename,
      loc.lineno,
      loc.col_offset + 1,
      loc.end_lineno,
      loc.end_col_offset + 1,
    );
  }

  private enter(kind: ScopeKind, name: string, node: object, loc: ast.Loc): Scope {
    const s = new Scope(kind, name, node, loc, this.cur);
    if (this.cur.nested || this.cur.kind === 'function') s.nested = true;
    this.cur.children.push(s);
    this.byNode.set(node, s);
    this.stack.push(s);
    this.cur = s;
    return s;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  private addDef(name: string, flag: number, loc: ast.Loc | null, scope: Scope = this.cur): void {
    const mangled = mangle(this.privateName, name);
    const old = scope.symbols.get(mangled) ?? 0;
    if (flag & DEF_PARAM && old & DEF_PARAM && loc) {
      this.error(`duplicate argument '${name}' in function definition`, loc);
    }
    let v = old | flag;
    if (scope.compIterTarget && flag & DEF_LOCAL) v |= DEF_COMP_ITER;
    scope.symbols.set(mangled, v);
    if (flag & DEF_PARAM) scope.params.push(mangled);
  }

  private stmts(list: ast.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private exprs(list: (ast.Expr | null)[]): void {
    for (const e of list) if (e) this.expr(e);
  }

  private stmt(s: ast.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.args.defaults);
        this.exprs(s.args.kw_defaults);
        this.annotations(s.args, s.returns);
        this.exprs(s.decorator_list);
        const f = this.enter('function', s.name, s, s);
        f.isAsyncDef = s.isAsync;
        if (s.isAsync) f.isCoroutine = true;
        this.params(s.args);
        this.stmts(s.body);
        this.exit();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.exprs(s.bases);
        for (const k of s.keywords) this.expr(k.value);
        this.exprs(s.decorator_list);
        const savedPrivate = this.privateName;
        this.enter('class', s.name, s, s);
        this.privateName = s.name;
        this.stmts(s.body);
        this.privateName = savedPrivate;
        this.exit();
        break;
      }
      case 'Return':
        if (s.value) this.expr(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        this.expr(s.value);
        break;
      case 'AnnAssign': {
        if (s.target.kind === 'Name') {
          const cur = this.cur.flags(mangle(this.privateName, s.target.id));
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.kind !== 'module' && s.simple) {
            const which = cur & DEF_GLOBAL ? 'global' : 'nonlocal';
            this.error(`annotated name '${s.target.id}' can't be ${which}`, s);
          }
          if (s.simple) this.addDef(s.target.id, DEF_ANNOT | DEF_LOCAL, s.target);
          else if (s.value) this.addDef(s.target.id, DEF_LOCAL, s.target);
        } else {
          this.expr(s.target);
        }
        this.expr(s.annotation);
        if (s.value) this.expr(s.value);
        break;
      }
      case 'AugAssign':
        this.expr(s.target);
        this.expr(s.value);
        break;
      case 'For':
        this.expr(s.target);
        this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While':
      case 'If':
        this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (it.optional_vars) this.expr(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        break;
      case 'Try':
        this.stmts(s.body);
        this.stmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type) this.expr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.stmts(h.body);
        }
        this.stmts(s.finalbody);
        break;
      case 'Assert':
        this.expr(s.test);
        if (s.msg) this.expr(s.msg);
        break;
      case 'Import':
      case 'ImportFrom':
        for (const a of s.names) {
          if (a.name === '*') {
            if (this.cur.kind !== 'module') {
              // Alias has no position in our AST; `*` is the statement's last character.
              const star = { lineno: s.end_lineno, col_offset: s.end_col_offset - 1, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
              this.error('import * only allowed at module level', star);
            }
            continue;
          }
          const store = a.asname ?? a.name.split('.')[0]!;
          this.addDef(store, DEF_IMPORT, s);
        }
        break;
      case 'Global':
      case 'Nonlocal': {
        const word = s.kind === 'Global' ? 'global' : 'nonlocal';
        for (const name of s.names) {
          const cur = this.cur.flags(mangle(this.privateName, name));
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${word}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${word} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${word}`;
            else msg = `name '${name}' is assigned to before ${word} declaration`;
            this.error(msg, s);
          }
          this.addDef(name, s.kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
          const key = mangle(this.privateName, name);
          if (!this.cur.directives.has(key)) this.cur.directives.set(key, s);
        }
        break;
      }
      case 'Expr':
        this.expr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
    }
  }

  private annotations(args: ast.Arguments, returns: ast.Expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) if (a.annotation) this.expr(a.annotation);
    if (returns) this.expr(returns);
  }

  private params(args: ast.Arguments): void {
    for (const a of args.posonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.args) this.addDef(a.arg, DEF_PARAM, a);
    for (const a of args.kwonlyargs) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.hasVarargs = true;
    }
    if (args.kwarg) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  private expr(e: ast.Expr): void {
    switch (e.kind) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'NamedExpr':
        if (this.cur.compIterExpr > 0) {
          this.error('assignment expression cannot be used in a comprehension iterable expression', e);
        }
        if (this.cur.comprehension !== null) this.extendNamedExprScope(e.target);
        this.expr(e.value);
        this.expr(e.target);
        break;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        break;
      case 'UnaryOp':
        this.expr(e.operand);
        break;
      case 'Lambda': {
        this.exprs(e.args.defaults);
        this.exprs(e.args.kw_defaults);
        const f = this.enter('function', '<lambda>', e, e);
        f.isLambda = true;
        this.params(e.args);
        this.expr(e.body);
        this.exit();
        break;
      }
      case 'IfExp':
        this.expr(e.test);
        this.expr(e.body);
        this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
        this.comprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.comprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.comprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'GeneratorExp':
        this.comprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'Await':
        this.expr(e.value);
        this.cur.isCoroutine = true;
        break;
      case 'Yield':
      case 'YieldFrom':
        if (e.value) this.expr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.comprehension !== null) {
          const what = {
            listcomp: 'list comprehension',
            setcomp: 'set comprehension',
            dictcomp: 'dict comprehension',
            genexpr: 'generator expression',
          }[this.cur.comprehension];
          this.error(`'yield' inside ${what}`, e);
        }
        break;
      case 'Compare':
        this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) this.expr(k.value);
        break;
      case 'FormattedValue':
        this.expr(e.value);
        if (e.format_spec) this.expr(e.format_spec);
        break;
      case 'JoinedStr':
        this.exprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.expr(e.value);
        break;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        break;
      case 'Starred':
        this.expr(e.value);
        break;
      case 'Name':
        this.addDef(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e);
        if (e.ctx === 'Load' && this.cur.kind === 'function' && e.id === 'super') {
          this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        if (e.upper) this.expr(e.upper);
        if (e.step) this.expr(e.step);
        break;
    }
  }

  private comprehension(
    e: ast.Expr,
    kind: ComprehensionKind,
    generators: ast.Comprehension[],
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.expr(outermost.iter);
    this.cur.compIterExpr--;
    const name = `<${kind}>`;
    const s = this.enter('function', name, e, e);
    s.comprehension = kind;
    if (outermost.is_async) s.isCoroutine = true;
    this.addDef('.0', DEF_PARAM, null);
    s.compIterTarget = true;
    this.expr(outermost.target);
    s.compIterTarget = false;
    this.exprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const g = generators[i]!;
      s.compIterTarget = true;
      this.expr(g.target);
      s.compIterTarget = false;
      s.compIterExpr++;
      this.expr(g.iter);
      s.compIterExpr--;
      this.exprs(g.ifs);
      if (g.is_async) s.isCoroutine = true;
    }
    if (value) this.expr(value);
    this.expr(elt);
    s.isGenerator = kind === 'genexpr';
    this.exit();
  }

  /** symtable_extend_namedexpr_scope: a walrus inside a comprehension binds in the nearest
   *  enclosing function (nonlocal) or module (global) block. */
  private extendNamedExprScope(target: ast.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension !== null) {
        if (ste.flags(name) & DEF_COMP_ITER) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (ste.kind === 'function') {
        if (ste.flags(name) & DEF_GLOBAL) this.addDef(name, DEF_GLOBAL, target);
        else this.addDef(name, DEF_NONLOCAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF_LOCAL, target, ste);
        return;
      }
      if (ste.kind === 'module') {
        this.addDef(name, DEF_GLOBAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF_GLOBAL, target, ste);
        return;
      }
      this.error('assignment expression within a comprehension cannot be used in a class body', target);
    }
  }
}

// ====================== pass 2: analyze ======================

function analyze(top: Scope, filename: string): void {
  analyzeBlock(top, null, new Set(), null, filename);
}

function directiveError(ste: Scope, name: string, msg: string, filename: string): never {
  const loc = ste.directives.get(name) ?? ste.loc ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
  throw new CompileError(
    'SyntaxError',
    msg,
    filename,
    loc.lineno,
    loc.col_offset + 1,
    loc.end_lineno,
    loc.end_col_offset + 1,
  );
}

function analyzeName(
  ste: Scope,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  filename: string,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) directiveError(ste, name, `name '${name}' is nonlocal and global`, filename);
    ste.scopes.set(name, 'global-explicit');
    global.add(name);
    if (bound) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (!bound) directiveError(ste, name, 'nonlocal declaration not allowed at module level', filename);
    if (!bound.has(name)) directiveError(ste, name, `no binding for nonlocal '${name}' found`, filename);
    ste.scopes.set(name, 'free');
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    ste.scopes.set(name, 'local');
    local.add(name);
    global.delete(name);
    return;
  }
  if (bound && bound.has(name)) {
    ste.scopes.set(name, 'free');
    free.add(name);
    return;
  }
  ste.scopes.set(name, 'global-implicit');
}

/** analyze_block: `free` collects the free names of this block for the parent. */
function analyzeBlock(
  ste: Scope,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string> | null,
  filename: string,
): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();
  const globalSet = global ?? new Set<string>();

  if (ste.kind === 'class') {
    for (const g of globalSet) newGlobal.add(g);
    if (bound) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, name, flags, bound, local, free, globalSet, filename);
  }
  if (ste.kind !== 'class') {
    if (ste.kind === 'function') for (const l of local) newBound.add(l);
    if (bound) for (const b of bound) newBound.add(b);
    for (const g of globalSet) newGlobal.add(g);
  } else {
    newBound.add('__class__');
  }

  for (const child of ste.children) {
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), filename);
    for (const f of childFree) newFree.add(f);
  }

  if (ste.kind === 'function') {
    // analyze_cells
    for (const [name, sc] of ste.scopes) {
      if (sc !== 'local' || !newFree.has(name)) continue;
      ste.scopes.set(name, 'cell');
      newFree.delete(name);
    }
  } else if (ste.kind === 'class') {
    if (newFree.delete('__class__')) ste.needsClassClosure = true;
  }

  // update_symbols: record free names of children that pass through this block.
  for (const name of newFree) {
    const flags = ste.symbols.get(name);
    if (flags !== undefined) {
      if (ste.kind === 'class' && flags & (DEF_BOUND | DEF_GLOBAL)) {
        ste.symbols.set(name, flags | DEF_FREE_CLASS);
      }
      continue;
    }
    if (bound && !bound.has(name)) continue;
    ste.symbols.set(name, 0);
    ste.scopes.set(name, 'free');
  }
  for (const f of newFree) free.add(f);
}
