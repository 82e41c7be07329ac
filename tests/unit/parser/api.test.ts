// parse() as an API: deviations from CPython we chose, and the promise that nothing but a
// CompileError ever escapes it (seeded fuzzing over Python-ish fragments).
import { describe, expect, test } from 'vitest';
import { parse } from '../../../src/parser/index.js';
import { CompileError } from '../../../src/common/errors.js';

describe('parse API', () => {
  test('imaginary literals are rejected with a clear SyntaxError (pygil has no complex type)', () => {
    let err: unknown;
    try {
      parse('x = 1 + 2j\n', 'c.py');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    const ce = err as CompileError;
    expect([ce.pyType, ce.msg, ce.filename, ce.lineno, ce.offset]).toEqual(['SyntaxError', 'complex literals are not supported by pygil', 'c.py', 1, 9]);
  });

  test('big ints are bigints, floats are tagged', () => {
    const m = parse('a = 123456789012345678901234567890\nb = 1.0\n', 'x.py');
    const [a, b] = m.body as { value: { value: unknown } }[];
    expect(a!.value.value).toBe(123456789012345678901234567890n);
    expect(b!.value.value).toEqual({ float: 1 });
  });

  test('a BOM at the start is ignored', () => {
    expect(parse('\ufeffx = 1\n', 'x.py').body).toHaveLength(1);
  });

  test('only CompileError escapes, whatever the input', () => {
    const pieces = ['(', ')', '[', ']', '{', '}', 'x', '1', '"', "'", 'f"{', '}', ':', '\n', '    ', '\t', 'if ', 'def ',
      '=', ',', '*', '**', 'lambda', 'yield', '.', '\\', '#', 'for ', ' in ', 'not ', 'is ', 'async ', 'await ', ';', '@',
      '->', '0x', '1e', '_', 'b"', 'r"', '"""', 'else', ':=', 'with ', 'class ', 'try:', 'except', '\r\n', '\f', '€'];
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      let src = '';
      const n = 1 + rand(14);
      for (let k = 0; k < n; k++) src += pieces[rand(pieces.length)];
      try {
        parse(src, 'x.py');
      } catch (e) {
        if (!(e instanceof CompileError) || e.msg.startsWith('internal parser error')) {
          throw new Error(`parse(${JSON.stringify(src)}) threw ${String(e)}`);
        }
      }
    }
  });
});
