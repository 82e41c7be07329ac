// Runs a script on Node's main thread, without the worker (for profiling: node --cpu-prof scripts/run-inline.mjs x.py).
import { createHeap } from '../dist/src/heap/memory.js';
import { runMain } from '../dist/src/vm/run.js';

const script = process.argv[2];
process.exitCode = runMain(createHeap(), { script, argv: process.argv.slice(2) });
