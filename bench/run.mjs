#!/usr/bin/env node
// Times every bench/*.py program under CPython and under pygil with benny, on the same run,
// and reports the ratio of median wall times (pygil / CPython) and their geometric mean.
//
//   node bench/run.mjs                 all programs
//   node bench/run.mjs --only fib      one program (a comma-separated list works too)
//   PYGIL_BENCH_CMD=python3 node bench/run.mjs    time another command in pygil's place
//
// Each case runs the whole program as a child process (execFileSync), so start-up time counts.
// Results go to bench/results/latest.json. See bench/README.md.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import b from 'benny';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.dirname(benchDir);
const resultsFile = path.join(benchDir, 'results', 'latest.json');

// Order is the order of the report.
const PROGRAMS = ['fib', 'loops', 'nbody', 'spectral_norm', 'objects', 'dict_str', 'generators'];

const CHILD_TIMEOUT_MS = 120_000;

function usage(message) {
  if (message) console.error(`run.mjs: ${message}`);
  console.error(
    'usage: node bench/run.mjs [--only name[,name...]] [--rounds N] [--min-samples N] [--max-time SECONDS]\n' +
      `programs: ${PROGRAMS.join(', ')}\n` +
      'env: PYGIL_BENCH_CMD overrides the pygil command (default: node bin/pygil.js)',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { only: null, minSamples: 2, maxTime: 0, rounds: 5 };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const takeValue = () => {
      if (value !== undefined) return value;
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    switch (arg) {
      case '--only': {
        const names = takeValue()
          .split(',')
          .map((s) => s.trim().replace(/\.py$/, ''))
          .filter(Boolean);
        for (const n of names) if (!PROGRAMS.includes(n)) usage(`unknown program '${n}'`);
        opts.only = names;
        break;
      }
      case '--min-samples':
        opts.minSamples = Number(takeValue());
        if (!(opts.minSamples >= 1)) usage('--min-samples must be a positive number');
        break;
      case '--max-time':
        opts.maxTime = Number(takeValue());
        if (!(opts.maxTime >= 0)) usage('--max-time must be a number of seconds');
        break;
      case '--rounds':
        opts.rounds = Number(takeValue());
        if (!(Number.isInteger(opts.rounds) && opts.rounds >= 1)) usage('--rounds must be a positive integer');
        break;
      case '-h':
      case '--help':
        usage();
        break;
      default:
        usage(`unknown argument '${argv[i]}'`);
    }
  }
  return opts;
}

function splitCommand(text) {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) usage('PYGIL_BENCH_CMD is empty');
  return parts;
}

// Runs `cmd script` once; never throws. Returns { ok, stdout, status, error }.
function runProgram(cmd, script) {
  try {
    const stdout = execFileSync(cmd[0], [...cmd.slice(1), script], {
      cwd: rootDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CHILD_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, stdout, status: 0, error: null };
  } catch (e) {
    const lastLine = errorLine(typeof e.stderr === 'string' ? e.stderr : '');
    let error;
    if (e.code === 'ETIMEDOUT' || e.signal === 'SIGTERM') error = `timed out after ${CHILD_TIMEOUT_MS / 1000} s`;
    else if (e.code === 'ENOENT') error = `command not found: ${cmd[0]}`;
    else if (e.signal) error = `killed by ${e.signal}`;
    else error = `exit status ${e.status}${lastLine ? `: ${lastLine}` : ''}`;
    return { ok: false, stdout: typeof e.stdout === 'string' ? e.stdout : '', status: e.status ?? null, error };
  }
}

// The most telling line of a failed run's stderr: the last line naming an error (a Python
// traceback's `Type: message`, a Node crash's `Error: ...`), ignoring Node's stack frames, the
// `Node.js vX` trailer and the like; else the last non-blank line.
function errorLine(stderr) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l && !/^\s/.test(l) && !/^Node\.js v\d/.test(l) && !/^[{}^]/.test(l));
  const named = lines.filter((l) => /Error|Exception|Interrupt|Exit|Stop/.test(l));
  const line = named.pop() ?? lines.pop() ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const c = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, c.length); i++) {
    if (a[i] !== c[i]) {
      const show = (s) => (s === undefined ? '<end of output>' : JSON.stringify(s.slice(0, 100)));
      return `line ${i + 1}: cpython ${show(a[i])}, pygil ${show(c[i])}`;
    }
  }
  return 'outputs differ';
}

