#!/usr/bin/env node
// Regenerates the expected outputs of the differential (golden) suite by running CPython 3.11.
// For every x.py under tests/programs/ and programs/ (names starting with '_' are helper modules, skipped)
// it writes x.out (exact stdout bytes) and x.exit (line 1: exit status; line 2, only if non-zero: stderr's last line).
// Usage: node scripts/regen-expected.mjs [--check] [file.py ...]   (--check compares instead of writing; exit 1 on drift)
// A program with the marker line `# expected: python3.10` among its first 5 lines has hand-written x.out/x.exit
// (what Python 3.10 does, for code that CPython 3.11 rejects, e.g. asyncio.wait() of bare coroutines): it is
// skipped here, so its files are never overwritten. The golden suite still runs it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOTS = ['tests/programs', 'programs'];
const PYTHON = process.env.PYGIL_PYTHON ?? 'python3';
const TIMEOUT_MS = 30_000;
const HAND_WRITTEN_MARKER = /^#\s*expected:\s*python3\.10\s*$/m;

/** Every golden program under the given roots, sorted; helper modules (leading '_') and __pycache__ excluded. */
export function findPrograms(root = ROOT) {
  const found = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      if (ent.name.startsWith('_') || ent.name.startsWith('.')) continue;
      const p = join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (ent.isFile() && ent.name.endsWith('.py')) found.push(p);
    }
  };
  for (const r of ROOTS) walk(join(root, r));
  return found.sort();
}

/** The environment both CPython and pygil run under: no inherited PYTHON* settings, fixed hash seed, utf-8 stdio. */
export function programEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PYTHON')) env[k] = v;
  env.PYTHONHASHSEED = '0';
  env.PYTHONIOENCODING = 'utf-8';
  env.PYTHONDONTWRITEBYTECODE = '1'; // imports of sibling modules must not leave __pycache__ in the tree
  return env;
}

/** Last line of a stream's text, ignoring the final newline ('' for empty output). */
export function lastLine(text) {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  return lines[lines.length - 1];
}

/** True if the program's expected files are written by hand (the marker in its first 5 lines). */
export function hasHandWrittenExpected(file) {
  return HAND_WRITTEN_MARKER.test(readFileSync(file, 'utf8').split('\n', 5).join('\n'));
}

function expectedFor(file) {
  const r = spawnSync(PYTHON, [basename(file)], {
    cwd: dirname(file), env: programEnv(), input: '', timeout: TIMEOUT_MS, maxBuffer: 64 << 20,
  });
  if (r.error) throw new Error(`${relative(ROOT, file)}: ${r.error.message}`);
  if (r.status === null) throw new Error(`${relative(ROOT, file)}: killed by ${r.signal}`);
  const stderr = r.stderr.toString('utf8');
  const exit = r.status === 0 ? '0\n' : `${r.status}\n${lastLine(stderr)}\n`;
  return { out: r.stdout, exit, status: r.status, stderr };
}

function main(argv) {
  const check = argv.includes('--check');
  // Helper modules (leading '_') are skipped even when named explicitly, e.g. through a shell glob.
  const named = argv.filter((a) => !a.startsWith('--')).map((a) => resolve(a))
    .filter((p) => !basename(p).startsWith('_'));
  const files = named.length ? named : findPrograms();
  let changed = 0, failed = 0;
  for (const file of files) {
    if (hasHandWrittenExpected(file)) { console.log(`skipped (hand-written expected files): ${relative(ROOT, file)}`); continue; }
    const base = file.slice(0, -3);
    let exp;
    try { exp = expectedFor(file); } catch (e) { console.error(String(e.message)); failed++; continue; }
    const oldOut = existsSync(base + '.out') ? readFileSync(base + '.out') : null;
    const oldExit = existsSync(base + '.exit') ? readFileSync(base + '.exit', 'utf8') : null;
    const same = oldOut !== null && Buffer.compare(oldOut, exp.out) === 0 && oldExit === exp.exit;
    if (!same) {
      changed++;
      console.log(`${check ? 'differs' : 'updated'}: ${relative(ROOT, file)}`);
      if (!check) { writeFileSync(base + '.out', exp.out); writeFileSync(base + '.exit', exp.exit); }
    }
  }
  console.log(`${files.length} programs, ${changed} ${check ? 'differing' : 'updated'}, ${failed} could not run`);
  if (failed || (check && changed)) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
