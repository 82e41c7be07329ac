/*
 * Running a program: bootstrap the interpreter in a heap, compile the script, run it as __main__,
 * report an uncaught exception as CPython does, and return the exit status. Runs in the main
 * Python thread's worker (or in-process for tests).
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  CTL_ROOT, RT_SYS, RT_MODULES, RT_THREADS, RT_DONE_THREADS, TH_CUREXC, TH_EXC_INFO, TH_FRAME, TH_NATIVE_ID,
  TH_NROOTS, TH_ROOTS, TH_STACK, TH_START, TH_STATE, ThreadState,
} from '../heap/layout.js';
import { I32, attachHeap } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE, listAppend, listFrom, listGet, listLen, listRemoveAt, tupleFrom } from '../heap/objects.js';
import { dictGetStr, dictKeyAt, dictLen, dictNext, dictSetStr, dictValueAt } from '../heap/dict.js';
import { intern, newStr } from '../heap/str.js';
import { CompileError } from '../common/errors.js';
import { EX_ARGS, isPyException, toException } from '../runtime/exceptions.js';
import { isSubtype, typeByName, typeOf } from '../runtime/types.js';
import { root, setThreadState } from '../runtime/thread-state.js';
import { callWith, callWithKw } from '../runtime/call.js';
import { gilAcquire, gilReleaseFinal, gilSetThread } from '../gil/gil.js';
import * as ops from '../runtime/ops.js';
import { tupleGet, tupleLen } from '../heap/objects.js';
import { compileFile } from '../compiler/index.js';
import { disassemble } from '../bytecode/disassemble.js';
import { flushAll, writeStderr, writeStdout } from '../builtins/io.js';
import { attachInterpreter, bootstrapInterpreter, osThreadId } from './interp.js';
import { loadCode } from './load-code.js';
import { runCode } from './eval.js';
import { newModule, moduleDict, LIB_DIR } from './import.js';
import { formatException } from './traceback.js';
import { formatGilStats } from '../builtins/mod-gil.js';
import { reportNeverAwaited } from './async-gen.js';

export interface RunOptions {
  script: string; // the path as the user gave it (used in tracebacks)
  argv: string[]; // sys.argv
  dis?: boolean;
  switchInterval?: number; // the GIL's switch interval in instructions
  gilStats?: boolean; // print the GIL's figures to stderr at exit
}

/** CPython's report of a syntax error (Python/pythonrun.c print_error_text). */
export function formatCompileError(e: CompileError, source: string | null): string {
  const lines = [`  File "${e.filename}", line ${e.lineno}`];
  const text = source?.split(/\r?\n/)[e.lineno - 1];
  if (text !== undefined) {
    const stripped = text.replace(/^[ \t\f]+/, '');
    const cut = text.length - stripped.length;
    lines.push(`    ${stripped.replace(/\s+$/, '')}`);
    const start = Math.max(1, e.offset - cut);
    const end = e.endLineno === e.lineno ? Math.max(start + 1, e.endOffset - cut) : start + 1;
    lines.push(`    ${' '.repeat(start - 1)}${'^'.repeat(Math.max(1, end - start))}`);
  }
  lines.push(`${e.pyType}: ${e.msg}`);
  return lines.join('\n') + '\n';
}

function setSysList(name: string, items: string[]): void {
  const sys = I32[(I32[CTL_ROOT] >> 2) + RT_SYS] as Ref;
  if (sys === NULL) return;
  const l = listFrom(items.map((s) => newStr(s)));
  dictSetStr(moduleDict(sys), intern(name), l);
}

/** SystemExit's status and what to print (CPython's handle_system_exit). */
function systemExitStatus(exc: Ref): number {
  flushAll();
  const args = I32[(exc >> 2) + EX_ARGS] as Ref;
  const code = tupleLen(args) === 0 ? NONE : tupleLen(args) === 1 ? tupleGet(args, 0) : args;
  if (code === NONE) return 0;
  if (ops.isInt(code)) return Number(BigInt.asUintN(8, ops.toBig(code)));
  writeStderr(ops.strJs(code) + '\n');
  return 1;
}

/** Runs the program; returns its exit status. */
export function runMain(sab: SharedArrayBuffer, opts: RunOptions): number {
  scriptStarted = false;
  const status = runScript(sab, opts);
  if (!scriptStarted || status === 70) return status;
  return finalize(status, opts);
}

/** The interpreter's end (CPython's Py_FinalizeEx, the part that matters here): wait for the non-daemon
 *  threads (threading._shutdown, when threading was imported), then print the GIL figures if asked. */
function finalize(status: number, opts: RunOptions): number {
  try {
    const mods = I32[(I32[CTL_ROOT] >> 2) + RT_MODULES] as Ref;
    const threading = dictGetStr(mods, intern('threading'));
    if (threading !== NULL) {
      const shutdown = ops.getAttrOrNull(threading, intern('_shutdown'), false);
      if (shutdown !== NULL) callWith(shutdown);
    }
  } catch (e) {
    if (!isPyException(e)) return internalError(e);
    flushAll();
    writeStderr(`Exception ignored in: <module 'threading'>\n${formatException(toException(e))}\n`);
  }
  flushAll();
  reportNeverAwaited();
  if (opts.gilStats) writeStderr(formatGilStats());
  return status;
}

