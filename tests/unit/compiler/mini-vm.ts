// Test helper: a tiny reference interpreter for compiled code objects, written from the opcode
// table's documented semantics (src/bytecode/opcodes.ts). It exists to check that the compiler's
// control flow, exception-table layouts and scoping really run as CPython does; it supports only
// ints, strs, bools, None, lists, tuples, dicts, functions, closures, classes, exceptions and
// with-blocks. Not the VM: plain JS objects, no GIL, no generators.
import type { CodeObject, Const } from '../../../src/bytecode/code-object.js';
import { isCodeObject, isConstTuple } from '../../../src/bytecode/code-object.js';
import { argOf, BINARY_OPS, COMPARE_OPS, opOf } from '../../../src/bytecode/opcodes.js';
import { Op } from '../../../src/bytecode/op.generated.js';
import { pyStrRepr } from '../../../src/bytecode/disassemble.js';

interface PyClass { kind: 'class'; name: string; bases: PyClass[]; dict: Map<string, unknown> }
interface Inst { kind: 'inst'; cls: PyClass; dict: Map<string, unknown>; args: unknown[] }
interface Cell { kind: 'cell'; v: unknown }
interface Func { kind: 'func'; code: CodeObject; globals: Map<string, unknown>; defaults: unknown[]; kwdefaults: Map<string, unknown>; closure: Cell[] }
interface Builtin { kind: 'builtin'; name: string; fn: (args: unknown[], kw: Map<string, unknown>) => unknown }
interface Bound { kind: 'bound'; self: unknown; fn: unknown }
interface List { kind: 'list'; items: unknown[] }
interface Tuple { kind: 'tuple'; items: unknown[] }
interface Dict { kind: 'dict'; map: Map<unknown, unknown> }
interface Iter { kind: 'iter'; next: () => { done: boolean; value?: unknown } }
interface Super { kind: 'super'; cls: PyClass; self: unknown }
interface Slice { kind: 'slice'; start: unknown; stop: unknown; step: unknown }

const UNBOUND = Symbol('unbound');
const NULL = Symbol('NULL');

export class Thrown extends Error {
  constructor(readonly exc: Inst) {
    super('python exception');
  }
}

function cls(name: string, base: PyClass | null): PyClass {
  return { kind: 'class', name, bases: base ? [base] : [], dict: new Map() };
}
const BaseException = cls('BaseException', null);
const Exception = cls('Exception', BaseException);
const EXC: Record<string, PyClass> = { BaseException, Exception };
for (const n of ['ValueError', 'KeyError', 'TypeError', 'ZeroDivisionError', 'NameError', 'RuntimeError', 'AssertionError', 'IndexError', 'AttributeError']) {
  EXC[n] = cls(n, n === 'KeyError' || n === 'IndexError' ? null : Exception);
}
const LookupError = cls('LookupError', Exception);
EXC.LookupError = LookupError;
EXC.KeyError!.bases = [LookupError];
EXC.IndexError!.bases = [LookupError];
EXC.UnboundLocalError = cls('UnboundLocalError', EXC.NameError!);

function mro(c: PyClass): PyClass[] {
  const out: PyClass[] = [c];
  for (const b of c.bases) for (const m of mro(b)) if (!out.includes(m)) out.push(m);
  return out;
}
function isSub(c: PyClass, base: PyClass): boolean {
  return mro(c).includes(base);
}
function raise(name: string, msg?: string): never {
  throw new Thrown({ kind: 'inst', cls: EXC[name]!, dict: new Map(), args: msg === undefined ? [] : [msg] });
}

function typeName(v: unknown): string {
  if (v === null) return 'NoneType';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'object' && v && 'kind' in v) return (v as { kind: string }).kind === 'inst' ? (v as Inst).cls.name : (v as { kind: string }).kind;
  return typeof v;
}

