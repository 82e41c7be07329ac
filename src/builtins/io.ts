/*
 * Input and output: print(), input(), open() and the file objects they use (sys.stdin/stdout/stderr are
 * file objects too), and this worker's stdout buffer.
 *
 * Notes about the implementation
 *
 * - stdout is written synchronously (fs.writeSync works in workers) through a per-worker buffer
 *   (`outBuf`, a module-level let: one per worker). It is flushed when it passes FLUSH_AT bytes, before
 *   anything goes to stderr, before input() reads, on sys.stdout.flush() / print(flush=True), and at exit
 *   (the VM calls `flushAll`). The threads layer must also call `flushStdout` whenever this worker drops
 *   the GIL, so that the bytes reach fd 1 in the order in which Python executed the writes.
 *   stderr is unbuffered.
 * - Text is encoded as UTF-8. A lone surrogate is encoded as U+FFFD (CPython would raise
 *   UnicodeEncodeError: 'utf-8' codec can't encode character '\udc80' ... surrogates not allowed).
 * - A file object is a NATIVE heap object of type TextIOWrapper, so that every thread sees the same file
 *   (DESIGN.md §2). Its raw words hold the fd, flags, the read offset and the file position; its Refs
 *   (name, mode, encoding, the read-ahead buffer) live in its __dict__, because the collector does not
 *   trace the raw words of a NATIVE object. CPython's TextIOWrapper __dict__ holds only 'mode'; ours also
 *   holds 'name', 'encoding' and '_rbuf' (a bytes object: the read-ahead buffer).
 * - Node has no lseek(2), so a regular file's position is tracked here and every read and write passes
 *   it explicitly (pread/pwrite). Pipes, ttys and character devices (F_STREAM) are read and written at
 *   the fd's own position. Writes to regular files are not buffered (one pwrite per write()).
 * - Binary files use the same object (repr says BufferedReader/BufferedWriter/BufferedRandom as
 *   CPython does, but type(f) is TextIOWrapper).
 * - io.UnsupportedOperation ("not readable", "not writable", "can't do nonzero cur-relative seeks") is
 *   raised as OSError, its base class (it is also a ValueError in CPython).
 * - Blocking calls (reading stdin, sleeping) go through `blockingHooks` so that the threads layer can
 *   release the GIL around them. Nothing in the hook touches the heap.
 */

import * as fs from 'node:fs';
import { takeSigint, waitInterruptible } from '../gil/gil.js';
import { isUtf8 } from 'node:buffer';
import { isatty } from 'node:tty';
import { H_AUX, H_TYPE, INST_DICT, MOD_DICT, RT_MISC, RT_MODULES, RT_SYS, S_DATA, Tag, CTL_ROOT } from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { F64, I32, U8 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, TRUE, FALSE, bool, intFromNumber, listAppend, listGet, listLen, newList } from '../heap/objects.js';
import { intern, newStr, newBytes, strValue, bytesLen } from '../heap/str.js';
import { dictGetStr, dictSetStr, newDict } from '../heap/dict.js';
import { registerNative, type NativeFn } from '../runtime/natives.js';
import { raise, throwExc, PY_THROWN } from '../runtime/exceptions.js';
import {
  T, TF_BASETYPE, TF_EXC, TF_HEAPTYPE, TY_DICT, TY_MODULE, allocType, c3, setBases, typeByName, typeDict, typeName,
  typeOf,
} from '../runtime/types.js';
import { callWith, parseArgs, kwCount, noKw, checkArgc } from '../runtime/call.js';
import { root, unroot } from '../runtime/thread-state.js';
import { getAttr, getAttrOrNull, getIter, iterNext, strJs, reprJs, tagOf, tname, toIndexNumber } from '../runtime/ops.js';
import { defMethods, defModule, newBuiltin, onBootstrap } from './define.js';

// ====================================================================== blocking calls

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** Blocks this worker for `seconds` (Atomics.wait on a private word). Touches no heap memory: the
 *  threads layer wraps it (through blockingHooks) to release the GIL around it. Returns false when a
 *  Ctrl-C cut it short (main thread only). */
export function blockingSleep(seconds: number): boolean {
  if (seconds <= 0) return true;
  return waitInterruptible(sleepCell, 0, 0, seconds * 1000) !== 'interrupted';
}

/** Reads from a fd into a private (non-shared) buffer; returns the byte count (0 at end of file).
 *  Retries on EAGAIN (a non-blocking pipe or tty). Touches no heap memory. */
export function blockingRead(fd: number, buf: Uint8Array, position: number | null): number {
  for (;;) {
    try {
      return fs.readSync(fd, buf, 0, buf.length, position);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        Atomics.wait(sleepCell, 0, 0, 2);
        continue;
      }
      if (code === 'EOF') return 0;
      throw e;
    }
  }
}

/** The blocking operations, replaceable by the threads layer (to drop and retake the GIL around them).
 *  `write` is used for writes to files a program asked for (a large write(), flush(), close()); the
 *  flushes made while the GIL is being released (flushAll) write directly. */
export const blockingHooks = {
  sleep: (seconds: number): void => {
    if (!blockingSleep(seconds) && takeSigint()) raiseKeyboardInterrupt();
  },
  read: blockingRead,
  write: (fd: number, data: Uint8Array, position: number | null): void => writeAll(fd, data, position),
};

/** KeyboardInterrupt (no arguments), for a blocking call that Ctrl-C cut short. */
export function raiseKeyboardInterrupt(): never {
  throwExc(callWith(typeByName('KeyboardInterrupt')));
}

// ====================================================================== raw fd writes

