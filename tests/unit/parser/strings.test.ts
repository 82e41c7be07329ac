// String, bytes and f-string literals: values, concatenation, f-string structure and locations.
import { describe, expect, test } from 'vitest';
import { cpython, ours } from './cpython.js';

const SNIPPETS = [
  `'a'`, `"a"`, `'''a'''`, `"""a"""`, `'a' 'b'`, `'a' "b" '''c'''`, `''`, `""""""`,
  `'it\\'s'`, `"\\"q\\""`, `'\\n\\t\\r\\\\'`, `'\\a\\b\\f\\v\\0'`, `'\\x41\\x7e'`, `'\\101\\7\\77'`,
  `'\\u00e9\\U0001F600'`, `'\\N{BULLET} \\N{EM DASH}'`, `'\\d\\w\\q'`, `'a\\\nb'`,
  `r'\\n\\d'`, `R"\\x"`, `u'x'`, `U"x"`, `rb'\\x00'`, `Br'\\n'`, `bR'a'`,
  `b'abc'`, `b'\\x00\\xff\\n'`, `b'a' b'b'`, `b'\\u1234'`, `b'\\101'`,
  `'''line1\nline2'''`, `"""a\\\nb"""`, `'''it's "quoted"'''`,
  `x = ('a'\n     'b')`,
  `f'x'`, `f''`, `f'{x}'`, `f'a{x}b'`, `f'{x}{y}'`, `f'{x!r}'`, `f'{x!s}'`, `f'{x!a}'`, `f'{x:>10}'`,
  `f'{x:}'`, `f'{x:{w}.{p}f}'`, `f'{x!r:^{w}}'`, `f'{{}}'`, `f'{{x}}'`, `f'a{{b'`, `f'{x=}'`, `f'{x = }'`,
  `f'{x=!s}'`, `f'{x=:>5}'`, `f'{x=!r:>5}'`, `f'a{x=}b'`, `f'{x + y}'`, `f'{ x }'`, `f'{x, y}'`, `f'{(x, y)}'`,
  `f'{a["k"]}'`, `f"{a['k']}"`, `f'{d[1:2]}'`, `f'{f(a, b=1)}'`, `f'{x if y else z}'`, `f'{lambda: 1}'`,
  `f'{"a" "b"}'`, `f'{x!r}' 'tail'`, `'head' f'{x}'`, `f'{x}' f'{y}'`, `'a' f'b' 'c'`, `f'{x}' "y" f"{z!r:>{w}}"`,
  `f'{3.14:.2f}'`, `f'{x:%Y-%m-%d}'`, `f'{x:{{}}>10}'`, `f'\\n{x}\\t'`, `rf'\\n{x}'`, `fr'{x}\\d'`, `F'{x}'`,
  `f'{x!=y}'`, `f'{x==y}'`, `f'{x<y}'`, `f'{x>=y}'`, `f'{[1, 2][0]}'`, `f'{ {1: 2}[1] }'`,
  `f'\\N{BULLET} {x}'`, `f'''{\nx\n}'''`, `f'''a\n{x}\nb'''`, `(f"""\nab{x}\n  {y + z}""")`,
  `f'{x:{y}}'`, `f'{"nested" + f"{y}"}'`, `f'{x}' \\\n f'{y}'`,
  `print(f"{name!r} is {age:>3} years")`,
];

const EXPECTED = cpython(SNIPPETS);

describe('string literals match CPython ast', () => {
  test.each(SNIPPETS.map((s, i) => [JSON.stringify(s), i] as const))('%s', (_name, i) => {
    expect(ours(SNIPPETS[i]!)).toEqual(EXPECTED[i]);
  });
});
