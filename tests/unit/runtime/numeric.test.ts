// numeric.ts against CPython: floor division, modulo, true division, conversions, round, comparisons.
import { describe, expect, test } from 'vitest';
import * as num from '../../../src/runtime/numeric.js';
import { makeRng, randomBig as rb, randomDouble as rd } from './random-values.js';
import { OracleBatch, F, I, type Case } from './py-oracle.js';

const batch = new OracleBatch();

const rng = makeRng(777);
const randomBig = (maxBits: number): bigint => rb(rng, maxBits);
const randomDouble = (): number => rd(rng);

const SMALL_INTS = [0n, 1n, -1n, 2n, -2n, 3n, -3n, 7n, -7n, 10n, -10n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 64n) + 3n];
const FLOATS = [0, -0, 1, -1, 0.5, -0.5, 1.5, 2.5, -2.5, 3, -3, 7.25, -7.25, 1e308, -1e-308, 5e-324, Infinity, -Infinity, NaN, 0.1, 1e16, 3.7, -3.7];

describe('int floor division, modulo, divmod, true division', () => {
  {
    const ints = [...SMALL_INTS];
    for (let k = 0; k < 12; k++) ints.push(randomBig(200));
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
    batch.add('matches CPython', cases);
  }
  test('matches CPython', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches CPython')).toEqual([]);
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
  {
    const xs = [...FLOATS];
    for (let k = 0; k < 4; k++) xs.push(randomDouble());
    const cases: Case[] = [];
    for (const a of xs) {
      for (const b of xs) {
        cases.push({ py: 'lambda a, b: a // b', args: [F(a), F(b)], js: () => num.floatFloorDiv(a, b) });
        cases.push({ py: 'lambda a, b: a % b', args: [F(a), F(b)], js: () => num.floatMod(a, b) });
        cases.push({ py: 'divmod', args: [F(a), F(b)], js: () => num.floatDivmod(a, b) });
        cases.push({ py: 'lambda a, b: a / b', args: [F(a), F(b)], js: () => num.floatTrueDiv(a, b) });
      }
    }
    batch.add('matches CPython', cases);
  }
  test('matches CPython', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches CPython')).toEqual([]);
  });
});

describe('conversions, comparison, round', () => {
  {
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
    batch.add('matches CPython', cases);
  }
  test('matches CPython', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches CPython')).toEqual([]);
  });
});

describe('pow, shifts, bitwise, hash', () => {
  {
    const cases: Case[] = [];
    const bases = [0n, 1n, -1n, 2n, -2n, 3n, 10n, -7n, 12345678901234567890n, 2n ** 1100n];
    const exps = [0n, 1n, 2n, 3n, 5n, 17n, 100n, -1n, -2n, -3n, -1075n];
    for (const a of bases) {
      for (const b of exps) {
        if (a === 2n ** 1100n && b > 17n) continue;
        cases.push({ py: 'pow', args: [I(a), I(b)], js: () => num.intPow(a, b) });
        for (const m of [0n, 1n, -1n, 7n, -7n, 10n, 97n, -100n, 2n ** 127n - 1n]) {
          cases.push({ py: 'pow', args: [I(a), I(b), I(m)], js: () => num.intPowMod(a, b, m) });
        }
      }
    }
    const fx = [0, -0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1.5, -1.5, 10, 1e300, -1e300, 1e-300, Infinity, -Infinity, NaN, 2.5, 7.7, 1e-10];
    for (const a of fx) for (const b of fx) cases.push({ py: 'real_pow', args: [F(a), F(b)], js: () => num.floatPow(a, b) });
    for (let k = 0; k < 300; k++) {
      const a = rng() * 100;
      const b = (rng() - 0.5) * 40;
      cases.push({ py: 'real_pow', args: [F(a), F(b)], js: () => num.floatPow(a, b) });
    }
    const ints = [0n, 1n, -1n, 5n, -5n, 255n, -256n, 2n ** 70n + 3n, -(2n ** 70n) - 3n, 123456789n];
    for (let k = 0; k < 20; k++) ints.push(randomBig(300));
    for (const a of ints) {
      for (const n of [0n, 1n, 3n, 64n, 65n, -1n, 1000n, 2n ** 40n]) {
        if (n !== 2n ** 40n || a === 0n) cases.push({ py: 'lambda a, n: a << n', args: [I(a), I(n)], js: () => num.lshift(a, n) });
        cases.push({ py: 'lambda a, n: a >> n', args: [I(a), I(n)], js: () => num.rshift(a, n) });
      }
      for (const b of ints.slice(0, 10)) {
        cases.push({ py: 'lambda a, b: (a & b, a | b, a ^ b, ~a)', args: [I(a), I(b)], js: () => [num.bitAnd(a, b), num.bitOr(a, b), num.bitXor(a, b), num.bitInvert(a)] });
      }
      cases.push({ py: 'hash', args: [I(a)], js: () => num.hashInt(a) });
      cases.push({ py: 'lambda a: a.bit_count()', args: [I(a)], js: () => BigInt(num.bitCount(a)) });
    }
    for (const a of [2n ** 61n - 2n, 2n ** 61n - 1n, 2n ** 61n, -(2n ** 61n) + 1n, -(2n ** 61n), -1n, -2n, 2n ** 64n]) {
      cases.push({ py: 'hash', args: [I(a)], js: () => num.hashInt(a) });
    }
    const hx = [...FLOATS.filter((x) => !Number.isNaN(x)), 1e-300, 2 ** 61, 2 ** 61 - 2 ** 9, -(2 ** 100), 1.5e-320, -0.1];
    for (let k = 0; k < 100; k++) hx.push(randomDouble());
    for (const x of hx) if (!Number.isNaN(x)) cases.push({ py: 'hash', args: [F(x)], js: () => num.hashFloat(x) });
    batch.add('matches CPython', cases);
  }
  test('matches CPython', { timeout: 30_000 }, () => {
    expect(batch.mismatches('matches CPython')).toEqual([]);
  });
  test('hash folding and nan', () => {
    expect(num.hashFloat(NaN, 42n)).toBe(42n);
    expect(num.foldHash(-2n)).toBe(1);
    expect(num.foldHash(2n ** 40n + 5n)).toBe(Number(BigInt.asIntN(32, 2n ** 40n + 5n ^ 2n ** 8n)));
  });
});

describe('small-int fast paths', () => {
  test('divmodNumber and intPowNumber agree with the bigint versions', () => {
    for (let k = 0; k < 2000; k++) {
      const a = Math.floor((rng() - 0.5) * 2 ** (1 + rng() * 40));
      const b = Math.floor((rng() - 0.5) * 2 ** (1 + rng() * 20)) || 7;
      const [q, r] = num.divmodNumber(a, b);
      const [qb, rb] = num.divmod(BigInt(a), BigInt(b));
      expect([q, r]).toEqual([Number(qb), Number(rb)]);
      const base = Math.floor((rng() - 0.5) * 40);
      const e = Math.floor(rng() * 40);
      const p = num.intPowNumber(base, e);
      const exact = BigInt(base) ** BigInt(e);
      if (p === null) expect(exact > 2n ** 53n || exact < -(2n ** 53n)).toBe(true);
      else expect(BigInt(p)).toBe(exact);
    }
    expect(Object.is(num.divmodNumber(0, -3)[0], 0)).toBe(true);
    expect(() => num.divmodNumber(1, 0)).toThrow('integer division or modulo by zero');
  });
});
