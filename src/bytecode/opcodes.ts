// THE opcode table: the single source of truth for the compiler, the VM and the disassembler.
// Array order is the numeric value. `npm run gen:opcodes` derives op.generated.ts (a const enum,
// so the VM's `case` labels compile to integer literals); a unit test fails when it is stale.
//
// Instruction encoding: one Int32 per instruction.
//
//   31                                8 7            0
//  |        arg (24 bits, unsigned)     |  opcode (8)  |
//
// Jump targets are absolute instruction indices. Semantics follow CPython 3.11's opcodes of the same
// name (https://docs.python.org/3.11/library/dis.html) except where a note below says otherwise.
// Stack pictures list the stack bottom-to-top: [.., a, b] means b is TOS.
//
// Exceptions use a zero-cost exception table (CPython 3.11 style), not a block stack: see
// CodeObject.excTable. When an exception is raised at instruction i and the table has an entry
// covering i, the VM truncates the value stack to the entry's depth, pushes the exception and jumps
// to the entry's target. The "lasti" entries of CPython's table do not exist here: RERAISE's arg is 0.

/** Stack effect depends on the argument; the compiler's depth pass special-cases it. */
export const VAR = -1;

export type ArgKind =
  | 'none' // no argument (arg is 0)
  | 'const' // index into co_consts
  | 'local' // index into localsplus (varnames ++ cellvars ++ freevars)
  | 'name' // index into co_names
  | 'label' // absolute instruction index
  | 'count' // a count of items
  | 'binop' // index into BINARY_OPS
  | 'cmp' // index into COMPARE_OPS
  | 'flags'; // bit flags, see the opcode's note

export interface OpInfo {
  readonly name: string;
  readonly arg: ArgKind;
  readonly pops: number;
  readonly pushes: number;
  /** The instruction may run Python code (a dunder, a call), so frame registers must be synced first. */
  readonly mayCall: boolean;
  /** Unconditional transfer: the next instruction is not reached by falling through. */
  readonly noFallthrough: boolean;
}

function op(
  name: string,
  arg: ArgKind,
  pops: number,
  pushes: number,
  opts: { mayCall?: boolean; noFallthrough?: boolean } = {},
): OpInfo {
  return { name, arg, pops, pushes, mayCall: opts.mayCall ?? false, noFallthrough: opts.noFallthrough ?? false };
}

const C = { mayCall: true };

