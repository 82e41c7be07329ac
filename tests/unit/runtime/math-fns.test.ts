// math-fns.ts against CPython's math module.
import { describe, expect, test } from 'vitest';
import * as m from '../../../src/runtime/math-fns.js';
import { OracleBatch, F, I, type Case, type PyVal } from './py-oracle.js';
import { makeRng, randomBig, randomDouble } from './random-values.js';

const batch = new OracleBatch();

const rng = makeRng(4242);
/** libm.ts functions that round correctly (the rest follow glibc's fdlibm formulas). */
const CORRECTLY_ROUNDED = new Set(['exp', 'exp2', 'sin', 'cos', 'tan', 'atan', 'asin', 'acos', 'cbrt', 'erf', 'erfc', 'gamma']);
const XS = [-1, -2, -171.5, -190.5, 171.6, 171.7, 1e-320, -1e-320, 0, -0, 0.5, -0.5, 1, -1, 2, 1.5, -2.5, 10, 100, 709, 710, 1000, -1000, 1e-300, 5e-324, 1e300, Infinity, -Infinity, NaN, 0.1, 3.7, -3.7, 2 ** 53, 1e16 + 0.5];

describe('math module helpers', () => {
  {
    const cases: Case[] = [];
    const xs = [...XS];
    for (let k = 0; k < 15; k++) xs.push(randomDouble(rng), (rng() - 0.5) * 20);
    for (const x of xs) {
      for (const name of Object.keys(m.MATH1_FUNCS)) {
        const py = CORRECTLY_ROUNDED.has(name) ? `lambda x: cr('${name}', x)` : `math.${name}`;
        cases.push({ py, args: [F(x)], js: () => m.math1(name, x) });
      }
      for (const f of ['log', 'log2', 'log10'] as const) {
        const js = f === 'log' ? m.mathLog : f === 'log2' ? m.mathLog2 : m.mathLog10;
        cases.push({ py: `math.${f}`, args: [F(x)], js: () => js(x) });
      }
      cases.push({ py: "lambda x: cr('lgamma', x)", args: [F(x)], js: () => m.lgamma(x) });
      cases.push({ py: 'math.frexp', args: [F(x)], js: () => { const [a, b] = m.frexp(x); return [a, BigInt(b)]; } });
      cases.push({ py: 'math.modf', args: [F(x)], js: () => m.modf(x) });
      cases.push({ py: 'math.floor', args: [F(x)], js: () => m.floorToInt(x) });
      cases.push({ py: 'math.ceil', args: [F(x)], js: () => m.ceilToInt(x) });
      cases.push({ py: 'math.trunc', args: [F(x)], js: () => m.truncToInt(x) });
      for (const e of [0, 1, -1, 10, -1074, -1075, -1080, 1023, 1024, 2000, -2000, 2 ** 40]) {
        cases.push({ py: 'math.ldexp', args: [F(x), I(e)], js: () => m.ldexp(x, e) });
      }
      for (const y of [0, -0, 1, -1, 2, 0.5, -0.5, 3, -3, 1e300, Infinity, -Infinity, NaN, 2.5]) {
        cases.push({ py: 'math.fmod', args: [F(x), F(y)], js: () => m.mathFmod(x, y) });
        cases.push({ py: 'math.copysign', args: [F(x), F(y)], js: () => m.copysign(x, y) });
        cases.push({ py: 'math.pow', args: [F(x), F(y)], js: () => m.mathPow(x, y) });
        cases.push({ py: 'math.log', args: [F(x), F(y)], js: () => m.mathLog(x, y) });
        cases.push({ py: 'math.isclose', args: [F(x), F(y)], js: () => m.isclose(x, y) });
      }
    }
    for (const x of [0, -0, 8, -8, 64, 1e-300, Infinity, -Infinity, NaN]) {
      cases.push({ py: 'math.cbrt', args: [F(x)], js: () => m.math1('cbrt', x) });
    }
    for (const x of [1, 0.5, 1e-12, 5e-324, 1.5, 2e-308, 1e-320]) {
      for (const e of [-1073, -1074, -1075, -1076, -1060, -1022, -1023]) {
        cases.push({ py: 'math.ldexp', args: [F(x), I(e)], js: () => m.ldexp(x, e) });
      }
    }
    cases.push({ py: 'lambda: math.isclose(1, 1, rel_tol=-1)', args: [], js: () => m.isclose(1, 1, -1) });
    cases.push({ py: 'lambda: math.isclose(1, 1.05, abs_tol=0.1)', args: [], js: () => m.isclose(1, 1.05, 1e-9, 0.1) });
    const ints = [0n, 1n, -1n, 2n, 10n, 97n, -12n, 2n ** 64n, 10n ** 30n, 2n ** 1023n, 2n ** 1024n, 2n ** 1024n - 2n ** 970n, 2n ** 1024n - 2n ** 970n - 1n, 3n ** 1000n, 10n ** 400n, -(10n ** 400n)];
    for (let k = 0; k < 20; k++) ints.push(randomBig(rng, 3000));
    for (const i of ints) {
      cases.push({ py: 'math.log', args: [I(i)], js: () => m.mathLog(i) });
      cases.push({ py: 'math.log2', args: [I(i)], js: () => m.mathLog2(i) });
      cases.push({ py: 'math.log10', args: [I(i)], js: () => m.mathLog10(i) });
      cases.push({ py: 'math.log', args: [I(i), I(7n)], js: () => m.mathLog(i, 7n) });
      cases.push({ py: 'math.isqrt', args: [I(i)], js: () => m.isqrt(i) });
      cases.push({ py: 'math.sqrt', args: [I(i)], js: () => m.sqrtInt(i) });
      for (const j of ints.slice(0, 12)) {
        cases.push({ py: 'math.gcd', args: [I(i), I(j)], js: () => m.gcd(i, j) });
        cases.push({ py: 'math.lcm', args: [I(i), I(j)], js: () => m.lcm(i, j) });
      }
    }
    for (let k = 0n; k < 200n; k += 7n) cases.push({ py: 'math.isqrt', args: [I(k * k - 1n)], js: () => m.isqrt(k * k - 1n) });
    cases.push({ py: 'lambda: (math.gcd(), math.lcm(), math.gcd(12, 18, -30), math.lcm(4, 6, -10))', args: [], js: () => [m.gcd(), m.lcm(), m.gcd(12n, 18n, -30n), m.lcm(4n, 6n, -10n)] });
    for (const n of [-1n, 0n, 1n, 5n, 20n, 100n, 170n, 1000n]) {
      cases.push({ py: 'math.factorial', args: [I(n)], js: () => m.factorial(n) });
      cases.push({ py: 'math.perm', args: [I(n)], js: () => m.perm(n) });
      for (const k of [-1n, 0n, 1n, 3n, 50n, 99n, 1001n]) {
        cases.push({ py: 'math.comb', args: [I(n), I(k)], js: () => m.comb(n, k) });
        cases.push({ py: 'math.perm', args: [I(n), I(k)], js: () => m.perm(n, k) });
      }
    }
    const sums: number[][] = [
      [], [0.1, 0.2, 0.3], [1e100, 1, -1e100], [1e-16, 1, 1e16], [Infinity, 1], [Infinity, -Infinity], [NaN, 1], [1e308, 1e308],
      [1e308, 1e308, -1e308], [-0, -0], [0.1] .concat(Array(9).fill(0.1)), [Infinity, Infinity, NaN],
    ];
    for (let k = 0; k < 20; k++) sums.push(Array.from({ length: 30 }, () => (rng() - 0.5) * 10 ** Math.floor(rng() * 40 - 20)));
    for (const xs2 of sums) {
      cases.push({ py: 'lambda *xs: math.fsum(xs)', args: xs2.map((x) => F(x)) as PyVal[], js: () => m.fsum(xs2) });
    }
    batch.add('match CPython', cases);
  }
  test('match CPython', { timeout: 30_000 }, () => {
    expect(batch.mismatches('match CPython')).toEqual([]);
  });
});

