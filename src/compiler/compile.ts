// The compiler: AST -> CodeObject, one unit per code object, mirroring CPython 3.11's
// Python/compile.c (same code shapes, our opcodes from src/bytecode/opcodes.ts).
// Runs on the compiling thread only; pure function of the AST and the symbol table.
//
// What the VM must know beyond opcodes.ts (stack pictures bottom-to-top, `base` = depth before):
//
// - Handlers. An exception-table entry truncates the stack to its depth and pushes the exception.
//   try body:        handler `except` at depth base          -> [exc]
//   except blocks:   PUSH_EXC_INFO -> [prev, exc]; `cleanup` entry at depth base+1 covers the
//                    matching code and handler bodies -> [prev, exc2]: COPY 2; POP_EXCEPT; RERAISE
//                    (restores the previously handled exception, re-raises exc2).
//   `except E as e`: body covered by `cleanup_end` at depth base+1 -> [prev, exc2]:
//                    e = None; del e; RERAISE (then `cleanup` as above). Normal exit:
//                    POP_EXCEPT; e = None; del e.
//   finally:         on exception [exc] -> PUSH_EXC_INFO -> [prev, exc]; finally body; RERAISE.
//   with:            BEFORE_WITH -> [exit, enter_res]; handler at depth base+1 -> [exit, exc];
//                    PUSH_EXC_INFO -> [exit, prev, exc]; WITH_EXCEPT_START -> [.., res];
//                    POP_JUMP_IF_TRUE suppress; RERAISE. suppress: POP_TOP; POP_EXCEPT; POP_TOP.
//   async for:       handler around GET_ANEXT..SEND loop at depth base+1 -> [aiter, exc]: END_ASYNC_FOR.
//   RAISE_VARARGS 0 re-raises the *handled* exception (the one PUSH_EXC_INFO made current).
// - Functions: co_consts[0] is the docstring or None (function.__doc__ comes from it; lambdas
//   always have None there). Annotations are neither evaluated nor stored (no MAKE_FUNCTION
//   flag 4, no __annotations__).
// - Classes: `LOAD_BUILD_CLASS; MAKE_FUNCTION <body>; LOAD_CONST name; bases...; CALL n+2` (CALL_KW
//   with keywords, CALL_FUNCTION_EX with *bases/**kw). __build_class__ calls the body function
//   with a fresh namespace dict as the frame's locals (LOAD_NAME/STORE_NAME use it; argcount 0, no
//   CO_NEWLOCALS). The body returns None, or the `__class__` cell (also stored as
//   __classcell__ in the namespace) which __build_class__ must fill with the new class.
// - super(): a function that mentions `super` or `__class__` has '__class__' in co_freevars; the
//   zero-argument super() takes the class from that cell and self from localsplus[0] (if
//   varnames[0] is also a cellvar, from that cell).
// - Comprehensions/genexprs: `MAKE_FUNCTION <code>; <outermost iterable>; GET_ITER (GET_AITER for
//   async); CALL 1`: the code object takes one positional argument `.0`, already an iterator.
//   Async list/set/dict comprehensions are coroutines awaited in place (GET_AWAITABLE 0 + SEND).
// - Cells: localsplus = varnames ++ cellvars ++ freevars. A parameter captured by an inner function
//   is in both varnames and cellvars: at frame entry its cell starts with the argument's value.
// - Async generators: each `yield v` is ASYNC_GEN_WRAP; YIELD_VALUE.

import type { CodeObject, Const, ConstTuple } from '../bytecode/code-object.js';
import {
  BINARY_OPS,
  COMPARE_OPS,
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
} from '../bytecode/opcodes.js';
import { Op } from '../bytecode/op.generated.js';
import { CompileError, InternalError } from '../common/errors.js';
import type * as ast from '../parser/ast.js';
import { CodeBuilder, type Handler, type Label } from './code-builder.js';
import { foldBinary, foldUnary } from './fold.js';
import { buildSymbolTable, DEF_FREE_CLASS, mangle, type Scope, type SymbolTable } from './symtable.js';

/** Above this many stack items, displays and calls are built incrementally (CPython's STACK_USE_GUIDELINE). */
const STACK_USE_GUIDELINE = 30;

type ScopeType = 'module' | 'class' | 'function' | 'async-function' | 'lambda' | 'comprehension';

type FBlockType =
  | 'while'
  | 'for'
  | 'try-except'
  | 'finally-try'
  | 'finally-end'
  | 'with'
  | 'async-with'
  | 'handler-cleanup'
  | 'pop-value'
  | 'exception-handler'
  | 'async-comprehension-generator';

/** CPython's fblockinfo: what `return`/`break`/`continue` must unwind. */
interface FBlock {
  type: FBlockType;
  /** Loop start (continue target). */
  block: Label;
  /** Loop exit (break target). */
  exit: Label;
  /** finally-try: the finally body; handler-cleanup: the `as` name (or null). */
  finalbody?: ast.Stmt[];
  name?: string | null;
}

/** The code object being compiled (CPython's compiler_unit). */
interface Unit {
  scope: Scope;
  scopeType: ScopeType;
  b: CodeBuilder;
  name: string;
  qualname: string;
  firstlineno: number;
  privateName: string | null;
  consts: Const[];
  constKeys: Map<string, number>;
  names: string[];
  nameIdx: Map<string, number>;
  varnames: string[];
  varIdx: Map<string, number>;
  cellvars: string[];
  freevars: string[];
  fblocks: FBlock[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
}

const BINOP_SYMBOL: Record<ast.BinOpKind, string> = {
  Add: '+',
  Sub: '-',
  Mult: '*',
  MatMult: '@',
  Div: '/',
  Mod: '%',
  Pow: '**',
  LShift: '<<',
  RShift: '>>',
  BitOr: '|',
  BitXor: '^',
  BitAnd: '&',
  FloorDiv: '//',
};

function binopArg(op: ast.BinOpKind, inplace: boolean): number {
  const sym = BINOP_SYMBOL[op] + (inplace ? '=' : '');
  const i = (BINARY_OPS as readonly string[]).indexOf(sym);
  if (i < 0) throw new InternalError(`unknown binop ${sym}`);
  return i;
}

const CMP_SYMBOL: Partial<Record<ast.CmpOpKind, string>> = {
  Lt: '<',
  LtE: '<=',
  Eq: '==',
  NotEq: '!=',
  Gt: '>',
  GtE: '>=',
};

/** A key identifying a constant for deduplication (1 and 1.0 and True stay apart). */
function constKey(c: Const): string | null {
  if (c === null) return 'N';
  switch (typeof c) {
    case 'bigint':
      return 'i' + c.toString();
    case 'string':
      return 's' + c;
    case 'boolean':
      return c ? 'T' : 'F';
    case 'object':
      if (c instanceof Uint8Array) return 'y' + Array.from(c).join(',');
      if ('float' in c) return 'f' + (Object.is(c.float, -0) ? '-0' : String(c.float));
      if ('ellipsis' in c) return 'E';
      if ('tuple' in c) {
        const parts: string[] = [];
        for (const x of c.tuple) {
          const k = constKey(x);
          if (k === null) return null;
          parts.push(k);
        }
        return '(' + parts.map((p) => `${p.length}:${p}`).join('') + ')';
      }
      return null; // code objects are never shared
  }
  return null;
}

/** The constant value of an expression that CPython's AST optimizer folds, or undefined. */
function constValue(e: ast.Expr): Const | undefined {
  if (e.kind === 'Constant') return e.value;
  if (e.kind === 'UnaryOp') {
    const v = constValue(e.operand);
    return v === undefined ? undefined : foldUnary(e.op, v);
  }
  if (e.kind === 'BinOp') {
    const a = constValue(e.left);
    if (a === undefined) return undefined;
    const b = constValue(e.right);
    return b === undefined ? undefined : foldBinary(e.op, a, b);
  }
  if (e.kind === 'Tuple' && e.ctx === 'Load') {
    const items: Const[] = [];
    for (const x of e.elts) {
      const c = constValue(x);
      if (c === undefined) return undefined;
      items.push(c);
    }
    return { tuple: items } satisfies ConstTuple;
  }
  return undefined;
}

function isDocstring(s: ast.Stmt | undefined): s is ast.ExprStmt & { value: ast.Constant } {
  return s !== undefined && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string';
}

export function compileModule(mod: ast.Module, filename: string): CodeObject {
  const st = buildSymbolTable(mod, filename);
  return new Compiler(st, filename).module(mod);
}

class Compiler {
  private u!: Unit;
  private readonly stack: Unit[] = [];