/** Writes all of `data` to `fd` (at `position` when not null), retrying partial writes and EAGAIN. */
function writeAll(fd: number, data: Uint8Array, position: number | null): void {
  let off = 0;
  while (off < data.length) {
    try {
      const n = fs.writeSync(fd, data, off, data.length - off, position === null ? null : position + off);
      off += n;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN' || code === 'EWOULDBLOCK') {
        Atomics.wait(sleepCell, 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE' && (fd === 1 || fd === 2)) return; // reader went away: drop the output
      throw e;
    }
  }
}

// ====================================================================== the stdout buffer

const OUT_CAP = 32768;
const FLUSH_AT = 8192;
/** This worker's stdout bytes not yet written. [owner: this worker] */
const outBuf = new Uint8Array(OUT_CAP);
let outLen = 0;
const encoder = new TextEncoder();

/** Writes this worker's buffered stdout bytes to fd 1. */
export function flushStdout(): void {
  if (outLen === 0) return;
  const n = outLen;
  outLen = 0;
  writeAll(1, outBuf.subarray(0, n), null);
}

/** Flushes everything this worker buffers: stdout and pending file writes. At exit, and (threads
 *  layer) whenever this worker drops the GIL. Errors writing files are dropped here, as CPython
 *  ignores them at exit. */
export function flushAll(): void {
  flushStdout();
  for (const fd of pending.keys()) {
    try {
      flushFd(fd);
    } catch {
      // the file's owner closed the fd or the disk is full: nothing to report to
    }
  }
}

/** Appends text to the stdout buffer (UTF-8; a lone surrogate becomes U+FFFD). */
export function writeStdout(s: string): void {
  const n = s.length;
  if (outLen + n * 3 > OUT_CAP) {
    flushStdout();
    if (n * 3 > OUT_CAP) {
      writeAll(1, encoder.encode(s), null);
      return;
    }
  }
  let i = 0;
  let len = outLen;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    outBuf[len++] = c;
  }
  if (i < n) len += encoder.encodeInto(i === 0 ? s : s.slice(i), outBuf.subarray(len)).written;
  outLen = len;
  if (len >= FLUSH_AT) flushStdout();
}

/** Writes text to stderr, unbuffered, after flushing stdout. */
export function writeStderr(s: string): void {
  flushStdout();
  writeAll(2, encoder.encode(s), null);
}

// ====================================================================== file objects

// NATIVE layout of a file object (words): [4] __dict__ · [5] fd · [6] flags · [7] read offset into the
// read-ahead buffer · [8..9] Float64: the file position of the end of the buffer (regular files).
const FD = 5;
const FLAGS = 6;
const RPOS = 7;
const POS_WORD = 8; // 8-byte aligned (objects are 8-aligned): F64 index (ref >> 3) + 4
const FILE_WORDS = 10;

const F_READ = 1;
const F_WRITE = 2;
const F_BINARY = 4;
const F_CLOSED = 8;
const F_APPEND = 16;
const F_STREAM = 32; // no positions: pipe, tty, character device
const F_STD = 64; // fd 0/1/2 of sys.std*: close() never closes the fd
const F_EOF = 128; // the last fill of the read buffer hit the end of the file
const F_PLUS = 256;
const F_CLOSEFD = 512;
const ENC_SHIFT = 10; // encoding, 2 bits
const ENC_UTF8 = 0;
const ENC_LATIN1 = 1;
const ENC_ASCII = 2;
const NL_SHIFT = 12; // newline mode, 3 bits
const NL_UNIV = 0; // newline=None: universal newlines on read, '\n' on write
const NL_EMPTY = 1; // newline='': split on any ending, no translation
const NL_LF = 2;
const NL_CR = 3;
const NL_CRLF = 4;

const CHUNK = 65536;
const readScratch = new Uint8Array(CHUNK); // per worker, private: blockingRead never touches the heap

let fileType: Ref = NULL;
function fileTypeRef(): Ref {
  if (fileType === NULL) fileType = typeByName('TextIOWrapper');
  return fileType;
}

const K = { name: NULL, mode: NULL, encoding: NULL, rbuf: NULL, stdout: NULL, stderr: NULL, stdin: NULL, write: NULL, flush: NULL, readline: NULL };
function keys(): typeof K {
  if (K.name === NULL) {
    K.name = intern('name');
    K.mode = intern('mode');
    K.encoding = intern('encoding');
    K.rbuf = intern('_rbuf');
    K.stdout = intern('stdout');
    K.stderr = intern('stderr');
    K.stdin = intern('stdin');
    K.write = intern('write');
    K.flush = intern('flush');
    K.readline = intern('readline');
  }
  return K;
}

export function isFile(r: Ref): boolean {
  return (r & 1) === 0 && r !== NULL && (I32[r >> 2] & 0xff) === Tag.NATIVE && (I32[(r >> 2) + H_TYPE] as Ref) === fileTypeRef();
}

function flagsOf(f: Ref): number {
  return I32[(f >> 2) + FLAGS];
}
function fdOf(f: Ref): number {
  return I32[(f >> 2) + FD];
}
function posOf(f: Ref): number {
  return F64[(f >> 3) + (POS_WORD >> 1)];
}
function setPos(f: Ref, p: number): void {
  F64[(f >> 3) + (POS_WORD >> 1)] = p;
}
function fileDict(f: Ref): Ref {
  let d = I32[(f >> 2) + INST_DICT] as Ref;
  if (d === NULL) {
    d = newDict(T.dict);
    I32[(f >> 2) + INST_DICT] = d;
  }
  return d;
}

/** A new file object on an open fd. Caller holds the GIL. */
export function newFileObject(fd: number, flags: number, name: Ref, mode: string, encoding: string): Ref {
  const f = alloc(FILE_WORDS, Tag.NATIVE, fileTypeRef(), 0);
  const w = f >> 2;
  I32[w + FD] = fd;
  I32[w + FLAGS] = flags;
  I32[w + RPOS] = 0;
  setPos(f, 0);
  const m = root(f);
  try {
    const d = newDict(T.dict);
    I32[w + INST_DICT] = d;
    const k = keys();
    dictSetStr(d, k.name, name);
    dictSetStr(d, k.mode, newStr(mode));
    if ((flags & F_BINARY) === 0) dictSetStr(d, k.encoding, newStr(encoding));
  } finally {
    unroot(m);
  }
  return f;
}

/** The standard stream objects (sys.stdin, sys.stdout, sys.stderr). */
export function newStdStream(fd: 0 | 1 | 2): Ref {
  const names = ['<stdin>', '<stdout>', '<stderr>'];
  const flags = (fd === 0 ? F_READ : F_WRITE) | F_STREAM | F_STD;
  return newFileObject(fd, flags, newStr(names[fd]), fd === 0 ? 'r' : 'w', 'utf-8');
}

function checkOpen(f: Ref): void {
  if ((flagsOf(f) & F_CLOSED) !== 0) raise('ValueError', 'I/O operation on closed file.');
}
function checkReadable(f: Ref): void {
  checkOpen(f);
  if ((flagsOf(f) & F_READ) === 0) raiseUnsupported('not readable');
}
function checkWritable(f: Ref): void {
  checkOpen(f);
  if ((flagsOf(f) & F_WRITE) === 0) raiseUnsupported('not writable');
}

// ---------------------------------------------------------------- io.UnsupportedOperation

/** io.UnsupportedOperation(OSError, ValueError): a class made at bootstrap, kept alive in ROOT.misc. */
let unsupportedType: Ref = NULL; // per-worker cache; the type never dies, so its Ref never goes stale