export function repr(v: unknown): string {
  if (typeof v === 'string') return pyStrRepr(v);
  return str(v);
}
export function str(v: unknown): string {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'bigint' || typeof v === 'string') return String(v);
  const o = v as { kind: string };
  switch (o.kind) {
    case 'list':
      return '[' + (v as List).items.map(repr).join(', ') + ']';
    case 'tuple': {
      const it = (v as Tuple).items;
      return it.length === 1 ? `(${repr(it[0])},)` : '(' + it.map(repr).join(', ') + ')';
    }
    case 'dict':
      return '{' + [...(v as Dict).map].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ') + '}';
    case 'class':
      return `<class '${(v as PyClass).name}'>`;
    case 'inst': {
      const i = v as Inst;
      if (isSub(i.cls, EXC.KeyError!) && i.args.length === 1) return repr(i.args[0]);
      if (isSub(i.cls, BaseException)) return i.args.length === 1 ? str(i.args[0]) : i.args.length === 0 ? '' : str({ kind: 'tuple', items: i.args });
      return `<${i.cls.name} object>`;
    }
    case 'func':
      return `<function ${(v as Func).code.qualname}>`;
  }
  return `<${o.kind}>`;
}

function truthy(v: unknown): boolean {
  if (v === null || v === false || v === 0n || v === '') return false;
  if (typeof v === 'object' && v && 'kind' in v) {
    const o = v as { kind: string };
    if (o.kind === 'list' || o.kind === 'tuple') return (v as List).items.length > 0;
    if (o.kind === 'dict') return (v as Dict).map.size > 0;
  }
  return true;
}

function eq(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean') a = a ? 1n : 0n;
  if (typeof b === 'boolean') b = b ? 1n : 0n;
  if (a === b) return true;
  const ka = (a as { kind?: string })?.kind;
  if ((ka === 'list' || ka === 'tuple') && ka === (b as { kind?: string })?.kind) {
    const x = (a as List).items;
    const y = (b as List).items;
    return x.length === y.length && x.every((v, i) => eq(v, y[i]));
  }
  return false;
}

function toIter(v: unknown): Iter {
  const o = v as { kind?: string };
  if (o?.kind === 'iter') return o as Iter;
  let items: unknown[];
  if (typeof v === 'string') items = [...v];
  else if (o?.kind === 'list' || o?.kind === 'tuple') items = (v as List).items;
  else if (o?.kind === 'dict') items = [...(v as Dict).map.keys()];
  else raise('TypeError', `'${typeName(v)}' object is not iterable`);
  let i = 0;
  return { kind: 'iter', next: () => (i < items.length ? { done: false, value: items[i++] } : { done: true }) };
}

function toConst(c: Const): unknown {
  if (isConstTuple(c)) return { kind: 'tuple', items: c.tuple.map(toConst) };
  if (c !== null && typeof c === 'object' && 'float' in c) return BigInt(Math.trunc(c.float)); // floats unsupported
  return c;
}

export class MiniVM {
  out: string[] = [];
  private excState: unknown = null;
  private readonly frames: { code: CodeObject; fast: unknown[]; cells: Cell[] }[] = [];
  readonly builtins = new Map<string, unknown>();

  constructor() {
    const b = (name: string, fn: Builtin['fn']): void => void this.builtins.set(name, { kind: 'builtin', name, fn });
    b('print', (args, kw) => {
      const sep = kw.has('sep') ? (kw.get('sep') as string) : ' ';
      const end = kw.has('end') ? (kw.get('end') as string) : '\n';
      this.out.push(args.map(str).join(sep) + end);
      return null;
    });
    b('range', (args) => {
      const [start, stop] = args.length === 1 ? [0n, args[0] as bigint] : [args[0] as bigint, args[1] as bigint];
      const items: bigint[] = [];
      for (let i = start; i < stop; i++) items.push(i);
      return { kind: 'list', items };
    });
    b('len', (args) => BigInt((args[0] as List).items?.length ?? (args[0] as string).length));
    b('str', (args) => str(args[0]));
    b('repr', (args) => repr(args[0]));
    b('isinstance', (args) => typeName(args[0]) === (args[1] as PyClass).name || ((args[0] as Inst).kind === 'inst' && isSub((args[0] as Inst).cls, args[1] as PyClass)));
    b('super', () => {
      const f = this.frames[this.frames.length - 1]!;
      const i = f.code.freevars.indexOf('__class__');
      if (i < 0) raise('RuntimeError', 'super(): __class__ cell not found');
      return { kind: 'super', cls: f.cells[f.code.cellvars.length + i]!.v as PyClass, self: f.fast[0] };
    });
    b('__build_class__', (args) => {
      const [fn, name, ...bases] = args as [Func, string, ...PyClass[]];
      const ns = new Map<string, unknown>();
      const cell = this.callFunc(fn, [], new Map(), ns);
      const c: PyClass = { kind: 'class', name, bases: bases.length ? bases : [], dict: ns };
      if (cell && (cell as Cell).kind === 'cell') (cell as Cell).v = c;
      return c;
    });
    for (const [n, c] of Object.entries(EXC)) this.builtins.set(n, c);
    this.builtins.set('object', cls('object', null));
  }

