// Expressions: the AST of each snippet must equal CPython's, locations included.
import { describe, expect, test } from 'vitest';
import { cpython, ours } from './cpython.js';

const SNIPPETS = [
  'x', '1', '1_000_000', '0x_1F', '0o17', '0b1010', '0', '00', '0_0', '123456789012345678901234567890',
  '1.5', '1.', '.5', '1e10', '1E-5', '1_0.0_1e1_0', '0.0', '1e400', '0e0', '00.5', '09.5',
  'True', 'False', 'None', '...',
  'a + b', 'a - b * c', 'a * b - c', '(a + b) * c', 'a ** b ** c', '-2 ** 2', '-x', '+x', '~x', '--x', 'not x',
  'a | b ^ c & d << e >> f + g - h * i / j // k % l @ m',
  'a << b << c', 'a - b - c', 'a / b * c', '2 ** -1', 'await x ** 2',
  'a and b', 'a or b', 'a and b or c and d', 'a or b or c', 'not a and not b', 'not not a',
  'a < b', 'a < b < c', 'a == b != c', 'a in b', 'a not in b', 'a is b', 'a is not b', 'a <= b >= c > d',
  'a if b else c', 'a if b else c if d else e', '(a if b else c)',
  'lambda: 0', 'lambda x: x', 'lambda x, y=1, *a, z, w=2, **k: 0', 'lambda *, a: a', 'lambda a, /, b: a',
  'lambda *a: a', 'lambda **k: k', 'lambda x: lambda y: x + y', 'lambda x=lambda: 1: x',
  'f()', 'f(a)', 'f(a, b)', 'f(a=1)', 'f(a, b=1, *c, d=2, **e)', 'f(*a, *b, **c, **d)', 'f(x for x in y)',
  'f(a)(b)', 'f(a,)', 'f(*a, b)', 'f(a, *b, c=1)', 'f(**a, b=1)', 'f((x for x in y), 1)', 'f(x := 1)',
  'a.b', 'a.b.c', 'a[0]', 'a[1:2]', 'a[:]', 'a[::]', 'a[::2]', 'a[1:]', 'a[:2]', 'a[1:2:3]', 'a[1:2, ::3]',
  'a[x, y]', 'a[x,]', 'a[()]', 'a[(1, 2)]', 'a[b][c]', 'a[*b]', 'a[1:2][3]',
  '()', '(1,)', '(1, 2)', '(1, 2,)', '((1, 2), 3)', '(a)', '((a))', '(*a, b)', '(yield)',
  '[]', '[1]', '[1, 2,]', '[*a, b]', '[[1], [2]]',
  '{}', '{1: 2}', '{1: 2, 3: 4,}', '{**a}', '{**a, b: c, **d}', '{1}', '{1, 2,}', '{*a, b}',
  '[x for x in y]', '[x for x in y if x if z]', '[x for x in y for z in w]', '[(x, y) for x, y in z]',
  '{x for x in y}', '{k: v for k, v in d.items()}', '(x for x in y)', '[x async for x in y]',
  '[x for x, in y]', '[x for *a, b in c]', '[x for x in lambda: y]', '[x for x in a if b if c for d in e]',
  '[y := f(x), y**2]', '(x := 1)', 'x[(y := 1)]', '[x for x in (y := [1])]',
  'a, b', 'a, *b', '*a, b',
  '(\n  a +\n  b\n)',
  'f(\n  a,\n  b=1,\n)',
  '[\n  1,\n  2\n]',
  'x.y(z)[w].v',
  'a.b(c).d',
  'print(*args, sep="")',
  'x if y else lambda: z',
  '(a for b in c if d)',
  'a is not not b',
  'not a < b',
  '-a ** -b',
  'a @ b',
  '1 if 2 else 3',
  'x = y if z else w',
  '{a: b for c in d if e}',
  'f(a for a in b if c)',
  'f(*(a, b))',
  '(a, (b, (c, d)))',
  'a[b:c, d:e]',
  'a[:, 1]',
  'a[...]',
  'a[..., 1]',
  '"a"[0]',
  '1 .real',
  'x.__class__.__name__',
  '[1, 2][0]',
  '{1: 2}[1]',
  'await f()',
  'await x.y',
];

const EXPECTED = cpython(SNIPPETS);

describe('expressions match CPython ast', () => {
  test.each(SNIPPETS.map((s, i) => [JSON.stringify(s), i] as const))('%s', (_name, i) => {
    expect(ours(SNIPPETS[i]!)).toEqual(EXPECTED[i]);
  });
});
