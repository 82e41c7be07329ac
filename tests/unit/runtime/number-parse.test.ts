// number-parse.ts against CPython: int(str, base) and float(str) on valid and invalid inputs, and repr(str).
import { describe, expect, test } from 'vitest';
import { isPyPrintable, strRepr } from '../../../src/runtime/format.js';
import { parseFloatLiteral, parseIntLiteral, unicodeDecimalValue } from '../../../src/runtime/number-parse.js';
import { OracleBatch, I, S, type Case } from './py-oracle.js';

const batch = new OracleBatch();

const INT_TEXTS = [
  '0', '1', '-1', '+1', '  12  ', '\t\n12\r\x0b\x0c', ' \u2003 12 ', ' \u2003 12 \x1c', '\ufeff12', '1_000', '-_1', '1__0', '_1', '1_',
  '0b', '0b1', '0x', '0x1f', '0X1F', '0o17', '0O17', '0b101', '0_0', '00', '010', '0x_1f', '0x__1f', '-0x_f', '+ 1', 'z', 'Z',
  'zz', '', '  ', 'abc', '12\u00e9', '\u0663\u0664', '\u0661\u0662\u0663', '\U0001d7d9', '12345678901234567890123', '1e5', '1.0',
  'x'.repeat(300), '9'.repeat(4300), '9'.repeat(4301), '1_'.repeat(4300) + '1', '0'.repeat(4400) + '1', 'f'.repeat(5000), '-' + '1'.repeat(4301),
  '7'.repeat(4301) + 'x', 'deadbeef', '-deadbeef', '0b_1', '0_b1', '08', '0_8', '00_0', "it's", 'a"b', 'a\\b', 'tab\there', '\x00',
];

describe('parseIntLiteral', () => {
  {
    const cases: Case[] = [];
    for (const t of INT_TEXTS) {
      for (const b of [10, 0, 2, 8, 16, 36, 7, 1, 37, -1]) {
        cases.push({ py: 'lambda t, b: int(t, b)', args: [S(t), I(b)], js: () => parseIntLiteral(t, b) });
      }
    }
    batch.add('matches int(s, base)', cases);
  }
  test('matches int(s, base)', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches int(s, base)')).toEqual([]);
  });
});

const FLOAT_TEXTS = [
  '1.5', '  1.5e3 ', 'inf', '-inf', '+inf', 'Infinity', '-Infinity', 'iNfInItY', 'infinit', 'in', 'nan', '+nan', 'NaN', 'nan(1)',
  '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5', '1e1_0', '1e_10', '.5', '5.', '.', '', ' ', '0x10', '1e', '1e+', '1e-400', '-0',
  '1e500', '-1e500', '\u0663.5', '\u00e9', '1.5\u00e9', 'x'.repeat(300), '1 2', '- 1', '+.5e-3', '00012', '1.2.3', '\u20031.5\u2003',
  '\x1c1.5', '1.5\x1c', '4.35', '2.675', '0.1', '1' + '0'.repeat(400), '0.' + '0'.repeat(330) + '1', '123456789012345678901234567890e-20',
  'e5', '+-1', '1E5', '1e05', 'infinity ', ' nan ', 'inf_', '1_e5', '1e5_', "it's",
];

describe('parseFloatLiteral', () => {
  {
    const cases: Case[] = FLOAT_TEXTS.map((t) => ({ py: 'float', args: [S(t)], js: () => parseFloatLiteral(t) }));
    batch.add('matches float(s)', cases);
  }
  test('matches float(s)', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches float(s)')).toEqual([]);
  });
});

describe('strRepr', () => {
  {
    const texts = [
      '', 'a', "it's", 'say "hi"', `both ' and "`, 'back\\slash', 'tab\tnl\nret\r', '\x00\x01\x1f\x7f\x80\x9f\xa0\xad',
      'héllo', '日本語', '😀', '\u200b\u2028\u2029\ufeff', '\ud800', 'a\udc00b', '\U000e0001', '\u0378', '\ue000', '\u3000 \u00a0',
    ];
    const cases: Case[] = texts.map((t) => ({ py: 'repr', args: [S(t)], js: () => strRepr(t) }));
    batch.add('matches repr(s)', cases);
  }
  test('matches repr(s)', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches repr(s)')).toEqual([]);
  });
});

describe('isPyPrintable', () => {
  {
    // every 7th code point (surrogates skipped): Python 3.11's Unicode 14 against V8's newer ICU plus the table
    const js = (): string => {
      const out: number[] = [];
      for (let cp = 0; cp < 0x110000; cp += 7) if ((cp < 0xd800 || cp > 0xdfff) && !isPyPrintable(cp)) out.push(cp);
      return out.join(',');
    };
    batch.add('printable', [
      {
        py: "lambda: ','.join(str(cp) for cp in range(0, 0x110000, 7) if not (0xd800 <= cp <= 0xdfff) and not chr(cp).isprintable())",
        args: [],
        js,
      },
    ]);
  }
  test('matches str.isprintable()', { timeout: 30_000 }, () => {
    expect(batch.mismatches('printable')).toEqual([]);
  });
});

describe('unicodeDecimalValue', () => {
  {
    const js = (): string => {
      const out: string[] = [];
      for (let cp = 0; cp < 0x110000; cp += 3) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const d = unicodeDecimalValue(cp);
        if (d >= 0) out.push(`${cp}:${d}`);
      }
      return out.join(',');
    };
    batch.add('decimal', [
      {
        py: "lambda: ','.join(f'{cp}:{unicodedata.decimal(chr(cp), -1)}' for cp in range(0, 0x110000, 3) if not (0xd800 <= cp <= 0xdfff) and unicodedata.decimal(chr(cp), -1) >= 0)",
        args: [],
        js,
      },
    ]);
  }
  test('matches unicodedata.decimal', { timeout: 30_000 }, () => {
    expect(batch.mismatches('decimal')).toEqual([]);
  });
});