  runModule(co: CodeObject): void {
    const g = new Map<string, unknown>([['__name__', '__main__']]);
    this.exec(co, g, g, [], []);
  }

  private getattr(o: unknown, name: string): unknown {
    const k = (o as { kind?: string })?.kind;
    if (k === 'inst') {
      const i = o as Inst;
      if (i.dict.has(name)) return i.dict.get(name);
      if (name === 'args') return { kind: 'tuple', items: i.args };
      for (const c of mro(i.cls)) if (c.dict.has(name)) return this.bind(c.dict.get(name), o);
    } else if (k === 'class') {
      for (const c of mro(o as PyClass)) if (c.dict.has(name)) return (o as PyClass).dict.get(name) ?? c.dict.get(name);
      if (name === '__name__') return (o as PyClass).name;
    } else if (k === 'super') {
      const s = o as Super;
      const m = mro((s.self as Inst).cls);
      for (const c of m.slice(m.indexOf(s.cls) + 1)) if (c.dict.has(name)) return this.bind(c.dict.get(name), s.self);
    } else if (k === 'list' && name === 'append') {
      return { kind: 'builtin', name, fn: (a: unknown[]) => ((o as List).items.push(a[0]), null) };
    } else if (k === 'dict' && name === 'get') {
      return { kind: 'builtin', name, fn: (a: unknown[]) => (o as Dict).map.get(a[0]) ?? a[1] ?? null };
    }
    raise('AttributeError', `'${typeName(o)}' object has no attribute '${name}'`);
  }

  private bind(v: unknown, self: unknown): unknown {
    return (v as { kind?: string })?.kind === 'func' ? { kind: 'bound', self, fn: v } : v;
  }

  call(f: unknown, args: unknown[], kw: Map<string, unknown> = new Map()): unknown {
    const k = (f as { kind?: string })?.kind;
    if (k === 'builtin') return (f as Builtin).fn(args, kw);
    if (k === 'func') return this.callFunc(f as Func, args, kw, null);
    if (k === 'bound') return this.call((f as Bound).fn, [(f as Bound).self, ...args], kw);
    if (k === 'class') {
      const c = f as PyClass;
      const inst: Inst = { kind: 'inst', cls: c, dict: new Map(), args };
      for (const m of mro(c)) {
        if (m.dict.has('__init__')) {
          this.call(m.dict.get('__init__'), [inst, ...args], kw);
          break;
        }
      }
      return inst;
    }
    raise('TypeError', `'${typeName(f)}' object is not callable`);
  }

  private callFunc(f: Func, args: unknown[], kw: Map<string, unknown>, locals: Map<string, unknown> | null): unknown {
    const co = f.code;
    const fast: unknown[] = new Array(co.varnames.length).fill(UNBOUND);
    const n = co.argcount;
    for (let i = 0; i < Math.min(n, args.length); i++) fast[i] = args[i];
    const nk = co.kwonlyargcount;
    let slot = n + nk;
    if (co.flags & 4) fast[slot++] = { kind: 'tuple', items: args.slice(n) };
    else if (args.length > n) raise('TypeError', `${co.name}() takes ${n} positional arguments but ${args.length} were given`);
    const extra = new Map<unknown, unknown>();
    if (co.flags & 8) fast[slot] = { kind: 'dict', map: extra };
    for (const [name, v] of kw) {
      const i = co.varnames.indexOf(name);
      if ((i < 0 || i >= n + nk) && co.flags & 8) {
        extra.set(name, v);
        continue;
      }
      if (i < 0 || i >= n + nk) raise('TypeError', `${co.name}() got an unexpected keyword argument '${name}'`);
      fast[i] = v;
    }
    for (let i = 0; i < n; i++) {
      const d = i - (n - f.defaults.length);
      if (fast[i] === UNBOUND && d >= 0) fast[i] = f.defaults[d];
    }
    for (let i = n; i < n + nk; i++) if (fast[i] === UNBOUND && f.kwdefaults.has(co.varnames[i]!)) fast[i] = f.kwdefaults.get(co.varnames[i]!);
    for (let i = 0; i < n + nk; i++) if (fast[i] === UNBOUND) raise('TypeError', `${co.name}() missing argument '${co.varnames[i]}'`);
    const cells: Cell[] = co.cellvars.map((name) => {
      const i = co.varnames.indexOf(name);
      return { kind: 'cell', v: i >= 0 ? fast[i] : UNBOUND };
    });
    cells.push(...f.closure);
    if (co.flags & 0x2a0) raise('RuntimeError', 'generators are not supported by the mini VM');
    return this.exec(co, f.globals, locals, fast, cells);
  }