  constructor(
    private readonly st: SymbolTable,
    private readonly filename: string,
  ) {}

  // ====================== units ======================

  module(mod: ast.Module): CodeObject {
    this.enterScope('<module>', 'module', this.st.top, 1);
    this.body(mod.body);
    return this.exitScope(true);
  }

  private enterScope(name: string, scopeType: ScopeType, scope: Scope, firstlineno: number): void {
    const parent: Unit | null = this.u ?? null;
    const varnames: string[] = [];
    const cellvars: string[] = [];
    const freevars: string[] = [];
    if (scope.kind === 'function') {
      varnames.push(...scope.params);
      for (const [n, sc] of scope.scopes) if (sc === 'local' && !varnames.includes(n)) varnames.push(n);
    }
    for (const [n, sc] of scope.scopes) {
      if (sc === 'cell') cellvars.push(n);
      if (sc === 'free' || scope.flags(n) & DEF_FREE_CLASS) freevars.push(n);
    }
    if (scope.needsClassClosure) cellvars.push('__class__');
    // CPython 3.11's co_cellvars order: cells that are parameters first (parameter order), then
    // the others sorted by name; co_freevars sorted by name.
    const paramCells = scope.params.filter((p) => cellvars.includes(p));
    const otherCells = cellvars.filter((c) => !scope.params.includes(c)).sort(cmpStr);
    cellvars.length = 0;
    cellvars.push(...paramCells, ...otherCells);
    freevars.sort(cmpStr);
    // CPython puts cell params into varnames too (merged slots); ours keep them in varnames as the
    // parameter slot, and the VM initialises the cell from it (see code-object.ts).
    const u: Unit = {
      scope,
      scopeType,
      b: new CodeBuilder(),
      name,
      qualname: name,
      firstlineno,
      privateName: parent ? parent.privateName : null,
      consts: [],
      constKeys: new Map(),
      names: [],
      nameIdx: new Map(),
      varnames,
      varIdx: new Map(varnames.map((n, i) => [n, i])),
      cellvars,
      freevars,
      fblocks: [],
      argcount: 0,
      posonlyargcount: 0,
      kwonlyargcount: 0,
    };
    if (parent && scopeType !== 'module') u.qualname = this.qualnameFor(parent, name);
    if (parent) this.stack.push(parent);
    this.u = u;
  }

  /** compiler_set_qualname */
  private qualnameFor(parent: Unit, name: string): string {
    if (parent.scopeType === 'module') return name;
    const sc = parent.scope.scopeOf(mangle(parent.privateName, name));
    if (sc === 'global-explicit') return name;
    if (parent.scopeType === 'function' || parent.scopeType === 'async-function' || parent.scopeType === 'lambda') {
      return `${parent.qualname}.<locals>.${name}`;
    }
    return `${parent.qualname}.${name}`;
  }

  private exitScope(addReturn: boolean): CodeObject {
    const u = this.u;
    if (addReturn && u.b.fallsThroughEnd()) {
      u.b.loc = null;
      this.loadConst(null);
      u.b.emit(Op.RETURN_VALUE);
    }
    const nvar = u.varnames.length;
    const asm = u.b.assemble((op, arg) => {
      switch (op) {
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_CLASSDEREF:
          return arg + nvar;
        default:
          return arg;
      }
    });
    const scope = u.scope;
    let flags = 0;
    if (scope.kind === 'function') {
      flags |= CO_OPTIMIZED | CO_NEWLOCALS;
      if (scope.nested) flags |= CO_NESTED;
      if (scope.isGenerator && !scope.isCoroutine) flags |= CO_GENERATOR;
      if (!scope.isGenerator && scope.isCoroutine) flags |= CO_COROUTINE;
      if (scope.isGenerator && scope.isCoroutine) flags |= CO_ASYNC_GENERATOR;
      if (scope.hasVarargs) flags |= CO_VARARGS;
      if (scope.hasVarkeywords) flags |= CO_VARKEYWORDS;
    }
    const co: CodeObject = {
      name: u.name,
      qualname: u.qualname,
      filename: this.filename,
      firstlineno: u.firstlineno,
      argcount: u.argcount,
      posonlyargcount: u.posonlyargcount,
      kwonlyargcount: u.kwonlyargcount,
      flags,
      stacksize: asm.stacksize,
      varnames: u.varnames,
      cellvars: u.cellvars,
      freevars: u.freevars,
      names: u.names,
      consts: u.consts,
      code: asm.code,
      positions: asm.positions,
      excTable: asm.excTable,
    };
    const parent = this.stack.pop();
    if (parent) this.u = parent;
    return co;
  }

  // ====================== emit helpers ======================

  private error(msg: string, loc: ast.Loc | null): never {
    const l = loc ?? this.u.b.loc ?? { lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
    throw new CompileError(
      'SyntaxError',
      msg,
      this.filename,
      l.lineno,
      l.col_offset + 1,
      l.end_lineno,
      l.end_col_offset + 1,
    );
  }

  private emit(op: number, arg = 0): void {
    this.u.b.emit(op, arg);
  }
  private jump(op: number, target: Label): void {
    this.u.b.emitJump(op, target);
  }
  private label(): Label {
    return this.u.b.newLabel();
  }
  private bind(l: Label): void {
    this.u.b.bindLabel(l);
  }

  private constIndex(c: Const): number {
    const u = this.u;
    const key = constKey(c);
    if (key !== null) {
      const i = u.constKeys.get(key);
      if (i !== undefined) return i;
      u.constKeys.set(key, u.consts.length);
    }
    u.consts.push(c);
    return u.consts.length - 1;
  }

  private loadConst(c: Const): void {
    this.emit(Op.LOAD_CONST, this.constIndex(c));
  }

  private nameIndex(name: string): number {
    const u = this.u;
    let i = u.nameIdx.get(name);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(name);
      u.nameIdx.set(name, i);
    }
    return i;
  }

  private emitName(op: number, name: string): void {
    this.emit(op, this.nameIndex(name));
  }

  private mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  /** Index of a local in varnames (adds it when the symbol table did not know it). */
  private varIndex(name: string): number {
    const u = this.u;
    let i = u.varIdx.get(name);
    if (i === undefined) {
      i = u.varnames.length;
      u.varnames.push(name);
      u.varIdx.set(name, i);
    }
    return i;
  }

  /** Index into cellvars ++ freevars (varnames.length is added at assembly). */
  private derefIndex(name: string, preferCell: boolean): number {
    const u = this.u;
    const c = u.cellvars.indexOf(name);
    const f = u.freevars.indexOf(name);
    if (preferCell && c >= 0) return c;
    if (f >= 0) return u.cellvars.length + f;
    if (c >= 0) return c;
    throw new InternalError(`no cell or free variable '${name}' in ${u.qualname}`);
  }

