#!/usr/bin/env node
// The asyncio benchmarks (bench/asyncio/*.py) against CPython on the same run.
// The runner is bench/self-timed.mjs.
//
//   node bench/asyncio.mjs                           all programs, 5 rounds
//   node bench/asyncio.mjs --only switches,sleepers  some programs
//   node bench/asyncio.mjs --rounds 3
//   PYGIL_BENCH_CMD=python3 node bench/asyncio.mjs   time another command in pygil's place

import { runSuite } from './self-timed.mjs';

// Order is the order of the report. `better` says which way is good; `target` is the goal for
// pygil; `cpythonHere` is what CPython 3.11 gave on this machine (median of single runs) when the
// programs were written.
const PROGRAMS = [
  { name: 'switches', metric: 'task_switches_per_s', unit: 'task resumptions per second', better: 'higher', target: 'cpython', cpythonHere: 490_000 },
  { name: 'sleepers', metric: 'sleepers_total_s', unit: 's for 20,000 concurrent 0.2 s sleeps', better: 'lower', target: 'cpython', cpythonHere: 0.43 },
  { name: 'threadsafe', metric: 'threadsafe_rt_us', unit: 'µs per thread -> loop -> thread round trip', better: 'lower', target: 30, cpythonHere: 29 },
];

runSuite({ name: 'asyncio', programs: PROGRAMS });
