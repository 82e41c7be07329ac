/*
 * Loads a compiled CodeObject (plain JS data) into the shared heap as a CODE object, so that any
 * worker can run it: instructions, positions and the exception table as RAW blocks, names interned,
 * constants as heap values. Caller holds the GIL.
 */

import { alloc } from '../heap/alloc.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/opcodes.js';
import {
  CI_ARGCOUNT, CI_CELL2ARG, CI_SIMPLE_ARGC, CI_FIRSTLINE, CI_FLAGS, CI_KWONLY, CI_NCELLS, CI_NEXC, CI_NFREES, CI_NINSTR,
  CI_NLOCALSPLUS, CI_NVARNAMES, CI_POSONLY, CI_STACKSIZE, CI_WORDS_FIXED, CO_CELLVARS, CO_CODE, CO_CONSTS,
  CO_EXCTABLE, CO_FILENAME, CO_FREEVARS, CO_INFO, CO_NAME, CO_NAMES, CO_POSITIONS, CO_QUALNAME, CO_VARNAMES,
  CODE_WORDS, CTL_NEXT_SERIAL, ELLIPSIS_REF, Tag,
} from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import type { Ref } from '../heap/value.js';
import { FALSE, NONE, TRUE, intFromBigInt, newFloat, newTuple, tupleSetInit } from '../heap/objects.js';
import { intern, newBytes, newStr } from '../heap/str.js';
import { T } from '../runtime/types.js';
import { root, unroot } from '../runtime/thread-state.js';
import { isCodeObject, isConstTuple, type CodeObject, type Const } from '../bytecode/code-object.js';

function rawBlock(data: ArrayLike<number>): Ref {
  const r = alloc(4 + data.length, Tag.RAW, 0, data.length);
  const w = (r >> 2) + 4;
  for (let i = 0; i < data.length; i++) I32[w + i] = data[i];
  return r;
}

function strTuple(names: readonly string[]): Ref {
  const t = newTuple(names.length);
  names.forEach((n, i) => tupleSetInit(t, i, intern(n)));
  return t;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A constant as a heap value. */
export function loadConst(c: Const, filename: string): Ref {
  if (typeof c === 'bigint') return intFromBigInt(c);
  if (typeof c === 'string') return c.length <= 64 && IDENT.test(c) ? intern(c) : newStr(c);
  if (typeof c === 'boolean') return c ? TRUE : FALSE;
  if (c === null) return NONE;
  if (c instanceof Uint8Array) return newBytes(c);
  if (isConstTuple(c)) {
    const t = newTuple(c.tuple.length);
    const m = root(t);
    try {
      c.tuple.forEach((x, i) => tupleSetInit(t, i, loadConst(x, filename)));
    } finally {
      unroot(m);
    }
    return t;
  }
  if (isCodeObject(c)) return loadCode(c);
  if ('float' in c) return newFloat(c.float);
  if ('ellipsis' in c) return ELLIPSIS_REF as Ref;
  throw new Error('loadConst: unknown constant');
}

/** The heap CODE object for `co` (and, recursively, its nested code objects). */
export function loadCode(co: CodeObject): Ref {
  const consts = newTuple(co.consts.length);
  const m = root(consts);
  try {
    co.consts.forEach((c, i) => tupleSetInit(consts, i, loadConst(c, co.filename)));
    const code = alloc(CODE_WORDS, Tag.CODE, T.code, I32[CTL_NEXT_SERIAL]++);
    root(code);
    const w = code >> 2;
    I32[w + CO_CONSTS] = consts;
    I32[w + CO_NAME] = intern(co.name);
    I32[w + CO_QUALNAME] = intern(co.qualname);
    I32[w + CO_FILENAME] = newStr(co.filename);
    I32[w + CO_NAMES] = strTuple(co.names);
    I32[w + CO_VARNAMES] = strTuple(co.varnames);
    I32[w + CO_CELLVARS] = strTuple(co.cellvars);
    I32[w + CO_FREEVARS] = strTuple(co.freevars);
    I32[w + CO_CODE] = rawBlock(co.code);
    I32[w + CO_POSITIONS] = rawBlock(co.positions);
    I32[w + CO_EXCTABLE] = rawBlock(co.excTable);
    const info = new Array<number>(CI_WORDS_FIXED + co.cellvars.length).fill(0);
    info[CI_ARGCOUNT] = co.argcount;
    info[CI_POSONLY] = co.posonlyargcount;
    info[CI_KWONLY] = co.kwonlyargcount;
    info[CI_FLAGS] = co.flags;
    info[CI_STACKSIZE] = co.stacksize;
    info[CI_FIRSTLINE] = co.firstlineno;
    info[CI_NLOCALSPLUS] = co.varnames.length + co.cellvars.length + co.freevars.length;
    info[CI_NVARNAMES] = co.varnames.length;
    info[CI_NCELLS] = co.cellvars.length;
    info[CI_NFREES] = co.freevars.length;
    info[CI_NINSTR] = co.code.length;
    info[CI_NEXC] = co.excTable.length >> 2;
    const simple = (co.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) === 0 &&
      co.kwonlyargcount === 0 && co.cellvars.length === 0 && co.freevars.length === 0;
    info[CI_SIMPLE_ARGC] = simple ? co.argcount : -1;
    // A cell whose name is also a parameter starts out holding the argument (CPython's cell2arg).
    const nparams = co.argcount + co.kwonlyargcount + ((co.flags & 4) !== 0 ? 1 : 0) + ((co.flags & 8) !== 0 ? 1 : 0);
    co.cellvars.forEach((name, i) => {
      const j = co.varnames.indexOf(name);
      info[CI_CELL2ARG + i] = j >= 0 && j < nparams ? j : -1;
    });
    I32[w + CO_INFO] = rawBlock(info);
    return code;
  } finally {
    unroot(m);
  }
}
