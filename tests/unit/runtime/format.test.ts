// format.ts against CPython: float repr, format() of int/float/str with generated specs and random values.
import { describe, expect, test } from 'vitest';
import { floatRepr, formatFloat, formatInt, formatStr, intToString } from '../../../src/runtime/format.js';
import { OracleBatch, F, I, S, type Case } from './py-oracle.js';
import { makeRng, randomDouble as rd, randomNiceDouble as rnd } from './random-values.js';

const batch = new OracleBatch();

const rng = makeRng(12345);
const randomDouble = (): number => rd(rng);
const randomNiceDouble = (): number => rnd(rng);

const SPECIAL_FLOATS = [
  0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1e16, 1e15, 9999999999999998, 123456789012345.0,
  1.2345678901234567e19, 1e-5, 1e-4, 0.0001234, 1e22, 1e21, 1e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
  Infinity, -Infinity, NaN, 0.3, 2 / 3, 100, 1e100, 123.456, -123.456, 9.5, 99.5, 999.9999, 0.05, 0.005, 1234567.891,
  2 ** 53, 2 ** 53 + 2, 2 ** 63, 4.35, 9.999999999999999e-5, 0.00010000000000000002, 1e16 - 2, 1e16 + 2, -1e-4, 0.000001, 0.0000015, 1e300, -1e-300, 3.14159, 1e23, 8.41e21, 5e-7,
];

describe('floatRepr', () => {
  {
    const xs = [...SPECIAL_FLOATS];
    for (let k = 0; k < 1000; k++) xs.push(randomDouble());
    for (let k = 0; k < 300; k++) xs.push(randomNiceDouble());
    for (let e = -30; e <= 30; e++) xs.push(10 ** e, 1.5 * 10 ** e, -(10 ** e) * 9.99);
    const cases: Case[] = xs.map((x) => ({ py: 'repr', args: [F(x)], js: () => floatRepr(x) }));
    batch.add('matches repr() on special and random doubles', cases);
  }
  test('matches repr() on special and random doubles', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches repr() on special and random doubles')).toEqual([]);
  });
  test('examples', () => {
    expect(floatRepr(1)).toBe('1.0');
    expect(floatRepr(1e16)).toBe('1e+16');
    expect(floatRepr(1e-5)).toBe('1e-05');
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(1.2345678901234567e19)).toBe('1.2345678901234567e+19');
  });
});

const FLOAT_SPECS = [
  '', 'f', 'e', 'g', 'E', 'F', 'G', '%', 'n', '.0f', '.1f', '.2f', '.3f', '.10f', '.30f', '.60f', '.0e', '.3e', '.20e', '.0g',
  '.1g', '.3g', '.10g', '.17g', '.25g', '#g', '#.3g', '#.0f', '#.0e', '#', '.3', '.0', '.1', '.17', '#.3', '+', ' ', '+.2f',
  ' .3e', '10', '<10', '>10', '^10', '=10', '010', '010.2f', '+010.2f', '-010.2f', ' 010.2f', '*^15.3g', 'x<12',
  '0<10', '0>10', '0^10', '0=10', ',', '_', ',.2f', '_.2f', '015,.2f', '020_.3f', ',g', ',e', ',.1%', '.2%', '10.1%',
  'z', 'z.2f', 'z.0f', 'z.1e', 'z.3g', '+z.1f', 'z%', '030,', '.100f', '.120e', '.5%', 'e', '#.5', '.4', '#e', '#f',
  '.2n', '010n', '\u00e9>9', '012,.3e', '^', '<', '=+12.4g',
];