  private exec(co: CodeObject, globals: Map<string, unknown>, locals: Map<string, unknown> | null, fast: unknown[], cells: Cell[]): unknown {
    this.frames.push({ code: co, fast, cells });
    try {
      return this.loop(co, globals, locals, fast, cells);
    } finally {
      this.frames.pop();
    }
  }

  private loop(co: CodeObject, globals: Map<string, unknown>, locals: Map<string, unknown> | null, fast: unknown[], cells: Cell[]): unknown {
    const stack: unknown[] = [];
    const nvar = co.varnames.length;
    const pop = (): unknown => stack.pop();
    const top = (): unknown => stack[stack.length - 1];
    const cellAt = (i: number): Cell => cells[i - nvar]!;
    let pc = 0;
    let steps = 0;
    for (;;) {
      if (++steps > 1e6) throw new Error('mini VM: too many steps');
      const ins = co.code[pc]!;
      const op = opOf(ins);
      const arg = argOf(ins);
      const here = pc++;
      try {
        switch (op) {
          case Op.NOP:
            break;
          case Op.POP_TOP:
            pop();
            break;
          case Op.COPY:
            stack.push(stack[stack.length - arg]);
            break;
          case Op.SWAP: {
            const i = stack.length - arg;
            [stack[i], stack[stack.length - 1]] = [stack[stack.length - 1], stack[i]];
            break;
          }
          case Op.LOAD_CONST: {
            const c = co.consts[arg]!;
            stack.push(isCodeObject(c) ? c : toConst(c));
            break;
          }
          case Op.LOAD_FAST:
            if (fast[arg] === UNBOUND) raise('UnboundLocalError', `local variable '${co.varnames[arg]}' referenced before assignment`);
            stack.push(fast[arg]);
            break;
          case Op.STORE_FAST:
            fast[arg] = pop();
            break;
          case Op.DELETE_FAST:
            if (fast[arg] === UNBOUND) raise('UnboundLocalError', `local variable '${co.varnames[arg]}' referenced before assignment`);
            fast[arg] = UNBOUND;
            break;
          case Op.LOAD_DEREF:
          case Op.LOAD_CLASSDEREF: {
            const name = [...co.cellvars, ...co.freevars][arg - nvar]!;
            if (op === Op.LOAD_CLASSDEREF && locals!.has(name)) {
              stack.push(locals!.get(name));
              break;
            }
            const v = cellAt(arg).v;
            if (v === UNBOUND) raise('NameError', `free variable '${name}' referenced before assignment in enclosing scope`);
            stack.push(v);
            break;
          }
          case Op.STORE_DEREF:
            cellAt(arg).v = pop();
            break;
          case Op.DELETE_DEREF:
            cellAt(arg).v = UNBOUND;
            break;
          case Op.LOAD_CLOSURE:
            stack.push(cellAt(arg));
            break;
          case Op.LOAD_GLOBAL:
          case Op.LOAD_NAME: {
            const name = co.names[arg]!;
            if (op === Op.LOAD_NAME && locals!.has(name)) stack.push(locals!.get(name));
            else if (globals.has(name)) stack.push(globals.get(name));
            else if (this.builtins.has(name)) stack.push(this.builtins.get(name));
            else raise('NameError', `name '${name}' is not defined`);
            break;
          }
          case Op.STORE_GLOBAL:
            globals.set(co.names[arg]!, pop());
            break;
          case Op.STORE_NAME:
            locals!.set(co.names[arg]!, pop());
            break;
          case Op.DELETE_NAME:
          case Op.DELETE_GLOBAL: {
            const m = op === Op.DELETE_NAME ? locals! : globals;
            if (!m.delete(co.names[arg]!)) raise('NameError', `name '${co.names[arg]}' is not defined`);
            break;
          }
          case Op.LOAD_ATTR:
            stack.push(this.getattr(pop(), co.names[arg]!));
            break;
          case Op.STORE_ATTR: {
            const o = pop() as Inst;
            const v = pop();
            o.dict.set(co.names[arg]!, v);
            break;
          }
          case Op.LOAD_METHOD: {
            const o = pop();
            stack.push(NULL, this.getattr(o, co.names[arg]!));
            break;
          }
          case Op.BINARY_OP: {
            const b = pop();
            const a = pop();
            stack.push(binop(BINARY_OPS[arg]!.replace(/=$/, ''), a, b));
            break;
          }
          case Op.UNARY_NOT:
            stack.push(!truthy(pop()));
            break;
          case Op.UNARY_NEGATIVE:
            stack.push(-(pop() as bigint));
            break;
          case Op.COMPARE_OP: {
            const b = pop();
            const a = pop();
            const sym = COMPARE_OPS[arg]!;
            if (sym === '==') stack.push(eq(a, b));
            else if (sym === '!=') stack.push(!eq(a, b));
            else {
              const x = a as bigint;
              const y = b as bigint;
              stack.push(sym === '<' ? x < y : sym === '<=' ? x <= y : sym === '>' ? x > y : x >= y);
            }
            break;
          }
          case Op.IS_OP: {
            const b = pop();
            const a = pop();
            stack.push((a === b) !== (arg === 1));
            break;
          }
          case Op.CONTAINS_OP: {
            const c = pop();
            const item = pop();
            let found: boolean;
            if (typeof c === 'string') found = c.includes(item as string);
            else if ((c as Dict).kind === 'dict') found = (c as Dict).map.has(item);
            else found = (c as List).items.some((x) => eq(x, item));
            stack.push(found !== (arg === 1));
            break;
          }
          case Op.BINARY_SUBSCR: {
            const key = pop();
            const c = pop();
            stack.push(subscr(c, key));
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = pop();
            const c = pop();
            const v = pop();
            if ((c as Dict).kind === 'dict') (c as Dict).map.set(key, v);
            else (c as List).items[Number(key)] = v;
            break;
          }
          case Op.DELETE_SUBSCR: {
            const key = pop();
            const c = pop();
            if ((c as Dict).kind === 'dict') (c as Dict).map.delete(key);
            else (c as List).items.splice(Number(key), 1);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? pop() : null;
            const stop = pop();
            const start = pop();
            stack.push({ kind: 'slice', start, stop, step });
            break;
          }
          case Op.BUILD_TUPLE:
            stack.push({ kind: 'tuple', items: stack.splice(stack.length - arg, arg) });
            break;
          case Op.BUILD_LIST:
            stack.push({ kind: 'list', items: stack.splice(stack.length - arg, arg) });
            break;
          case Op.BUILD_MAP: {
            const items = stack.splice(stack.length - 2 * arg, 2 * arg);
            const map = new Map();
            for (let i = 0; i < items.length; i += 2) map.set(items[i], items[i + 1]);
            stack.push({ kind: 'dict', map });
            break;
          }
          case Op.BUILD_STRING:
            stack.push(stack.splice(stack.length - arg, arg).join(''));
            break;
          case Op.LIST_APPEND: {
            const v = pop();
            (stack[stack.length - arg] as List).items.push(v);
            break;
          }
          case Op.MAP_ADD: {
            const v = pop();
            const k = pop();
            (stack[stack.length - arg] as Dict).map.set(k, v);
            break;
          }
          case Op.LIST_EXTEND: {
            const it = toIter(pop());
            const l = stack[stack.length - arg] as List;
            for (let r = it.next(); !r.done; r = it.next()) l.items.push(r.value);
            break;
          }
          case Op.DICT_MERGE:
          case Op.DICT_UPDATE: {
            const m = pop() as Dict;
            for (const [k, v] of m.map) (stack[stack.length - arg] as Dict).map.set(k, v);
            break;
          }
          case Op.LIST_TO_TUPLE:
            stack.push({ kind: 'tuple', items: (pop() as List).items });
            break;
          case Op.FORMAT_VALUE: {
            if (arg & 4) pop();
            const v = pop();
            stack.push((arg & 3) === 2 ? repr(v) : str(v));
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const items = (pop() as List).items;
            if (items.length !== arg) raise('ValueError', `wrong number of values to unpack (expected ${arg}, got ${items.length})`);
            for (let i = arg - 1; i >= 0; i--) stack.push(items[i]);
            break;
          }
          case Op.UNPACK_EX: {
            const items = [...(pop() as List).items];
            const before = arg & 0xff;
            const after = arg >> 8;
            if (items.length < before + after) raise('ValueError', 'not enough values to unpack');
            const head = items.slice(0, before);
            const tail = items.slice(items.length - after);
            const mid = items.slice(before, items.length - after);
            for (let i = tail.length - 1; i >= 0; i--) stack.push(tail[i]);
            stack.push({ kind: 'list', items: mid });
            for (let i = head.length - 1; i >= 0; i--) stack.push(head[i]);
            break;
          }
          case Op.JUMP:
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE:
            if (!truthy(pop())) pc = arg;
            break;
          case Op.POP_JUMP_IF_TRUE:
            if (truthy(pop())) pc = arg;
            break;
          case Op.JUMP_IF_FALSE_OR_POP:
            if (!truthy(top())) pc = arg;
            else pop();
            break;
          case Op.JUMP_IF_TRUE_OR_POP:
            if (truthy(top())) pc = arg;
            else pop();
            break;
          case Op.GET_ITER:
            stack.push(toIter(pop()));
            break;
          case Op.FOR_ITER: {
            const r = (top() as Iter).next();
            if (r.done) {
              pop();
              pc = arg;
            } else stack.push(r.value);
            break;
          }
          case Op.RETURN_VALUE:
            return pop();
          case Op.MAKE_FUNCTION: {
            const code = pop() as CodeObject;
            const closure = arg & 8 ? ((pop() as Tuple).items as Cell[]) : [];
            const kwd = arg & 2 ? (pop() as Dict).map : new Map();
            const defaults = arg & 1 ? (pop() as Tuple).items : [];
            stack.push({ kind: 'func', code, globals, defaults, kwdefaults: kwd as Map<string, unknown>, closure });
            break;
          }
          case Op.CALL: {
            const args = stack.splice(stack.length - arg, arg);
            stack.push(this.call(pop(), args));
            break;
          }
          case Op.CALL_METHOD: {
            const args = stack.splice(stack.length - arg, arg);
            const f = pop();
            const m = pop();
            stack.push(m === NULL ? this.call(f, args) : this.call(m, [f, ...args]));
            break;
          }
          case Op.CALL_KW: {
            const names = (pop() as Tuple).items as string[];
            const args = stack.splice(stack.length - arg, arg);
            const kw = new Map(names.map((n, i) => [n, args[args.length - names.length + i]]));
            stack.push(this.call(pop(), args.slice(0, args.length - names.length), kw));
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kw = arg & 1 ? ((pop() as Dict).map as Map<string, unknown>) : new Map<string, unknown>();
            const a = pop();
            const items: unknown[] = [];
            const it = toIter(a);
            for (let r = it.next(); !r.done; r = it.next()) items.push(r.value);
            stack.push(this.call(pop(), items, kw));
            break;
          }
          case Op.LOAD_BUILD_CLASS:
            stack.push(this.builtins.get('__build_class__'));
            break;
          case Op.RAISE_VARARGS: {
            if (arg === 0) {
              if (this.excState === null) raise('RuntimeError', 'No active exception to reraise');
              throw new Thrown(this.excState as Inst);
            }
            if (arg === 2) pop();
            let e = pop();
            if ((e as PyClass).kind === 'class') e = this.call(e, []);
            throw new Thrown(e as Inst);
          }
          case Op.PUSH_EXC_INFO: {
            const e = pop();
            stack.push(this.excState, e);
            this.excState = e;
            break;
          }
          case Op.POP_EXCEPT:
            this.excState = pop();
            break;
          case Op.RERAISE:
            throw new Thrown(pop() as Inst);
          case Op.CHECK_EXC_MATCH: {
            const t = pop();
            const e = top() as Inst;
            const types = (t as Tuple).kind === 'tuple' ? ((t as Tuple).items as PyClass[]) : [t as PyClass];
            stack.push(types.some((c) => isSub(e.cls, c)));
            break;
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack.push(EXC.AssertionError);
            break;
          case Op.BEFORE_WITH: {
            const mgr = pop();
            const exit = this.getattr(mgr, '__exit__');
            const enter = this.getattr(mgr, '__enter__');
            stack.push(exit, this.call(enter, []));
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const e = top() as Inst;
            const exit = stack[stack.length - 3];
            stack.push(this.call(exit, [e.cls, e, null]));
            break;
          }
          default:
            throw new Error(`mini VM: unsupported opcode ${op}`);
        }
      } catch (e) {
        if (!(e instanceof Thrown)) throw e;
        let handled = false;
        const t = co.excTable;
        for (let j = 0; j < t.length; j += 4) {
          if (t[j]! <= here && here < t[j + 1]!) {
            stack.length = t[j + 3]!;
            stack.push(e.exc);
            pc = t[j + 2]!;
            handled = true;
            break;
          }
        }
        if (!handled) throw e;
      }
    }
  }
}

function subscr(c: unknown, key: unknown): unknown {
  const k = (c as { kind?: string }).kind;
  if (k === 'dict') {
    const m = (c as Dict).map;
    if (!m.has(key)) throw new Thrown({ kind: 'inst', cls: EXC.KeyError!, dict: new Map(), args: [key] });
    return m.get(key);
  }
  const items = typeof c === 'string' ? [...c] : (c as List).items;
  if ((key as Slice).kind === 'slice') {
    const s = key as Slice;
    const n = items.length;
    const norm = (v: unknown, d: number): number => (v === null ? d : Number(v) < 0 ? Math.max(0, n + Number(v)) : Math.min(n, Number(v)));
    const step = s.step === null ? 1 : Number(s.step);
    const out: unknown[] = [];
    for (let i = norm(s.start, 0); i < norm(s.stop, n); i += step) out.push(items[i]);
    return typeof c === 'string' ? out.join('') : { kind: k, items: out };
  }
  let i = Number(key);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raise('IndexError', `${k === 'tuple' ? 'tuple' : 'list'} index out of range`);
  return items[i];
}

function binop(sym: string, a: unknown, b: unknown): unknown {
  if (typeof a === 'boolean') a = a ? 1n : 0n;
  if (typeof b === 'boolean') b = b ? 1n : 0n;
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (sym) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '//':
      case '%': {
        if (b === 0n) raise('ZeroDivisionError', sym === '//' ? 'integer division or modulo by zero' : 'integer division or modulo by zero');
        let q = a / b;
        if ((a % b !== 0n) && ((a < 0n) !== (b < 0n))) q -= 1n;
        return sym === '//' ? q : a - q * b;
      }
      case '/':
        if (b === 0n) raise('ZeroDivisionError', 'division by zero');
        return a / b;
      case '**':
        return a ** b;
      case '&':
        return a & b;
      case '|':
        return a | b;
      case '^':
        return a ^ b;
      case '<<':
        return a << b;
      case '>>':
        return a >> b;
    }
  }
  if (sym === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
  if (sym === '*' && typeof a === 'string' && typeof b === 'bigint') return a.repeat(Number(b));
  const ka = (a as { kind?: string })?.kind;
  if (sym === '+' && (ka === 'list' || ka === 'tuple') && ka === (b as { kind?: string })?.kind) {
    return { kind: ka, items: [...(a as List).items, ...(b as List).items] };
  }
  raise('TypeError', `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** Runs a module; returns its printed output plus an uncaught exception line, like python3. */
export function runProgram(co: CodeObject): string {
  const vm = new MiniVM();
  try {
    vm.runModule(co);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    const s = str(e.exc);
    vm.out.push(`${e.exc.cls.name}${s ? ': ' + s : ''}\n`);
  }
  return vm.out.join('');
}