const fmtSeconds = (s) => (s == null ? '-' : `${s.toFixed(3)} s`);
const fmtRatio = (r) => (r == null ? '-' : `${r.toFixed(2)}x`);

function median(xs) {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

// Times one program in one benny suite. The suite holds `opts.rounds` rounds of cases, one case
// per interpreter per round ('cpython#1', 'pygil#1', 'pygil#2', 'cpython#2', ...), the order
// reversed in every other round, so that the slow swings of this shared machine's speed hit both
// interpreters alike. The samples of all rounds are pooled per interpreter.
// `cases` maps interpreter name -> command. Returns per-interpreter stats and timing errors.
async function timeProgram(name, script, cases, opts) {
  // benny calls each case function once while preparing the suite (to see what it returns);
  // `armed` stays false until the suite starts, so that call costs nothing.
  let armed = false;
  const errors = {};
  const entries = Object.entries(cases);
  const adds = [];
  for (let round = 1; round <= opts.rounds; round++) {
    for (const [interp, cmd] of round % 2 ? entries : [...entries].reverse()) {
      adds.push(
        b.add(`${interp}#${round}`, () => {
          if (armed && !errors[interp]) {
            const r = runProgram(cmd, script);
            if (!r.ok) errors[interp] = r.error;
          }
          // A promise makes benchmark.js run the case "deferred": one run per sample, without
          // the untimed pretest run that it adds to every sample of a synchronous case.
          return Promise.resolve();
        }),
      );
    }
  }
  const arm = () => (suiteObj) => suiteObj.on('start', () => (armed = true));

  // Compact output: one line per round, printed by us (returning nothing from the cycle
  // callback keeps benny's log-update from redrawing the screen).
  let inRound = 0;
  const onCycle = (result) => {
    const [interp, round] = result.name.split('#');
    const text = `${interp} ${fmtSeconds(result.details.median)} (${result.samples})`;
    if (inRound === 0) process.stdout.write(`  round ${round}: ${text}`);
    else process.stdout.write(`   ${text}`);
    if (errors[interp]) process.stdout.write(` FAILED`);
    if (++inRound === entries.length) {
      process.stdout.write('\n');
      inRound = 0;
    }
  };

  const summary = await b.suite(
    name,
    b.configure({ cases: { minSamples: opts.minSamples, maxTime: opts.maxTime, delay: 0.05 } }),
    arm,
    ...adds,
    b.cycle(onCycle),
    b.complete(() => {}),
  );

  const pooled = Object.fromEntries(entries.map(([k]) => [k, []]));
  for (const r of summary.results) pooled[r.name.split('#')[0]].push(...r.details.sampleResults);
  const stats = {};
  for (const [k, xs] of Object.entries(pooled)) {
    if (!xs.length) continue;
    stats[k] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: xs.length, sampleResults: xs };
  }
  return { stats, errors };
}

