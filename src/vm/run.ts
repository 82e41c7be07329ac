/*
 * Running a program: bootstrap the interpreter in a heap, compile the script, run it as __main__,
 * report an uncaught exception as CPython does, and return the exit status. Runs in the main
 * Python thread's worker (or in-process for tests).
 */

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CTL_ROOT, RT_SYS, RT_MODULES } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE, listFrom } from '../heap/objects.js';
import { dictSetStr } from '../heap/dict.js';
import { intern, newStr } from '../heap/str.js';
import { CompileError } from '../common/errors.js';
import { EX_ARGS, PY_THROWN, toException } from '../runtime/exceptions.js';
import { isSubtype, typeByName, typeOf } from '../runtime/types.js';
import { root } from '../runtime/thread-state.js';
import * as ops from '../runtime/ops.js';
import { tupleGet, tupleLen } from '../heap/objects.js';
import { parse } from '../parser/parse.js';
import { compileModule } from '../compiler/index.js';
import { disassemble } from '../bytecode/disassemble.js';
import { flushAll, writeStderr, writeStdout } from '../builtins/io.js';
import { bootstrapInterpreter } from './interp.js';
import { loadCode } from './load-code.js';
import { runCode } from './eval.js';
import { newModule, moduleDict, LIB_DIR } from './import.js';
import { formatException } from './traceback.js';

export interface RunOptions {
  script: string; // the path as the user gave it (used in tracebacks)
  argv: string[]; // sys.argv
  dis?: boolean;
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
  let source: string | null = null;
  try {
    bootstrapInterpreter(sab);
    const path = resolve(opts.script);
    try {
      source = readFileSync(path, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '[Errno 2] No such file or directory' : code === 'EISDIR' ? '[Errno 21] Is a directory' : String(err);
      process.stderr.write(`pygil: can't open file '${path}': ${why}\n`);
      return 2;
    }
    const co = compileModule(parse(source, opts.script), opts.script);
    if (opts.dis) {
      writeStdout(disassemble(co));
      flushAll();
      return 0;
    }
    setSysList('argv', opts.argv);
    setSysList('path', [dirname(path), LIB_DIR]);
    const main = newModule('__main__', opts.script);
    root(main);
    const mods = I32[(I32[CTL_ROOT] >> 2) + RT_MODULES] as Ref;
    dictSetStr(mods, intern('__main__'), main);
    const d = moduleDict(main);
    dictSetStr(d, intern('__builtins__'), ops.pyStr('builtins'));
    const code = loadCode(co);
    root(code);
    runCode(code, d, d);
    flushAll();
    return 0;
  } catch (e) {
    if (e instanceof CompileError) {
      flushAll();
      writeStderr(formatCompileError(e, source));
      return 1;
    }
    if (e === PY_THROWN || (e instanceof Error && e.constructor.name === 'PyErr')) {
      const exc = toException(e);
      if (isSubtype(typeOf(exc), typeByName('SystemExit'))) return systemExitStatus(exc);
      flushAll();
      writeStderr(formatException(exc) + '\n');
      return 1;
    }
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
}

