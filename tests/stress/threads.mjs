// Thread stress runner (`npm run stress:threads`, which builds first). NOT part of `npm test`.
//
// Runs every threading program of the differential suite (tests/programs/threading/*.py) many times at
// tiny and odd switch intervals, with the GIL's invariant checks on (PYGIL_GIL_DEBUG=1), and requires
// each run to print CPython's recorded stdout, exit as CPython did, and finish (a hang is a lost
// wake-up or a deadlock: each run has a time limit). Programs whose output depends on the interval
// by design are skipped (none yet).
// Usage: node tests/stress/threads.mjs [rounds] [name-filter]   (exit status 1 on any failure)

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(ROOT, 'tests', 'programs', 'threading');
const rounds = Number(process.argv[2] ?? 3);
const filter = process.argv[3] ?? '';
const INTERVALS = [1, 2, 7, 1000];
const LIMIT_MS = 60_000;

let failures = 0;
let runs = 0;
const programs = readdirSync(DIR).filter((f) => f.endsWith('.py') && !f.startsWith('_') && f.includes(filter)).sort();
for (let r = 0; r < rounds; r++) {
  for (const interval of INTERVALS) {
    for (const p of programs) {
      const base = join(DIR, p.slice(0, -3));
      if (!existsSync(`${base}.out`)) continue;
      const want = readFileSync(`${base}.out`, 'utf8');
      const wantStatus = Number(readFileSync(`${base}.exit`, 'utf8').split('\n')[0]);
      const t0 = Date.now();
      const res = spawnSync(process.execPath, [join(ROOT, 'bin', 'pygil.js'), '--switch-interval', String(interval), p], {
        cwd: DIR, encoding: 'utf8', timeout: LIMIT_MS, env: { ...process.env, PYGIL_GIL_DEBUG: '1', PYTHONHASHSEED: '0' },
      });
      runs++;
      const why = res.error ? `did not finish in ${LIMIT_MS / 1000} s (hang?)` : res.stdout !== want ? 'stdout differs' : res.status !== wantStatus ? `exit ${res.status}, expected ${wantStatus}` : '';
      if (why) {
        failures++;
        console.log(`FAIL ${p} --switch-interval ${interval} (round ${r + 1}): ${why}\n${(res.stderr ?? '').split('\n').slice(-12).join('\n')}`);
      } else if (Date.now() - t0 > 10_000) console.log(`slow ${p} --switch-interval ${interval}: ${Date.now() - t0} ms`);
    }
  }
  console.log(`round ${r + 1}: ${runs} runs, ${failures} failures so far`);
}
console.log(`${runs} runs, ${failures} failures`);
process.exit(failures > 0 ? 1 : 0);