function internalError(e: unknown): number {
  try {
    flushAll();
  } catch {
    // the report below matters more
  }
  // One line for the user; the JS stack only when asked for (PYGIL_DEBUG=1).
  const msg = e instanceof Error ? e.message : String(e);
  const stack = process.env.PYGIL_DEBUG === '1' && e instanceof Error ? `\n${e.stack ?? ''}` : '';
  process.stderr.write(`pygil: internal error (a bug in pygil, not in your program): ${msg}${stack}\n`);
  return 70;
}

/** Set once the program's own code starts running (then the interpreter's end runs too). */
let scriptStarted = false;

function runScript(sab: SharedArrayBuffer, opts: RunOptions): number {
  let source: string | null = null;
  try {
    bootstrapInterpreter(sab, opts.switchInterval);
    const path = resolve(opts.script);
    try {
      source = readFileSync(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '[Errno 2] No such file or directory' : code === 'EISDIR' ? '[Errno 21] Is a directory' : String(err);
      process.stderr.write(`pygil: can't open file '${path}': ${why}\n`);
      return 2;
    }
    const co = compileFile(source, path);
    if (opts.dis) {
      writeStdout(disassemble(co));
      flushAll();
      return 0;
    }
    setSysList('argv', opts.argv);
    setSysList('path', [dirname(path), LIB_DIR]);
    const main = newModule('__main__', path);
    root(main);
    const mods = I32[(I32[CTL_ROOT] >> 2) + RT_MODULES] as Ref;
    dictSetStr(mods, intern('__main__'), main);
    const d = moduleDict(main);
    dictSetStr(d, intern('__builtins__'), ops.pyStr('builtins'));
    const code = loadCode(co);
    root(code);
    scriptStarted = true;
    runCode(code, d, d);
    flushAll();
    return 0;
  } catch (e) {
    if (e instanceof CompileError) {
      flushAll();
      writeStderr(formatCompileError(e, source));
      return 1;
    }
    if (isPyException(e)) {
      const exc = toException(e);
      if (isSubtype(typeOf(exc), typeByName('SystemExit'))) return systemExitStatus(exc);
      flushAll();
      writeStderr(formatException(exc) + '\n');
      // CPython ends by SIGINT after an uncaught KeyboardInterrupt: a shell sees status 130.
      return isSubtype(typeOf(exc), typeByName('KeyboardInterrupt')) ? 130 : 1;
    }
    return internalError(e);
  }
}


// ====================================================================== other threads

/** Whether this worker has attached to the interpreter (a pooled worker runs many threads). */
let attached = false;

/** Runs the Python thread `ts` (made by `_thread.start_new_thread`, ident `ident`) in this worker, from
 *  its start to its end, then gives the GIL up for good. Returns normally, also when the thread's
 *  function raised (reported on stderr as CPython's unraisable hook does); throws only on an internal
 *  error. */
export function runThread(sab: SharedArrayBuffer, ts: Ref, ident: number): void {
  if (!attached) attachHeap(sab);
  gilSetThread(ident, ts);
  gilAcquire();
  if (!attached) {
    attachInterpreter(sab, ts);
    attached = true;
  } else setThreadState(ts);
  const w = ts >> 2;
  I32[w + TH_NATIVE_ID] = osThreadId();
  I32[w + TH_STATE] = ThreadState.RUNNING;
  const start = I32[w + TH_START] as Ref;
  const func = tupleGet(start, 0);
  try {
    const args = tupleGet(start, 1);
    const kwargs = tupleGet(start, 2);
    callArgsKwargs(func, args, kwargs);
  } catch (e) {
    if (!isPyException(e)) throw e;
    const exc = toException(e);
    if (!isSubtype(typeOf(exc), typeByName('SystemExit'))) {
      flushAll();
      writeStderr(`Exception ignored in thread started by: ${ops.reprJs(func)}\n${formatException(exc)}\n`);
    }
  } finally {
    threadFinished(ts);
  }
}

/** func(*args, **kwargs) with a tuple and a dict (or None). */
function callArgsKwargs(func: Ref, args: Ref, kwargs: Ref): Ref {
  const argv: Ref[] = [];
  for (let i = 0; i < tupleLen(args); i++) argv.push(tupleGet(args, i));
  if (kwargs === NONE || kwargs === NULL || dictLen(kwargs) === 0) return callWith(func, ...argv);
  const names: Ref[] = [];
  for (let i = dictNext(kwargs, 0); i >= 0; i = dictNext(kwargs, i + 1)) {
    names.push(dictKeyAt(kwargs, i));
    argv.push(dictValueAt(kwargs, i));
  }
  return callWithKw(func, argv, tupleFrom(names));
}

/** A thread's end: its state moves to the finished list (its GIL figures stay), its stacks go, and the
 *  GIL is released for good. */
function threadFinished(ts: Ref): void {
  const w = ts >> 2;
  flushAll();
  const rt = I32[CTL_ROOT] >> 2;
  const threads = I32[rt + RT_THREADS] as Ref;
  for (let i = 0; i < listLen(threads); i++) {
    if (listGet(threads, i) === ts) {
      listRemoveAt(threads, i);
      break;
    }
  }
  listAppend(I32[rt + RT_DONE_THREADS] as Ref, ts);
  I32[w + TH_STATE] = ThreadState.DONE;
  I32[w + TH_FRAME] = 0;
  I32[w + TH_START] = NULL;
  I32[w + TH_STACK] = NULL;
  I32[w + TH_CUREXC] = NULL;
  I32[w + TH_EXC_INFO] = NULL;
  I32[w + TH_NROOTS] = 0;
  I32[w + TH_ROOTS] = NULL;
  gilReleaseFinal();
}