function unsupportedOperationType(): Ref {
  if (unsupportedType !== NULL) return unsupportedType;
  const misc = I32[(I32[CTL_ROOT] >> 2) + RT_MISC] as Ref;
  for (let i = 0; i < listLen(misc); i++) {
    const t = listGet(misc, i);
    if (tagOf(t) === Tag.TYPE && typeName(t) === 'UnsupportedOperation') return (unsupportedType = t);
  }
  return typeByName('OSError');
}

function raiseUnsupported(msg: string): never {
  throwExc(callWith(unsupportedOperationType(), newStr(msg)));
}

onBootstrap(() => {
  const t = allocType('UnsupportedOperation', TF_HEAPTYPE | TF_BASETYPE | TF_EXC);
  const misc = I32[(I32[CTL_ROOT] >> 2) + RT_MISC] as Ref;
  listAppend(misc, t);
  I32[(t >> 2) + TY_DICT] = newDict(T.dict);
  I32[(t >> 2) + TY_MODULE] = intern('io');
  const bases = [typeByName('OSError'), typeByName('ValueError')];
  setBases(t, bases, c3(t, bases) ?? [t, ...bases]);
  dictSetStr(typeDict(t), intern('__module__'), intern('io'));
});

/** self of a file method, checked. */
function selfFile(args: number, what: string): Ref {
  const f = I32[args] as Ref;
  if (!isFile(f)) raise('TypeError', `descriptor '${what}' for '_io.TextIOWrapper' objects doesn't apply to a '${tname(f)}' object`);
  return f;
}

// ---------------------------------------------------------------- errors from the OS

const ERRNO: Record<string, [number, string, string]> = {
  ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
  EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
  EACCES: [13, 'Permission denied', 'PermissionError'],
  EPERM: [1, 'Operation not permitted', 'PermissionError'],
  EEXIST: [17, 'File exists', 'FileExistsError'],
  ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
  EBADF: [9, 'Bad file descriptor', 'OSError'],
  ENOSPC: [28, 'No space left on device', 'OSError'],
  EMFILE: [24, 'Too many open files', 'OSError'],
  EINVAL: [22, 'Invalid argument', 'OSError'],
  ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
  ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  EROFS: [30, 'Read-only file system', 'OSError'],
  EPIPE: [32, 'Broken pipe', 'BrokenPipeError'],
  ENXIO: [6, 'No such device or address', 'OSError'],
  ETXTBSY: [26, 'Text file busy', 'OSError'],
  ESPIPE: [29, 'Illegal seek', 'OSError'],
};

/** Raises the OSError subclass for a Node fs error, built by calling the class with
 *  (errno, strerror[, filename]) so that its str() is CPython's "[Errno 2] ...: 'x'". */
export function raiseOSError(e: unknown, filename: Ref = NULL): never {
  if (e === PY_THROWN) throw e;
  const ne = e as NodeJS.ErrnoException;
  if (typeof ne?.code !== 'string') throw e;
  const known = ERRNO[ne.code];
  const errno = known ? known[0] : Math.abs(ne.errno ?? 5);
  const msg = known ? known[1] : ne.code;
  const cls = typeByName(known ? known[2] : 'OSError');
  const argv = [intFromNumber(errno), newStr(msg)];
  if (filename !== NULL) argv.push(filename);
  throwExc(callWith(cls, ...argv));
}

// ---------------------------------------------------------------- open()

interface ModeInfo {
  flags: number;
  osFlags: number;
}

function parseMode(mode: string): ModeInfo {
  let creating = false, reading = false, writing = false, appending = false, updating = false;
  let text = false, binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'xrwabt+'.includes(c) || seen.has(c)) raise('ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
    if (c === 'x') creating = true;
    else if (c === 'r') reading = true;
    else if (c === 'w') writing = true;
    else if (c === 'a') appending = true;
    else if (c === '+') updating = true;
    else if (c === 't') text = true;
    else if (c === 'b') binary = true;
  }
  if (text && binary) raise('ValueError', "can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1 || !(creating || reading || writing || appending))
    raise('ValueError', 'must have exactly one of create/read/write/append mode');
  const C = fs.constants;
  let flags = 0;
  let os = 0;
  if (reading) {
    flags = F_READ | (updating ? F_WRITE : 0);
    os = updating ? C.O_RDWR : C.O_RDONLY;
  } else {
    flags = F_WRITE | (updating ? F_READ : 0);
    os = (updating ? C.O_RDWR : C.O_WRONLY) | C.O_CREAT;
    if (writing) os |= C.O_TRUNC;
    if (creating) os |= C.O_EXCL;
    if (appending) {
      os |= C.O_APPEND;
      flags |= F_APPEND;
    }
  }
  if (binary) flags |= F_BINARY;
  if (updating) flags |= F_PLUS;
  return { flags, osFlags: os };
}

const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf_8': 'utf-8', u8: 'utf-8', 'utf-8-sig': 'utf-8',
  'latin-1': 'latin-1', latin1: 'latin-1', 'latin_1': 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1',
  l1: 'latin-1', ascii: 'ascii', 'us-ascii': 'ascii',
};
function normEncoding(e: string): string | undefined {
  return ENCODINGS[e.toLowerCase().replace(/ /g, '-')];
}