function outputOf(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return null;
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // `python3` may be a pyenv shim (a bash script that adds ~0.1 s per start here): time the real
  // executable it resolves to, as `python3 x.py` would run it.
  const cpythonExe = outputOf('python3', ['-c', 'import sys; print(sys.executable)']);
  if (!cpythonExe) usage('python3 not found');
  const cpythonCmd = [cpythonExe];
  const pygilCmd = process.env.PYGIL_BENCH_CMD
    ? splitCommand(process.env.PYGIL_BENCH_CMD)
    : [process.execPath, 'bin/pygil.js'];
  const pygilShown = process.env.PYGIL_BENCH_CMD ? pygilCmd.join(' ') : 'node bin/pygil.js';
  const names = opts.only ?? PROGRAMS;

  console.log(
    `pygil bench: ${names.length} program(s); cpython = ${cpythonExe}, pygil = ${pygilShown}; ` +
      `${opts.rounds} round(s) of minSamples ${opts.minSamples}, maxTime ${opts.maxTime} s; ` +
      `${os.cpus().length} cpus, ` +
      `load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`,
  );

  const started = Date.now();
  const results = [];
  for (const name of names) {
    const script = path.join('bench', `${name}.py`);
    const entry = { name, status: null, error: null, cpython: null, pygil: null, ratio: null };
    results.push(entry);

    // Check first that both compute the same thing (this also warms the file cache).
    const ref = runProgram(cpythonCmd, script);
    if (!ref.ok) {
      entry.status = 'cpython-failed';
      entry.error = ref.error;
      console.log(`\n${name}: CPYTHON FAILED (${ref.error}); skipped`);
      continue;
    }
    const got = runProgram(pygilCmd, script);
    const cases = { cpython: cpythonCmd };
    if (!got.ok) {
      entry.status = 'failed';
      entry.error = got.error;
      console.log(`\n${name}: pygil FAILED (${got.error}); timing cpython only`);
    } else if (got.stdout !== ref.stdout) {
      entry.status = 'mismatch';
      entry.error = firstDifference(ref.stdout, got.stdout);
      console.log(`\n${name}: OUTPUT MISMATCH (${entry.error}); timing cpython only`);
    } else {
      cases.pygil = pygilCmd;
      console.log('');
    }

    const { stats, errors } = await timeProgram(name, script, cases, opts);
    entry.cpython = stats.cpython ?? null;
    if (errors.cpython) {
      entry.status = 'cpython-failed';
      entry.error = errors.cpython;
      continue;
    }
    if (!cases.pygil) continue;
    if (errors.pygil) {
      // Failed while being timed after a first good run: its samples mean nothing.
      entry.status = 'failed';
      entry.error = errors.pygil;
      continue;
    }
    entry.pygil = stats.pygil ?? null;
    entry.status = 'ok';
    entry.ratio = entry.pygil.median / entry.cpython.median;
    console.log(
      `  => medians over all rounds: cpython ${fmtSeconds(entry.cpython.median)}, ` +
        `pygil ${fmtSeconds(entry.pygil.median)}, ratio ${fmtRatio(entry.ratio)}`,
    );
  }

  const ratios = results.filter((r) => r.status === 'ok').map((r) => r.ratio);
  const geomean = ratios.length ? Math.exp(ratios.reduce((s, r) => s + Math.log(r), 0) / ratios.length) : null;
  const elapsedS = (Date.now() - started) / 1000;

  // Summary table.
  const w = Math.max(...names.map((n) => n.length), 'program'.length);
  console.log(`\n${'program'.padEnd(w)}  ${'cpython'.padStart(9)}  ${'pygil'.padStart(9)}  ${'ratio'.padStart(7)}`);
  for (const r of results) {
    const status = r.status === 'ok' ? '' : `  ${r.status.toUpperCase()}${r.error ? `: ${r.error}` : ''}`;
    console.log(
      `${r.name.padEnd(w)}  ${fmtSeconds(r.cpython?.median).padStart(9)}  ` +
        `${fmtSeconds(r.pygil?.median).padStart(9)}  ${fmtRatio(r.ratio).padStart(7)}${status}`,
    );
  }
  console.log(
    `geometric mean of pygil/cpython: ${geomean == null ? '-' : fmtRatio(geomean)} ` +
      `(over ${ratios.length} of ${results.length} programs; ${elapsedS.toFixed(0)} s)`,
  );

  const report = {
    date: new Date().toISOString(),
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    cpythonCmd: cpythonCmd.join(' '),
    cpythonVersion: outputOf(cpythonExe, ['--version']),
    pygilCmd: pygilShown,
    node: process.version,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, loadavg: os.loadavg() },
    options: {
      rounds: opts.rounds,
      minSamples: opts.minSamples,
      maxTime: opts.maxTime,
      childTimeoutMs: CHILD_TIMEOUT_MS,
    },
    unit: 'seconds (median wall time of one whole-program run, start-up included)',
    programs: results,
    geomean,
    geomeanOver: ratios.length,
    elapsedSeconds: elapsedS,
  };
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(report, null, 2) + '\n');
  console.log(`results written to ${path.relative(process.cwd(), resultsFile) || resultsFile}`);

  // Failures and mismatches are reported, not fatal: the exit status is 0 unless CPython itself failed.
  if (results.some((r) => r.status === 'cpython-failed')) process.exitCode = 1;
}

main().catch((e) => {
  console.error(`run.mjs: ${e?.stack ?? e}`);
  process.exit(1);
});
