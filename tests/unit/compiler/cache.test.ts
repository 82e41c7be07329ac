// The compile cache (src/compiler/cache.ts). The format: every code object that the library and the
// demo programs compile to comes back from its cache entry equal, field for field, and damaged entries
// are refused. The CLI: a run writes one entry per file, a second run reads it (the parser is never
// built), an edited file is recompiled rather than served stale, a syntax error is never cached, and
// PYGIL_NO_CACHE=1 writes nothing. The CLI cases run the built `bin/pygil.js` (after `npm run build`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { deserialize, serialize } from '../../../src/compiler/cache.js';
import { compileModule } from '../../../src/compiler/compile.js';
import { parse } from '../../../src/parser/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PYGIL = join(ROOT, 'bin', 'pygil.js');
const dir = mkdtempSync(join(tmpdir(), 'pygil-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pyFiles(d: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...pyFiles(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

describe('cache entries', () => {
  const files = [...pyFiles(join(ROOT, 'lib')), ...pyFiles(join(ROOT, 'programs'))];

  it('round-trip every code object of lib/ and programs/', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      const co = compileModule(parse(readFileSync(f, 'utf8'), f), f);
      expect(deserialize(serialize(co)), f).toEqual(co);
    }
  });

  it('keep every kind of constant', () => {
    const src = 'x = (1, -2**100, 1.5, -0.0, float("nan"), "é\\u20ac", b"\\x00\\xff", None, True, False, ...)\n' +
      'def f(a, *, k=(1, (2, "x"))):\n    return lambda: a\nnan = 1e400 - 1e400\n';
    const co = compileModule(parse(src, 'consts.py'), 'consts.py');
    const back = deserialize(serialize(co));
    expect(back).toEqual(co);
  });

  it('refuse truncated, foreign or padded entries', () => {
    const co = compileModule(parse('def f():\n    return [i for i in range(3)]\n', 't.py'), 't.py');
    const body = serialize(co);
    expect(deserialize(body)).not.toBeNull();
    for (let cut = 0; cut < body.length; cut += 7) expect(deserialize(body.subarray(0, cut))).toBeNull();
    expect(deserialize(Buffer.concat([body, Buffer.from([0])]))).toBeNull();
    const other = Buffer.from(body);
    other[0] ^= 1;
    expect(deserialize(other)).toBeNull();
  });
});

describe('the CLI through the cache', () => {
  const cacheDir = join(dir, 'cache');
  const run = (file: string, extra: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [PYGIL, file], { encoding: 'utf8', env: { ...process.env, PYGIL_CACHE_DIR: cacheDir, ...extra } });
  const entries = () => {
    try {
      return readdirSync(cacheDir).filter((n) => n.endsWith('.pgc'));
    } catch {
      return [];
    }
  };
  /** Entry name -> modification time: a cache hit rewrites nothing. */
  const stamps = () => new Map(entries().map((n) => [n, statSync(join(cacheDir, n), { bigint: true }).mtimeNs] as const));

  it('writes an entry per file, reads it back, and recompiles an edited file', () => {
    const mod = join(dir, 'helper_mod.py');
    const main = join(dir, 'main_prog.py');
    writeFileSync(mod, 'def greet(n):\n    return f"hello {n}"\n');
    writeFileSync(main, 'import helper_mod\nprint(helper_mod.greet(1))\n');
    const first = run(main);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('hello 1\n');
    expect(entries().length).toBe(2);
    const written = stamps();
    const second = run(main);
    expect(second.stdout).toBe('hello 1\n');
    expect(stamps()).toEqual(written);
    // Same length, same path, new content: the entry's source hash must not match.
    writeFileSync(mod, 'def greet(n):\n    return f"howdy {n}"\n');
    expect(run(main).stdout).toBe('howdy 1\n');
    const rewritten = stamps();
    expect(rewritten.size).toBe(2);
    expect([...rewritten].filter(([n, t]) => written.get(n) !== t).length).toBe(1);
  });

  it('reports a syntax error on every run, and PYGIL_NO_CACHE=1 writes nothing', () => {
    const bad = join(dir, 'bad_prog.py');
    writeFileSync(bad, 'print(1)\nif x\n');
    const before = entries().length;
    for (let i = 0; i < 2; i++) {
      const r = run(bad);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("SyntaxError: expected ':'");
    }
    expect(entries().length).toBe(before);
    const fresh = join(dir, 'fresh_prog.py');
    writeFileSync(fresh, 'print(2)\n');
    expect(run(fresh, { PYGIL_NO_CACHE: '1' }).stdout).toBe('2\n');
    expect(entries().length).toBe(before);
  });
});
