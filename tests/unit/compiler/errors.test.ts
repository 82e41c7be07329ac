// Compile-time SyntaxErrors: message, line and 1-based offset must equal python3's.
import { describe, expect, it } from 'vitest';
import { CompileError } from '../../../src/common/errors.js';
import { compileModule } from '../../../src/compiler/index.js';
import { pyParse, pySyntaxError } from './py-ast.js';

const CASES: string[] = [
  'return 1',
  'x = 1\nreturn',
  'break',
  'continue',
  'def f():\n    break',
  'for x in y:\n    def g():\n        continue',
  'class C:\n    return 1',
  'yield 1',
  'class C:\n    x = yield',
  'await x',
  'def f():\n    await x',
  'def f():\n    lambda: await x',
  'async def f():\n    yield from x',
  'async def f():\n    yield 1\n    return 2',
  'x = 1\nglobal x',
  'def f():\n    print(x)\n    global x',
  'def f():\n    x = 1\n    global x',
  'def f():\n    nonlocal x',
  'nonlocal x',
  'class C:\n    nonlocal x',
  'def f(x):\n    global x',
  'def f(x):\n    nonlocal x',
  'def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x',
  'def f():\n    global x\n    nonlocal x',
  'a, *b, *c = d',
  '[*a, *b] = c',
  '[x async for x in y]',
  'def f():\n    return [x async for x in y]',
  'def f():\n    return [(yield 1) for x in y]',
  'def f():\n    return {(yield 1) for x in y}',
  'def f():\n    return ((yield 1) for x in y)',
  'f(a=1, a=2)',
  'class C:\n    [(y := 1) for x in z]',
  '[(x := 1) for x in y]',
  'def f():\n    from os import *',
  'def f(a, a):\n    pass',
  'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass',
  'def f():\n    x: int = 1\n    global x',
];

describe('compile errors match python3', () => {
  for (const src of CASES) {
    it(JSON.stringify(src), () => {
      const expected = pySyntaxError(src);
      expect(expected).not.toBeNull();
      let got: [string, number, number] | null = null;
      try {
        compileModule(pyParse(src), 'x.py');
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        expect(e.pyType).toBe('SyntaxError');
        got = [e.msg, e.lineno, e.offset];
      }
      expect(got).toEqual(expected);
    });
  }
});