  /** compiler_nameop */
  private nameOp(rawName: string, ctx: ast.ExprContext): void {
    const name = this.mangle(rawName);
    const u = this.u;
    const sc = u.scope.scopeOf(name);
    const isFunc = u.scope.kind === 'function';
    let kind: 'deref' | 'fast' | 'global' | 'name' = 'name';
    switch (sc) {
      case 'free':
      case 'cell':
        kind = 'deref';
        break;
      case 'local':
        if (isFunc) kind = 'fast';
        break;
      case 'global-implicit':
        if (isFunc) kind = 'global';
        break;
      case 'global-explicit':
        kind = 'global';
        break;
      default:
        break;
    }
    switch (kind) {
      case 'deref': {
        const idx = this.derefIndex(name, sc === 'cell');
        if (ctx === 'Load') this.emit(u.scope.kind === 'class' ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, idx);
        else this.emit(ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF, idx);
        return;
      }
      case 'fast':
        this.emit(ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST, this.varIndex(name));
        return;
      case 'global':
        this.emitName(ctx === 'Load' ? Op.LOAD_GLOBAL : ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, name);
        return;
      case 'name':
        this.emitName(ctx === 'Load' ? Op.LOAD_NAME : ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME, name);
        return;
    }
  }

  private withLoc<T>(loc: ast.Loc, fn: () => T): T {
    const b = this.u.b;
    const saved = b.loc;
    b.loc = loc;
    try {
      return fn();
    } finally {
      // The unit may have changed only inside fn for nested scopes, which restore it themselves.
      this.u.b.loc = saved;
    }
  }

  private pushFBlock(fb: FBlock): void {
    this.u.fblocks.push(fb);
  }
  private popFBlock(type: FBlockType): void {
    const fb = this.u.fblocks.pop();
    if (!fb || fb.type !== type) throw new InternalError(`fblock mismatch: ${fb?.type} vs ${type}`);
  }

  // ====================== statements ======================

  /** compiler_body: a docstring is stored as __doc__ in modules and class bodies. */
  private body(stmts: ast.Stmt[]): void {
    let i = 0;
    const first = stmts[0];
    if (isDocstring(first)) {
      this.withLoc(first, () => {
        this.loadConst(first.value.value);
        this.nameOp('__doc__', 'Store');
      });
      i = 1;
    }
    for (; i < stmts.length; i++) this.stmt(stmts[i]!);
  }

  private stmts(list: ast.Stmt[]): void {
    for (const s of list) this.stmt(s);
  }

  private stmt(s: ast.Stmt): void {
    this.withLoc(s, () => this.stmtInner(s));
  }

  private stmtInner(s: ast.Stmt): void {
    switch (s.kind) {
      case 'FunctionDef':
        return this.functionDef(s);
      case 'ClassDef':
        return this.classDef(s);
      case 'Return':
        return this.returnStmt(s);
      case 'Delete':
        for (const t of s.targets) this.expr(t);
        return;
      case 'Assign': {
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.expr(s.targets[i]!);
        }
        return;
      }
      case 'AugAssign':
        return this.augAssign(s);
      case 'AnnAssign':
        return this.annAssign(s);
      case 'For':
        return s.isAsync ? this.asyncFor(s) : this.forStmt(s);
      case 'While':
        return this.whileStmt(s);
      case 'If':
        return this.ifStmt(s);
      case 'With':
        return s.isAsync ? this.asyncWith(s, 0) : this.withStmt(s, 0);
      case 'Raise': {
        let n = 0;
        if (s.exc) {
          this.expr(s.exc);
          n++;
          if (s.cause) {
            this.expr(s.cause);
            n++;
          }
        }
        this.emit(Op.RAISE_VARARGS, n);
        return;
      }
      case 'Try':
        if (s.finalbody.length > 0) return this.tryFinally(s);
        return this.tryExcept(s);
      case 'Assert':
        return this.assertStmt(s);
      case 'Import':
        return this.importStmt(s);
      case 'ImportFrom':
        return this.importFrom(s);
      case 'Global':
      case 'Nonlocal':
        return;
      case 'Expr':
        if (s.value.kind === 'Constant') {
          this.emit(Op.NOP);
          return;
        }
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      case 'Pass':
        this.emit(Op.NOP);
        return;
      case 'Break':
        return this.breakStmt(s);
      case 'Continue':
        return this.continueStmt(s);
    }
  }

  // ---- functions and classes ----

