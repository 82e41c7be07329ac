// Stress runner for pygil's memory management (`npm run stress`, which builds first). NOT part of
// `npm test`: each program runs for tens of seconds.
//
// What it proves: every tests/stress/*.py program allocates far more than its --max-heap (given in a
// `# pygil-flags: ...` first-line comment) while keeping a bounded live set, so it can only finish
// if the collector reclaims garbage (cycles included) and reuses the freed memory, and it checks its
// live structures against checksums, so a collector that frees or overwrites a live object changes
// the output. For each program the runner
//   - runs it under CPython (`python3`) and under pygil, both under `/usr/bin/time -f '%e %U %M'`,
//   - requires pygil's stdout and exit status to equal CPython's,
//   - reports wall time, user CPU time and max RSS of both, and the ratios,
//   - fails when pygil's max RSS passes RSS_LIMIT_MB (default 512, env PYGIL_STRESS_RSS_MB): the
//     process (V8 included) stays bounded, not only the Python heap.
// Usage: node tests/stress/run.mjs [name-filter]   (exit status 1 on any failure)

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const PYGIL = join(ROOT, 'bin', 'pygil.js');
const TIME = '/usr/bin/time';
const RSS_LIMIT_MB = Number(process.env.PYGIL_STRESS_RSS_MB) || 512;
const filter = process.argv[2] ?? '';

/** Runs argv under time(1); returns stdout, stderr (without time's line), status, wall, user, rss. */
function timed(argv) {
  const r = spawnSync(TIME, ['-f', '@@time %e %U %M', ...argv], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (r.error) throw r.error;
  const lines = r.stderr.split('\n');
  const at = lines.findLastIndex((l) => l.startsWith('@@time '));
  const [wall, user, rss] = at >= 0 ? lines[at].slice(7).trim().split(/\s+/).map(Number) : [NaN, NaN, NaN];
  const stderr = lines.filter((l, i) => i !== at && !l.startsWith('Command exited with non-zero status')).join('\n');
  return { stdout: r.stdout, stderr, status: r.status, wall, user, rssMb: rss / 1024 };
}

function flagsOf(file) {
  const first = readFileSync(file, 'utf8').split('\n', 1)[0];
  const m = /^#\s*pygil-flags:\s*(.*)$/.exec(first);
  return m ? m[1].trim().split(/\s+/).filter(Boolean) : [];
}

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '?');

const programs = readdirSync(HERE)
  .filter((f) => f.endsWith('.py') && f.includes(filter))
  .sort();
let failures = 0;
const rows = [];
for (const name of programs) {
  const file = join(HERE, name);
  const flags = flagsOf(file);
  process.stdout.write(`${name} (pygil ${flags.join(' ') || 'default flags'}) ... `);
  const py = timed(['python3', file]);
  const pg = timed([process.execPath, PYGIL, ...flags, file]);
  const problems = [];
  if (pg.status !== py.status) problems.push(`exit status ${pg.status}, CPython ${py.status}`);
  if (pg.stdout !== py.stdout) {
    const a = pg.stdout.split('\n');
    const b = py.stdout.split('\n');
    const i = a.findIndex((l, k) => l !== b[k]);
    problems.push(`stdout differs at line ${i + 1}:\n    pygil:   ${a[i]}\n    CPython: ${b[i]}`);
  }
  if (pg.rssMb > RSS_LIMIT_MB) problems.push(`max RSS ${fmt(pg.rssMb)} MB > ${RSS_LIMIT_MB} MB`);
  if (problems.length > 0 && pg.stderr.trim()) problems.push(`pygil stderr:\n${pg.stderr.trimEnd().split('\n').slice(-8).join('\n')}`);
  console.log(problems.length === 0 ? 'ok' : 'FAIL');
  for (const p of problems) console.log(`  ${p}`);
  failures += problems.length > 0 ? 1 : 0;
  rows.push([name, pg, py]);
}

console.log('\nprogram                 pygil wall/user s  max RSS MB | CPython wall/user s  max RSS MB | user ratio');
for (const [name, pg, py] of rows) {
  console.log(
    `${name.padEnd(22)} ${fmt(pg.wall).padStart(8)} /${fmt(pg.user).padStart(6)}  ${fmt(pg.rssMb).padStart(9)} |` +
      ` ${fmt(py.wall).padStart(9)} /${fmt(py.user).padStart(6)}  ${fmt(py.rssMb).padStart(9)} | ${fmt(pg.user / py.user)}x`,
  );
}
if (failures > 0) {
  console.log(`\n${failures} of ${programs.length} stress programs failed`);
  process.exit(1);
}
console.log(`\nall ${programs.length} stress programs passed`);
