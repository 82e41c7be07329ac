// The compile cache: source file -> CodeObject without parsing when the file has not changed (CPython's
// __pycache__/*.pyc, for every file pygil runs, the main script included).
//
// Why: building the Chevrotain parser (its grammar self-analysis) and parsing cost ~0.1 s at every
// start and ~1 s for `import asyncio`; reading a cached code object costs well under a millisecond
// per module, and a run whose every file is cached never builds the parser at all.
//
// Where: the cache directory (common/cache-dir.ts); one file per (pygil build, source path), named by a
// hash of both, so an edited script overwrites its own entry. Each entry holds the hash of the source it
// was compiled from; any mismatch (an edit, another build) recompiles. The cache is only an
// optimisation: any failure to read or write it is silent, and a run behaves exactly as without it
// (compile errors are never cached: a file with a syntax error is parsed each time).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeObject, Const } from '../bytecode/code-object.js';
import { isCodeObject, isConstTuple } from '../bytecode/code-object.js';
import { parse } from '../parser/index.js';
import { BUILD_ID, cacheDir, writeCacheFile } from '../common/cache-dir.js';
import { compileModule } from './compile.js';

/** Bumped when the layout below changes (BUILD_ID changes with it anyway in a real build). */
const FORMAT = 1;
/** 'PYGC' read as a little-endian u32; a big-endian reader would see it reversed and reject the file. */
const MAGIC = 0x43475950;

/** Parses and compiles the source of a file, through the cache. Throws CompileError as parse/compile do. */
export function compileFile(source: string, filename: string): CodeObject {
  const dir = cacheDir();
  if (dir === null) return compileModule(parse(source, filename), filename);
  const name = `${createHash('sha1').update(`${BUILD_ID}\0${filename}`).digest('hex')}.pgc`;
  const sourceHash = createHash('sha1').update(source).digest();
  try {
    const bytes = readFileSync(join(dir, name));
    if (bytes.length > 24 && bytes.subarray(4, 24).equals(sourceHash)) {
      const co = deserialize(bytes);
      if (co !== null && co.filename === filename) return co;
    }
  } catch {
    // no entry yet, or unreadable: compile below
  }
  const co = compileModule(parse(source, filename), filename);
  const body = serialize(co);
  sourceHash.copy(body, 4);
  writeCacheFile(dir, name, body);
  return co;
}

// ---- The format: u32 MAGIC, 20-byte source hash, u32 FORMAT, then the code object. ----
// Integers are u32 little-endian; a string is its UTF-8 length then bytes; an Int32Array its length then
// its elements, 4-byte aligned. Constants are a tag byte then the value.

const enum C {
  None,
  True,
  False,
  Int,
  Float,
  Str,
  Bytes,
  Ellipsis,
  Code,
  Tuple,
}

class Writer {
  buf = Buffer.alloc(4096);
  n = 0;

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const bigger = Buffer.alloc(Math.max(this.buf.length * 2, this.n + k));
    this.buf.copy(bigger, 0, 0, this.n);
    this.buf = bigger;
  }

  u8(v: number): void {
    this.room(1);
    this.buf[this.n++] = v;
  }

  u32(v: number): void {
    this.room(4);
    this.buf.writeUInt32LE(v >>> 0, this.n);
    this.n += 4;
  }

  f64(v: number): void {
    this.room(8);
    this.buf.writeDoubleLE(v, this.n);
    this.n += 8;
  }

  str(s: string): void {
    const len = Buffer.byteLength(s, 'utf8');
    this.u32(len);
    this.room(len);
    this.buf.write(s, this.n, 'utf8');
    this.n += len;
  }

  bytes(b: Uint8Array): void {
    this.u32(b.length);
    this.room(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }

  i32s(a: Int32Array): void {
    this.u32(a.length);
    this.n = (this.n + 3) & ~3;
    this.room(a.length * 4);
    for (let i = 0; i < a.length; i++) this.buf.writeInt32LE(a[i], this.n + i * 4);
    this.n += a.length * 4;
  }
}

function writeNames(w: Writer, names: string[]): void {
  w.u32(names.length);
  for (const s of names) w.str(s);
}

function writeConst(w: Writer, c: Const): void {
  if (c === null) w.u8(C.None);
  else if (c === true) w.u8(C.True);
  else if (c === false) w.u8(C.False);
  else if (typeof c === 'bigint') {
    w.u8(C.Int);
    w.str(c.toString(16));
  } else if (typeof c === 'string') {
    w.u8(C.Str);
    w.str(c);
  } else if (c instanceof Uint8Array) {
    w.u8(C.Bytes);
    w.bytes(c);
  } else if (isCodeObject(c)) {
    w.u8(C.Code);
    writeCode(w, c);
  } else if (isConstTuple(c)) {
    w.u8(C.Tuple);
    w.u32(c.tuple.length);
    for (const x of c.tuple) writeConst(w, x);
  } else if ('float' in c) {
    w.u8(C.Float);
    w.f64(c.float);
  } else w.u8(C.Ellipsis);
}