const openFn: NativeFn = (args, argc, kw) => {
  const [file, modeR, bufR, encR, errR, nlR, closefdR] = parseArgs('open', args, argc, kw, ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'], 1);
  void bufR;
  void errR;
  let mode = 'r';
  if (modeR !== NULL) {
    if (tagOf(modeR) !== Tag.STR) raise('TypeError', `open() argument 'mode' must be str, not ${tname(modeR)}`);
    mode = strValue(modeR);
  }
  const info = parseMode(mode);
  const binary = (info.flags & F_BINARY) !== 0;
  let encoding = 'UTF-8';
  if (encR !== NULL && encR !== NONE) {
    if (tagOf(encR) !== Tag.STR) raise('TypeError', `open() argument 'encoding' must be str or None, not ${tname(encR)}`);
    if (binary) raise('ValueError', "binary mode doesn't take an encoding argument");
    encoding = strValue(encR);
  }
  let nl = NL_UNIV;
  if (nlR !== NULL && nlR !== NONE) {
    if (tagOf(nlR) !== Tag.STR) raise('TypeError', `open() argument 'newline' must be str or None, not ${tname(nlR)}`);
    if (binary) raise('ValueError', "binary mode doesn't take a newline argument");
    const s = strValue(nlR);
    const i = ['', '\n', '\r', '\r\n'].indexOf(s);
    if (i < 0) raise('ValueError', `illegal newline value: ${strValue(nlR)}`);
    nl = [NL_EMPTY, NL_LF, NL_CR, NL_CRLF][i];
  }
  if (!binary && normEncoding(encoding) === undefined) raise('LookupError', `unknown encoding: ${encoding}`);
  const closefd = closefdR === NULL || closefdR === TRUE || (closefdR !== FALSE && closefdR !== NONE && closefdR !== mkSmall(0));
  let fd: number;
  if ((file & 1) === 1 || tagOf(file) === Tag.INT || tagOf(file) === Tag.BOOL) {
    fd = toIndexNumber(file);
    if (fd < 0) raise('ValueError', 'negative file descriptor');
  } else {
    if (tagOf(file) !== Tag.STR && tagOf(file) !== Tag.BYTES)
      raise('TypeError', `expected str, bytes or os.PathLike object, not ${tname(file)}`);
    if (!closefd) raise('ValueError', 'Cannot use closefd=False with file name');
    const path = tagOf(file) === Tag.STR ? strValue(file) : Buffer.from(bytesOfRef(file));
    if (typeof path === 'string' && path.includes('\0')) raise('ValueError', 'embedded null byte');
    try {
      fd = fs.openSync(path, info.osFlags, 0o666);
    } catch (e) {
      raiseOSError(e, file);
    }
  }
  let flags = info.flags | (nl << NL_SHIFT) | (closefd ? F_CLOSEFD : 0) | (binary ? 0 : encodingFlags(encoding));
  let size = 0;
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) {
      if (closefd) fs.closeSync(fd);
      throwExc(callWith(typeByName('IsADirectoryError'), mkSmall(21), newStr('Is a directory'), file));
    }
    if (!st.isFile()) flags |= F_STREAM;
    size = st.size;
  } catch (e) {
    if (e === PY_THROWN) throw e;
    raiseOSError(e, NULL);
  }
  const f = newFileObject(fd, flags, file, mode, encoding);
  if ((flags & F_APPEND) !== 0) setPos(f, size);
  return f;
};

function bytesOfRef(b: Ref): Uint8Array {
  const base = ((b >> 2) + S_DATA) << 2;
  return U8.slice(base, base + bytesLen(b));
}

// ---------------------------------------------------------------- encoding and decoding

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

function encodingOf(f: Ref): string {
  const e = (flagsOf(f) >> ENC_SHIFT) & 3;
  return e === ENC_LATIN1 ? 'latin-1' : e === ENC_ASCII ? 'ascii' : 'utf-8';
}

/** The flag bits of a (normalised) encoding name. */
function encodingFlags(enc: string): number {
  const e = normEncoding(enc);
  return (e === 'latin-1' ? ENC_LATIN1 : e === 'ascii' ? ENC_ASCII : ENC_UTF8) << ENC_SHIFT;
}

/** This worker's Buffer view of the whole heap (for native UTF-8 decoding). */
let heapBuf: Buffer | null = null;
function heapBuffer(): Buffer {
  if (heapBuf === null || heapBuf.buffer !== U8.buffer) heapBuf = Buffer.from(U8.buffer, 0, U8.byteLength);
  return heapBuf;
}

function encodeText(f: Ref, s: string): Uint8Array {
  const enc = encodingOf(f);
  if (enc === 'utf-8') return encoder.encode(s);
  const limit = enc === 'ascii' ? 0x80 : 0x100;
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= limit) {
      const cp = s.codePointAt(i)!;
      const hex = cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : cp <= 0xffff ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
      raise('UnicodeEncodeError', `'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '${hex}' in position ${i}: ordinal not in range(${limit})`);
    }
    out[i] = c;
  }
  return out;
}

