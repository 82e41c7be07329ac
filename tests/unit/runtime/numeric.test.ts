// numeric.ts against CPython: floor division, modulo, true division, conversions, round, comparisons.
import { describe, expect, test } from 'vitest';
import * as num from '../../../src/runtime/numeric.js';
import { makeRng, randomBig as rb, randomDouble as rd } from './random-values.js';
import { diffCases, F, I, type Case } from './py-oracle.js';

const rng = makeRng(777);
const randomBig = (maxBits: number): bigint => rb(rng, maxBits);
const randomDouble = (): number => rd(rng);

const SMALL_INTS = [0n, 1n, -1n, 2n, -2n, 3n, -3n, 7n, -7n, 10n, -10n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 64n) + 3n];
const FLOATS = [0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3, -3, 7.25, -7.25, 1e308, -1e-308, 5e-324, Infinity, -Infinity, NaN, 0.1, 1e16, 3.7, -3.7];

describe('int floor division, modulo, divmod, true division', () => {
  test('matches CPython', () => {
    const ints = [...SMALL_INTS];
    for (let k = 0; k < 30; k++) ints.push(randomBig(200));
    const cases: Case[] = [];
    for (const a of ints) {
      for (const b of ints) {
        cases.push({ py: 'lambda a, b: a // b', args: [I(a), I(b)], js: () => num.floorDiv(a, b) });
        cases.push({ py: 'lambda a, b: a % b', args: [I(a), I(b)], js: () => num.mod(a, b) });
        cases.push({ py: 'divmod', args: [I(a), I(b)], js: () => num.divmod(a, b) });
        cases.push({ py: 'lambda a, b: a / b', args: [I(a), I(b)], js: () => num.intTrueDiv(a, b) });
      }
    }
    for (let k = 0; k < 300; k++) {
      const a = randomBig(3000);
      const b = randomBig(2000);
      cases.push({ py: 'lambda a, b: a / b', args: [I(a), I(b)], js: () => num.intTrueDiv(a, b) });
    }
    // results near the subnormal range and near overflow
    for (const [a, b] of [
      [1n, 2n ** 1074n], [3n, 2n ** 1075n], [1n, 2n ** 1075n], [1n, 2n ** 1076n], [2n ** 1024n - 1n, 1n], [2n ** 1024n, 2n],
      [2n ** 1100n, 2n ** 76n], [2n ** 1100n, 2n ** 77n - 1n], [10n ** 400n, 10n ** 80n], [7n, 3n * 2n ** 1060n],
    ] as const) {
      cases.push({ py: 'lambda a, b: a / b', args: [I(a), I(b)], js: () => num.intTrueDiv(a, b) });
    }
    expect(diffCases(cases)).toEqual([]);
  });
  test('number fast paths agree with the bigint versions', () => {
    for (let k = 0; k < 2000; k++) {
      const a = Math.floor((rng() - 0.5) * 2 ** (1 + rng() * 53));
      const b = Math.floor((rng() - 0.5) * 2 ** (1 + rng() * 20)) || 3;
      expect(num.floorDivNumber(a, b)).toBe(Number(num.floorDiv(BigInt(a), BigInt(b))));
      expect(num.modNumber(a, b)).toBe(Number(num.mod(BigInt(a), BigInt(b))));
    }
    expect(Object.is(num.floorDivNumber(0, -5), 0)).toBe(true);
  });
});

describe('float floor division, modulo, divmod', () => {
  test('matches CPython', () => {
    const xs = [...FLOATS];
    for (let k = 0; k < 10; k++) xs.push(randomDouble());
    const cases: Case[] = [];
    for (const a of xs) {
      for (const b of xs) {
        cases.push({ py: 'lambda a, b: a // b', args: [F(a), F(b)], js: () => num.floatFloorDiv(a, b) });
        cases.push({ py: 'lambda a, b: a % b', args: [F(a), F(b)], js: () => num.floatMod(a, b) });
        cases.push({ py: 'divmod', args: [F(a), F(b)], js: () => num.floatDivmod(a, b) });
        cases.push({ py: 'lambda a, b: a / b', args: [F(a), F(b)], js: () => num.floatTrueDiv(a, b) });
      }
    }
    expect(diffCases(cases)).toEqual([]);
  });
});

describe('conversions, comparison, round', () => {
  test('matches CPython', () => {
    const cases: Case[] = [];
    const ints = [...SMALL_INTS, 2n ** 1024n, 2n ** 1024n - 2n ** 970n, 2n ** 1024n - 2n ** 970n - 1n, 2n ** 54n + 3n];
    for (let k = 0; k < 30; k++) ints.push(randomBig(1100));
    for (const i of ints) {
      cases.push({ py: 'float', args: [I(i)], js: () => num.intToFloat(i) });
      for (const x of [...FLOATS, 2 ** 53, 2 ** 54, -(2 ** 64), 2 ** 1023]) {
        cases.push({
          py: 'lambda i, x: (i < x, i == x, i > x)',
          args: [I(i), F(x)],
          js: () => {
            const c = num.compareIntFloat(i, x);
            return [c < 0, c === 0, c > 0];
          },
        });
      }
    }
    const xs = [...FLOATS, 2.675, 0.125, 0.375, 1234.5678, -0.4, 1e22, 123456.7, 5e-5, 0.285, 1.005, 2 ** 60 + 0.0];
    for (let k = 0; k < 40; k++) xs.push(randomDouble(), Math.round(randomDouble() * 1e6) / 1e4);
    for (const x of xs) {
      cases.push({ py: 'int', args: [F(x)], js: () => num.floatToInt(x) });
      cases.push({ py: 'round', args: [F(x)], js: () => num.roundFloatToInt(x) });
      cases.push({ py: 'lambda x: x.is_integer()', args: [F(x)], js: () => num.floatIsInteger(x) });
      for (const n of [0, 1, 2, 3, 5, -1, -2, -5, 20, 400, -400, 323, -308, -309]) {
        cases.push({ py: 'round', args: [F(x), I(n)], js: () => num.roundFloat(x, n) });
      }
    }
    cases.push({ py: 'round', args: [F(1.7976931348623157e308), I(-308)], js: () => num.roundFloat(1.7976931348623157e308, -308) });
    for (const i of [0n, 5n, 15n, 25n, -25n, 35n, 1234567n, -1234567n, 10n ** 30n + 5n * 10n ** 20n, 150n, 250n, -250n]) {
      for (const n of [0, 1, -1, -2, -3, -25]) cases.push({ py: 'round', args: [I(i), I(n)], js: () => num.roundInt(i, n) });
    }
    expect(diffCases(cases)).toEqual([]);
  });
});
