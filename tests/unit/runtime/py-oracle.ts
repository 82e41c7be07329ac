// Test helper: evaluates many small operations in ONE python3 subprocess (JSON in, JSON out), so the unit tests
// compare pygil's pure numeric and formatting functions with CPython 3.11 itself. Runs in the vitest worker.
import { spawnSync } from 'node:child_process';

/** A value crossing the JS/Python boundary: int as decimal text, float as JS String(x) (which Python's float()
 *  parses, including 'Infinity', 'NaN' and '-0'), str as is, tuple/list as an array. */
export type PyVal =
  | { i: string }
  | { f: string }
  | { s: string }
  | { b: boolean }
  | { t: PyVal[] }
  | { l: PyVal[] }
  | { d: [string, PyVal][] }
  | { n: null };

export const I = (v: bigint | number): PyVal => ({ i: BigInt(v).toString() });
export const F = (v: number): PyVal => ({ f: Object.is(v, -0) ? '-0' : String(v) });
export const S = (v: string): PyVal => ({ s: v });

export type PyResult = { ok: PyVal } | { err: string; msg: string };

const SCRIPT = String.raw`
import sys, json, math, unicodedata
def dec(v):
    if 'i' in v:
        sys.set_int_max_str_digits(0)
        try: return int(v['i'])
        finally: sys.set_int_max_str_digits(4300)
    if 'f' in v: return float(v['f'])
    if 's' in v: return v['s']
    if 'b' in v: return v['b']
    if 'n' in v: return None
    if 'l' in v: return [dec(x) for x in v['l']]
    if 'd' in v: return {k: dec(x) for k, x in v['d']}
    return tuple(dec(x) for x in v['t'])
def enc(x):
    if isinstance(x, bool): return {'b': x}
    if isinstance(x, int):
        sys.set_int_max_str_digits(0)
        try: return {'i': str(x)}
        finally: sys.set_int_max_str_digits(4300)
    if isinstance(x, float): return {'f': repr(x)}
    if isinstance(x, str): return {'s': x}
    if x is None: return {'n': None}
    if isinstance(x, (tuple, list)): return {'t': [enc(y) for y in x]}
    raise TypeError('cannot encode ' + type(x).__name__)
sys.set_int_max_str_digits(4300)
def real_pow(a, b):
    try:
        r = a ** b
    except OverflowError as e:
        if str(e) != 'complex exponentiation': raise
        r = 1j
    if isinstance(r, complex):  # pygil has no complex: documented ValueError instead
        raise ValueError('negative number cannot be raised to a fractional power')
    return r
try:
    import mpmath
    mpmath.mp.prec = 300
except ImportError:
    mpmath = None
def cr(name, *args):
    # CPython's result, unless glibc misrounded it (about 0.1% of random arguments for exp, log, pow, sin, ...):
    # then the correctly rounded value, which is what pygil's libm.ts computes.
    g = getattr(math, name)(*args)
    if mpmath is None or not isinstance(g, float) or g != g or g in (float('inf'), float('-inf')):
        return g
    f = {'pow': mpmath.power, 'exp2': lambda x: mpmath.power(2, x),
         'cbrt': lambda x: mpmath.sign(x) * mpmath.cbrt(abs(x)),
         'lgamma': lambda x: mpmath.log(abs(mpmath.gamma(x)))}.get(name) or getattr(mpmath, name)
    try:
        e = float(f(*[mpmath.mpf(a) for a in args]))
    except (OverflowError, ValueError):
        return g
    return g if g == e else e
ENV = {'math': math, 'unicodedata': unicodedata, 'real_pow': real_pow, 'cr': cr}
out = []
fns = {}
for expr, args in json.load(sys.stdin):
    try:
        f = fns.get(expr)
        if f is None:
            f = fns[expr] = eval(expr, ENV)
        out.append({'ok': enc(f(*[dec(a) for a in args]))})
    except Exception as e:
        out.append({'err': type(e).__name__, 'msg': str(e)})
json.dump(out, sys.stdout)
`;

