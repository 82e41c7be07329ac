// Compiler tests: soundness of every code object of a corpus (independent depth/handler check),
// code object metadata against python3's compiler, and instruction shapes of key constructs.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { CodeObject } from '../../../src/bytecode/code-object.js';
import { argOf, OPCODES, opOf } from '../../../src/bytecode/opcodes.js';
import { compileModule } from '../../../src/compiler/index.js';
import { CORPUS } from './corpus.js';
import { pyParse } from './py-ast.js';
import { allCodeObjects, verifyCode } from './verify.js';

function compile(src: string): CodeObject {
  return compileModule(pyParse(src), 'x.py');
}

interface PyCodeInfo {
  name: string;
  qualname: string;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  firstlineno: number;
}

function pyCodeInfo(src: string): PyCodeInfo[] {
  const script = `
import sys, json
def walk(co, out):
    out.append(dict(name=co.co_name, qualname=co.co_qualname, argcount=co.co_argcount,
        posonlyargcount=co.co_posonlyargcount, kwonlyargcount=co.co_kwonlyargcount, flags=co.co_flags,
        varnames=list(co.co_varnames), cellvars=list(co.co_cellvars), freevars=list(co.co_freevars),
        firstlineno=co.co_firstlineno))
    for c in co.co_consts:
        if hasattr(c, 'co_code'): walk(c, out)
    return out
print(json.dumps(walk(compile(sys.stdin.read(), 'x.py', 'exec'), [])))`;
  const r = spawnSync('python3', ['-c', script], { input: src, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as PyCodeInfo[];
}

describe('corpus', () => {
  for (const [name, src] of Object.entries(CORPUS)) {
    it(`${name}: every code object passes the independent stack/handler check`, () => {
      const co = compile(src);
      for (const c of allCodeObjects(co)) expect(verifyCode(c)).toEqual([]);
    });
    it(`${name}: code object metadata matches python3`, () => {
      const ours = allCodeObjects(compile(src));
      const theirs = pyCodeInfo(src);
      expect(ours.map((c) => c.qualname)).toEqual(theirs.map((c) => c.qualname));
      for (let i = 0; i < ours.length; i++) {
        const o = ours[i]!;
        const p = theirs[i]!;
        const nparams = o.argcount + o.kwonlyargcount + (o.flags & 4 ? 1 : 0) + (o.flags & 8 ? 1 : 0);
        expect(
          {
            name: o.name,
            argcount: o.argcount,
            posonlyargcount: o.posonlyargcount,
            kwonlyargcount: o.kwonlyargcount,
            flags: o.flags,
            params: o.varnames.slice(0, nparams),
            locals: [...o.varnames].sort(),
            cellvars: o.cellvars,
            freevars: o.freevars,
            firstlineno: o.firstlineno,
          },
          o.qualname,
        ).toEqual({
          name: p.name,
          argcount: p.argcount,
          posonlyargcount: p.posonlyargcount,
          kwonlyargcount: p.kwonlyargcount,
          flags: p.flags,
          params: p.varnames.slice(0, nparams),
          locals: [...p.varnames].sort(),
          cellvars: p.cellvars,
          freevars: p.freevars,
          firstlineno: p.firstlineno,
        });
      }
    });
  }
});

/** The instructions of the code object with the given qualname, as 'OPNAME arg' strings
 *  (jump args are shown relative: '+n'/'-n' would be fragile, so labels are shown as L<index>). */
function ops(src: string, qualname = '<module>'): string[] {
  const co = allCodeObjects(compile(src)).find((c) => c.qualname === qualname);
  if (!co) throw new Error(`no code object ${qualname}`);
  const localsplus = [...co.varnames, ...co.cellvars, ...co.freevars];
  return Array.from(co.code, (ins) => {
    const info = OPCODES[opOf(ins)]!;
    const arg = argOf(ins);
    switch (info.arg) {
      case 'none':
        return info.name;
      case 'const': {
        const c = co.consts[arg];
        const s =
          typeof c === 'bigint'
            ? `${c}`
            : c && typeof c === 'object' && 'varnames' in c
              ? `<code ${c.name}>`
              : JSON.stringify(c, (_k, v) => (typeof v === 'bigint' ? Number(v) : v));
        return `${info.name} ${s}`;
      }
      case 'name':
        return `${info.name} ${co.names[arg]}`;
      case 'local':
        return `${info.name} ${localsplus[arg]}`;
      case 'label':
        return `${info.name} L${arg}`;
      default:
        return `${info.name} ${arg}`;
    }
  });
}

describe('instruction shapes', () => {
  it('module code ends with LOAD_CONST None; RETURN_VALUE', () => {
    expect(ops('x = 1')).toEqual(['LOAD_CONST 1', 'STORE_NAME x', 'LOAD_CONST null', 'RETURN_VALUE']);
  });

  it('plain, method, keyword and star calls', () => {
    expect(ops('f(a, b)')).toEqual(['LOAD_NAME f', 'LOAD_NAME a', 'LOAD_NAME b', 'CALL 2', 'POP_TOP', 'LOAD_CONST null', 'RETURN_VALUE']);
    expect(ops('o.m(a)').slice(0, 4)).toEqual(['LOAD_NAME o', 'LOAD_METHOD m', 'LOAD_NAME a', 'CALL_METHOD 1']);
    expect(ops('f(a, k=1, j=2)').slice(0, 6)).toEqual([
      'LOAD_NAME f',
      'LOAD_NAME a',
      'LOAD_CONST 1',
      'LOAD_CONST 2',
      'LOAD_CONST {"tuple":["k","j"]}',
      'CALL_KW 3',
    ]);
    expect(ops('o.m(k=1)').slice(0, 3)).toEqual(['LOAD_NAME o', 'LOAD_ATTR m', 'LOAD_CONST 1']);
    expect(ops('f(a, *b, **c)').slice(0, 9)).toEqual([
      'LOAD_NAME f',
      'LOAD_NAME a',
      'BUILD_LIST 1',
      'LOAD_NAME b',
      'LIST_EXTEND 1',
      'LIST_TO_TUPLE',
      'BUILD_MAP 0',
      'LOAD_NAME c',
      'DICT_MERGE 1',
    ]);
    expect(ops('f(*b)').slice(0, 4)).toEqual(['LOAD_NAME f', 'LOAD_NAME b', 'CALL_FUNCTION_EX 0', 'POP_TOP']);
  });

  it('functions use fast locals, globals and closures', () => {
    const src = 'def f(a):\n    b = a\n    def g():\n        return b\n    return len(g())\n';
    expect(ops(src, 'f')).toEqual([
      'LOAD_FAST a',
      'STORE_DEREF b',
      'LOAD_CLOSURE b',
      'BUILD_TUPLE 1',
      'LOAD_CONST <code g>',
      'MAKE_FUNCTION 8',
      'STORE_FAST g',
      'LOAD_GLOBAL len',
      'LOAD_FAST g',
      'CALL 0',
      'CALL 1',
      'RETURN_VALUE',
    ]);
    expect(ops(src, 'f.<locals>.g')).toEqual(['LOAD_DEREF b', 'RETURN_VALUE']);
  });

  it('defaults and kw-only defaults', () => {
    expect(ops('def f(a=1, *, b=2): pass').slice(0, 7)).toEqual([
      'LOAD_CONST 1',
      'BUILD_TUPLE 1',
      'LOAD_CONST "b"',
      'LOAD_CONST 2',
      'BUILD_MAP 1',
      'LOAD_CONST <code f>',
      'MAKE_FUNCTION 3',
    ]);
  });

  it('class definition and __classcell__', () => {
    const src = 'class C(B, metaclass=M):\n    def m(self):\n        return super().m()\n';
    expect(ops(src).slice(0, 9)).toEqual([
      'LOAD_BUILD_CLASS',
      'LOAD_CONST <code C>',
      'MAKE_FUNCTION 0',
      'LOAD_CONST "C"',
      'LOAD_NAME B',
      'LOAD_NAME M',
      'LOAD_CONST {"tuple":["metaclass"]}',
      'CALL_KW 4',
      'STORE_NAME C',
    ]);
    expect(ops(src, 'C')).toEqual([
      'LOAD_NAME __name__',
      'STORE_NAME __module__',
      'LOAD_CONST "C"',
      'STORE_NAME __qualname__',
      'LOAD_CLOSURE __class__',
      'BUILD_TUPLE 1',
      'LOAD_CONST <code m>',
      'MAKE_FUNCTION 8',
      'STORE_NAME m',
      'LOAD_CLOSURE __class__',
      'COPY 1',
      'STORE_NAME __classcell__',
      'RETURN_VALUE',
    ]);
    expect(ops('class C: pass', 'C').slice(-2)).toEqual(['LOAD_CONST null', 'RETURN_VALUE']);
  });

  it('LOAD_CLASSDEREF for free variables read in a class body', () => {
    const src = 'def f():\n    x = 1\n    class C:\n        y = x\n    return C\n';
    expect(ops(src, 'f.<locals>.C')).toContain('LOAD_CLASSDEREF x');
  });

  it('list comprehension: nested code object called with the iterator', () => {
    const src = '[x for x in y if x]';
    expect(ops(src).slice(0, 5)).toEqual(['LOAD_CONST <code <listcomp>>', 'MAKE_FUNCTION 0', 'LOAD_NAME y', 'GET_ITER', 'CALL 1']);
    expect(ops(src, '<listcomp>')).toEqual([
      'BUILD_LIST 0',
      'LOAD_FAST .0',
      'FOR_ITER L9',
      'STORE_FAST x',
      'LOAD_FAST x',
      'POP_JUMP_IF_FALSE L8',
      'LOAD_FAST x',
      'LIST_APPEND 2',
      'JUMP L2',
      'RETURN_VALUE',
    ]);
  });

  it('try/except with a name cleans the name up on every exit', () => {
    const src = 'def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n';
    const code = ops(src, 'f');
    const i = code.indexOf('CHECK_EXC_MATCH');
    expect(code.slice(i - 2, i + 3)).toEqual(['PUSH_EXC_INFO', 'LOAD_GLOBAL E', 'CHECK_EXC_MATCH', code[i + 1], 'STORE_FAST e']);
    expect(code.filter((s) => s === 'DELETE_FAST e').length).toBe(2);
    expect(code.slice(-7)).toEqual(['RERAISE', 'RERAISE', 'COPY 2', 'POP_EXCEPT', 'RERAISE', 'LOAD_CONST null', 'RETURN_VALUE']);
  });

  it('with statement calls __exit__(None, None, None) on the normal path', () => {
    const code = ops('with a as b:\n    pass\n');
    expect(code.slice(0, 9)).toEqual([
      'LOAD_NAME a',
      'BEFORE_WITH',
      'STORE_NAME b',
      'NOP',
      'LOAD_CONST null',
      'LOAD_CONST null',
      'LOAD_CONST null',
      'CALL 3',
      'POP_TOP',
    ]);
    expect(code).toContain('WITH_EXCEPT_START');
  });

  it('assert', () => {
    expect(ops('assert x, "m"').slice(0, 6)).toEqual([
      'LOAD_NAME x',
      'POP_JUMP_IF_TRUE L6',
      'LOAD_ASSERTION_ERROR',
      'LOAD_CONST "m"',
      'CALL 1',
      'RAISE_VARARGS 1',
    ]);
  });

  it('imports', () => {
    expect(ops('import a.b.c')).toEqual(['LOAD_CONST 0', 'LOAD_CONST null', 'IMPORT_NAME a.b.c', 'STORE_NAME a', 'LOAD_CONST null', 'RETURN_VALUE']);
    expect(ops('import a.b.c as d').slice(0, 9)).toEqual([
      'LOAD_CONST 0',
      'LOAD_CONST null',
      'IMPORT_NAME a.b.c',
      'IMPORT_FROM b',
      'SWAP 2',
      'POP_TOP',
      'IMPORT_FROM c',
      'STORE_NAME d',
      'POP_TOP',
    ]);
    expect(ops('from ..m import x as y').slice(0, 6)).toEqual([
      'LOAD_CONST 2',
      'LOAD_CONST {"tuple":["x"]}',
      'IMPORT_NAME m',
      'IMPORT_FROM x',
      'STORE_NAME y',
      'POP_TOP',
    ]);
    expect(ops('from m import *').slice(0, 4)).toEqual(['LOAD_CONST 0', 'LOAD_CONST {"tuple":["*"]}', 'IMPORT_NAME m', 'IMPORT_STAR']);
  });

  it('augmented assignment to attributes and subscripts', () => {
    expect(ops('o.x += 1').slice(0, 7)).toEqual(['LOAD_NAME o', 'COPY 1', 'LOAD_ATTR x', 'LOAD_CONST 1', 'BINARY_OP 13', 'SWAP 2', 'STORE_ATTR x']);
    expect(ops('a[i] -= 1').slice(0, 10)).toEqual([
      'LOAD_NAME a',
      'LOAD_NAME i',
      'COPY 2',
      'COPY 2',
      'BINARY_SUBSCR',
      'LOAD_CONST 1',
      'BINARY_OP 23',
      'SWAP 3',
      'SWAP 2',
      'STORE_SUBSCR',
    ]);
  });

  it('chained comparison', () => {
    expect(ops('r = a < b < c').slice(0, 13)).toEqual([
      'LOAD_NAME a',
      'LOAD_NAME b',
      'SWAP 2',
      'COPY 2',
      'COMPARE_OP 0',
      'JUMP_IF_FALSE_OR_POP L9',
      'LOAD_NAME c',
      'COMPARE_OP 0',
      'JUMP L11',
      'SWAP 2',
      'POP_TOP',
      'STORE_NAME r',
      'LOAD_CONST null',
    ]);
  });

  it('f-strings', () => {
    expect(ops('f"a{x!r:>{w}}b"').slice(0, 8)).toEqual([
      'LOAD_CONST "a"',
      'LOAD_NAME x',
      'LOAD_CONST ">"',
      'LOAD_NAME w',
      'FORMAT_VALUE 0',
      'BUILD_STRING 2',
      'FORMAT_VALUE 6',
      'LOAD_CONST "b"',
    ]);
    expect(ops('f"{x}"').slice(0, 2)).toEqual(['LOAD_NAME x', 'FORMAT_VALUE 0']);
  });

  it('slices and unpacking', () => {
    expect(ops('a[1:2]').slice(0, 5)).toEqual(['LOAD_NAME a', 'LOAD_CONST 1', 'LOAD_CONST 2', 'BUILD_SLICE 2', 'BINARY_SUBSCR']);
    expect(ops('a, *b, c = d').slice(0, 2)).toEqual(['LOAD_NAME d', `UNPACK_EX ${1 | (1 << 8)}`]);
    expect(ops('a, b = d').slice(0, 2)).toEqual(['LOAD_NAME d', 'UNPACK_SEQUENCE 2']);
  });

  it('yield from / await use the SEND loop', () => {
    expect(ops('def g():\n    yield from x\n', 'g').slice(0, 6)).toEqual([
      'LOAD_GLOBAL x',
      'GET_YIELD_FROM_ITER',
      'LOAD_CONST null',
      'SEND L6',
      'YIELD_VALUE',
      'JUMP L3',
    ]);
    expect(ops('async def g():\n    await x\n', 'g').slice(0, 3)).toEqual(['LOAD_GLOBAL x', 'GET_AWAITABLE 0', 'LOAD_CONST null']);
  });

  it('constant folding of negative numbers and constant tuples', () => {
    expect(ops('x = -1')[0]).toBe('LOAD_CONST -1');
    expect(ops('x = (1, -2, ("a",))')[0]).toBe('LOAD_CONST {"tuple":[1,-2,{"tuple":["a"]}]}');
  });

  it('name mangling', () => {
    const src = 'class C:\n    __a = 1\n    def m(self):\n        return self.__a\n';
    expect(ops(src, 'C')).toContain('STORE_NAME _C__a');
    expect(ops(src, 'C.m')).toContain('LOAD_ATTR _C__a');
  });

  it('positions: every instruction has the line of its statement', () => {
    const co = compile('x = 1\n\ny = (2 +\n  x)\n');
    const lines = [];
    for (let i = 0; i < co.code.length; i++) lines.push(co.positions[i * 4]);
    expect(lines.slice(0, 2)).toEqual([1, 1]);
    expect(lines.slice(2, 6)).toEqual([3, 4, 3, 3]);
  });
});
