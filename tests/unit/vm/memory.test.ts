// The VM's memory management seen from Python programs, run as `node bin/pygil.js` children (after
// `npm run build`): RecursionError instead of a JS stack overflow, MemoryError past --max-heap instead
// of a crash, garbage loops that must be reclaimed to finish within a small --max-heap, suspended
// generator frames that survive collections, and --dis. Children run concurrently to keep this short.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const PYGIL = join(ROOT, 'bin', 'pygil.js');
const TIME = '/usr/bin/time';
const dir = mkdtempSync(join(tmpdir(), 'pygil-vm-mem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  file: string;
  status: number | null;
  stdout: string;
  stderr: string;
  maxRssKb: number; // -1 when /usr/bin/time is not used
}

let serial = 0;

/** Runs `source` under pygil with `flags`; with `measure`, under /usr/bin/time -f %M (max RSS in KiB,
 *  printed as the last stderr line and removed from `stderr`). */
function run(source: string, flags: string[] = [], measure = false): Promise<Run> {
  const file = join(dir, `p${serial++}.py`);
  writeFileSync(file, source);
  const argv = [process.execPath, PYGIL, ...flags, file];
  const [cmd, ...args] = measure ? [TIME, '-f', '%M', ...argv] : argv;
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', fail);
    child.on('close', (status) => {
      clearTimeout(timer);
      let maxRssKb = -1;
      if (measure) {
        const lines = stderr.trimEnd().split('\n');
        maxRssKb = Number(lines.pop());
        // time(1) adds "Command exited with non-zero status N" before its format when the child fails.
        if (lines.length > 0 && lines[lines.length - 1].startsWith('Command exited')) lines.pop();
        stderr = lines.length > 0 ? lines.join('\n') + '\n' : '';
      }
      done({ file, status, stdout, stderr, maxRssKb });
    });
  });
}

function lastLine(s: string): string {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1];
}

/** No JS stack trace and no internal-error report reached the user. */
function expectNoJsTrace(r: Run): void {
  expect(r.stderr).not.toMatch(/^\s+at .*(\.js|\.ts|node:)/m);
  expect(r.stderr).not.toContain('internal error');
  expect(r.stderr).not.toContain('RangeError');
}

const T = 60_000;