/** Decodes heap bytes [start, end) (byte offsets in U8) with the file's encoding. */
function decodeRange(f: Ref, start: number, end: number): string {
  const enc = encodingOf(f);
  if (enc === 'utf-8') {
    const hb = heapBuffer();
    const s = hb.toString('utf8', start, end);
    if (s.indexOf('\ufffd') < 0 || isUtf8(hb.subarray(start, end))) return s;
    const copy = U8.slice(start, end);
    try {
      return utf8Decoder.decode(copy);
    } catch {
      let bad = 0;
      while (bad < copy.length && copy[bad] < 0x80) bad++;
      raise('UnicodeDecodeError', `'utf-8' codec can't decode byte 0x${copy[bad].toString(16).padStart(2, '0')} in position ${bad}: invalid start byte`);
    }
  }
  let s = '';
  for (let i = start; i < end; i++) {
    const c = U8[i];
    if (enc === 'ascii' && c >= 0x80)
      raise('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${c.toString(16)} in position ${i - start}: ordinal not in range(128)`);
    s += String.fromCharCode(c);
  }
  return s;
}

// ---------------------------------------------------------------- the read-ahead buffer

function rbufOf(f: Ref): Ref {
  const d = I32[(f >> 2) + INST_DICT] as Ref;
  return d === NULL ? NULL : dictGetStr(d, keys().rbuf);
}
/** Byte offset in U8 of the first unread byte, and the count of unread bytes. */
function unreadBase(f: Ref): number {
  const b = rbufOf(f);
  return b === NULL ? 0 : (((b >> 2) + S_DATA) << 2) + I32[(f >> 2) + RPOS];
}
function unreadLen(f: Ref): number {
  const b = rbufOf(f);
  return b === NULL ? 0 : bytesLen(b) - I32[(f >> 2) + RPOS];
}

/** Reads one more chunk into the buffer (keeping the unread bytes; RPOS becomes 0). Returns false at
 *  end of file. Caller holds the GIL; the read itself goes through blockingHooks. */
function fill(f: Ref): boolean {
  const w = f >> 2;
  if ((I32[w + FLAGS] & F_EOF) !== 0) {
    // a tty or pipe may deliver more after an EOF (a second Ctrl-D); a regular file may have grown
    I32[w + FLAGS] &= ~F_EOF;
  }
  if (I32[w + FD] === 0) flushStdout();
  else flushFdChecked(I32[w + FD]);
  const stream = (I32[w + FLAGS] & F_STREAM) !== 0;
  let n: number;
  try {
    n = blockingHooks.read(I32[w + FD], readScratch, stream ? null : posOf(f));
  } catch (e) {
    raiseOSError(e);
  }
  if (n === 0) {
    I32[w + FLAGS] |= F_EOF;
    return false;
  }
  if (!stream) setPos(f, posOf(f) + n);
  const keep = unreadLen(f);
  const nb = alloc(S_DATA + ((keep + n + 3) >> 2), Tag.BYTES, T.bytes, keep + n);
  const dst = ((nb >> 2) + S_DATA) << 2;
  if (keep > 0) U8.copyWithin(dst, unreadBase(f), unreadBase(f) + keep);
  U8.set(readScratch.subarray(0, n), dst + keep);
  dictSetStr(fileDict(f), keys().rbuf, nb);
  I32[w + RPOS] = 0;
  return true;
}

/** Consumes `n` unread bytes. */
function consume(f: Ref, n: number): void {
  I32[(f >> 2) + RPOS] += n;
}

/** Drops the read-ahead (before a write or a seek): the position becomes the logical one. */
function dropReadAhead(f: Ref): void {
  const left = unreadLen(f);
  if (left > 0 && (flagsOf(f) & F_STREAM) === 0) setPos(f, posOf(f) - left);
  const d = I32[(f >> 2) + INST_DICT] as Ref;
  if (d !== NULL && rbufOf(f) !== NULL) dictSetStr(d, keys().rbuf, NONE);
  I32[(f >> 2) + RPOS] = 0;
  I32[(f >> 2) + FLAGS] &= ~F_EOF;
}

function newlineMode(f: Ref): number {
  return (flagsOf(f) >> NL_SHIFT) & 7;
}

/** Translates line endings read in newline mode `nl` (universal: \r\n and \r become \n). */
function translateIn(s: string, nl: number): string {
  if (nl !== NL_UNIV || s.indexOf('\r') < 0) return s;
  return s.replace(/\r\n?/g, '\n');
}

/** Length in bytes of the next line among the unread bytes, filling as needed (the whole rest at EOF).
 *  `limit` caps the length in bytes for binary files, or in characters for text (-1: none). */
function lineLength(f: Ref, limit: number): number {
  const binary = (flagsOf(f) & F_BINARY) !== 0;
  const nl = binary ? NL_LF : newlineMode(f);
  let k = 0; // scanned bytes, relative to the read offset
  let chars = 0;
  for (;;) {
    const n = unreadLen(f);
    const base = unreadBase(f);
    while (k < n) {
      if (limit >= 0 && chars >= limit) return k;
      const c = U8[base + k];
      k++;
      if (binary || (c & 0xc0) !== 0x80) chars++;
      if (c === 0x0a && nl !== NL_CR) {
        if (nl !== NL_CRLF || (k >= 2 && U8[base + k - 2] === 0x0d)) return k;
      } else if (c === 0x0d && (nl === NL_UNIV || nl === NL_EMPTY || nl === NL_CR)) {
        if (nl === NL_CR) return k;
        if (k < n) return U8[base + k] === 0x0a ? k + 1 : k;
        // a \r at the end of the buffer: look at the next byte
        if (!fill(f)) return k;
        return U8[unreadBase(f) + k] === 0x0a ? k + 1 : k;
      }
    }
    if (!fill(f)) return k;
  }
}

/** Reads one line (str or bytes Ref). */
function readLine(f: Ref, limit: number): Ref {
  const len = lineLength(f, limit);
  const base = unreadBase(f);
  if ((flagsOf(f) & F_BINARY) !== 0) {
    const r = newBytes(U8.subarray(base, base + len));
    consume(f, len);
    return r;
  }
  const s = translateIn(decodeRange(f, base, base + len), newlineMode(f));
  consume(f, len);
  return newStr(s);
}

/** Reads everything up to the end of file. */
function readAll(f: Ref): Ref {
  while (fill(f));
  const base = unreadBase(f);
  const len = unreadLen(f);
  let r: Ref;
  if ((flagsOf(f) & F_BINARY) !== 0) r = newBytes(U8.subarray(base, base + len));
  else r = newStr(translateIn(decodeRange(f, base, base + len), newlineMode(f)));
  consume(f, len);
  return r;
}

/** Reads at most n bytes (binary) or n characters (text). */
function readN(f: Ref, n: number): Ref {
  const binary = (flagsOf(f) & F_BINARY) !== 0;
  let k = 0;
  if (binary) {
    while (unreadLen(f) < n && fill(f));
    k = Math.min(n, unreadLen(f));
    const base = unreadBase(f);
    const r = newBytes(U8.subarray(base, base + k));
    consume(f, k);
    return r;
  }
  const nl = newlineMode(f);
  const multi = encodingOf(f) === 'utf-8';
  let chars = 0;
  for (;;) {
    const len = unreadLen(f);
    const base = unreadBase(f);
    let needMore = false;
    while (chars < n) {
      if (k >= len) {
        needMore = true;
        break;
      }
      const c = U8[base + k];
      const clen = !multi || c < 0xc0 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      if (k + clen > len) {
        needMore = true;
        break;
      }
      if (c === 0x0d && nl === NL_UNIV) {
        if (k + 1 >= len) {
          needMore = true; // is it a \r\n?
          break;
        }
        k += U8[base + k + 1] === 0x0a ? 2 : 1;
      } else k += clen;
      chars++;
    }
    if (!needMore) break;
    if (!fill(f)) {
      if (chars < n) k = unreadLen(f); // a final \r or a truncated character
      break;
    }
  }
  const base = unreadBase(f);
  const r = newStr(translateIn(decodeRange(f, base, base + k), nl));
  consume(f, k);
  return r;
}

// ---------------------------------------------------------------- writing

/** Writes a JS string to a text file object (newline translation and encoding). Returns nothing. */
export function fileWriteText(f: Ref, s: string): void {
  checkWritable(f);
  const nl = newlineMode(f);
  if (nl === NL_CR || nl === NL_CRLF) s = s.replace(/\n/g, nl === NL_CR ? '\r' : '\r\n');
  const flags = flagsOf(f);
  const fd = fdOf(f);
  if ((flags & F_STD) !== 0 && fd === 1) return writeStdout(s);
  if ((flags & F_STD) !== 0 && fd === 2) return writeStderr(s);
  writeBytesTo(f, encodeText(f, s));
}

function writeBytesTo(f: Ref, data: Uint8Array): void {
  const flags = flagsOf(f);
  const fd = fdOf(f);
  if (rbufOf(f) !== NULL) dropReadAhead(f);
  try {
    if ((flags & F_STREAM) !== 0) {
      flushStdout(); // a pipe or tty opened by name may be our stdout
      writeAll(fd, data, null);
      return;
    }
    const pos = posOf(f);
    bufferWrite(fd, data, (flags & F_APPEND) !== 0 ? null : pos);
    setPos(f, pos + data.length);
  } catch (e) {
    raiseOSError(e);
  }
}

// ---------------------------------------------------------------- buffered writes to regular files

/** This worker's pending writes by fd: bytes to write at `pos` (null: at the end, O_APPEND).
 *  [owner: this worker] Flushed before any read, truncate, size query or close of the fd, by
 *  flush(), when full, at exit (flushAll), and by the threads layer whenever this worker drops the GIL
 *  (flushAll), so that other threads see the bytes in execution order. */
interface PendingWrite {
  data: Uint8Array;
  len: number;
  pos: number | null;
}
const WBUF_CAP = 65536;
const pending = new Map<number, PendingWrite>();

function bufferWrite(fd: number, data: Uint8Array, pos: number | null): void {
  let pw = pending.get(fd);
  if (pw !== undefined && pw.len > 0) {
    const contiguous = pw.pos === null ? pos === null : pos !== null && pw.pos + pw.len === pos;
    if (!contiguous || pw.len + data.length > WBUF_CAP) flushFd(fd);
  }
  if (data.length >= WBUF_CAP) {
    blockingHooks.write(fd, data, pos);
    return;
  }
  if (pw === undefined) {
    pw = { data: new Uint8Array(WBUF_CAP), len: 0, pos: null };
    pending.set(fd, pw);
  }
  if (pw.len === 0) pw.pos = pos;
  pw.data.set(data, pw.len);
  pw.len += data.length;
}

/** Writes the pending bytes of `fd`, if any (`blocking`: through blockingHooks, releasing the GIL). */
function flushFd(fd: number, blocking = false): void {
  const pw = pending.get(fd);
  if (pw === undefined || pw.len === 0) return;
  const n = pw.len;
  pw.len = 0;
  (blocking ? blockingHooks.write : writeAll)(fd, pw.data.subarray(0, n), pw.pos);
}

/** flushFd for a program's own flush/close, turning a failure into the Python OSError. */
function flushFdChecked(fd: number): void {
  try {
    flushFd(fd, true);
  } catch (e) {
    raiseOSError(e);
  }
}

function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function closeFile(f: Ref): void {
  const w = f >> 2;
  const flags = I32[w + FLAGS];
  if ((flags & F_CLOSED) !== 0) return;
  if (I32[w + FD] === 1) flushStdout();
  flushFdChecked(I32[w + FD]);
  pending.delete(I32[w + FD]);
  I32[w + FLAGS] = flags | F_CLOSED;
  const d = I32[w + INST_DICT] as Ref;
  if (d !== NULL && rbufOf(f) !== NULL) dictSetStr(d, keys().rbuf, NONE);
  if ((flags & F_STD) === 0 && (flags & F_CLOSEFD) !== 0) {
    try {
      fs.closeSync(I32[w + FD]);
    } catch (e) {
      raiseOSError(e);
    }
  }
}

// ---------------------------------------------------------------- the methods

function optSize(r: Ref): number {
  if (r === NULL || r === NONE) return -1;
  return toIndexNumber(r);
}

defMethods('TextIOWrapper', {
  read: (args, argc, kw) => {
    const f = selfFile(args, 'read');
    noKw('read', kw);
    checkArgc('read', argc - 1, 0, 1);
    checkReadable(f);
    const n = optSize(argc > 1 ? (I32[args + 1] as Ref) : NULL);
    return n < 0 ? readAll(f) : readN(f, n);
  },
  readline: (args, argc, kw) => {
    const f = selfFile(args, 'readline');
    noKw('readline', kw);
    checkArgc('readline', argc - 1, 0, 1);
    checkReadable(f);
    return readLine(f, optSize(argc > 1 ? (I32[args + 1] as Ref) : NULL));
  },
  readlines: (args, argc, kw) => {
    const f = selfFile(args, 'readlines');
    noKw('readlines', kw);
    checkArgc('readlines', argc - 1, 0, 1);
    checkReadable(f);
    const hint = optSize(argc > 1 ? (I32[args + 1] as Ref) : NULL);
    const out = newList(0);
    const m = root(out);
    try {
      let total = 0;
      for (;;) {
        const line = readLine(f, -1);
        const len = I32[(line >> 2) + H_AUX];
        if (len === 0) break;
        listAppend(out, line);
        total += len;
        if (hint > 0 && total >= hint) break;
      }
    } finally {
      unroot(m);
    }
    return out;
  },
  write: (args, argc, kw) => {
    const f = selfFile(args, 'write');
    noKw('write', kw);
    checkArgc('write', argc - 1, 1, 1);
    const s = I32[args + 1] as Ref;
    if ((flagsOf(f) & F_BINARY) !== 0) {
      checkWritable(f);
      if (tagOf(s) !== Tag.BYTES) raise('TypeError', `a bytes-like object is required, not '${tname(s)}'`);
      writeBytesTo(f, bytesOfRef(s));
      return intFromNumber(bytesLen(s));
    }
    if (tagOf(s) !== Tag.STR) raise('TypeError', `write() argument must be str, not ${tname(s)}`);
    const js = strValue(s);
    fileWriteText(f, js);
    return intFromNumber(codePoints(js));
  },
  writelines: (args, argc, kw) => {
    const f = selfFile(args, 'writelines');
    noKw('writelines', kw);
    checkArgc('writelines', argc - 1, 1, 1);
    checkWritable(f);
    const it = getIter(I32[args + 1] as Ref);
    const m = root(it);
    try {
      const binary = (flagsOf(f) & F_BINARY) !== 0;
      for (let x = iterNext(it); x !== NULL; x = iterNext(it)) {
        if (binary) {
          if (tagOf(x) !== Tag.BYTES) raise('TypeError', `a bytes-like object is required, not '${tname(x)}'`);
          checkWritable(f);
          writeBytesTo(f, bytesOfRef(x));
        } else {
          if (tagOf(x) !== Tag.STR) raise('TypeError', `write() argument must be str, not ${tname(x)}`);
          fileWriteText(f, strValue(x));
        }
      }
    } finally {
      unroot(m);
    }
    return NONE;
  },
  close: (args, argc, kw) => {
    const f = selfFile(args, 'close');
    noKw('close', kw);
    checkArgc('close', argc - 1, 0, 0);
    closeFile(f);
    return NONE;
  },
  flush: (args, argc, kw) => {
    const f = selfFile(args, 'flush');
    noKw('flush', kw);
    checkArgc('flush', argc - 1, 0, 0);
    checkOpen(f);
    if (fdOf(f) === 1) flushStdout();
    flushFdChecked(fdOf(f));
    return NONE;
  },
  fileno: (args) => {
    const f = selfFile(args, 'fileno');
    checkOpen(f);
    return mkSmall(fdOf(f));
  },
  isatty: (args) => {
    const f = selfFile(args, 'isatty');
    checkOpen(f);
    return bool(isatty(fdOf(f)));
  },
  readable: (args) => {
    const f = selfFile(args, 'readable');
    checkOpen(f);
    return bool((flagsOf(f) & F_READ) !== 0);
  },
  writable: (args) => {
    const f = selfFile(args, 'writable');
    checkOpen(f);
    return bool((flagsOf(f) & F_WRITE) !== 0);
  },
  seekable: (args) => {
    const f = selfFile(args, 'seekable');
    checkOpen(f);
    return bool((flagsOf(f) & F_STREAM) === 0);
  },
  tell: (args) => {
    const f = selfFile(args, 'tell');
    checkOpen(f);
    if ((flagsOf(f) & F_STREAM) !== 0) raiseOSError({ code: 'ESPIPE' });
    return intFromNumber(posOf(f) - unreadLen(f));
  },
  seek: (args, argc, kw) => {
    const f = selfFile(args, 'seek');
    noKw('seek', kw);
    checkArgc('seek', argc - 1, 1, 2);
    checkOpen(f);
    const off = toIndexNumber(I32[args + 1] as Ref);
    const whence = argc > 2 ? toIndexNumber(I32[args + 2] as Ref) : 0;
    const binary = (flagsOf(f) & F_BINARY) !== 0;
    if (whence < 0 || whence > 2) raise('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (!binary && whence === 1 && off !== 0) raiseUnsupported("can't do nonzero cur-relative seeks");
    if (!binary && whence === 2 && off !== 0) raiseUnsupported("can't do nonzero end-relative seeks");
    if (!binary && whence === 0 && off < 0) raise('ValueError', `negative seek position ${off}`);
    if ((flagsOf(f) & F_STREAM) !== 0) raiseOSError({ code: 'ESPIPE' });
    const cur = posOf(f) - unreadLen(f);
    dropReadAhead(f);
    let target = off;
    if (whence === 1) target = cur + off;
    else if (whence === 2) {
      flushFdChecked(fdOf(f));
      try {
        target = fs.fstatSync(fdOf(f)).size + off;
      } catch (e) {
        raiseOSError(e);
      }
    }
    if (target < 0) raiseOSError({ code: 'EINVAL' });
    setPos(f, target);
    return intFromNumber(target);
  },
  truncate: (args, argc) => {
    const f = selfFile(args, 'truncate');
    checkWritable(f);
    const cur = posOf(f) - unreadLen(f);
    const size = argc > 1 && I32[args + 1] !== NONE ? toIndexNumber(I32[args + 1] as Ref) : cur;
    dropReadAhead(f);
    flushFdChecked(fdOf(f));
    try {
      fs.ftruncateSync(fdOf(f), size);
    } catch (e) {
      raiseOSError(e);
    }
    return intFromNumber(size);
  },
  __enter__: (args) => {
    const f = selfFile(args, '__enter__');
    checkOpen(f);
    return f;
  },
  __exit__: (args) => {
    closeFile(selfFile(args, '__exit__'));
    return NONE;
  },
  __iter__: (args) => {
    const f = selfFile(args, '__iter__');
    checkOpen(f);
    return f;
  },
  __next__: (args) => {
    const f = selfFile(args, '__next__');
    checkReadable(f);
    const line = readLine(f, -1);
    if (I32[(line >> 2) + H_AUX] === 0) raise('StopIteration');
    return line;
  },
  __repr__: (args) => {
    const f = selfFile(args, '__repr__');
    return newStr(fileRepr(f));
  },
});

function fileRepr(f: Ref): string {
  const d = fileDict(f);
  const k = keys();
  const name = dictGetStr(d, k.name);
  const nameRepr = name === NULL ? '' : ` name=${reprJs(name)}`;
  const flags = flagsOf(f);
  if ((flags & F_BINARY) !== 0) {
    const cls = (flags & F_PLUS) !== 0 ? 'BufferedRandom' : (flags & F_READ) !== 0 ? 'BufferedReader' : 'BufferedWriter';
    return `<_io.${cls}${nameRepr}>`;
  }
  const mode = dictGetStr(d, k.mode);
  const enc = dictGetStr(d, k.encoding);
  return `<_io.TextIOWrapper${nameRepr}${mode !== NULL ? ` mode=${reprJs(mode)}` : ''}${enc !== NULL ? ` encoding=${reprJs(enc)}` : ''}>`;
}

// Read-only properties (getset descriptors in CPython): kept on the type, so they apply only to files.
const PROPS: [string, (f: Ref) => Ref][] = [
  ['closed', (f) => bool((flagsOf(f) & F_CLOSED) !== 0)],
  ['newlines', () => NONE],
  ['line_buffering', (f) => bool((flagsOf(f) & F_STD) !== 0 && fdOf(f) === 1 && isatty(1))],
];
const PROP_IDX = PROPS.map(([name, get]) =>
  registerNative(`TextIOWrapper.${name}`, (args) => {
    const f = I32[args] as Ref;
    if (!isFile(f)) raise('TypeError', `descriptor '${name}' for '_io.TextIOWrapper' objects doesn't apply to a '${tname(f)}' object`);
    return get(f);
  }),
);

onBootstrap(() => {
  const t = fileTypeRef();
  for (let i = 0; i < PROPS.length; i++) {
    const p = alloc(8, Tag.PROPERTY, T.property, 0);
    I32[(p >> 2) + 4] = newBuiltin(PROP_IDX[i], PROPS[i][0], `TextIOWrapper.${PROPS[i][0]}`);
    dictSetStr(typeDict(t), intern(PROPS[i][0]), p);
  }
  I32[(t >> 2) + TY_MODULE] = intern('_io');
});

// ====================================================================== sys.std* lookup

/** The sys module's dict, or NULL before sys exists. */
export function sysDict(): Ref {
  const rt = I32[CTL_ROOT] >> 2;
  const sys = I32[rt + RT_SYS] as Ref;
  if (sys !== NULL && sys !== NONE) return I32[(sys >> 2) + MOD_DICT] as Ref;
  const mods = I32[rt + RT_MODULES] as Ref;
  if (mods === NULL) return NULL;
  const m = dictGetStr(mods, intern('sys'));
  if (m === NULL || tagOf(m) !== Tag.MODULE) return NULL;
  return I32[(m >> 2) + MOD_DICT] as Ref;
}

/** sys.<name> (stdout, stderr, stdin), or NULL when sys or the attribute does not exist. */
function sysStream(key: Ref): Ref {
  const d = sysDict();
  return d === NULL ? NULL : dictGetStr(d, key);
}

/** Writes text to `file` (a file object, or anything with a write method). */
function writeTo(file: Ref, s: string): void {
  if (isFile(file)) {
    if ((flagsOf(file) & F_BINARY) !== 0) raise('TypeError', `a bytes-like object is required, not 'str'`);
    return fileWriteText(file, s);
  }
  const w = getAttr(file, keys().write);
  const m = root(w);
  try {
    callWith(w, newStr(s));
  } finally {
    unroot(m);
  }
}

// ====================================================================== print, input, open

const printFn: NativeFn = (args, argc, kw) => {
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  let sep: Ref = NULL, end: Ref = NULL, file: Ref = NULL, flush: Ref = NULL;
  for (let i = 0; i < nkw; i++) {
    const k = strValue(I32[(kw >> 2) + 4 + i] as Ref);
    const v = I32[args + npos + i] as Ref;
    if (k === 'sep') sep = v;
    else if (k === 'end') end = v;
    else if (k === 'file') file = v;
    else if (k === 'flush') flush = v;
    else raise('TypeError', `'${k}' is an invalid keyword argument for print()`);
  }
  if (file === NULL || file === NONE) {
    file = sysStream(keys().stdout);
    if (file === NONE) return NONE; // sys.stdout = None: print does nothing
  }
  let sepS = ' ';
  if (sep !== NULL && sep !== NONE) {
    if (tagOf(sep) !== Tag.STR) raise('TypeError', `sep must be None or a string, not ${tname(sep)}`);
    sepS = strValue(sep);
  }
  let endS = '\n';
  if (end !== NULL && end !== NONE) {
    if (tagOf(end) !== Tag.STR) raise('TypeError', `end must be None or a string, not ${tname(end)}`);
    endS = strValue(end);
  }
  const m = root(file);
  try {
    if (file === NULL || (isFile(file) && (flagsOf(file) & (F_STD | F_CLOSED | F_BINARY)) === F_STD && fdOf(file) === 1)) {
      // fast path: this worker's stdout buffer, one piece at a time (a __str__ that prints keeps its order)
      if (npos === 0) writeStdout(endS);
      else {
        for (let i = 0; i < npos; i++) {
          if (i > 0) writeStdout(sepS);
          const o = I32[args + i] as Ref;
          writeStdout(tagOf(o) === Tag.STR && typeOf(o) === T.str ? strValue(o) : strJs(o));
        }
        writeStdout(endS);
      }
      if (flush !== NULL && flush !== FALSE && flush !== NONE) flushStdout();
      return NONE;
    }
    if (isFile(file)) {
      // a real file: one write of the whole line
      let s = '';
      for (let i = 0; i < npos; i++) {
        if (i > 0) s += sepS;
        s += strJs(I32[args + i] as Ref);
      }
      writeTo(file, s + endS);
    } else {
      for (let i = 0; i < npos; i++) {
        if (i > 0) writeTo(file, sepS);
        writeTo(file, strJs(I32[args + i] as Ref));
      }
      writeTo(file, endS);
    }
    if (flush !== NULL && truthyFlag(flush)) {
      if (isFile(file)) {
        if (fdOf(file) === 1) flushStdout();
      } else {
        const fl = getAttr(file, keys().flush);
        callWith(fl);
      }
    }
  } finally {
    unroot(m);
  }
  return NONE;
};

function truthyFlag(r: Ref): boolean {
  return r !== FALSE && r !== NONE && r !== mkSmall(0);
}

/** Reads one line from fd 0 byte by byte (no sys.stdin object to hold a read-ahead). */
function readLineRawStdin(): string {
  const bytes: number[] = [];
  const one = new Uint8Array(1);
  flushStdout();
  for (;;) {
    let n: number;
    try {
      n = blockingHooks.read(0, one, null);
    } catch (e) {
      raiseOSError(e);
    }
    if (n === 0) break;
    bytes.push(one[0]);
    if (one[0] === 0x0a) break;
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const inputFn: NativeFn = (args, argc, kw) => {
  noKw('input', kw);
  if (argc > 1) raise('TypeError', `input expected at most 1 argument, got ${argc}`);
  const k = keys();
  const fout = sysStream(k.stdout);
  const fin = sysStream(k.stdin);
  const ferr = sysStream(k.stderr);
  if (fin === NONE) raise('RuntimeError', 'input(): lost sys.stdin');
  if (fout === NONE) raise('RuntimeError', 'input(): lost sys.stdout');
  if (ferr !== NULL && !isFile(ferr) && ferr !== NONE) {
    const fl = getAttrOrNull(ferr, k.flush, false);
    if (fl !== NULL) callWith(fl);
  }
  if (argc === 1) {
    const prompt = strJs(I32[args] as Ref);
    if (fout === NULL) writeStdout(prompt);
    else writeTo(fout, prompt);
  }
  if (fout === NULL || isFile(fout)) flushStdout();
  else {
    const fl = getAttrOrNull(fout, k.flush, false);
    if (fl !== NULL) callWith(fl);
  }
  let line: string;
  if (fin === NULL) line = readLineRawStdin();
  else if (isFile(fin)) {
    checkReadable(fin);
    const r = readLine(fin, -1);
    line = tagOf(r) === Tag.STR ? strValue(r) : new TextDecoder().decode(bytesOfRef(r));
  } else {
    const rl = getAttr(fin, k.readline);
    const r = callWith(rl);
    if (tagOf(r) !== Tag.STR) raise('TypeError', 'object.readline() returned non-string');
    line = strValue(r);
  }
  if (line.length === 0) raise('EOFError', 'EOF when reading a line');
  if (line.endsWith('\n')) line = line.slice(0, -1);
  return newStr(line);
};

defModule('builtins', { print: printFn, input: inputFn, open: openFn });

// A minimal io module: open, the file type and UnsupportedOperation (no StringIO/BytesIO yet).
defModule('io', { open: openFn }, (d) => {
  dictSetStr(d, intern('UnsupportedOperation'), unsupportedOperationType());
  dictSetStr(d, intern('TextIOWrapper'), fileTypeRef());
  dictSetStr(d, intern('SEEK_SET'), mkSmall(0));
  dictSetStr(d, intern('SEEK_CUR'), mkSmall(1));
  dictSetStr(d, intern('SEEK_END'), mkSmall(2));
  dictSetStr(d, intern('DEFAULT_BUFFER_SIZE'), mkSmall(8192));
});

// ====================================================================== helpers for sys

/** Exposed for sys: a list of str from JS strings. */
export function strList(items: readonly string[]): Ref {
  const l = newList(0);
  const m = root(l);
  try {
    for (const s of items) listAppend(l, newStr(s));
  } finally {
    unroot(m);
  }
  return l;
}