// prettier-ignore
export const OPCODES: readonly OpInfo[] = [
  //  name                   arg       pops  pushes
  op('NOP',                  'none',   0,    0),
  op('POP_TOP',              'none',   1,    0),
  op('COPY',                 'count',  0,    1),     // push stack[-arg] (arg >= 1; COPY 1 duplicates TOS)
  op('SWAP',                 'count',  0,    0),     // swap TOS with stack[-arg] (arg >= 2)
  op('PUSH_NULL',            'none',   0,    1),     // push the NULL ref (0)

  // ---- names ----
  op('LOAD_CONST',           'const',  0,    1),
  op('LOAD_FAST',            'local',  0,    1),     // UnboundLocalError if the slot is NULL
  op('STORE_FAST',           'local',  1,    0),
  op('DELETE_FAST',          'local',  0,    0),     // UnboundLocalError if the slot is NULL
  op('LOAD_DEREF',           'local',  0,    1),     // contents of the cell at localsplus[arg]
  op('STORE_DEREF',          'local',  1,    0),
  op('DELETE_DEREF',         'local',  0,    0),
  op('LOAD_CLOSURE',         'local',  0,    1),     // the cell object itself at localsplus[arg]
  op('LOAD_CLASSDEREF',      'local',  0,    1),     // class body: the locals dict first, then the cell
  op('LOAD_GLOBAL',          'name',   0,    1,  C), // globals, then builtins; NameError
  op('STORE_GLOBAL',         'name',   1,    0,  C),
  op('DELETE_GLOBAL',        'name',   0,    0,  C),
  op('LOAD_NAME',            'name',   0,    1,  C), // frame locals dict, globals, builtins
  op('STORE_NAME',           'name',   1,    0,  C),
  op('DELETE_NAME',          'name',   0,    0,  C),
  op('LOAD_ATTR',            'name',   1,    1,  C),
  op('STORE_ATTR',           'name',   2,    0,  C), // [.., value, obj] -> obj.name = value
  op('DELETE_ATTR',          'name',   1,    0,  C),
  op('LOAD_METHOD',          'name',   1,    2,  C), // [.., obj] -> [.., meth, obj] or [.., NULL, attr]

  // ---- operators ----
  op('BINARY_OP',            'binop',  2,    1,  C), // arg indexes BINARY_OPS (CPython's NB_* order)
  op('UNARY_POSITIVE',       'none',   1,    1,  C),
  op('UNARY_NEGATIVE',       'none',   1,    1,  C),
  op('UNARY_NOT',            'none',   1,    1,  C),
  op('UNARY_INVERT',         'none',   1,    1,  C),
  op('COMPARE_OP',           'cmp',    2,    1,  C), // arg indexes COMPARE_OPS
  op('IS_OP',                'flags',  2,    1),     // arg 1: `is not`
  op('CONTAINS_OP',          'flags',  2,    1,  C), // [.., item, container]; arg 1: `not in`
  op('BINARY_SUBSCR',        'none',   2,    1,  C), // [.., container, key]
  op('STORE_SUBSCR',         'none',   3,    0,  C), // [.., value, container, key]
  op('DELETE_SUBSCR',        'none',   2,    0,  C), // [.., container, key]
  op('BUILD_SLICE',          'count',  VAR,  1),     // arg 2: [start, stop]; arg 3: [start, stop, step]

  // ---- building ----
  op('BUILD_TUPLE',          'count',  VAR,  1),
  op('BUILD_LIST',           'count',  VAR,  1),
  op('BUILD_SET',            'count',  VAR,  1,  C),
  op('BUILD_MAP',            'count',  VAR,  1,  C), // pops 2*arg: [k1, v1, k2, v2, ..]
  op('BUILD_STRING',         'count',  VAR,  1),     // concatenates arg strs
  op('LIST_APPEND',          'count',  1,    0),     // pops v; stack[-arg].append(v)
  op('SET_ADD',              'count',  1,    0,  C),
  op('MAP_ADD',              'count',  2,    0,  C), // pops [k, v]; stack[-arg][k] = v
  op('LIST_EXTEND',          'count',  1,    0,  C), // pops iterable; stack[-arg].extend(it); TypeError "Value after * must be an iterable, not int"
  op('SET_UPDATE',           'count',  1,    0,  C),
  op('DICT_UPDATE',          'count',  1,    0,  C), // `{**m}`: TypeError "'int' object is not a mapping"
  op('DICT_MERGE',           'count',  1,    0,  C), // `f(**m)`: also TypeError on a duplicate key (needs stack[-arg-2] = callable for the message)
  op('LIST_TO_TUPLE',        'none',   1,    1),
  op('FORMAT_VALUE',         'flags',  VAR,  1,  C), // flags&3: 0 none, 1 str(), 2 repr(), 3 ascii(); flags&4: a format spec str is TOS (value below it)
  op('UNPACK_SEQUENCE',      'count',  1,    VAR, C), // pushes arg items, the first one on top; ValueError on a length mismatch
  op('UNPACK_EX',            'flags',  1,    VAR, C), // arg = before | after << 8; pushes after items, a list, before items (first on top)

  // ---- control flow ----
  op('JUMP',                 'label',  0,    0,  { noFallthrough: true }),
  op('POP_JUMP_IF_FALSE',    'label',  1,    0,  C),
  op('POP_JUMP_IF_TRUE',     'label',  1,    0,  C),
  op('POP_JUMP_IF_NONE',     'label',  1,    0),
  op('POP_JUMP_IF_NOT_NONE', 'label',  1,    0),
  op('JUMP_IF_FALSE_OR_POP', 'label',  VAR,  0,  C), // if TOS is false jump (keeping it), else pop it
  op('JUMP_IF_TRUE_OR_POP',  'label',  VAR,  0,  C),
  op('GET_ITER',             'none',   1,    1,  C),
  op('FOR_ITER',             'label',  VAR,  VAR, C), // [.., it] -> [.., it, next]; exhausted: pop it and jump
  op('RETURN_VALUE',         'none',   1,    0,  { noFallthrough: true }),

  // ---- functions, calls, classes ----
  // MAKE_FUNCTION: [.., defaults tuple if flags&1, kwdefaults dict if flags&2, closure tuple if flags&8, code]
  // -> function. The name and qualname come from the code object.
  op('MAKE_FUNCTION',        'flags',  VAR,  1),
  op('CALL',                 'count',  VAR,  1,  C), // [.., callable, a1..aN] -> result
  op('CALL_METHOD',          'count',  VAR,  1,  C), // [.., meth|NULL, self|callable, a1..aN] -> result
  op('CALL_KW',              'count',  VAR,  1,  C), // [.., callable, a1..aN, kwnames tuple]; arg = N includes the keyword values
  // CALL_FUNCTION_EX: [.., callable, args, kwargs dict if flags&1]. args is a tuple, except for a
  // lone `f(*x)` where it is x itself: a non-tuple is converted with tuple(), and a non-iterable
  // raises TypeError "f() argument after * must be an iterable, not int" (f = callable's qualname).
  // kwargs is always a fresh dict built by BUILD_MAP/DICT_MERGE.
  op('CALL_FUNCTION_EX',     'flags',  VAR,  1,  C),
  op('LOAD_BUILD_CLASS',     'none',   0,    1),

  // ---- exceptions (CPython 3.11 style, with the exception table) ----
  op('RAISE_VARARGS',        'count',  VAR,  0,  { mayCall: true, noFallthrough: true }), // 0 re-raise, 1 raise TOS, 2 raise TOS1 from TOS
  op('PUSH_EXC_INFO',        'none',   1,    2),     // [.., exc] -> [.., prev handled exc or None, exc]; exc becomes the handled one
  op('POP_EXCEPT',           'none',   1,    0),     // pops the saved previous handled exc and restores it
  op('RERAISE',              'none',   1,    0,  { noFallthrough: true }), // re-raise TOS; adds no traceback entry
  op('CHECK_EXC_MATCH',      'none',   2,    2,  C), // [.., exc, type] -> [.., exc, bool]
  op('LOAD_ASSERTION_ERROR', 'none',   0,    1),
  op('BEFORE_WITH',          'none',   1,    2,  C), // [.., mgr] -> [.., bound __exit__, __enter__() result]
  op('WITH_EXCEPT_START',    'none',   0,    1,  C), // [.., exit, prev_exc, exc] -> [.., exit, prev_exc, exc, exit(type, exc, tb)]

  // ---- generators and coroutines ----
  op('YIELD_VALUE',          'none',   1,    1,  C), // suspends with TOS; on resume pushes the sent value
  op('GET_YIELD_FROM_ITER',  'none',   1,    1,  C),
  // SEND: [.., receiver, value]. If receiver yields v: [.., receiver, v] and fall through (to a YIELD_VALUE).
  // If it returns r (StopIteration): [.., r] and jump to arg.
  op('SEND',                 'label',  VAR,  VAR, C),
  op('GET_AWAITABLE',        'flags',  1,    1,  C), // arg: 0 await, 1 after __aenter__, 2 after __aexit__ (for messages)
  op('GET_AITER',            'none',   1,    1,  C),
  op('GET_ANEXT',            'none',   0,    1,  C), // [.., aiter] -> [.., aiter, aiter.__anext__()]; the compiler follows it with GET_AWAITABLE 0
  op('END_ASYNC_FOR',        'none',   2,    0,  C), // [.., aiter, exc]: StopAsyncIteration ends the loop, anything else re-raises
  op('BEFORE_ASYNC_WITH',    'none',   1,    2,  C), // [.., mgr] -> [.., bound __aexit__, awaitable from __aenter__()]
  op('ASYNC_GEN_WRAP',       'none',   1,    1),     // wraps a value yielded by an async generator

  // ---- imports ----
  op('IMPORT_NAME',          'name',   2,    1,  C), // [.., level, fromlist] -> module
  op('IMPORT_FROM',          'name',   0,    1,  C), // [.., module] -> [.., module, module.name]; ImportError
  op('IMPORT_STAR',          'none',   1,    0,  C),
];

/** BINARY_OP arguments, in CPython 3.11's NB_* order (Include/internal/pycore_opcode.h):
 *  the in-place forms are the plain ones + 13. */
export const BINARY_OPS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
] as const;

/** COMPARE_OP arguments, in CPython's Py_LT..Py_GE order. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;

/** Code object flags, CPython's values. */
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

export const OPCODE_BY_NAME: ReadonlyMap<string, number> = new Map(OPCODES.map((o, i) => [o.name, i]));

export const ARG_SHIFT = 8;
export const OP_MASK = 0xff;

export function encode(opcode: number, arg: number): number {
  return (opcode | (arg << ARG_SHIFT)) | 0;
}
export function opOf(ins: number): number {
  return ins & OP_MASK;
}
export function argOf(ins: number): number {
  return ins >>> ARG_SHIFT;
}