/** Runs each [lambda source, args] in python3 and returns the results in order. */
export function runPython(cases: ReadonlyArray<readonly [string, PyVal[]]>): PyResult[] {
  const res = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (res.status !== 0) throw new Error(`python3 failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as PyResult[];
}

/** Decodes a float returned by Python (repr text) to a JS number; 'inf', '-inf' and 'nan' included. */
export function pyFloat(v: PyVal): number {
  if (!('f' in v)) throw new Error(`not a float: ${JSON.stringify(v)}`);
  const t = v.f;
  if (t === 'inf') return Infinity;
  if (t === '-inf') return -Infinity;
  if (t === 'nan') return NaN;
  return Number(t);
}

/** What a JS function under test produced, in the same shape as a PyResult: floats stay numbers so that they
 *  compare with Object.is (NaN, -0.0) instead of through repr. */
export type JsOut = { ok: unknown } | { err: string; msg: string };

export function runJs(fn: () => unknown): JsOut {
  try {
    return { ok: fn() };
  } catch (e) {
    const pe = e as { pyType?: string; pyMsg?: string };
    if (pe.pyType !== undefined) return { err: pe.pyType, msg: pe.pyMsg ?? '' };
    throw e;
  }
}

/** Python's result as plain JS: int -> bigint, float -> number, str -> string, tuple -> array. */
export function toJs(v: PyVal): unknown {
  if ('i' in v) return BigInt(v.i);
  if ('f' in v) return pyFloat(v);
  if ('s' in v) return v.s;
  if ('b' in v) return v.b;
  if ('n' in v) return null;
  if ('t' in v) return v.t.map(toJs);
  throw new Error('unexpected value from python');
}

function sameJs(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, k) => sameJs(x, b[k]));
  return Object.is(a, b);
}

export interface Case {
  readonly py: string; // a Python lambda, e.g. 'lambda a, b: a // b'
  readonly args: PyVal[];
  readonly js: () => unknown;
}

/** Runs every case both ways and returns the descriptions of the mismatches (empty when all agree). */
export function diffCases(cases: readonly Case[]): string[] {
  return diffCasesIndexed(cases).map(([, msg]) => msg);
}

function compareOne(c: Case, p: PyResult): string | null {
  const j = runJs(c.js);
  let same: boolean;
  if ('err' in p) same = 'err' in j && j.err === p.err && j.msg === p.msg;
  else same = 'ok' in j && sameJs(j.ok, toJs(p.ok));
  if (same) return null;
  const show = (x: unknown): string =>
    JSON.stringify(x, (_k, v: unknown) =>
      typeof v === 'bigint'
        ? `${v}n`
        : Object.is(v, -0)
          ? '-0'
          : typeof v === 'number' && !Number.isFinite(v)
            ? String(v)
            : v,
    );
  const args = show(c.args);
  return `${c.py} ${args.length > 200 ? args.slice(0, 200) + '...' : args}: python ${show('err' in p ? p : toJs(p.ok))} js ${show(j)}`;
}

/** Collects case groups of one test file so that a single python3 process checks them all (python3's start-up is
 *  most of the cost): `add` at collection time, then `mismatches(name)` inside the test runs the batch once. */
export class OracleBatch {
  private readonly groups = new Map<string, Case[]>();
  private results: Map<string, string[]> | null = null;

  add(name: string, cases: Case[]): void {
    this.groups.set(name, cases);
  }

  mismatches(name: string): string[] {
    if (this.results === null) {
      const all: Case[] = [];
      const ranges: [string, number, number][] = [];
      for (const [n, cs] of this.groups) {
        ranges.push([n, all.length, all.length + cs.length]);
        all.push(...cs);
      }
      const flat = diffCasesIndexed(all);
      this.results = new Map(ranges.map(([n, a, b]) => [n, flat.filter(([k]) => k >= a && k < b).map(([, msg]) => msg)]));
    }
    const r = this.results.get(name);
    if (r === undefined) throw new Error(`no case group ${name}`);
    return r;
  }
}

function diffCasesIndexed(cases: readonly Case[]): [number, string][] {
  const pyRes = runPython(cases.map((c) => [c.py, c.args] as const));
  const bad: [number, string][] = [];
  cases.forEach((c, k) => {
    const msg = compareOne(c, pyRes[k]!);
    if (msg !== null) bad.push([k, msg]);
  });
  return bad;
}