function writeCode(w: Writer, co: CodeObject): void {
  w.str(co.name);
  w.str(co.qualname);
  w.str(co.filename);
  for (const v of [co.firstlineno, co.argcount, co.posonlyargcount, co.kwonlyargcount, co.flags, co.stacksize]) w.u32(v);
  writeNames(w, co.varnames);
  writeNames(w, co.cellvars);
  writeNames(w, co.freevars);
  writeNames(w, co.names);
  w.u32(co.consts.length);
  for (const c of co.consts) writeConst(w, c);
  w.i32s(co.code);
  w.i32s(co.positions);
  w.i32s(co.excTable);
}

/** The cache entry of a code object, with room for the source hash (bytes 4..24, filled by the caller). */
export function serialize(co: CodeObject): Buffer {
  const w = new Writer();
  w.u32(MAGIC);
  for (let i = 0; i < 5; i++) w.u32(0);
  w.u32(FORMAT);
  writeCode(w, co);
  return w.buf.subarray(0, w.n);
}

class Reader {
  n = 28;
  constructor(readonly buf: Buffer) {}

  u8(): number {
    if (this.n >= this.buf.length) throw new RangeError('truncated');
    return this.buf[this.n++];
  }

  u32(): number {
    const v = this.buf.readUInt32LE(this.n);
    this.n += 4;
    return v;
  }

  f64(): number {
    const v = this.buf.readDoubleLE(this.n);
    this.n += 8;
    return v;
  }

  str(): string {
    const len = this.u32();
    if (this.n + len > this.buf.length) throw new RangeError('truncated');
    const s = this.buf.toString('utf8', this.n, this.n + len);
    this.n += len;
    return s;
  }

  bytes(): Uint8Array {
    const len = this.u32();
    if (this.n + len > this.buf.length) throw new RangeError('truncated');
    const b = new Uint8Array(this.buf.subarray(this.n, this.n + len));
    this.n += len;
    return b;
  }

  i32s(): Int32Array {
    const len = this.u32();
    this.n = (this.n + 3) & ~3;
    if (this.n + len * 4 > this.buf.length) throw new RangeError('truncated');
    const a = new Int32Array(len);
    for (let i = 0; i < len; i++) a[i] = this.buf.readInt32LE(this.n + i * 4);
    this.n += len * 4;
    return a;
  }
}

function readNames(r: Reader): string[] {
  const n = r.u32();
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(r.str());
  return out;
}

function readConst(r: Reader): Const {
  switch (r.u8()) {
    case C.None:
      return null;
    case C.True:
      return true;
    case C.False:
      return false;
    case C.Int: {
      const hex = r.str();
      return hex.startsWith('-') ? -BigInt(`0x${hex.slice(1)}`) : BigInt(`0x${hex}`);
    }
    case C.Float:
      return { float: r.f64() };
    case C.Str:
      return r.str();
    case C.Bytes:
      return r.bytes();
    case C.Ellipsis:
      return { ellipsis: true };
    case C.Code:
      return readCode(r);
    case C.Tuple: {
      const n = r.u32();
      const tuple: Const[] = [];
      for (let i = 0; i < n; i++) tuple.push(readConst(r));
      return { tuple };
    }
    default:
      throw new RangeError('bad constant tag');
  }
}

function readCode(r: Reader): CodeObject {
  const name = r.str();
  const qualname = r.str();
  const filename = r.str();
  const firstlineno = r.u32();
  const argcount = r.u32();
  const posonlyargcount = r.u32();
  const kwonlyargcount = r.u32();
  const flags = r.u32();
  const stacksize = r.u32();
  const varnames = readNames(r);
  const cellvars = readNames(r);
  const freevars = readNames(r);
  const names = readNames(r);
  const nconsts = r.u32();
  const consts: Const[] = [];
  for (let i = 0; i < nconsts; i++) consts.push(readConst(r));
  const code = r.i32s();
  const positions = r.i32s();
  const excTable = r.i32s();
  return {
    name, qualname, filename, firstlineno, argcount, posonlyargcount, kwonlyargcount, flags, stacksize,
    varnames, cellvars, freevars, names, consts, code, positions, excTable,
  };
}

/** The code object of a cache entry, or null if the entry is not one this build wrote whole. */
export function deserialize(buf: Buffer): CodeObject | null {
  try {
    if (buf.length < 28 || buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(24) !== FORMAT) return null;
    const r = new Reader(buf);
    const co = readCode(r);
    return r.n === buf.length ? co : null;
  } catch {
    return null;
  }
}
