// Golden-style disassembly tests, and the Python reprs the disassembler uses (checked against python3).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { constRepr, disassemble, pyFloatRepr, pyStrRepr } from '../../../src/bytecode/disassemble.js';
import { compileModule } from '../../../src/compiler/index.js';
import { pyParse } from '../compiler/py-ast.js';

const SRC = "def f(a, b=1):\n    try:\n        return a[b:]\n    except KeyError as e:\n        return f\"{e!r}\"\n";

const GOLDEN = `Disassembly of <code object <module> at 0x0001, file "x.py", line 1>:
  1           0 LOAD_CONST               0 (1)
              1 BUILD_TUPLE              1
              2 LOAD_CONST               1 (<code object f at 0x0002, file "x.py", line 1>)
              3 MAKE_FUNCTION            1 (defaults)
              4 STORE_NAME               0 (f)
              5 LOAD_CONST               2 (None)
              6 RETURN_VALUE

Disassembly of <code object f at 0x0002, file "x.py", line 1>:
  3           0 LOAD_FAST                0 (a)
              1 LOAD_FAST                1 (b)
              2 LOAD_CONST               0 (None)
              3 BUILD_SLICE              2
              4 BINARY_SUBSCR
              5 RETURN_VALUE

  2     >>    6 PUSH_EXC_INFO

  4           7 LOAD_GLOBAL              0 (KeyError)
              8 CHECK_EXC_MATCH
              9 POP_JUMP_IF_FALSE       23 (to 23)
             10 STORE_FAST               2 (e)

  5          11 LOAD_FAST                2 (e)
             12 FORMAT_VALUE             2 (repr)
             13 SWAP                     2
             14 POP_EXCEPT
             15 LOAD_CONST               0 (None)
             16 STORE_FAST               2 (e)
             17 DELETE_FAST              2 (e)
             18 RETURN_VALUE

  4     >>   19 LOAD_CONST               0 (None)
             20 STORE_FAST               2 (e)
             21 DELETE_FAST              2 (e)
             22 RERAISE

  2     >>   23 RERAISE
        >>   24 COPY                     2
             25 POP_EXCEPT
             26 RERAISE
ExceptionTable:
  0 to 4 -> 6 [0]
  6 to 10 -> 24 [1]
  11 to 12 -> 19 [1]
  13 to 13 -> 24 [1]
  19 to 23 -> 24 [1]
`;

function python(expr: string): string {
  const r = spawnSync('python3', ['-c', `import sys; sys.stdout.write(${expr})`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe('disassemble', () => {
  it('matches the golden listing (headers, lines, >> marks, arg meanings, exception table)', () => {
    expect(disassemble(compileModule(pyParse(SRC), 'x.py'))).toBe(GOLDEN);
  });

  it('shows jump targets, binops, compares and nested code objects', () => {
    const text = disassemble(compileModule(pyParse('x = [a + b for a in c if a < 2]\n'), 'x.py'));
    expect(text).toContain('(to ');
    expect(text).toContain('BINARY_OP                0 (+)');
    expect(text).toContain('COMPARE_OP               0 (<)');
    expect(text).toContain('Disassembly of <code object <listcomp> at 0x0002, file "x.py", line 1>:');
  });
});

describe('Python reprs', () => {
  it('floats', () => {
    const xs = [1.0, 0.1, 1e16, 1e-5, 123456789012345678.0, 1.5e300, -0.0, 0.0001, 2.5, 1e22, 5e-324];
    const py = python(`'\\n'.join(repr(x) for x in [${xs.map((x) => (Object.is(x, -0) ? '-0.0' : x.toExponential())).join(',')}])`);
    expect(xs.map(pyFloatRepr).join('\n')).toBe(py);
    expect(pyFloatRepr(NaN)).toBe('nan');
    expect(pyFloatRepr(-Infinity)).toBe('-inf');
  });

  it('strings', () => {
    const ss = ["a'b", 'a"b', 'a\'b"c', 'tab\there\n', '\x00\x7f\u00e9\u2028\u00a0 ', 'back\\slash', '\u{1F600}'];
    const py = python(`'\\n'.join(repr(s) for s in ${JSON.stringify(ss).replace(/\\u\{1F600\}/g, '\\U0001F600')})`);
    expect(ss.map(pyStrRepr).join('\n')).toBe(py);
  });

  it('constants', () => {
    expect(constRepr({ tuple: [1n, 'a', null, true, { float: 2 }, { ellipsis: true }] })).toBe("(1, 'a', None, True, 2.0, Ellipsis)");
    expect(constRepr({ tuple: [1n] })).toBe('(1,)');
    expect(constRepr({ tuple: [] })).toBe('()');
    expect(constRepr(Uint8Array.from([97, 39, 0, 200]))).toBe(python("repr(b'a\\'\\x00\\xc8')"));
  });
});
