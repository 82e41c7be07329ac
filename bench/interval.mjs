#!/usr/bin/env node
// Picks the default switch interval by measurement: for each interval (instructions), the convoy
// latency (extra ms per 1 ms sleep of an I/O thread while 2 CPU-bound threads spin, bench/gil/convoy.py)
// and the CPU-bound throughput (4 threads vs the same work sequentially, bench/gil/cpu_threads.py),
// medians of R runs under pygil. See README "The switch interval".
//   node bench/interval.mjs [--rounds R] [--intervals 100,1000,...]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const rounds = Number(opt('--rounds', 3));
const intervals = opt('--intervals', '100,300,1000,3000,10000,100000').split(',').map(Number);

function metric(prog, interval) {
  const out = execFileSync(process.execPath, [path.join(root, 'bin', 'pygil.js'), '--switch-interval', String(interval), path.join(root, 'bench', 'gil', prog)], {
    encoding: 'utf8', timeout: 300_000,
  });
  return Number(out.trim().split(/\s+/).pop());
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('interval  convoy_extra_ms  threaded_over_sequential');
for (const iv of intervals) {
  const convoy = [];
  const cpu = [];
  for (let r = 0; r < rounds; r++) {
    convoy.push(metric('convoy.py', iv));
    cpu.push(metric('cpu_threads.py', iv));
  }
  console.log(`${String(iv).padStart(8)}  ${median(convoy).toFixed(3).padStart(15)}  ${median(cpu).toFixed(3).padStart(24)}`);
}