  /** Defaults tuple (flag 1) and kw-only defaults dict (flag 2), evaluated at definition time. */
  private defaultArguments(args: ast.Arguments): number {
    let flags = 0;
    if (args.defaults.length > 0) {
      for (const d of args.defaults) this.expr(d);
      this.emit(Op.BUILD_TUPLE, args.defaults.length);
      flags |= 1;
    }
    let n = 0;
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = args.kw_defaults[i];
      if (!d) continue;
      this.loadConst(this.mangle(args.kwonlyargs[i]!.arg));
      this.expr(d);
      n++;
    }
    if (n > 0) {
      this.emit(Op.BUILD_MAP, n);
      flags |= 2;
    }
    return flags;
  }

  private scopeOf(node: object): Scope {
    const s = this.st.byNode.get(node);
    if (!s) throw new InternalError('no symbol table entry for node');
    return s;
  }

  private setArgCounts(args: ast.Arguments): void {
    this.u.argcount = args.posonlyargs.length + args.args.length;
    this.u.posonlyargcount = args.posonlyargs.length;
    this.u.kwonlyargcount = args.kwonlyargs.length;
  }

  private functionDef(s: ast.FunctionDef): void {
    for (const d of s.decorator_list) this.expr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
    const flags = this.defaultArguments(s.args);
    this.enterScope(s.name, s.isAsync ? 'async-function' : 'function', this.scopeOf(s), firstlineno);
    this.u.b.loc = s;
    // co_consts[0] is the docstring or None: the VM takes function.__doc__ from it.
    const doc = isDocstring(s.body[0]) ? s.body[0].value.value : null;
    this.constIndex(doc);
    this.setArgCounts(s.args);
    for (let i = doc !== null ? 1 : 0; i < s.body.length; i++) this.stmt(s.body[i]!);
    const co = this.exitScope(true);
    this.makeClosure(co, flags);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 1);
    this.nameOp(s.name, 'Store');
  }

  /** compiler_make_closure: [closure tuple,] code -> MAKE_FUNCTION. */
  private makeClosure(co: CodeObject, flags: number): void {
    if (co.freevars.length > 0) {
      for (const name of co.freevars) {
        const preferCell = this.u.scopeType === 'class' && name === '__class__';
        this.emit(Op.LOAD_CLOSURE, this.derefIndex(name, preferCell || this.u.cellvars.includes(name)));
      }
      this.emit(Op.BUILD_TUPLE, co.freevars.length);
      flags |= 8;
    }
    this.loadConst(co);
    this.emit(Op.MAKE_FUNCTION, flags);
  }

  private classDef(s: ast.ClassDef): void {
    for (const d of s.decorator_list) this.expr(d);
    const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
    this.enterScope(s.name, 'class', this.scopeOf(s), firstlineno);
    this.u.privateName = s.name;
    this.u.b.loc = s;
    this.nameOp('__name__', 'Load');
    this.nameOp('__module__', 'Store');
    this.loadConst(this.u.qualname);
    this.nameOp('__qualname__', 'Store');
    this.body(s.body);
    this.u.b.loc = s;
    if (this.u.scope.needsClassClosure) {
      this.emit(Op.LOAD_CLOSURE, this.derefIndex('__class__', true));
      this.emit(Op.COPY, 1);
      this.nameOp('__classcell__', 'Store');
    } else {
      this.loadConst(null);
    }
    this.emit(Op.RETURN_VALUE);
    const co = this.exitScope(false);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeClosure(co, 0);
    this.loadConst(s.name);
    this.callHelper(2, s.bases, s.keywords);
    for (let i = 0; i < s.decorator_list.length; i++) this.emit(Op.CALL, 1);
    this.nameOp(s.name, 'Store');
  }

  private lambda(e: ast.Lambda): void {
    const flags = this.defaultArguments(e.args);
    this.enterScope('<lambda>', 'lambda', this.scopeOf(e), e.lineno);
    this.u.b.loc = e;
    this.constIndex(null); // so a lambda never has a docstring
    this.setArgCounts(e.args);
    this.expr(e.body);
    let co: CodeObject;
    if (this.u.scope.isGenerator) {
      this.emit(Op.POP_TOP);
      co = this.exitScope(true);
    } else {
      this.emit(Op.RETURN_VALUE);
      co = this.exitScope(false);
    }
    this.makeClosure(co, flags);
  }

  // ---- return / break / continue and unwinding ----

  /** compiler_unwind_fblock. Handlers popped here are appended to `popped` for restoration. */
  private unwindFBlock(fb: FBlock, preserveTos: boolean, popped: Handler[]): void {
    const b = this.u.b;
    switch (fb.type) {
      case 'while':
      case 'exception-handler':
      case 'async-comprehension-generator':
        return;
      case 'for':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case 'try-except':
        popped.push(b.popHandler());
        return;
      case 'finally-try':
        popped.push(b.popHandler());
        if (preserveTos) this.pushFBlock({ type: 'pop-value', block: -1, exit: -1 });
        this.stmts(fb.finalbody!);
        if (preserveTos) this.popFBlock('pop-value');
        return;
      case 'finally-end':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP); // the exception
        if (preserveTos) this.emit(Op.SWAP, 2);
        popped.push(b.popHandler());
        this.emit(Op.POP_EXCEPT);
        return;
      case 'with':
      case 'async-with':
        popped.push(b.popHandler());
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.callExitWithNones();
        if (fb.type === 'async-with') {
          this.emit(Op.GET_AWAITABLE, 2);
          this.loadConst(null);
          this.yieldFromLoop();
        }
        this.emit(Op.POP_TOP);
        return;
      case 'handler-cleanup':
        if (fb.name != null) popped.push(b.popHandler());
        if (preserveTos) this.emit(Op.SWAP, 2);
        popped.push(b.popHandler());
        this.emit(Op.POP_EXCEPT);
        if (fb.name != null) {
          this.loadConst(null);
          this.nameOp(fb.name, 'Store');
          this.nameOp(fb.name, 'Del');
        }
        return;
      case 'pop-value':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
    }
  }

  /** compiler_unwind_fblock_stack: unwinds up to (not including) the innermost loop when
   *  `stopAtLoop`; returns that loop (or null). */
  private unwindFBlockStack(preserveTos: boolean, stopAtLoop: boolean, popped: Handler[]): FBlock | null {
    const fbs = this.u.fblocks;
    if (fbs.length === 0) return null;
    const top = fbs[fbs.length - 1]!;
    if (stopAtLoop && (top.type === 'while' || top.type === 'for')) return top;
    fbs.pop();
    this.unwindFBlock(top, preserveTos, popped);
    const loop = this.unwindFBlockStack(preserveTos, stopAtLoop, popped);
    fbs.push(top);
    return loop;
  }

  private restoreHandlers(popped: Handler[]): void {
    for (let i = popped.length - 1; i >= 0; i--) this.u.b.pushHandler(popped[i]!);
  }

  private returnStmt(s: ast.Return): void {
    const scope = this.u.scope;
    if (scope.kind !== 'function') this.error("'return' outside function", s);
    if (s.value && scope.isCoroutine && scope.isGenerator) this.error("'return' with value in async generator", s);
    const preserveTos = s.value !== null && s.value.kind !== 'Constant';
    if (preserveTos) this.expr(s.value!);
    const popped: Handler[] = [];
    this.unwindFBlockStack(preserveTos, false, popped);
    if (s.value === null) this.loadConst(null);
    else if (!preserveTos) this.loadConst((s.value as ast.Constant).value);
    this.emit(Op.RETURN_VALUE);
    this.restoreHandlers(popped);
  }

  private breakStmt(s: ast.Break): void {
    const popped: Handler[] = [];
    const loop = this.unwindFBlockStack(false, true, popped);
    if (loop === null) {
      this.restoreHandlers(popped);
      this.error("'break' outside loop", s);
    }
    this.unwindFBlock(loop, false, popped);
    this.jump(Op.JUMP, loop.exit);
    this.restoreHandlers(popped);
  }

  private continueStmt(s: ast.Continue): void {
    const popped: Handler[] = [];
    const loop = this.unwindFBlockStack(false, true, popped);
    if (loop === null) this.error("'continue' not properly in loop", s);
    this.jump(Op.JUMP, loop.block);
    this.restoreHandlers(popped);
  }

  // ---- loops and conditionals ----

  private forStmt(s: ast.For): void {
    const start = this.label();
    const cleanup = this.label();
    const end = this.label();
    this.expr(s.iter);
    this.emit(Op.GET_ITER);
    this.bind(start);
    this.pushFBlock({ type: 'for', block: start, exit: end });
    this.jump(Op.FOR_ITER, cleanup);
    this.expr(s.target);
    this.stmts(s.body);
    this.jump(Op.JUMP, start);
    this.popFBlock('for');
    this.bind(cleanup);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private asyncFor(s: ast.For): void {
    const scopeType = this.u.scopeType;
    if (scopeType !== 'async-function' && scopeType !== 'comprehension') {
      this.error("'async for' outside async function", s);
    }
    const start = this.label();
    const except = this.label();
    const end = this.label();
    this.expr(s.iter);
    this.emit(Op.GET_AITER);
    this.bind(start);
    this.pushFBlock({ type: 'for', block: start, exit: end });
    this.u.b.setupHandler(except);
    this.emit(Op.GET_ANEXT);
    this.emit(Op.GET_AWAITABLE, 0);
    this.loadConst(null);
    this.yieldFromLoop();
    this.u.b.popHandler();
    this.expr(s.target);
    this.stmts(s.body);
    this.jump(Op.JUMP, start);
    this.popFBlock('for');
    this.bind(except);
    this.withLoc(s.iter, () => this.emit(Op.END_ASYNC_FOR));
    this.stmts(s.orelse);
    this.bind(end);
  }

  private whileStmt(s: ast.While): void {
    const loop = this.label();
    const anchor = this.label();
    const end = this.label();
    this.bind(loop);
    this.pushFBlock({ type: 'while', block: loop, exit: end });
    this.jumpIf(s.test, anchor, false);
    this.stmts(s.body);
    this.jump(Op.JUMP, loop);
    this.popFBlock('while');
    this.bind(anchor);
    this.stmts(s.orelse);
    this.bind(end);
  }

  private ifStmt(s: ast.If): void {
    const end = this.label();
    const next = s.orelse.length > 0 ? this.label() : end;
    this.jumpIf(s.test, next, false);
    this.stmts(s.body);
    if (s.orelse.length > 0) {
      this.jump(Op.JUMP, end);
      this.bind(next);
      this.stmts(s.orelse);
    }
    this.bind(end);
  }

  /** compiler_jump_if: jump to `target` when the truth of `e` equals `cond`. */
  private jumpIf(e: ast.Expr, target: Label, cond: boolean): void {
    this.withLoc(e, () => this.jumpIfInner(e, target, cond));
  }

  private jumpIfInner(e: ast.Expr, target: Label, cond: boolean): void {
    switch (e.kind) {
      case 'UnaryOp':
        if (e.op === 'Not') return this.jumpIf(e.operand, target, !cond);
        break;
      case 'BoolOp': {
        const cond2 = e.op === 'Or';
        const next2 = cond2 !== cond ? this.label() : target;
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) this.jumpIf(e.values[i]!, next2, cond2);
        this.jumpIf(e.values[n]!, target, cond);
        if (next2 !== target) this.bind(next2);
        return;
      }
      case 'IfExp': {
        const end = this.label();
        const next2 = this.label();
        this.jumpIf(e.test, next2, false);
        this.jumpIf(e.body, target, cond);
        this.jump(Op.JUMP, end);
        this.bind(next2);
        this.jumpIf(e.orelse, target, cond);
        this.bind(end);
        return;
      }
      case 'Compare': {
        const n = e.ops.length - 1;
        if (n > 0) {
          const cleanup = this.label();
          this.expr(e.left);
          for (let i = 0; i < n; i++) {
            this.expr(e.comparators[i]!);
            this.emit(Op.SWAP, 2);
            this.emit(Op.COPY, 2);
            this.compareOp(e.ops[i]!);
            this.jump(Op.POP_JUMP_IF_FALSE, cleanup);
          }
          this.expr(e.comparators[n]!);
          this.compareOp(e.ops[n]!);
          this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
          const end = this.label();
          this.jump(Op.JUMP, end);
          this.bind(cleanup);
          this.emit(Op.POP_TOP);
          if (!cond) this.jump(Op.JUMP, target);
          this.bind(end);
          return;
        }
        break;
      }
      case 'Constant': {
        // A constant test jumps unconditionally or not at all (CPython's optimizer does the same).
        if (isTruthyConst(e.value) === cond) this.jump(Op.JUMP, target);
        return;
      }
      default:
        break;
    }
    this.expr(e);
    this.jump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  // ---- try / with ----

  /** Pops the handled exception and re-raises the one on TOS (POP_EXCEPT_AND_RERAISE, no lasti). */
  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 2);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 0);
  }

  private tryFinally(s: ast.Try): void {
    const b = this.u.b;
    const end = this.label();
    const exit = this.label();
    const cleanup = this.label();
    // `try` block
    b.setupHandler(end);
    this.pushFBlock({ type: 'finally-try', block: -1, exit: -1, finalbody: s.finalbody });
    if (s.handlers.length > 0) this.tryExcept(s);
    else this.stmts(s.body);
    b.popHandler();
    this.popFBlock('finally-try');
    this.stmts(s.finalbody);
    this.jump(Op.JUMP, exit);
    // `finally` block, on an exception: [.., exc]
    this.bind(end);
    const h = b.setupHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.pushFBlock({ type: 'finally-end', block: -1, exit: -1 });
    this.stmts(s.finalbody);
    this.popFBlock('finally-end');
    this.emit(Op.RERAISE, 0);
    if (b.popHandler() !== h) throw new InternalError('handler stack');
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(exit);
  }

  private tryExcept(s: ast.Try): void {
    const b = this.u.b;
    const except = this.label();
    const end = this.label();
    const cleanup = this.label();
    b.setupHandler(except);
    this.pushFBlock({ type: 'try-except', block: -1, exit: -1 });
    this.stmts(s.body);
    this.popFBlock('try-except');
    b.popHandler();
    this.stmts(s.orelse);
    this.jump(Op.JUMP, end);

    // [.., exc]
    this.bind(except);
    const hCleanup = b.setupHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO); // [.., prev, exc]
    this.pushFBlock({ type: 'exception-handler', block: -1, exit: -1 });
    const n = s.handlers.length;
    for (let i = 0; i < n; i++) {
      const handler = s.handlers[i]!;
      this.withLoc(handler, () => {
        if (!handler.type && i < n - 1) this.error("default 'except:' must be last", handler);
        const next = this.label();
        if (handler.type) {
          this.expr(handler.type);
          this.emit(Op.CHECK_EXC_MATCH);
          this.jump(Op.POP_JUMP_IF_FALSE, next);
        }
        if (handler.name !== null) {
          const name = handler.name;
          const cleanupEnd = this.label();
          this.nameOp(name, 'Store'); // [.., prev]
          b.setupHandler(cleanupEnd);
          this.pushFBlock({ type: 'handler-cleanup', block: -1, exit: -1, name });
          this.stmts(handler.body);
          this.popFBlock('handler-cleanup');
          b.popHandler();
          b.popHandler();
          this.emit(Op.POP_EXCEPT);
          this.loadConst(null);
          this.nameOp(name, 'Store');
          this.nameOp(name, 'Del');
          this.jump(Op.JUMP, end);
          // The handler body raised: [.., prev, exc2]. Unbind the name, then go to `cleanup`.
          b.pushHandler(hCleanup);
          this.bind(cleanupEnd);
          this.loadConst(null);
          this.nameOp(name, 'Store');
          this.nameOp(name, 'Del');
          this.emit(Op.RERAISE, 0);
        } else {
          this.emit(Op.POP_TOP); // [.., prev]
          this.pushFBlock({ type: 'handler-cleanup', block: -1, exit: -1, name: null });
          this.stmts(handler.body);
          this.popFBlock('handler-cleanup');
          b.popHandler();
          this.emit(Op.POP_EXCEPT);
          this.jump(Op.JUMP, end);
          b.pushHandler(hCleanup);
        }
        this.bind(next);
      });
    }
    this.popFBlock('exception-handler');
    this.emit(Op.RERAISE, 0); // no handler matched: [.., prev, exc]
    if (b.popHandler() !== hCleanup) throw new InternalError('handler stack');
    this.bind(cleanup);
    this.popExceptAndReraise();
    this.bind(end);
  }

  /** `exit(None, None, None)` on [.., exit] -> [.., result]. */
  private callExitWithNones(): void {
    this.loadConst(null);
    this.loadConst(null);
    this.loadConst(null);
    this.emit(Op.CALL, 3);
  }

  /** After WITH_EXCEPT_START (and its await): [.., exit, prev, exc, res]. */
  private withExceptFinish(hCleanup: Handler, cleanup: Label): void {
    const b = this.u.b;
    const suppress = this.label();
    this.jump(Op.POP_JUMP_IF_TRUE, suppress);
    this.emit(Op.RERAISE, 0);
    if (b.popHandler() !== hCleanup) throw new InternalError('handler stack');
    this.bind(cleanup);
    this.popExceptAndReraise();
    b.pushHandler(hCleanup);
    this.bind(suppress);
    this.emit(Op.POP_TOP); // exc
    b.popHandler();
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP); // exit
  }

  private withStmt(s: ast.With, pos: number): void {
    const b = this.u.b;
    const item = s.items[pos]!;
    const final = this.label();
    const exit = this.label();
    const cleanup = this.label();
    this.expr(item.context_expr);
    this.emit(Op.BEFORE_WITH); // [.., exit, enter_result]
    b.setupHandler(final, -1); // on an exception: [.., exit, exc]
    this.pushFBlock({ type: 'with', block: -1, exit: -1 });
    if (item.optional_vars) this.expr(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.withStmt(s, pos + 1);
    this.popFBlock('with');
    b.popHandler();
    this.callExitWithNones();
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, exit);
    this.bind(final);
    const h = b.setupHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.withExceptFinish(h, cleanup);
    this.bind(exit);
  }

  private asyncWith(s: ast.With, pos: number): void {
    const b = this.u.b;
    const scopeType = this.u.scopeType;
    if (scopeType !== 'async-function' && scopeType !== 'comprehension') {
      this.error("'async with' outside async function", s);
    }
    const item = s.items[pos]!;
    const final = this.label();
    const exit = this.label();
    const cleanup = this.label();
    this.expr(item.context_expr);
    this.emit(Op.BEFORE_ASYNC_WITH);
    this.emit(Op.GET_AWAITABLE, 1);
    this.loadConst(null);
    this.yieldFromLoop(); // [.., exit, enter_result]
    b.setupHandler(final, -1);
    this.pushFBlock({ type: 'async-with', block: -1, exit: -1 });
    if (item.optional_vars) this.expr(item.optional_vars);
    else this.emit(Op.POP_TOP);
    if (pos + 1 === s.items.length) this.stmts(s.body);
    else this.asyncWith(s, pos + 1);
    this.popFBlock('async-with');
    b.popHandler();
    this.callExitWithNones();
    this.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.yieldFromLoop();
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, exit);
    this.bind(final);
    const h = b.setupHandler(cleanup);
    this.emit(Op.PUSH_EXC_INFO);
    this.emit(Op.WITH_EXCEPT_START);
    this.emit(Op.GET_AWAITABLE, 2);
    this.loadConst(null);
    this.yieldFromLoop();
    this.withExceptFinish(h, cleanup);
    this.bind(exit);
  }

  // ---- other statements ----

  private assertStmt(s: ast.Assert): void {
    const end = this.label();
    this.jumpIf(s.test, end, true);
    this.emit(Op.LOAD_ASSERTION_ERROR);
    if (s.msg) {
      this.expr(s.msg);
      this.emit(Op.CALL, 1);
    }
    this.emit(Op.RAISE_VARARGS, 1);
    this.bind(end);
  }

  private importStmt(s: ast.Import): void {
    for (const a of s.names) {
      this.loadConst(0n);
      this.loadConst(null);
      this.emitName(Op.IMPORT_NAME, a.name);
      if (a.asname !== null) {
        const parts = a.name.split('.');
        if (parts.length > 1) {
          for (let i = 1; i < parts.length; i++) {
            this.emitName(Op.IMPORT_FROM, parts[i]!);
            if (i === parts.length - 1) break;
            this.emit(Op.SWAP, 2);
            this.emit(Op.POP_TOP);
          }
          this.nameOp(a.asname, 'Store');
          this.emit(Op.POP_TOP);
        } else {
          this.nameOp(a.asname, 'Store');
        }
      } else {
        this.nameOp(a.name.split('.')[0]!, 'Store');
      }
    }
  }

  private importFrom(s: ast.ImportFrom): void {
    this.loadConst(BigInt(s.level));
    this.loadConst({ tuple: s.names.map((a) => a.name) });
    this.emitName(Op.IMPORT_NAME, s.module ?? '');
    for (let i = 0; i < s.names.length; i++) {
      const a = s.names[i]!;
      if (i === 0 && a.name === '*') {
        this.emit(Op.IMPORT_STAR);
        return;
      }
      this.emitName(Op.IMPORT_FROM, a.name);
      this.nameOp(a.asname ?? a.name, 'Store');
    }
    this.emit(Op.POP_TOP);
  }

  private augAssign(s: ast.AugAssign): void {
    const t = s.target;
    this.withLoc(t, () => {
      switch (t.kind) {
        case 'Attribute':
          this.expr(t.value);
          this.emit(Op.COPY, 1);
          this.emitName(Op.LOAD_ATTR, this.mangle(t.attr));
          break;
        case 'Subscript':
          this.expr(t.value);
          this.expr(t.slice);
          this.emit(Op.COPY, 2);
          this.emit(Op.COPY, 2);
          this.emit(Op.BINARY_SUBSCR);
          break;
        case 'Name':
          this.nameOp(t.id, 'Load');
          break;
      }
    });
    this.expr(s.value);
    this.emit(Op.BINARY_OP, binopArg(s.op, true));
    this.withLoc(t, () => {
      switch (t.kind) {
        case 'Attribute':
          this.emit(Op.SWAP, 2);
          this.emitName(Op.STORE_ATTR, this.mangle(t.attr));
          break;
        case 'Subscript':
          this.emit(Op.SWAP, 3);
          this.emit(Op.SWAP, 2);
          this.emit(Op.STORE_SUBSCR);
          break;
        case 'Name':
          this.nameOp(t.id, 'Store');
          break;
      }
    });
  }

  /** Annotations are not evaluated or stored (no __annotations__); the assignment is kept. For
   *  a non-simple target without a value CPython evaluates the target's subexpressions. */
  private annAssign(s: ast.AnnAssign): void {
    if (s.value) {
      this.expr(s.value);
      this.expr(s.target);
      return;
    }
    const t = s.target;
    if (t.kind === 'Attribute') {
      this.expr(t.value);
      this.emit(Op.POP_TOP);
    } else if (t.kind === 'Subscript') {
      this.expr(t.value);
      this.emit(Op.POP_TOP);
      this.expr(t.slice);
      this.emit(Op.POP_TOP);
    }
  }

  // ====================== expressions ======================

  private expr(e: ast.Expr): void {
    this.withLoc(e, () => this.exprInner(e));
  }

  private exprInner(e: ast.Expr): void {
    switch (e.kind) {
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.expr(e.target);
        return;
      case 'BoolOp': {
        const end = this.label();
        const n = e.values.length - 1;
        for (let i = 0; i < n; i++) {
          this.expr(e.values[i]!);
          this.jump(e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        }
        this.expr(e.values[n]!);
        this.bind(end);
        return;
      }
      case 'BinOp': {
        const folded = constValue(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, binopArg(e.op, false));
        return;
      }
      case 'UnaryOp': {
        const folded = constValue(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        this.expr(e.operand);
        const ops = { Invert: Op.UNARY_INVERT, Not: Op.UNARY_NOT, UAdd: Op.UNARY_POSITIVE, USub: Op.UNARY_NEGATIVE };
        this.emit(ops[e.op]);
        return;
      }
      case 'Lambda':
        return this.lambda(e);
      case 'IfExp': {
        const end = this.label();
        const next = this.label();
        this.jumpIf(e.test, next, false);
        this.expr(e.body);
        this.jump(Op.JUMP, end);
        this.bind(next);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case 'Dict':
        return this.dict(e);
      case 'Set':
        return this.starUnpack(e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case 'ListComp':
        return this.comprehension(e, 'listcomp', e.generators, e.elt, null);
      case 'SetComp':
        return this.comprehension(e, 'setcomp', e.generators, e.elt, null);
      case 'DictComp':
        return this.comprehension(e, 'dictcomp', e.generators, e.key, e.value);
      case 'GeneratorExp':
        return this.comprehension(e, 'genexpr', e.generators, e.elt, null);
      case 'Yield':
        if (this.u.scope.kind !== 'function') this.error("'yield' outside function", e);
        if (e.value) this.expr(e.value);
        else this.loadConst(null);
        this.yieldValue();
        return;
      case 'YieldFrom':
        if (this.u.scope.kind !== 'function') this.error("'yield' outside function", e);
        if (this.u.scopeType === 'async-function') this.error("'yield from' inside async function", e);
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadConst(null);
        this.yieldFromLoop();
        return;
      case 'Await':
        if (this.u.scope.kind !== 'function') this.error("'await' outside function", e);
        if (this.u.scopeType !== 'async-function' && this.u.scopeType !== 'comprehension') {
          this.error("'await' outside async function", e);
        }
        this.expr(e.value);
        this.emit(Op.GET_AWAITABLE, 0);
        this.loadConst(null);
        this.yieldFromLoop();
        return;
      case 'Compare':
        return this.compare(e);
      case 'Call':
        return this.call(e);
      case 'FormattedValue': {
        this.expr(e.value);
        let flags = 0;
        if (e.conversion === 115) flags = 1;
        else if (e.conversion === 114) flags = 2;
        else if (e.conversion === 97) flags = 3;
        if (e.format_spec) {
          this.expr(e.format_spec);
          flags |= 4;
        }
        this.emit(Op.FORMAT_VALUE, flags);
        return;
      }
      case 'JoinedStr': {
        const n = e.values.length;
        if (n > STACK_USE_GUIDELINE) {
          this.loadConst('');
          this.emitName(Op.LOAD_METHOD, 'join');
          this.emit(Op.BUILD_LIST, 0);
          for (const v of e.values) {
            this.expr(v);
            this.emit(Op.LIST_APPEND, 1);
          }
          this.emit(Op.CALL_METHOD, 1);
          return;
        }
        for (const v of e.values) this.expr(v);
        if (n !== 1) this.emit(Op.BUILD_STRING, n);
        return;
      }
      case 'Constant':
        this.loadConst(e.value);
        return;
      case 'Attribute':
        this.expr(e.value);
        this.withLoc(e, () => {
          const name = this.mangle(e.attr);
          if (e.ctx === 'Load') this.emitName(Op.LOAD_ATTR, name);
          else if (e.ctx === 'Store') this.emitName(Op.STORE_ATTR, name);
          else this.emitName(Op.DELETE_ATTR, name);
        });
        return;
      case 'Subscript':
        this.expr(e.value);
        this.expr(e.slice);
        if (e.ctx === 'Load') this.emit(Op.BINARY_SUBSCR);
        else if (e.ctx === 'Store') this.emit(Op.STORE_SUBSCR);
        else this.emit(Op.DELETE_SUBSCR);
        return;
      case 'Starred':
        if (e.ctx === 'Store') this.error('starred assignment target must be in a list or tuple', e);
        this.error("can't use starred expression here", e);
        return;
      case 'Name':
        this.nameOp(e.id, e.ctx);
        return;
      case 'List':
        if (e.ctx === 'Store') return this.assignmentUnpack(e.elts, e);
        if (e.ctx === 'Del') {
          for (const x of e.elts) this.expr(x);
          return;
        }
        return this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      case 'Tuple': {
        if (e.ctx === 'Store') return this.assignmentUnpack(e.elts, e);
        if (e.ctx === 'Del') {
          for (const x of e.elts) this.expr(x);
          return;
        }
        const folded = constValue(e);
        if (folded !== undefined) {
          this.loadConst(folded);
          return;
        }
        return this.starUnpack(e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      }
      case 'Slice':
        if (e.lower) this.expr(e.lower);
        else this.loadConst(null);
        if (e.upper) this.expr(e.upper);
        else this.loadConst(null);
        if (e.step) this.expr(e.step);
        this.emit(Op.BUILD_SLICE, e.step ? 3 : 2);
        return;
    }
  }

  /** YIELD_VALUE (async generators wrap the value first, as CPython 3.11's ADDOP_YIELD). */
  private yieldValue(): void {
    if (this.u.scope.isCoroutine) this.emit(Op.ASYNC_GEN_WRAP);
    this.emit(Op.YIELD_VALUE);
  }

  /** [.., receiver, value] -> [.., result]:  L: SEND end; YIELD_VALUE; JUMP L; end: */
  private yieldFromLoop(): void {
    const start = this.label();
    const exit = this.label();
    this.bind(start);
    this.jump(Op.SEND, exit);
    this.emit(Op.YIELD_VALUE);
    this.jump(Op.JUMP, start);
    this.bind(exit);
  }

  private compareOp(op: ast.CmpOpKind): void {
    switch (op) {
      case 'Is':
        return this.emit(Op.IS_OP, 0);
      case 'IsNot':
        return this.emit(Op.IS_OP, 1);
      case 'In':
        return this.emit(Op.CONTAINS_OP, 0);
      case 'NotIn':
        return this.emit(Op.CONTAINS_OP, 1);
      default:
        return this.emit(Op.COMPARE_OP, (COMPARE_OPS as readonly string[]).indexOf(CMP_SYMBOL[op]!));
    }
  }

  private compare(e: ast.Compare): void {
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.expr(e.comparators[0]!);
      this.compareOp(e.ops[0]!);
      return;
    }
    const cleanup = this.label();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]!);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i]!);
      this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[n]!);
    this.compareOp(e.ops[n]!);
    const end = this.label();
    this.jump(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  /** starunpack_helper: a list/tuple/set display (or positional call args after `pushed` items). */
  private starUnpack(elts: ast.Expr[], pushed: number, build: number, add: number, extend: number, tuple: boolean): void {
    const n = elts.length;
    if (n > 2 && build !== Op.BUILD_SET) {
      const items: Const[] = [];
      for (const x of elts) {
        const c = x.kind === 'Constant' ? x.value : undefined;
        if (c === undefined) break;
        items.push(c);
      }
      if (items.length === n) {
        if (tuple && pushed === 0) {
          this.loadConst({ tuple: items });
        } else {
          this.emit(build, pushed);
          this.loadConst({ tuple: items });
          this.emit(extend, 1);
          if (tuple) this.emit(Op.LIST_TO_TUPLE);
        }
        return;
      }
    }
    const big = n + pushed > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x.kind === 'Starred');
    if (!seenStar && !big) {
      for (const x of elts) this.expr(x);
      this.emit(tuple ? Op.BUILD_TUPLE : build, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.emit(build, pushed);
      built = true;
    }
    for (let i = 0; i < n; i++) {
      const x = elts[i]!;
      if (x.kind === 'Starred') {
        if (!built) {
          this.emit(build, i + pushed);
          built = true;
        }
        this.expr(x.value);
        this.emit(extend, 1);
      } else {
        this.expr(x);
        if (built) this.emit(add, 1);
      }
    }
    if (tuple) this.emit(Op.LIST_TO_TUPLE);
  }

  /** unpack_helper + assignment_helper: `a, *b, c = value` with the value on TOS. */
  private assignmentUnpack(elts: ast.Expr[], node: ast.Loc): void {
    const n = elts.length;
    let seenStar = false;
    for (let i = 0; i < n; i++) {
      const x = elts[i]!;
      if (x.kind === 'Starred' && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= 1 << 16) this.error('too many expressions in star-unpacking assignment', node);
        this.emit(Op.UNPACK_EX, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (x.kind === 'Starred') {
        this.error('multiple starred expressions in assignment', node);
      }
    }
    if (!seenStar) this.emit(Op.UNPACK_SEQUENCE, n);
    for (const x of elts) this.expr(x.kind === 'Starred' ? x.value : x);
  }

  /** compiler_dict */
  private dict(e: ast.Dict): void {
    const n = e.values.length;
    let elements = 0;
    let haveDict = false;
    const subdict = (begin: number, end: number): void => {
      for (let i = begin; i < end; i++) {
        this.expr(e.keys[i]!);
        this.expr(e.values[i]!);
      }
      this.emit(Op.BUILD_MAP, end - begin);
    };
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          subdict(i - elements, i);
          if (haveDict) this.emit(Op.DICT_UPDATE, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.emit(Op.BUILD_MAP, 0);
          haveDict = true;
        }
        this.expr(e.values[i]!);
        this.emit(Op.DICT_UPDATE, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        subdict(i - elements, i + 1);
        if (haveDict) this.emit(Op.DICT_UPDATE, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      subdict(n - elements, n);
      if (haveDict) this.emit(Op.DICT_UPDATE, 1);
      haveDict = true;
    }
    if (!haveDict) this.emit(Op.BUILD_MAP, 0);
  }

  // ---- calls ----

  private call(e: ast.Call): void {
    const f = e.func;
    if (
      f.kind === 'Attribute' &&
      f.ctx === 'Load' &&
      e.keywords.length === 0 &&
      e.args.length < STACK_USE_GUIDELINE &&
      !e.args.some((a) => a.kind === 'Starred')
    ) {
      this.expr(f.value);
      this.withLoc(f, () => this.emitName(Op.LOAD_METHOD, this.mangle(f.attr)));
      for (const a of e.args) this.expr(a);
      this.withLoc(e, () => this.emit(Op.CALL_METHOD, e.args.length));
      return;
    }
    this.expr(f);
    this.callHelper(0, e.args, e.keywords);
  }

  /** compiler_call_helper: the callable and `pushed` positional args are on the stack. */
  private callHelper(pushed: number, args: ast.Expr[], keywords: ast.Keyword[]): void {
    this.validateKeywords(keywords);
    const nelts = args.length;
    const nkw = keywords.length;
    const hasStar = args.some((a) => a.kind === 'Starred') || keywords.some((k) => k.arg === null);
    if (!hasStar && nelts + pushed + nkw * 2 <= STACK_USE_GUIDELINE) {
      for (const a of args) this.expr(a);
      if (nkw > 0) {
        for (const k of keywords) this.expr(k.value);
        this.loadConst({ tuple: keywords.map((k) => k.arg!) });
        this.emit(Op.CALL_KW, nelts + pushed + nkw);
      } else {
        this.emit(Op.CALL, nelts + pushed);
      }
      return;
    }
    // CALL_FUNCTION_EX: an args tuple (or, for a lone `*x`, x itself, which the VM converts with
    // CPython's message), and a kwargs dict when there are keywords.
    const lone = args[0];
    if (pushed === 0 && nelts === 1 && lone!.kind === 'Starred') this.expr(lone.value);
    else this.starUnpack(args, pushed, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    if (nkw > 0) {
      let haveDict = false;
      let nseen = 0;
      const subkwargs = (begin: number, end: number): void => {
        for (let i = begin; i < end; i++) {
          const k = keywords[i]!;
          this.loadConst(k.arg!);
          this.expr(k.value);
        }
        this.emit(Op.BUILD_MAP, end - begin);
      };
      for (let i = 0; i < nkw; i++) {
        const k = keywords[i]!;
        if (k.arg === null) {
          if (nseen) {
            subkwargs(i - nseen, i);
            if (haveDict) this.emit(Op.DICT_MERGE, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.emit(Op.BUILD_MAP, 0);
            haveDict = true;
          }
          this.expr(k.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        subkwargs(nkw - nseen, nkw);
        if (haveDict) this.emit(Op.DICT_MERGE, 1);
      }
    }
    this.emit(Op.CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
  }

  private validateKeywords(keywords: ast.Keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i]!;
      if (k.arg === null) continue;
      for (let j = i + 1; j < keywords.length; j++) {
        const other = keywords[j]!;
        if (other.arg === k.arg) this.error(`keyword argument repeated: ${k.arg}`, other);
      }
    }
  }

  // ---- comprehensions ----

  private comprehension(
    e: ast.Expr,
    kind: 'listcomp' | 'setcomp' | 'dictcomp' | 'genexpr',
    generators: ast.Comprehension[],
    elt: ast.Expr,
    value: ast.Expr | null,
  ): void {
    const outerScopeType = this.u.scopeType;
    const scope = this.scopeOf(e);
    const isAsync = scope.isCoroutine;
    if (isAsync && kind !== 'genexpr' && outerScopeType !== 'async-function' && outerScopeType !== 'comprehension') {
      this.error('asynchronous comprehension outside of an asynchronous function', e);
    }
    this.enterScope(`<${kind}>`, 'comprehension', scope, e.lineno);
    this.u.b.loc = e;
    this.u.argcount = 1;
    if (kind === 'listcomp') this.emit(Op.BUILD_LIST, 0);
    else if (kind === 'setcomp') this.emit(Op.BUILD_SET, 0);
    else if (kind === 'dictcomp') this.emit(Op.BUILD_MAP, 0);
    this.comprehensionGenerator(generators, 0, 0, elt, value, kind);
    let co: CodeObject;
    if (kind !== 'genexpr') {
      this.emit(Op.RETURN_VALUE);
      co = this.exitScope(false);
    } else {
      co = this.exitScope(true);
    }
    this.makeClosure(co, 0);
    const outermost = generators[0]!;
    this.expr(outermost.iter);
    this.emit(outermost.is_async ? Op.GET_AITER : Op.GET_ITER);
    this.emit(Op.CALL, 1);
    if (isAsync && kind !== 'genexpr') {
      this.emit(Op.GET_AWAITABLE, 0);
      this.loadConst(null);
      this.yieldFromLoop();
    }
  }

  private comprehensionGenerator(
    gens: ast.Comprehension[],
    index: number,
    depth: number,
    elt: ast.Expr,
    value: ast.Expr | null,
    kind: string,
  ): void {
    if (gens[index]!.is_async) this.asyncComprehensionGenerator(gens, index, depth, elt, value, kind);
    else this.syncComprehensionGenerator(gens, index, depth, elt, value, kind);
  }

  private comprehensionElement(
    gens: ast.Comprehension[],
    index: number,
    depth: number,
    elt: ast.Expr,
    value: ast.Expr | null,
    kind: string,
  ): void {
    if (index + 1 < gens.length) {
      this.comprehensionGenerator(gens, index + 1, depth, elt, value, kind);
      return;
    }
    switch (kind) {
      case 'genexpr':
        this.expr(elt);
        this.yieldValue();
        this.emit(Op.POP_TOP);
        break;
      case 'listcomp':
        this.expr(elt);
        this.emit(Op.LIST_APPEND, depth + 1);
        break;
      case 'setcomp':
        this.expr(elt);
        this.emit(Op.SET_ADD, depth + 1);
        break;
      case 'dictcomp':
        this.expr(elt);
        this.expr(value!);
        this.emit(Op.MAP_ADD, depth + 1);
        break;
    }
  }

  private syncComprehensionGenerator(
    gens: ast.Comprehension[],
    index: number,
    depth: number,
    elt: ast.Expr,
    value: ast.Expr | null,
    kind: string,
  ): void {
    const gen = gens[index]!;
    const start = this.label();
    const ifCleanup = this.label();
    const anchor = this.label();
    if (index === 0) {
      this.emit(Op.LOAD_FAST, this.varIndex('.0'));
    } else {
      this.expr(gen.iter);
      this.emit(Op.GET_ITER);
    }
    depth++;
    this.bind(start);
    this.jump(Op.FOR_ITER, anchor);
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    this.comprehensionElement(gens, index, depth, elt, value, kind);
    this.bind(ifCleanup);
    this.jump(Op.JUMP, start);
    this.bind(anchor);
  }

  private asyncComprehensionGenerator(
    gens: ast.Comprehension[],
    index: number,
    depth: number,
    elt: ast.Expr,
    value: ast.Expr | null,
    kind: string,
  ): void {
    const gen = gens[index]!;
    const b = this.u.b;
    const start = this.label();
    const except = this.label();
    const ifCleanup = this.label();
    if (index === 0) {
      this.emit(Op.LOAD_FAST, this.varIndex('.0'));
    } else {
      this.expr(gen.iter);
      this.emit(Op.GET_AITER);
    }
    this.bind(start);
    this.pushFBlock({ type: 'async-comprehension-generator', block: start, exit: -1 });
    b.setupHandler(except);
    this.emit(Op.GET_ANEXT);
    this.emit(Op.GET_AWAITABLE, 0);
    this.loadConst(null);
    this.yieldFromLoop();
    b.popHandler();
    this.expr(gen.target);
    for (const cond of gen.ifs) this.jumpIf(cond, ifCleanup, false);
    depth++;
    this.comprehensionElement(gens, index, depth, elt, value, kind);
    this.bind(ifCleanup);
    this.jump(Op.JUMP, start);
    this.popFBlock('async-comprehension-generator');
    this.bind(except);
    this.emit(Op.END_ASYNC_FOR);
  }
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isTruthyConst(v: ast.ConstantValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'string':
      return v.length > 0;
    case 'object':
      if (v instanceof Uint8Array) return v.length > 0;
      if ('float' in v) return v.float !== 0; // NaN is true
      return true;
  }
  return true;
}
