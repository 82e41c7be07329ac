// percent-format.ts against CPython's str % args.
import { describe, expect, test } from 'vitest';
import { PyErr } from '../../../src/common/errors.js';
import { percentFormat, type PercentArg, type PercentArgs } from '../../../src/runtime/percent-format.js';
import { OracleBatch, F, I, S, type Case, type PyVal } from './py-oracle.js';

const batch = new OracleBatch();

type Desc = bigint | number | string | boolean | Desc[] | { dict: [string, Desc][] } | { list: Desc[] };

function toPy(d: Desc): PyVal {
  if (typeof d === 'bigint') return I(d);
  if (typeof d === 'number') return F(d);
  if (typeof d === 'string') return S(d);
  if (typeof d === 'boolean') return { b: d };
  if (Array.isArray(d)) return { t: d.map(toPy) };
  if ('dict' in d) return { d: d.dict.map(([k, v]) => [k, toPy(v)] as [string, PyVal]) };
  return { l: d.list.map(toPy) };
}

/** repr() of the container descriptions, enough for the cases below. */
function descRepr(d: Desc): string {
  if (typeof d === 'bigint') return d.toString();
  if (typeof d === 'string') return `'${d}'`;
  if (typeof d === 'number' || typeof d === 'boolean') throw new Error('not needed');
  if (Array.isArray(d)) return d.length === 1 ? `(${descRepr(d[0]!)},)` : `(${d.map(descRepr).join(', ')})`;
  if ('dict' in d) return `{${d.dict.map(([k, v]) => `'${k}': ${descRepr(v)}`).join(', ')}}`;
  return `[${d.list.map(descRepr).join(', ')}]`;
}

function toArg(d: Desc): PercentArg {
  if (typeof d === 'bigint') return { kind: 'int', v: d };
  if (typeof d === 'number') return { kind: 'float', v: d };
  if (typeof d === 'string') return { kind: 'str', v: d };
  if (typeof d === 'boolean') return { kind: 'int', v: d ? 1n : 0n, typeName: 'bool', str: d ? 'True' : 'False', repr: d ? 'True' : 'False' };
  const r = () => descRepr(d);
  if (Array.isArray(d)) return { kind: 'obj', typeName: 'tuple', str: r, repr: r };
  if ('dict' in d) return { kind: 'obj', typeName: 'dict', str: r, repr: r };
  return { kind: 'obj', typeName: 'list', str: r, repr: r };
}

function toArgs(d: Desc): PercentArgs {
  if (Array.isArray(d)) return d.map(toArg);
  if (typeof d === 'object' && 'dict' in d) {
    const m = new Map(d.dict);
    return {
      kind: 'mapping',
      self: toArg(d),
      get: (k) => {
        const v = m.get(k);
        if (v === undefined) throw new PyErr('KeyError', `'${k}'`);
        return toArg(v);
      },
    };
  }
  if (typeof d === 'object' && 'list' in d) {
    return { kind: 'mapping', self: toArg(d), get: () => { throw new PyErr('TypeError', 'list indices must be integers or slices, not str'); } };
  }
  return toArg(d);
}

const cases: [string, Desc][] = [];
const add = (fmt: string, d: Desc): void => void cases.push([fmt, d]);