describe('hypot and atan2', () => {
  const cases: Case[] = [];
  const vecs: number[][] = [
    [], [3, 4], [1e308, 1e308], [Infinity, NaN], [NaN, 1], [1e-320, 1e-320], [0.1, 0.2, 0.3], [-0], [5], [1e200, 1e200],
    [0, 0], [1e-300, 1], [2.2250738585072014e-308, 5e-324], [-Infinity, 2],
  ];
  for (let k = 0; k < 200; k++) {
    const n = 2 + Math.floor(rng() * 4);
    vecs.push(Array.from({ length: n }, () => (rng() - 0.5) * 10 ** Math.floor(rng() * 20 - 10)));
  }
  for (const v of vecs) cases.push({ py: 'math.hypot', args: v.map((x) => F(x)), js: () => m.hypot(v) });
  for (let k = 0; k < 200; k++) {
    const y = (rng() - 0.5) * 10;
    const x = (rng() - 0.5) * 10;
    cases.push({ py: "lambda y, x: cr('atan2', y, x)", args: [F(y), F(x)], js: () => m.atan2(y, x) });
  }
  for (const y of [0, -0, 1, -1, Infinity, -Infinity, NaN]) {
    for (const x of [0, -0, 1, -1, Infinity, -Infinity, NaN]) cases.push({ py: 'math.atan2', args: [F(y), F(x)], js: () => m.atan2(y, x) });
  }
  batch.add('hypot', cases);
  test('match CPython', { timeout: 30_000 }, () => {
    expect(batch.mismatches('hypot')).toEqual([]);
  });
});
