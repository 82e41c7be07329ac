// Threads under the GIL, end to end through the `pygil` command (tests/threads/*.py). What CPython
// cannot judge (lost updates at tiny switch intervals, switch counts, OS threads) is asserted from the
// programs' own output and the GIL's figures, deterministically: a race is asserted to show up in at
// least one of several tries, never in a given one.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PYGIL = join(ROOT, 'bin', 'pygil.js');

function pygil(args: string[], env: Record<string, string> = {}): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, [PYGIL, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env },
  });
  return { out: r.stdout, err: r.stderr, status: r.status };
}
const prog = (name: string): string => join('tests', 'threads', name);

describe('threads under the GIL', () => {
  it('8 threads x 100k lock-protected increments are exact', () => {
    const r = pygil([prog('counter.py'), '8', '100000', '1']);
    expect(r.status).toBe(0);
    expect(r.out).toBe('800000 800000\n');
  }, 120_000);

  it('at switch intervals 1 to 5 an unprotected counter += 1 loses updates; the locked one never does', () => {
    let lost = 0;
    for (let interval = 1; interval <= 5; interval++) {
      const r = pygil(['--switch-interval', String(interval), prog('counter.py'), '4', '10000', '0']);
      expect(r.status).toBe(0);
      const [got, want] = r.out.trim().split(' ').map(Number);
      expect(got).toBeLessThanOrEqual(want);
      if (got < want) lost++;
      const locked = pygil(['--switch-interval', String(interval), prog('counter.py'), '4', '2000', '1']);
      expect(locked.out).toBe('8000 8000\n');
    }
    expect(lost).toBeGreaterThan(0);
  }, 120_000);

  it('10k forced switches among 8 threads: no deadlock, no lost wake-up, invariants checked', () => {
    const r = pygil(['--switch-interval', '5', prog('forced.py')], { PYGIL_GIL_DEBUG: '1' });
    expect(r.err).toBe('');
    const [exact, forced] = r.out.split('\n');
    expect(exact).toBe('True');
    expect(Number(forced)).toBeGreaterThanOrEqual(10_000);
  }, 120_000);

  it('a thread that raises does not stop the others (the default excepthook reports it)', () => {
    const r = pygil([prog('raising.py')]);
    expect(r.status).toBe(0);
    expect(r.out).toBe('[0, 1, 2, 3, 4]\n');
    expect(r.err).toContain('Exception in thread Thread-1 (bad):');
    expect(r.err.trim().split('\n').pop()).toBe('ValueError: boom');
  }, 60_000);

  it.runIf(process.platform === 'linux')('one more OS thread per live Python thread, native ids all different', () => {
    const r = pygil([prog('osthreads.py')]);
    expect(r.out).toBe('4 5\n');
  }, 60_000);

  it('--switch-interval, PYGIL_SWITCH_INTERVAL and gil.get_interval() agree; bad values are usage errors', () => {
    const file = join(ROOT, 'tests', 'threads', '_interval.py');
    expect(pygil(['--switch-interval', '7', file]).out).toBe('7\n');
    expect(pygil([file], { PYGIL_SWITCH_INTERVAL: '42' }).out).toBe('42\n');
    expect(pygil(['--switch-interval=9', file], { PYGIL_SWITCH_INTERVAL: '42' }).out).toBe('9\n');
    for (const bad of ['0', '-3', 'x', '1.5']) {
      const r = pygil(['--switch-interval', bad, file]);
      expect(r.status).toBe(2);
      expect(r.err).toContain('invalid --switch-interval value');
    }
  }, 60_000);

  it('--gil-stats prints a table per thread and a total to stderr', () => {
    const r = pygil(['--gil-stats', prog('raising.py')]);
    expect(r.err).toMatch(/GIL statistics: switch interval \d+ instructions/);
    expect(r.err).toMatch(/^MainThread \(1\)/m);
    expect(r.err).toMatch(/^Thread-3 \(good\) \(\d+\)/m);
    expect(r.err).toMatch(/^total /m);
  }, 60_000);
});