const NUMS: Desc[] = [0n, 1n, -1n, 42n, -42n, 255n, 123456789n, -(2n ** 70n), 0, -0, 1.5, -1.5, 3.14159, 1e20, 1e-7, -2.5e-5, 1e100, Infinity, -Infinity, NaN, 0.5, 2.5, 123.456, true, false];
const INT_CONV = ['d', 'i', 'u', 'o', 'x', 'X'];
const FLOAT_CONV = ['e', 'E', 'f', 'F', 'g', 'G'];
const FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '+#', '-+#0'];
const WIDTHS = ['', '1', '8', '15'];
const PRECS = ['', '.0', '.3', '.10', '.'];
for (const v of NUMS) {
  for (const conv of [...INT_CONV, ...FLOAT_CONV, 's', 'r', 'a', 'c']) {
    for (const fl of FLAGS) {
      for (const w of WIDTHS) {
        for (const p of PRECS) {
          if ((fl.length * 7 + w.length * 3 + p.length + conv.charCodeAt(0)) % 29 === 0 || (conv === 'd' && w === '8') || (conv === 'f' && p !== '.' && w === '8')) add(`%${fl}${w}${p}${conv}`, [v]);
        }
      }
    }
  }
}
for (const s of ['', 'abc', 'héllo', 'x😀y', "it's", 'a\nb', '\u00e9\u4e2d']) {
  for (const spec of ['%s', '%r', '%a', '%5s', '%-5s|', '%.2s', '%5.1r', '%c', '%-3c|', '%d', '%x', '%e', '%*s', '%.*s']) {
    if (spec.includes('*')) add(spec, [3n, s]);
    else add(spec, [s]);
  }
}
for (const v of [65n, 0x10ffffn, 0x110000n, -1n, 1.0, 'ab', '', 'é', 2n ** 70n]) add('%c', [v]);
add('%s', 5n);
add('%s', 'single');
add('%s %s', [1n]);
add('%s', [1n, 2n]);
add('', 5n);
add('', []);
add('', { dict: [['a', 1n]] });
add('', { list: [] });
add('%s', { list: [1n] });
add('%(a)s', { list: [] });
add('abc', [1n]);
add('%', []);
add('abc%', []);
add('%5', [1n]);
add('%-', [1n]);
add('%.', [1n]);
add('%5%', []);
add('%5%', [1n]);
add('%%', []);
add('%%%s%%', ['x']);
add('%y', [1n]);
add('a😀%y', [1n]);
add('%\u00e9', [1n]);
add('%\n', [1n]);
add('%ld %hd %Lf', [1n, 2n, 3.0]);
add('%*d', ['a', 1n]);
add('%*d', [-5n, 1n]);
add('%-*d|', [5n, 1n]);
add('%.*f', [2n, 3.14159]);
add('%.*f', [-2n, 3.14159]);
add('%*.*f', [10n, 3n, 3.14159]);
add('%(a)s', [1n]);
add('%(a)s %(b)d', { dict: [['a', 'x'], ['b', 2n]] });
add('%(a)s', { dict: [['b', 1n]] });
add('%(a', { dict: [['a', 1n]] });
add('%(a)', { dict: [['a', 1n]] });
add('%(a(b))s', { dict: [['a(b)', 'nested']] });
add('%(a)s %s', { dict: [['a', 'x']] });
add('%s', { dict: [['a', 'x']] });
add('%(a)s %(a)r', { dict: [['a', 'x']] });
add('%(a)*d', { dict: [['a', 1n]] });
add('%99999999999999999999d', [1n]);
add('%.99999999999d', [1n]);
add('%e', [10n ** 400n]);
add('%d', [10n ** 5000n]);
add('%s', [10n ** 5000n]);
add('%x', [-255n]);
add('%#x', [-255n]);
add('%#08x', [-255n]);
add('%#-8x|', [255n]);
add('%#X', [255n]);
add('%#o', [8n]);
add('%+#010o', [8n]);
add('%.5x', [255n]);
add('%#.5x', [-255n]);
add('%010.3d', [-5n]);
add('% d', [5n]);
add('% 5d', [5n]);
add('%+s', ['x']);
add('% 5s', ['x']);
add('%05s', ['x']);
add('%d', [1.9999]);
add('%d', [-1.9999]);
add('%d', [NaN]);
add('%d', [Infinity]);
add('%x', [1.5]);
add('%c', [1.0]);
add('%f', ['a']);
add('%d', [[1n]]);
add('%s and %r', [[1n], { dict: [] }]);

describe('percentFormat', () => {
  {
    const cs: Case[] = cases.map(([fmt, d]) => ({ py: 'lambda f, a: f % a', args: [S(fmt), toPy(d)], js: () => percentFormat(fmt, toArgs(d)) }));
    batch.add(`matches str % args (${cases.length} cases)`, cs);
  }
  test(`matches str % args (${cases.length} cases)`, { timeout: 30_000 }, () => {
    expect(batch.mismatches(`matches str % args (${cases.length} cases)`)).toEqual([]);
  });
});

describe('percentFormat with a JS Map', () => {
  test('keys, positional use and missing keys', () => {
    const m = new Map<string, PercentArg>([
      ['a', { kind: 'int', v: 1n }],
      ['b', { kind: 'str', v: "it's" }],
    ]);
    expect(percentFormat('%(a)03d %(b)r', m)).toBe(`001 "it's"`);
    expect(percentFormat('%s', m)).toBe(`{'a': 1, 'b': "it's"}`);
    expect(() => percentFormat('%(c)s', m)).toThrow(new PyErr('KeyError', 'c'));
  });
});
