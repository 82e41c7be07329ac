// The typed AST of the pygil subset. It mirrors CPython's `ast` module (Parser/Python.asdl)
// node for node, so `python3 -c "import ast; print(ast.dump(ast.parse(src)))"` is a reference.
// Produced by grammar/ + src/parser/to-ast.ts, consumed by src/compiler/. Pure data, no behaviour.

/** Source position of a node: 1-based line, 0-based column (as CPython's ast). */
export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

// ====================== Module ======================

export interface Module {
  kind: 'Module';
  body: Stmt[];
}

// ====================== Statements ======================

export type Stmt =
  | FunctionDef
  | ClassDef
  | Return
  | Delete
  | Assign
  | AugAssign
  | AnnAssign
  | For
  | While
  | If
  | With
  | Raise
  | Try
  | Assert
  | Import
  | ImportFrom
  | Global
  | Nonlocal
  | ExprStmt
  | Pass
  | Break
  | Continue;

export interface FunctionDef extends Loc {
  kind: 'FunctionDef';
  name: string;
  args: Arguments;
  body: Stmt[];
  decorator_list: Expr[];
  returns: Expr | null;
  isAsync: boolean; // AsyncFunctionDef in CPython
}

export interface ClassDef extends Loc {
  kind: 'ClassDef';
  name: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorator_list: Expr[];
}

export interface Return extends Loc {
  kind: 'Return';
  value: Expr | null;
}

export interface Delete extends Loc {
  kind: 'Delete';
  targets: Expr[];
}

/** `a = b = value`: targets are [a, b]. */
export interface Assign extends Loc {
  kind: 'Assign';
  targets: Expr[];
  value: Expr;
}

export interface AugAssign extends Loc {
  kind: 'AugAssign';
  target: Name | Attribute | Subscript;
  op: BinOpKind;
  value: Expr;
}

/** `x: int = 3`. simple is true when target is a bare Name not in parentheses. */
export interface AnnAssign extends Loc {
  kind: 'AnnAssign';
  target: Name | Attribute | Subscript;
  annotation: Expr;
  value: Expr | null;
  simple: boolean;
}

export interface For extends Loc {
  kind: 'For';
  target: Expr;
  iter: Expr;
  body: Stmt[];
  orelse: Stmt[];
  isAsync: boolean;
}

export interface While extends Loc {
  kind: 'While';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

/** `elif` is an If nested alone in orelse, as in CPython. */
export interface If extends Loc {
  kind: 'If';
  test: Expr;
  body: Stmt[];
  orelse: Stmt[];
}

export interface With extends Loc {
  kind: 'With';
  items: WithItem[];
  body: Stmt[];
  isAsync: boolean;
}

export interface WithItem {
  context_expr: Expr;
  optional_vars: Expr | null;
}

export interface Raise extends Loc {
  kind: 'Raise';
  exc: Expr | null;
  cause: Expr | null;
}

export interface Try extends Loc {
  kind: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
}

export interface ExceptHandler extends Loc {
  kind: 'ExceptHandler';
  type: Expr | null;
  name: string | null;
  body: Stmt[];
}

export interface Assert extends Loc {
  kind: 'Assert';
  test: Expr;
  msg: Expr | null;
}

export interface Alias {
  name: string; // dotted for `import a.b`
  asname: string | null;
}

export interface Import extends Loc {
  kind: 'Import';
  names: Alias[];
}

/** `from .mod import a as b, c`; `from m import *` has names [{name: '*'}]. */
export interface ImportFrom extends Loc {
  kind: 'ImportFrom';
  module: string | null;
  names: Alias[];
  level: number;
}

export interface Global extends Loc {
  kind: 'Global';
  names: string[];
}

export interface Nonlocal extends Loc {
  kind: 'Nonlocal';
  names: string[];
}

export interface ExprStmt extends Loc {
  kind: 'Expr';
  value: Expr;
}

export interface Pass extends Loc {
  kind: 'Pass';
}
export interface Break extends Loc {
  kind: 'Break';
}
export interface Continue extends Loc {
  kind: 'Continue';
}

// ====================== Expressions ======================

export type Expr =
  | BoolOp
  | NamedExpr
  | BinOp
  | UnaryOp
  | Lambda
  | IfExp
  | Dict
  | SetExpr
  | ListComp
  | SetComp
  | DictComp
  | GeneratorExp
  | Await
  | Yield
  | YieldFrom
  | Compare
  | Call
  | FormattedValue
  | JoinedStr
  | Constant
  | Attribute
  | Subscript
  | Starred
  | Name
  | List
  | Tuple
  | Slice;

export interface BoolOp extends Loc {
  kind: 'BoolOp';
  op: 'And' | 'Or';
  values: Expr[];
}

export interface NamedExpr extends Loc {
  kind: 'NamedExpr';
  target: Name;
  value: Expr;
}

export type BinOpKind =
  | 'Add'
  | 'Sub'
  | 'Mult'
  | 'MatMult'
  | 'Div'
  | 'Mod'
  | 'Pow'
  | 'LShift'
  | 'RShift'
  | 'BitOr'
  | 'BitXor'
  | 'BitAnd'
  | 'FloorDiv';

export interface BinOp extends Loc {
  kind: 'BinOp';
  left: Expr;
  op: BinOpKind;
  right: Expr;
}

export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';

export interface UnaryOp extends Loc {
  kind: 'UnaryOp';
  op: UnaryOpKind;
  operand: Expr;
}

export interface Lambda extends Loc {
  kind: 'Lambda';
  args: Arguments;
  body: Expr;
}

export interface IfExp extends Loc {
  kind: 'IfExp';
  test: Expr;
  body: Expr;
  orelse: Expr;
}

/** `{**d}` has a null key and the mapping as value, as in CPython. */
export interface Dict extends Loc {
  kind: 'Dict';
  keys: (Expr | null)[];
  values: Expr[];
}

export interface SetExpr extends Loc {
  kind: 'Set';
  elts: Expr[];
}

export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
  is_async: boolean;
}

