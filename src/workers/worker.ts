/*
 * The worker that runs Python threads (DESIGN.md §3: every Python thread, the main one included, runs
 * in a worker; Node's own main thread only supervises, see cli/main.ts).
 *
 * - role 'main': bootstraps the interpreter in the heap the supervisor created, runs the script and
 *   ends with the program's exit status (the supervisor then ends the process, daemon threads and all).
 * - role 'thread': runs the Python thread it was started for (`_thread.start_new_thread` asked the
 *   supervisor for a worker), then tells the supervisor it is idle and waits for the next thread to run:
 *   workers are pooled, since starting one costs tens of milliseconds. A spare (started with no thread)
 *   only loads the interpreter's code and waits.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { runMain, runThread, type RunOptions } from '../vm/run.js';

export interface MainWorkerData extends RunOptions {
  role: 'main';
  sab: SharedArrayBuffer;
  switchInterval: number;
}
/** A thread worker starts with a thread to run, or (ts 0) as a spare that only loads and waits. */
export interface ThreadWorkerData {
  role: 'thread';
  sab: SharedArrayBuffer;
  ts: number;
  ident: number;
}
/** Messages a worker sends the supervisor: start a thread; I am idle (`spare`: a spare that booted);
 *  the program uses threads (keep a spare worker ready). */
export type ToSupervisor =
  | { type: 'spawn'; ts: number; ident: number }
  | { type: 'idle'; spare?: boolean }
  | { type: 'prewarm' };
/** Messages the supervisor sends an idle thread worker. */
export type ToWorker = { type: 'run'; ts: number; ident: number };

const data = workerData as MainWorkerData | ThreadWorkerData;

function runOne(ts: number, ident: number): void {
  try {
    runThread(data.sab, ts as never, ident);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const stack = process.env.PYGIL_DEBUG === '1' && e instanceof Error ? `\n${e.stack ?? ''}` : '';
    process.stderr.write(`pygil: internal error (a bug in pygil, not in your program): ${msg}${stack}\n`);
    process.exit(70);
  }
  parentPort!.postMessage({ type: 'idle' } satisfies ToSupervisor);
}

if (data.role === 'main') {
  process.exit(runMain(data.sab, data));
} else {
  parentPort!.on('message', (m: ToWorker) => runOne(m.ts, m.ident));
  if (data.ts !== 0) runOne(data.ts, data.ident);
  else parentPort!.postMessage({ type: 'idle', spare: true } satisfies ToSupervisor);
}
