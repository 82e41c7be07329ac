#!/usr/bin/env node
// The GIL benchmarks (bench/gil/*.py) against CPython on the same run.
// The runner is bench/self-timed.mjs.
//
//   node bench/gil.mjs                        all programs, 5 rounds
//   node bench/gil.mjs --only handoff,convoy  some programs
//   node bench/gil.mjs --rounds 3
//   PYGIL_BENCH_CMD=python3 node bench/gil.mjs   time another command in pygil's place

import { runSuite } from './self-timed.mjs';

// Order is the order of the report. `better` says which way is good; `target` is the goal for
// pygil; `cpythonHere` is what CPython 3.11 gave on this machine when the goals were set.
const PROGRAMS = [
  { name: 'handoff', metric: 'handoff_us', unit: 'µs per round trip', better: 'lower', target: 10, cpythonHere: 72 },
  { name: 'cpu_threads', metric: 'threaded_over_sequential', unit: 'ratio of wall times', better: 'lower', target: 1.05, cpythonHere: 0.92 },
  { name: 'convoy', metric: 'convoy_extra_ms', unit: 'ms per 1 ms sleep', better: 'lower', target: 2, cpythonHere: 16.5 },
  { name: 'hashing', metric: 'hash_speedup', unit: 'sequential / parallel', better: 'higher', target: 1.7, cpythonHere: null },
];

runSuite({ name: 'gil', programs: PROGRAMS });