export interface ListComp extends Loc {
  kind: 'ListComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface SetComp extends Loc {
  kind: 'SetComp';
  elt: Expr;
  generators: Comprehension[];
}
export interface DictComp extends Loc {
  kind: 'DictComp';
  key: Expr;
  value: Expr;
  generators: Comprehension[];
}
export interface GeneratorExp extends Loc {
  kind: 'GeneratorExp';
  elt: Expr;
  generators: Comprehension[];
}

export interface Await extends Loc {
  kind: 'Await';
  value: Expr;
}
export interface Yield extends Loc {
  kind: 'Yield';
  value: Expr | null;
}
export interface YieldFrom extends Loc {
  kind: 'YieldFrom';
  value: Expr;
}

export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

/** `a < b < c`: left a, ops [Lt, Lt], comparators [b, c]. */
export interface Compare extends Loc {
  kind: 'Compare';
  left: Expr;
  ops: CmpOpKind[];
  comparators: Expr[];
}

/** `f(a, *b, k=1, **d)`: args [a, Starred(b)], keywords [{arg:'k'}, {arg:null, value:d}]. */
export interface Call extends Loc {
  kind: 'Call';
  func: Expr;
  args: Expr[];
  keywords: Keyword[];
}

export interface Keyword extends Loc {
  arg: string | null; // null for **mapping
  value: Expr;
}

/** One `{value!conv:spec}` of an f-string. conversion: -1 none, 115 's', 114 'r', 97 'a'. */
export interface FormattedValue extends Loc {
  kind: 'FormattedValue';
  value: Expr;
  conversion: number;
  format_spec: JoinedStr | null;
}

/** An f-string: values are Constant(str) and FormattedValue parts. */
export interface JoinedStr extends Loc {
  kind: 'JoinedStr';
  values: (Constant | FormattedValue)[];
}

/** The value of a literal. Python int -> bigint always (the compiler narrows to small ints);
 *  float -> {float: number}; str -> string; bytes -> Uint8Array; True/False -> boolean; None -> null;
 *  Ellipsis -> {ellipsis: true}. Keeping int and float apart matters: `1` and `1.0` differ in Python. */
export type ConstantValue = bigint | { float: number } | string | Uint8Array | boolean | null | { ellipsis: true };

export interface Constant extends Loc {
  kind: 'Constant';
  value: ConstantValue;
}

export type ExprContext = 'Load' | 'Store' | 'Del';

export interface Attribute extends Loc {
  kind: 'Attribute';
  value: Expr;
  attr: string;
  ctx: ExprContext;
}

export interface Subscript extends Loc {
  kind: 'Subscript';
  value: Expr;
  slice: Expr; // a Slice node, a Tuple (for a[1:2, 3]), or any expression
  ctx: ExprContext;
}

export interface Starred extends Loc {
  kind: 'Starred';
  value: Expr;
  ctx: ExprContext;
}

export interface Name extends Loc {
  kind: 'Name';
  id: string;
  ctx: ExprContext;
}

export interface List extends Loc {
  kind: 'List';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Tuple extends Loc {
  kind: 'Tuple';
  elts: Expr[];
  ctx: ExprContext;
}

export interface Slice extends Loc {
  kind: 'Slice';
  lower: Expr | null;
  upper: Expr | null;
  step: Expr | null;
}

// ====================== Function arguments ======================

export interface Arg extends Loc {
  arg: string;
  annotation: Expr | null;
}

/** As CPython's `arguments`: defaults align with the LAST positional params (posonlyargs + args);
 *  kw_defaults has one entry per kwonlyarg, null where it has no default. */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}
