// Syntax errors: exception type, message, line and offset must equal CPython 3.11's.
import { describe, expect, test } from 'vitest';
import { cpython, ours } from './cpython.js';

const SNIPPETS = [
  // brackets
  'print(1', 'x = (1,\n2', ')', '(]', '(\n]', 'f(a, [1,', 'x = [1, 2', 'x = (\n', 'x = (1 2\ny = 3', 'x = = 1\ny = (',
  'x = {1: 2', 'f(a))', ']',
  // strings
  "x = 'abc", "x = '''abc\n\ny", "'''abc\n", "'''abc", "x = 1\n'''abc\n\n", "x = f'abc", "x = 'abc\\\ndef", "x = rb'abc",
  "x = = 1\ny = 'abc", 'b\'a\' \'b\'', '\'a\' b\'b\'', "'a' f'{x}' b'c'", "b'\u00e9'", "u'\\x1'", "'\\N{NOPE}'",
  // numbers
  '1abc', 'x = 1_', '0x', '0123', '1e', '1__0', '0b12', '0o8', '1.e', '0_7', '0xg', '1_000_', '0b', '1.5_',
  // generic
  'x = 1 +', 'if x y:\n pass', 'a = b c', 'x ==', 'import', 'from . import', 'x.1', 'def f(:\n pass', 'f(**)',
  'x = $', 'x = ?', 'x = 5 $ 3', 'a \\ b', 'x = 1 if 2', 'lambda x: (yield)', 'class', 'def', 'for x in', 'x = ()()',
  'x = [1, 2, 3', 'x = 1\ny = 2 +\nz = 3', 'if True:\n    x = (1 +\n', 'del', 'return return', 'x = *', 'f(,)',
  // expected ':'
  'if x\n  pass', 'while x', 'def f()', 'class A', 'for x in y', 'with a\n  pass', 'try\n  pass', 'if x:\n pass\nelse\n pass',
  // comma
  '[1 2]', 'f(a b)', '(a b)', '{1 2}', '[x + 1 y]', 'f(a, b c)', '[a "s"]',
  // legacy print
  "print 'hi'", 'print x', 'exec "code"',
  // assignment
  '1 = x', 'f() = 1', 'a + 1 = 2', 'x = f() = 1', 'f() = x = 1', '(a, f()) = 1', 'if x = 1:\n pass', 'None = 1',
  'True = 1', '[1] + 1 = 2', '(f()) = 1', 'a < b = 1', 'x = yield = 1', 'f() += 1', 'a, b += 1', 'del f()',
  'del (a, 1)', 'for 1 in x: pass', 'with a as 1: pass', '[x for 1 in y]', '"s" = 1', '... = 1', 'f(a.b=1)',
  'x = 1 = 2', 'a, f() = 1, 2', '{a: b} = c', 'lambda: 1 = 2', 'not x = 1', '-x = 1', 'x[0] + 1 = 2',
  // annotations
  '[a, b]: int', 'a, b: int', 'f(): int', '(a, b): int',
  // indentation
  '  x = 1', 'if x:\n  a\n b', 'if x:\npass', 'def f():\nx', 'x = 1\n  y = 2', 'for x in y:\nz', 'class A:\nz', 'try:\nz',
  'with a:\nz', 'while a:\nz', 'if a:\n z\nelse:\nz', 'if a:\n z\nelif b:\nz', 'try:\n z\nexcept:\nz',
  'try:\n z\nfinally:\nz', 'try:\n z\nexcept E as e:\nz', 'async def f():\nz', 'x = 1\n\tif x:\n        pass',
  'if True:\n    x = 1\n  y = 2\n', 'if x:\n  pass\n else:\n  pass', '  x = 1\ny = "abc', 'if x:\n\tpass\n        pass',
  'def f():\n    x = 1\n      y = 2', '@dec\nx = 1\n', 'try:\n  x\ny = 1',
  // parameters and arguments
  'def f(x=1, y): pass', 'def f(*): pass', 'def f(*, **k): pass', 'def f(/): pass', 'def f(a, /, b, /): pass',
  'def f(*a, *b): pass', 'def f(**k, a): pass', 'lambda x=1, y: 0', 'f(x=1, 2)', 'f(**a, *b)', 'f(**a, b)',
  'f(1 for x in y, 2)', 'f(a for a in b, c)', 'f(x for x in y, )',
  // f-strings
  "f'{'", "f'{}'", "f'{x!z}'", "f'}'", "f'{x'", "f'{1 +}'", "f'{a b}'", "f'{x!}'", "f'{x:{y:{z}}}'", "f'{#}'",
  "f'{x\\n}'", "f'{!r}'", "f'{)}'", "f'{x)}'", "f'{(x}'", "f'{ }'", "f'{x:{y:{z:{w}}}}'", "f'{x!r'",
  "f'{x y}'", "f'{'a}'", "f'{x:{'",
  // misc
  '€', 'x = a.€', 'a.b.c = 1 2', '{**a: b}', '{a: b for a in c, d}', '[*a for a in b]', '(*a)',
  'x = yield from', 'def f(a, a): pass', 'break', 'return 1', 'nonlocal x', 'x = not', 'a if b', 'lambda x',
];

const EXPECTED = cpython(SNIPPETS);

describe('syntax errors match CPython', () => {
  test.each(SNIPPETS.map((s, i) => [JSON.stringify(s), i] as const))('%s', (_name, i) => {
    expect(ours(SNIPPETS[i]!)).toEqual(EXPECTED[i]);
  });
});
