/*
 * The `pygil` command. Runs on Node's main thread, which only supervises (DESIGN.md G3): it parses the
 * command line, reserves the shared heap, starts the worker of the main Python thread and exits with
 * that thread's status. It never blocks.
 */

import { Worker } from 'node:worker_threads';
import { createHeap, DEFAULT_MAX_HEAP } from '../heap/memory.js';

const USAGE = `usage: pygil [options] script.py [args...]

Runs a Python 3 program (a subset of the language) on pygil's bytecode VM.

options:
  --dis              print the bytecode of every code object instead of running
  --max-heap SIZE    the most memory the Python heap may use (e.g. 256m, 2g; default 1g)
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

function main(argv: string[]): void {
  let dis = false;
  let maxHeap = DEFAULT_MAX_HEAP;
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
    else if (a === '--max-heap' || a.startsWith('--max-heap=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) fail('--max-heap needs a value');
      maxHeap = parseSize(v);
    } else fail(`unknown option '${a}'`);
  }
  const script = argv[i];
  if (script === undefined) fail('no script given');
  const sab = createHeap(maxHeap);
  const worker = new Worker(new URL('../workers/main-thread.js', import.meta.url), {
    workerData: { sab, script, argv: argv.slice(i), dis },
    resourceLimits: { stackSizeMb: 256 },
    stdout: false,
    stderr: false,
  });
  worker.on('error', (err) => {
    process.stderr.write(`pygil: internal error (a bug in pygil, not in your program): ${err.message}\n`);
    process.exitCode = 70;
  });
  worker.on('exit', (code) => {
    if (process.exitCode === undefined) process.exitCode = code;
  });
}

main(process.argv.slice(2));
