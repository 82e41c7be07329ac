// Differential (golden) suite: runs every program under tests/programs/ and programs/ with pygil and compares
// stdout byte for byte, the exit status and, for non-zero exits, stderr's last line with CPython's recorded output.
// Expected files (x.out, x.exit) come from `npm run regen` (scripts/regen-expected.mjs); skips live in tests/skip.txt.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOTS = ['tests/programs', 'programs'];
// The interpreter under test; PYGIL_GOLDEN_CMD (e.g. `python3`) swaps it, which checks the suite against CPython.
const COMMAND = process.env.PYGIL_GOLDEN_CMD?.trim().split(/\s+/) ?? [process.execPath, join(ROOT, 'bin', 'pygil.js')];
const SKIP_FILE = join(ROOT, 'tests', 'skip.txt');
const RUN_TIMEOUT_MS = 30_000;
// Child processes running at once; vitest's own maxConcurrency (default 5) only bounds tests started.
const JOBS = Math.max(1, Number(process.env.PYGIL_GOLDEN_JOBS) || availableParallelism());
// A test may first wait for a slot behind other runs, so its vitest timeout is longer than one run's.
const TEST_TIMEOUT_MS = RUN_TIMEOUT_MS * 4;

// Same discovery rule as scripts/regen-expected.mjs: '*.py', skipping names that start with '_' or '.'.
function findPrograms(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      if (ent.name.startsWith('_') || ent.name.startsWith('.')) continue;
      const p = join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.isFile() && ent.name.endsWith('.py')) found.push(p);
    }
  };
  for (const r of ROOTS) walk(join(ROOT, r));
  return found.sort();
}

// Same environment as scripts/regen-expected.mjs gives CPython.
function programEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  env.PYTHONHASHSEED = '0';
  env.PYTHONIOENCODING = 'utf-8';
  env.PYTHONDONTWRITEBYTECODE = '1';
  return env;
}

function lastLine(text: string): string {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  return lines[lines.length - 1];
}

/** tests/skip.txt: `path/from/repo/root.py # reason`; blank lines and lines starting with '#' are ignored. */
function readSkips(): Map<string, string> {
  const skips = new Map<string, string>();
  if (!existsSync(SKIP_FILE)) return skips;
  for (const raw of readFileSync(SKIP_FILE, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const hash = line.indexOf(' #');
    const path = (hash < 0 ? line : line.slice(0, hash)).trim();
    skips.set(path, hash < 0 ? '' : line.slice(hash + 2).trim());
  }
  return skips;
}

// ====== A counting semaphore, so at most JOBS interpreters run at once ======
let running = 0;
const waiting: Array<() => void> = [];
async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= JOBS) await new Promise<void>((wake) => waiting.push(wake));
  else running++;
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next(); else running--; // hand the slot straight to the next waiter
  }
}

interface RunResult { stdout: Buffer; stderr: string; status: number | null; timedOut: boolean }

function runPygil(file: string): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(COMMAND[0], [...COMMAND.slice(1), basename(file)], {
      cwd: dirname(file), env: programEnv(), stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, RUN_TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => {}); // the program may exit before we close its stdin
    child.stdin.end();
    child.on('error', (e) => { clearTimeout(timer); fail(e); });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), status: code, timedOut });
    });
  });
}

// ====== The suite ======
const programs = findPrograms();
const skips = readSkips();
const tally = { passed: 0, failed: 0, skipped: 0 };

test('tests/skip.txt names only existing files', () => {
  const missing = [...skips.keys()].filter((p) => !existsSync(join(ROOT, p)));
  expect(missing, 'skip.txt entries whose file does not exist').toEqual([]);
});

describe('golden programs', () => {
  for (const file of programs) {
    const rel = relative(ROOT, file).split('\\').join('/');
    const skipReason = skips.get(rel);
    if (skipReason !== undefined) {
      tally.skipped++;
      test.skip(`${rel} (skipped: ${skipReason})`, () => {});
      continue;
    }
    test.concurrent(rel, async () => {
      let ok = false;
      try {
        const base = file.slice(0, -3);
        expect(existsSync(base + '.out') && existsSync(base + '.exit'), `${rel}: no expected files, run npm run regen`).toBe(true);
        const wantOut = readFileSync(base + '.out');
        const [wantStatus, wantLast = ''] = readFileSync(base + '.exit', 'utf8').split('\n');
        const r = await withSlot(() => runPygil(file));
        const stderrTail = r.stderr.split('\n').slice(-12).join('\n');
        expect(r.timedOut, `${rel}: timed out after ${RUN_TIMEOUT_MS} ms`).toBe(false);
        if (!r.stdout.equals(wantOut)) {
          // toBe on the decoded text gives a readable diff; the byte check catches encoding-only differences.
          expect(r.stdout.toString('utf8'), `stdout differs; stderr tail:\n${stderrTail}`).toBe(wantOut.toString('utf8'));
          expect.fail('stdout differs in bytes (encoding) although the decoded text is equal');
        }
        expect(String(r.status), `exit status; stderr tail:\n${stderrTail}`).toBe(wantStatus.trim());
        if (r.status !== 0) expect(lastLine(r.stderr), 'last line of stderr').toBe(wantLast);
        ok = true;
      } finally {
        if (ok) tally.passed++; else tally.failed++;
      }
    }, TEST_TIMEOUT_MS);
  }
});

afterAll(() => {
  const total = programs.length;
  console.log(`golden: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped of ${total} programs (${JOBS} jobs)`);
});