describe('formatFloat', () => {
  {
    // dyadic values hit exact decimal ties, where Number#toFixed (ties away from zero) and CPython (half even) differ
    const cases: Case[] = [];
    for (let k = 0; k < 400; k++) {
      const x = (Math.floor(rng() * 20000) - 10000) / 2 ** Math.floor(rng() * 6);
      const spec = ['.0f', '.1f', '.2f', '.3f', '+.1f', '.4f'][k % 6]!;
      cases.push({ py: 'format', args: [F(x), S(spec)], js: () => formatFloat(x, spec) });
    }
    batch.add('ties', cases);
  }
  test('exact ties round half to even', { timeout: 30_000 }, () => {
    expect(batch.mismatches('ties')).toEqual([]);
  });
  {
    const cases: Case[] = [];
    for (const x of SPECIAL_FLOATS) {
      for (const spec of FLOAT_SPECS) {
        cases.push({ py: 'format', args: [F(x), S(spec)], js: () => formatFloat(x, spec) });
      }
    }
    // random values, each with a few random specs
    for (let k = 0; k < 300; k++) {
      const x = k % 2 === 0 ? randomDouble() : randomNiceDouble();
      for (let j = 0; j < 4; j++) {
        const spec = FLOAT_SPECS[Math.floor(rng() * FLOAT_SPECS.length)]!;
        cases.push({ py: 'format', args: [F(x), S(spec)], js: () => formatFloat(x, spec) });
      }
    }
    batch.add('matches format() for generated (value, spec) pairs', cases);
  }
  test('matches format() for generated (value, spec) pairs', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches format() for generated (value, spec) pairs')).toEqual([]);
  });
  test('exact decimal expansion', () => {
    expect(formatFloat(0.1, '.30f')).toBe('0.100000000000000005551115123126');
    expect(formatFloat(1e300, 'f')).toBe(
      '1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000',
    );
    expect(formatFloat(0.125, '.2f')).toBe('0.12');
    expect(formatFloat(1234.5, ',.2f')).toBe('1,234.50');
  });
  {
    const specs = ['x', 'd', 'c', 's', 'abc', '.', ',_', '_,', ',n', '.2147483648f', '99999999999999999999', 'b', '#x'];
    const cases: Case[] = specs.map((spec) => ({ py: 'format', args: [F(1.5), S(spec)], js: () => formatFloat(1.5, spec) }));
    batch.add('errors', cases);
  }
  test('errors', { timeout: 30_000 }, () => {
    expect(batch.mismatches('errors')).toEqual([]);
  });
});

const INT_SPECS = [
  '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '10', '<10', '^10', '=10', '010', '+010',
  '#010x', '#010b', ',', '_', '_b', '_x', '#_x', '_o', '015,', '015_', '#015_x', '020,d', 'e', 'f', '.2f', '%', 'g', '.3e',
  ',.2f', '*^12', '+^12,', 'z', '.2', '#c', '+c', '5c', ',c', '_c', ',x', ',b', 'a', 'abc', 's', '=', '0', '00', '0=',
  '1_000', 'xX', ' #x', '#X', '08.3', 'E', 'G', 'F', '.20g',
];
const INTS = [
  0n, 1n, -1n, 7n, -7n, 65n, 255n, -255n, 1000n, -1000n, 123456789n, -123456789n, 2n ** 64n, -(2n ** 70n) - 12345n,
  10n ** 30n, 0x10ffffn, 0x110000n, 2n ** 63n, 10n ** 400n, 3n ** 2000n,
];

describe('formatInt', () => {
  {
    const cases: Case[] = [];
    for (const v of INTS) {
      for (const spec of INT_SPECS) cases.push({ py: 'format', args: [I(v), S(spec)], js: () => formatInt(v, spec) });
    }
    for (const v of [2n ** 1024n, 10n ** 5000n, -(10n ** 4300n), 10n ** 4300n - 1n]) {
      for (const spec of ['', 'd', 'x', 'e', ',', 'b']) {
        cases.push({ py: 'lambda v, s: format(v, s)[:50]', args: [I(v), S(spec)], js: () => formatInt(v, spec).slice(0, 50) });
      }
    }
    batch.add('matches format() for generated (value, spec) pairs', cases);
  }
  test('matches format() for generated (value, spec) pairs', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches format() for generated (value, spec) pairs')).toEqual([]);
  });
  test('intToString', () => {
    expect(intToString(-31n, 16, true)).toBe('-0x1f');
    expect(intToString(5n, 2, true)).toBe('0b101');
    expect(intToString(8n, 8)).toBe('10');
    expect(() => intToString(10n ** 4300n, 10)).toThrow(/Exceeds the limit/);
  });
});

const STR_SPECS = [
  '', 's', '10', '<10', '>10', '^10', '^11', '*^9', '.2', '10.2', '.0', '.10', '-^7', '0', '010', '+', ' ', '-', '#', '=',
  '=10', 'z', 'd', 'x', ',', '_', 'abc', '.', '😀^9', '>3', '<0', '.3s',
];

describe('formatStr', () => {
  {
    const cases: Case[] = [];
    for (const v of ['', 'a', 'hello', 'héllo wörld', 'x😀y😀z', '12345678901234']) {
      for (const spec of STR_SPECS) cases.push({ py: 'format', args: [S(v), S(spec)], js: () => formatStr(v, spec) });
    }
    batch.add('matches format() for generated (value, spec) pairs', cases);
  }
  test('matches format() for generated (value, spec) pairs', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches format() for generated (value, spec) pairs')).toEqual([]);
  });
});
