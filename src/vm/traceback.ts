/*
 * Printing an uncaught exception as CPython does (Lib/traceback.py): the chain of causes and
 * contexts first, then "Traceback (most recent call last):", one entry per frame with its source
 * line, and "Type: message". Caller holds the GIL.
 */

import { readFileSync } from 'node:fs';
import { CO_FILENAME, CO_NAME, TB_CODE, TB_LINE, TB_NEXT, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE } from '../heap/objects.js';
import { dictGetStr } from '../heap/dict.js';
import { intern, strValue } from '../heap/str.js';
import { EX_CAUSE, EX_CONTEXT, EX_SUPPRESS, EX_TRACEBACK, PY_THROWN, toException } from '../runtime/exceptions.js';
import { typeOf, typeDict, typeQualname } from '../runtime/types.js';
import * as ops from '../runtime/ops.js';

const sourceCache = new Map<string, string[] | null>();

export function sourceLine(file: string, line: number): string | null {
  let lines = sourceCache.get(file);
  if (lines === undefined) {
    try {
      lines = readFileSync(file, 'utf8').split(/\r?\n/);
    } catch {
      lines = null;
    }
    sourceCache.set(file, lines);
  }
  if (lines === null || line < 1 || line > lines.length) return null;
  return lines[line - 1].trim();
}

/** "Type: message" as the last line of a traceback (traceback.format_exception_only). */
export function formatExceptionOnly(exc: Ref): string {
  const tp = typeOf(exc);
  let name = typeQualname(tp);
  const mod = dictGetStr(typeDict(tp), intern('__module__'));
  if (mod !== NULL && ops.isStr(mod)) {
    const m = strValue(mod);
    if (m !== 'builtins' && m !== '__main__') name = `${m}.${name}`;
  }
  let msg: string;
  try {
    msg = ops.strJs(exc);
  } catch (e) {
    if (e !== PY_THROWN) throw e;
    toException(e);
    msg = '<exception str() failed>';
  }
  return msg === '' ? name : `${name}: ${msg}`;
}

function formatOne(exc: Ref, out: string[]): void {
  if (ops.tagOf(exc) !== Tag.EXCEPTION) {
    out.push(formatExceptionOnly(exc));
    return;
  }
  let tb = I32[(exc >> 2) + EX_TRACEBACK] as Ref;
  if (tb !== NULL && tb !== NONE) {
    out.push('Traceback (most recent call last):');
    for (; tb !== NULL && tb !== NONE; tb = I32[(tb >> 2) + TB_NEXT] as Ref) {
      const code = I32[(tb >> 2) + TB_CODE] as Ref;
      const file = strValue(I32[(code >> 2) + CO_FILENAME] as Ref);
      const line = I32[(tb >> 2) + TB_LINE] >> 1;
      const name = strValue(I32[(code >> 2) + CO_NAME] as Ref);
      out.push(`  File "${file}", line ${line}, in ${name}`);
      const src = sourceLine(file, line);
      if (src) out.push(`    ${src}`);
    }
  }
  out.push(formatExceptionOnly(exc));
}

/** The full text CPython prints for an uncaught exception, chained exceptions included. */
export function formatException(exc: Ref, seen: Set<number> = new Set()): string {
  seen.add(exc);
  const out: string[] = [];
  if (ops.tagOf(exc) === Tag.EXCEPTION) {
    const w = exc >> 2;
    const cause = I32[w + EX_CAUSE] as Ref;
    const context = I32[w + EX_CONTEXT] as Ref;
    const suppress = (I32[w + EX_SUPPRESS] >> 1) !== 0;
    if (cause !== NULL && cause !== NONE && !seen.has(cause)) {
      out.push(formatException(cause, seen));
      out.push('\nThe above exception was the direct cause of the following exception:\n');
    } else if (context !== NULL && context !== NONE && !suppress && !seen.has(context)) {
      out.push(formatException(context, seen));
      out.push('\nDuring handling of the above exception, another exception occurred:\n');
    }
  }
  formatOne(exc, out);
  return out.join('\n');
}
