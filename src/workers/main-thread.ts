/*
 * The worker that runs a program's main Python thread (DESIGN.md G3: every Python thread runs in a
 * worker; Node's own main thread only supervises). It bootstraps the interpreter in the heap the
 * supervisor created, runs the script, and ends with the program's exit status.
 */

import { workerData } from 'node:worker_threads';
import { runMain, type RunOptions } from '../vm/run.js';

const opts = workerData as RunOptions & { sab: SharedArrayBuffer };
const status = runMain(opts.sab, opts);
process.exit(status);