describe.concurrent('vm memory management (bin/pygil.js)', () => {
  it('turns unbounded recursion into RecursionError at the default limit', async () => {
    const r = await run('def f(n):\n    return f(n + 1)\n\nprint("start")\nf(0)\nprint("unreachable")\n');
    expect(r.stdout).toBe('start\n');
    expect(lastLine(r.stderr)).toBe('RecursionError: maximum recursion depth exceeded');
    expect(r.stderr).toContain('Traceback (most recent call last):');
    expect(r.status).toBe(1);
    expectNoJsTrace(r);
  }, T);

  it('catches RecursionError and keeps running; also through a method and a dunder', async () => {
    const src = [
      'def f(n):',
      '    return f(n + 1)',
      'try:',
      '    f(0)',
      'except RecursionError as e:',
      '    print("caught", e)',
      'class A:',
      '    def __repr__(self):',
      '        return repr(self)',
      'try:',
      '    repr(A())',
      'except RecursionError:',
      '    print("caught repr")',
      'def g(n):',
      '    return n if n == 0 else g(n - 1)',
      'print(g(500))',
      '',
    ].join('\n');
    const r = await run(src);
    expect(r.stdout).toBe('caught maximum recursion depth exceeded\ncaught repr\n0\n');
    expect(r.status).toBe(0);
    expectNoJsTrace(r);
  }, T);

  it('honours sys.setrecursionlimit(50): depth 40 succeeds, depth 60 fails', async () => {
    const src = [
      'import sys',
      'sys.setrecursionlimit(50)',
      'print(sys.getrecursionlimit())',
      'def f(n):',
      '    return 0 if n == 0 else 1 + f(n - 1)',
      'print(f(40))',
      'try:',
      '    f(60)',
      'except RecursionError:',
      '    print("RecursionError at 60")',
      'f(60)',
      '',
    ].join('\n');
    const r = await run(src);
    expect(r.stdout).toBe('50\n40\nRecursionError at 60\n');
    expect(lastLine(r.stderr)).toBe('RecursionError: maximum recursion depth exceeded');
    expect(r.status).toBe(1);
    expectNoJsTrace(r);
  }, T);

  it('raises MemoryError past --max-heap 16m (last stderr line, status 1), never a crash', async () => {
    const r = await run('l = []\nwhile True:\n    l.append([0] * 1000)\n', ['--max-heap', '16m']);
    expect(lastLine(r.stderr)).toBe('MemoryError');
    // One traceback entry: the preallocated MemoryError does not keep the entries of earlier raises.
    expect(r.stderr).toBe(`Traceback (most recent call last):\n  File "${r.file}", line 3, in <module>\n    l.append([0] * 1000)\nMemoryError\n`);
    expect(r.status).toBe(1);
    expectNoJsTrace(r);
  }, T);

  it('lets a program catch MemoryError, drop its data and go on allocating', async () => {
    const src = [
      'l = []',
      'try:',
      '    while True:',
      '        l.append([0] * 1000)',
      'except MemoryError:',
      '    n = len(l)',
      '    l = None',
      'print(n > 1000)',
      // The collector runs at the eval loop's periodic check (every 1000 instructions), which the
      // MemoryError arms: allocating again before that check still fails (pygil has no refcounts).
      'for _ in range(3000):',
      '    pass',
      'total = 0',
      'for i in range(20000):',
      '    total += len([i] * 100)',
      'print(total)',
      'try:',
      '    x = [None] * (2**29 - 2)',
      'except MemoryError:',
      '    print("too big")',
      'print(sum(range(10)))',
      '',
    ].join('\n');
    const r = await run(src, ['--max-heap', '16m']);
    expect(r.stdout).toBe('True\n2000000\ntoo big\n45\n');
    expect(r.status).toBe(0);
    expectNoJsTrace(r);
  }, T);

  it('runs a 300k-iteration garbage loop with a small live set in bounded memory', async () => {
    // Each iteration allocates ~250 bytes that die young (~75 MB in all): finishing within
    // --max-heap 8m proves the collector reclaims them; max RSS bounds the whole process.
    const src = [
      'live = [None] * 50',
      'acc = 0.0',
      'for i in range(300000):',
      '    x = [i, float(i) * 0.5, {"k": i, "s": str(i)}]',
      '    live[i % 50] = x',
      '    acc += x[1]',
      'print(acc, len(live), live[7][2]["s"])',
      '',
    ].join('\n');
    const r = await run(src, ['--max-heap', '8m'], true);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('22499925000.0 50 299957\n');
    expect(r.status).toBe(0);
    expect(r.maxRssKb).toBeGreaterThan(0);
    expect(r.maxRssKb).toBeLessThan(200 * 1024);
    // The same loop under the default 1 GiB heap stays far below it too.
    const r2 = await run(src, [], true);
    expect(r2.stdout).toBe(r.stdout);
    expect(r2.maxRssKb).toBeLessThan(200 * 1024);
  }, T);

  it('keeps suspended generator frames (locals and value stack) alive across many collections', async () => {
    const src = [
      'def gen(tag):',
      '    data = [tag] * 3',
      '    d = {"t": tag * 2}',
      '    # suspended in the middle of building a list: data[0] and d["t"] are on the value stack',
      '    got = [data[0], d["t"], (yield len(data)), tag]',
      '    yield got',
      '    yield data + [d["t"]]',
      'gens = [gen("g%d" % i) for i in range(20)]',
      'firsts = [next(g) for g in gens]',
      'junk = 0',
      'for i in range(200000):',
      '    t = [i, (i, float(i)), {"x": [i]}]',
      '    junk += len(t)',
      'for i, g in enumerate(gens):',
      '    if i % 5 == 0:',
      '        print(g.send("sent%d" % i), next(g))',
      '    else:',
      '        g.send(None)',
      'print(firsts == [3] * 20, junk)',
      '',
    ].join('\n');
    const r = await run(src, ['--max-heap', '8m']);
    expect(r.stderr).toBe('');
    const want = [0, 5, 10, 15]
      .map((i) => `['g${i}', 'g${i}g${i}', 'sent${i}', 'g${i}'] ['g${i}', 'g${i}', 'g${i}', 'g${i}g${i}']`)
      .join('\n');
    expect(r.stdout).toBe(`${want}\nTrue 600000\n`);
    expect(r.status).toBe(0);
  }, T);

  it('keeps closures, class instances and cyclic garbage correct across collections', async () => {
    const src = [
      'class Node:',
      '    def __init__(self, v):',
      '        self.v = v',
      '        self.next = self  # a cycle',
      'def counter():',
      '    n = [0]',
      '    def inc():',
      '        n[0] += 1',
      '        return n[0]',
      '    return inc',
      'c = counter()',
      'keep = Node(-1)',
      'for i in range(150000):',
      '    a = Node(i)',
      '    b = Node(i)',
      '    a.next, b.next = b, a',
      '    c()',
      '    if i % 1000 == 0:',
      '        keep = Node(i)',
      'print(c(), keep.v, keep.next is keep)',
      '',
    ].join('\n');
    const r = await run(src, ['--max-heap', '8m']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('150001 149000 True\n');
  }, T);

  it('prints opcode names with --dis', async () => {
    const r = await run('def add(a, b):\n    c = a + b\n    return c\n\nprint(add(1, 2))\n', ['--dis']);
    expect(r.status).toBe(0);
    for (const op of ['LOAD_FAST', 'BINARY_OP', 'STORE_FAST', 'RETURN_VALUE', 'MAKE_FUNCTION', 'LOAD_CONST'])
      expect(r.stdout).toContain(op);
    expect(r.stdout).toContain('code object add');
    expect(r.stdout).not.toContain('\n3\n'); // disassembled, not run
  }, T);
});
