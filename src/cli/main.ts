/*
 * The `pygil` command. Runs on Node's main thread, which only supervises (DESIGN.md §3): it parses the
 * command line, reserves the shared heap, starts the worker of the main Python thread, starts (or takes
 * from its pool) a worker for every Python thread the program starts, and ends the process with the
 * main thread's status (daemon threads die with it, as in CPython). It never blocks and never touches
 * the heap.
 */

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createHeap, DEFAULT_MAX_HEAP } from '../heap/memory.js';
import { DEFAULT_INTERVAL } from '../gil/gil.js';
import { CTL_SIGINT } from '../heap/layout.js';
import type { MainWorkerData, ThreadWorkerData, ToSupervisor, ToWorker } from '../workers/worker.js';

const USAGE = `usage: pygil [options] script.py [args...]

Runs a Python 3 program (a subset of the language) on pygil's bytecode VM.

options:
  --dis              print the bytecode of every code object instead of running
  --max-heap SIZE    the most memory the Python heap may use (e.g. 256m, 2g; default 1g)
  --switch-interval N
                     the GIL's switch interval in bytecode instructions (default ${DEFAULT_INTERVAL};
                     also PYGIL_SWITCH_INTERVAL): a thread holding the GIL gives it up to a
                     waiting thread after running N instructions
  --gil-stats        print the GIL's figures per thread to stderr at exit
  -h, --help         show this help
  -V, --version      show the version
`;

function fail(msg: string): never {
  process.stderr.write(`pygil: ${msg}\n${USAGE}`);
  process.exit(2);
}

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([kmg]?)b?$/i.exec(s.trim());
  if (!m) fail(`invalid --max-heap value '${s}' (expected a size like 512m or 2g)`);
  const n = parseFloat(m[1]) * { '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  if (n < 1 << 20) fail('--max-heap must be at least 1m');
  if (n > 0x7fff_fff8) fail('--max-heap can be at most 2g');
  return Math.floor(n);
}

function parseInterval(s: string, where: string): number {
  if (!/^\d+$/.test(s.trim()) || Number(s) < 1 || Number(s) > 0x3fff_ffff) {
    fail(`invalid ${where} value '${s}' (expected a whole number of instructions, at least 1)`);
  }
  return Number(s);
}

const WORKER_URL = new URL('../workers/boot.js', import.meta.url);
/** Thread workers with no Python thread to run (finished, or spares), ready for the next one. */
const idle: Worker[] = [];
/** Spare workers to keep booting or idle: 0 until the program imports _thread, then as many as there
 *  are cores (at most MAX_SPARES), since a worker takes ~0.1 s to start. */
let spareTarget = 0;
const MAX_SPARES = 4;
let sparesBooting = 0;
/** Threads waiting for a worker that is booting (their requests came while a spare was on its way). */
const pending: { ts: number; ident: number }[] = [];

function newThreadWorker(data: ThreadWorkerData): void {
  const w = new Worker(WORKER_URL, { workerData: data, resourceLimits: { stackSizeMb: 64 }, stdout: false, stderr: false });
  supervise(w, data.sab, false);
}

function ensureSpare(sab: SharedArrayBuffer): void {
  while (idle.length + sparesBooting - pending.length < spareTarget) {
    sparesBooting++;
    newThreadWorker({ role: 'thread', sab, ts: 0, ident: 0 });
  }
}

function startThread(sab: SharedArrayBuffer, ts: number, ident: number): void {
  const w = idle.pop();
  if (w !== undefined) w.postMessage({ type: 'run', ts, ident } satisfies ToWorker);
  else if (pending.length < sparesBooting) pending.push({ ts, ident }); // a booting spare will take it
  else newThreadWorker({ role: 'thread', sab, ts, ident });
  ensureSpare(sab);
}

function workerIdle(sab: SharedArrayBuffer, w: Worker): void {
  const next = pending.shift();
  if (next !== undefined) {
    w.postMessage({ type: 'run', ts: next.ts, ident: next.ident } satisfies ToWorker);
    ensureSpare(sab);
  } else idle.push(w);
}

function supervise(worker: Worker, sab: SharedArrayBuffer, isMain: boolean): void {
  worker.on('message', (m: ToSupervisor) => {
    if (m.type === 'spawn') startThread(sab, m.ts, m.ident);
    else if (m.type === 'idle') {
      if (m.spare) sparesBooting--;
      workerIdle(sab, worker);
    } else if (m.type === 'prewarm') {
      spareTarget = Math.max(spareTarget, Math.min(MAX_SPARES, availableParallelism()));
      ensureSpare(sab);
    }
  });
  worker.on('error', (err) => {
    process.stderr.write(`pygil: internal error (a bug in pygil, not in your program): ${err.message}\n`);
    process.exit(70);
  });
  worker.on('exit', (code) => {
    // The main thread's end is the program's end. A thread worker exits only on an internal error.
    if (isMain || code !== 0) process.exit(code);
  });
}

function main(argv: string[]): void {
  let dis = false;
  let gilStats = false;
  let maxHeap = DEFAULT_MAX_HEAP;
  const envInterval = process.env.PYGIL_SWITCH_INTERVAL;
  let switchInterval = envInterval !== undefined && envInterval !== '' ? parseInterval(envInterval, 'PYGIL_SWITCH_INTERVAL') : DEFAULT_INTERVAL;
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '-') break;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE);
      return;
    }
    if (a === '-V' || a === '--version') {
      process.stdout.write('pygil 0.1.0 (Python 3.11 subset)\n');
      return;
    }
    if (a === '--dis') dis = true;
    else if (a === '--gil-stats') gilStats = true;
    else if (a === '--switch-interval' || a.startsWith('--switch-interval=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail('--switch-interval needs a value');
      switchInterval = parseInterval(v, '--switch-interval');
    } else if (a === '--max-heap' || a.startsWith('--max-heap=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail('--max-heap needs a value');
      maxHeap = parseSize(v);
    } else fail(`unknown option '${a}'`);
  }
  const script = argv[i];
  if (script === undefined) fail('no script given');
  const sab = createHeap(maxHeap);
  // Ctrl-C: the main Python thread raises KeyboardInterrupt at its next check or blocking wait
  // (CTL_SIGINT). A second Ctrl-C before it did ends the process, as a stuck program needs.
  const ctl = new Int32Array(sab, 0, CTL_SIGINT + 1);
  process.on('SIGINT', () => {
    if (Atomics.exchange(ctl, CTL_SIGINT, 1) !== 0) process.exit(130);
  });
  const data: MainWorkerData = { role: 'main', sab, script, argv: argv.slice(i), dis, switchInterval, gilStats };
  supervise(new Worker(WORKER_URL, { workerData: data, resourceLimits: { stackSizeMb: 256 }, stdout: false, stderr: false }), sab, true);
}

main(process.argv.slice(2));
