// The runner of pygil's self-timed benchmark suites (bench/gil.mjs, bench/asyncio.mjs): runs each
// bench/<suite>/*.py program under CPython and under pygil, alternately, for R rounds, and reports per
// program the median of the figure it prints, the ratio pygil / CPython and the issue's target for
// pygil. Results go to bench/results/<suite>-latest.json. See bench/README.md.
//
// Unlike bench/run.mjs this does not use benny: the programs time themselves (thread hand-offs, sleeps,
// task switches and parallel sections are what count, not process start-up) and print one line
// `<metric> <value>`. The runner only alternates the interpreters and pools what they print.
//
// A program's table entry: name, metric, unit, better ('lower' | 'higher'), target (a number, or
// 'cpython': at least as good as CPython's median in the same run), cpythonHere (what CPython 3.11
// gave on this machine when the goal was set).

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.dirname(benchDir);
const CHILD_TIMEOUT_MS = 120_000;

// The suite being run (set by runSuite): its name (the folder under bench/ and the script's name),
// its program table and its results file.
let suite = { name: '', programs: [] };
let programDir = '';
let resultsFile = '';
let PROGRAMS = [];

function usage(message) {
  if (message) console.error(`${suite.name}.mjs: ${message}`);
  console.error(
    `usage: node bench/${suite.name}.mjs [--only name[,name...]] [--rounds N]\n` +
      `programs: ${PROGRAMS.map((p) => p.name).join(', ')}\n` +
      'env: PYGIL_BENCH_CMD overrides the pygil command (default: node bin/pygil.js)',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { only: null, rounds: 5 };
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
        for (const n of names) if (!PROGRAMS.some((p) => p.name === n)) usage(`unknown program '${n}'`);
        opts.only = names;
        break;
      }
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

// The most telling line of a failed run's stderr (as bench/run.mjs): the last line naming an error.
function errorLine(stderr) {
  const lines = stderr
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l && !/^\s/.test(l) && !/^Node\.js v\d/.test(l) && !/^[{}^]/.test(l));
  const named = lines.filter((l) => /Error|Exception|Interrupt|Exit|Stop/.test(l));
  const line = named.pop() ?? lines.pop() ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}...` : line;
}

// Runs `cmd script` once and reads the `<metric> <value>` line it prints; never throws.
// Returns { ok, value, seconds, error }.
function runOnce(cmd, script, metric) {
  const started = performance.now();
  let stdout;
  try {
    stdout = execFileSync(cmd[0], [...cmd.slice(1), script], {
      cwd: rootDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: CHILD_TIMEOUT_MS,
    });
  } catch (e) {
    let error;
    if (e.code === 'ETIMEDOUT' || e.signal === 'SIGTERM') error = `timed out after ${CHILD_TIMEOUT_MS / 1000} s`;
    else if (e.code === 'ENOENT') error = `command not found: ${cmd[0]}`;
    else if (e.signal) error = `killed by ${e.signal}`;
    else {
      const last = errorLine(typeof e.stderr === 'string' ? e.stderr : '');
      error = `exit status ${e.status}${last ? `: ${last}` : ''}`;
    }
    return { ok: false, value: null, seconds: (performance.now() - started) / 1000, error };
  }
  const seconds = (performance.now() - started) / 1000;
  const m = new RegExp(`^${metric} (\\S+)$`, 'm').exec(stdout);
  const value = m ? Number(m[1]) : NaN;
  if (!Number.isFinite(value)) {
    const shown = JSON.stringify(stdout.trim().slice(0, 100));
    return { ok: false, value: null, seconds, error: `no '${metric} <number>' line in its output (${shown})` };
  }
  return { ok: true, value, seconds, error: null };
}

function median(xs) {
  const a = [...xs].sort((x, y) => x - y);
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
}

const fmt = (x) => (x == null ? '-' : Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(3));

function outputOf(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return null;
  }
}

// A target is a number, or 'cpython': at least as good as CPython's median in the same run.
function targetValue(p, cpythonMedian) {
  return p.target === 'cpython' ? cpythonMedian : p.target;
}

function targetText(p) {
  return `${p.better === 'lower' ? '<=' : '>='} ${p.target === 'cpython' ? 'CPython' : p.target}`;
}

function meetsTarget(p, value, cpythonMedian) {
  const target = targetValue(p, cpythonMedian);
  if (value == null || target == null) return null;
  return p.better === 'lower' ? value <= target : value >= target;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  // `python3` may be a pyenv shim; run the real executable (a bash wrapper per run is noise).
  const cpythonExe = outputOf('python3', ['-c', 'import sys; print(sys.executable)']);
  if (!cpythonExe) usage('python3 not found');
  const interps = {
    cpython: [cpythonExe],
    pygil: process.env.PYGIL_BENCH_CMD ? splitCommand(process.env.PYGIL_BENCH_CMD) : [process.execPath, 'bin/pygil.js'],
  };
  const pygilShown = process.env.PYGIL_BENCH_CMD ? interps.pygil.join(' ') : 'node bin/pygil.js';
  const programs = opts.only ? PROGRAMS.filter((p) => opts.only.includes(p.name)) : PROGRAMS;

  console.log(
    `pygil ${suite.name} bench: ${programs.length} program(s); cpython = ${cpythonExe}, pygil = ${pygilShown}; ` +
      `${opts.rounds} round(s); ${os.cpus().length} cpus, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`,
  );

  const started = Date.now();
  const results = [];
  for (const p of programs) {
    const script = path.join('bench', programDir, `${p.name}.py`);
    const entry = { name: p.name, metric: p.metric, unit: p.unit, better: p.better, target: p.target, status: 'ok', errors: {} };
    const samples = { cpython: [], pygil: [] };
    const seconds = { cpython: [], pygil: [] };
    console.log(`\n${p.name} (${p.metric}, ${p.unit}; ${p.better} is better)`);
    for (let round = 1; round <= opts.rounds; round++) {
      // Every other round swaps the order, so that this shared machine's slow swings hit both alike.
      const order = round % 2 ? ['cpython', 'pygil'] : ['pygil', 'cpython'];
      const shown = [];
      for (const interp of order) {
        if (entry.errors[interp]) {
          shown.push(`${interp} skipped`);
          continue;
        }
        const r = runOnce(interps[interp], script, p.metric);
        if (r.ok) {
          samples[interp].push(r.value);
          seconds[interp].push(r.seconds);
          shown.push(`${interp} ${fmt(r.value)}`);
        } else {
          entry.errors[interp] = r.error; // a failed interpreter is not run again for this program
          shown.push(`${interp} FAILED (${r.error})`);
        }
      }
      console.log(`  round ${round}: ${shown.join('   ')}`);
    }
    for (const interp of ['cpython', 'pygil']) {
      const xs = samples[interp];
      entry[interp] = xs.length
        ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: xs, runSeconds: seconds[interp] }
        : null;
    }
    if (entry.errors.cpython) entry.status = 'cpython-failed';
    else if (entry.errors.pygil) entry.status = 'failed';
    const cp = entry.cpython?.median ?? null;
    const py = entry.status === 'ok' ? entry.pygil?.median ?? null : null;
    entry.ratio = cp != null && py != null && cp !== 0 ? py / cp : null;
    entry.meetsTarget = meetsTarget(p, py, cp);
    results.push(entry);
    console.log(
      `  => medians: cpython ${fmt(cp)}, pygil ${fmt(py)}, ratio pygil/cpython ${fmt(entry.ratio)}; ` +
        `target ${targetText(p)}: ${entry.meetsTarget == null ? '-' : entry.meetsTarget ? 'met' : 'NOT met'}`,
    );
  }

  const elapsedS = (Date.now() - started) / 1000;
  const rows = [['program', 'metric', 'cpython', 'pygil', 'ratio', 'target', '']];
  for (const r of results) {
    const p = PROGRAMS.find((q) => q.name === r.name);
    const status = r.status === 'ok' ? (r.meetsTarget ? 'met' : 'NOT met') : r.status.toUpperCase();
    rows.push([
      r.name, r.metric, fmt(r.cpython?.median), fmt(r.status === 'ok' ? r.pygil?.median : null), fmt(r.ratio),
      targetText(p), status,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  console.log('');
  for (const row of rows) console.log(row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
  for (const r of results) {
    for (const [interp, err] of Object.entries(r.errors)) console.log(`${r.name}: ${interp} failed: ${err}`);
  }
  console.log(`(${elapsedS.toFixed(0)} s)`);

  const report = {
    date: new Date().toISOString(),
    command: `node bench/${suite.name}.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    cpythonCmd: cpythonExe,
    cpythonVersion: outputOf(cpythonExe, ['--version']),
    pygilCmd: pygilShown,
    node: process.version,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? null, loadavg: os.loadavg() },
    options: { rounds: opts.rounds, childTimeoutMs: CHILD_TIMEOUT_MS },
    programs: results.map((r) => ({ ...r, cpythonWhenTargetsWereSet: PROGRAMS.find((p) => p.name === r.name).cpythonHere })),
    elapsedSeconds: elapsedS,
  };
  mkdirSync(path.dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(report, null, 2) + '\n');
  console.log(`results written to ${path.relative(process.cwd(), resultsFile) || resultsFile}`);
  if (results.some((r) => r.status === 'cpython-failed')) process.exitCode = 1;
}

/** Runs the suite `s`: { name: folder under bench/ (and the script's name), programs: the table }. */
export function runSuite(s) {
  suite = s;
  programDir = s.name;
  resultsFile = path.join(benchDir, 'results', `${s.name}-latest.json`);
  PROGRAMS = s.programs;
  main();
}
