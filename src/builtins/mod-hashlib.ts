/*
 * The hashlib module: md5, sha1 and sha256 written here in TypeScript (RFC 1321, FIPS 180-4), with
 * CPython's API (`hashlib.sha256(b'...')`, `new(name, data)`, hash objects of type `_hashlib.HASH`).
 * Runs in any worker; caller holds the GIL except inside the `withoutGil` sections described below.
 *
 * Notes about the implementation
 *
 * - A hash object is a NATIVE heap object, so that one created in one thread can be updated in another
 *   (DESIGN.md §2). Its running state lives in its raw words (layout below); of a NATIVE object the
 *   collector scans only word 4 (__dict__, always NULL here), so the raw words may hold anything.
 * - The algorithms run on a private context (`HashCtx`: state words, a 64-byte block buffer, the byte
 *   count). An operation copies the object's words into this worker's scratch context, works on it
 *   and copies it back. The compression functions read the input straight from the heap's Uint8Array
 *   and allocate nothing per block.
 * - As CPython's _hashlib does, an update of at least GIL_RELEASE_BYTES releases the GIL while it
 *   compresses, so that threads hash in parallel. Inside that section no heap word is written: the
 *   state is in the private context, and the input is a bytes object (immutable) that the caller's
 *   value stack keeps alive (the collector does not move objects). The state goes back into the object
 *   after the GIL is taken again.
 * - Since the state is out of the object while the GIL is released, every operation on the state first
 *   takes the object's own lock word (CPython's per-object `lock`, ENTER_HASHLIB), so that two threads
 *   updating one object cannot lose an update. The lock word is [atomic]. A thread that finds it taken
 *   waits for it with the GIL released (the holder needs the GIL to finish), so the order is always
 *   "hash lock, then GIL" and cannot deadlock.
 * - Differences from CPython: only md5, sha1 and sha256 exist (algorithms_guaranteed/_available list
 *   just these); `hashlib.new` is a builtin, not a Python function; an unknown attribute's error names
 *   the type 'HASH' where CPython says '_hashlib.HASH'.
 */

import { CTL_ROOT, H_SIZE, H_TYPE, RT_MISC, S_DATA, Tag } from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { I32, U8 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, listAppend, listGet, listLen, tupleGet } from '../heap/objects.js';
import { intern, newBytes, newStr, strValue, bytesLen } from '../heap/str.js';
import { dictSetStr, newDict } from '../heap/dict.js';
import { newSet, setAdd } from '../heap/set.js';
import { registerNative, type NativeFn } from '../runtime/natives.js';
import { raise } from '../runtime/exceptions.js';
import { T, TY_BASE, TY_DICT, TY_DOC, TY_LAYOUT, TY_MODULE, TY_NAME, allocType, setBases, typeDict } from '../runtime/types.js';
import { checkArgc, kwCount, noKw } from '../runtime/call.js';
import { addr, tagOf, tname } from '../runtime/ops.js';
import { gilIdent, withoutGil } from '../gil/gil.js';
import { defModule, newBuiltin, onAttach, onBootstrap } from './define.js';
import { newProperty } from './object.js';

// ====================================================================== the algorithms (no heap)

export const MD5 = 0;
export const SHA1 = 1;
export const SHA256 = 2;
const ALG_NAMES = ['md5', 'sha1', 'sha256'];
const DIGEST_SIZE = [16, 20, 32];
const BLOCK_SIZE = 64;
const INITIAL_STATE = [
  [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
  [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
  [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19],
];

/** A running hash: private JS memory, never shared between workers. */
export class HashCtx {
  alg = SHA256;
  /** The chaining state: 4 (md5), 5 (sha1) or 8 (sha256) words. */
  readonly h = new Int32Array(8);
  /** Input bytes not yet compressed: the first `len % 64` bytes; `bufWords` is the same memory as
   *  Int32 words (copied to and from the heap by whole words). */
  readonly bufWords = new Int32Array(BLOCK_SIZE >> 2);
  readonly buf = new Uint8Array(this.bufWords.buffer);
  /** Bytes hashed so far (exact below 2**53). */
  len = 0;
}

/** A fresh context for algorithm `alg`. */
export function newHashCtx(alg: number): HashCtx {
  const c = new HashCtx();
  resetCtx(c, alg);
  return c;
}

function resetCtx(c: HashCtx, alg: number): void {
  c.alg = alg;
  c.h.fill(0);
  c.h.set(INITIAL_STATE[alg]);
  c.len = 0;
}

function copyCtx(dst: HashCtx, src: HashCtx): void {
  dst.alg = src.alg;
  dst.h.set(src.h);
  dst.buf.set(src.buf);
  dst.len = src.len;
}

/** Compresses `nblocks` 64-byte blocks of `src` from byte `off` into the state. */
function compress(c: HashCtx, src: Uint8Array, off: number, nblocks: number): void {
  const h = c.h;
  switch (c.alg) {
    case MD5:
      for (let i = 0; i < nblocks; i++, off += 64) md5Block(h, src, off);
      break;
    case SHA1:
      for (let i = 0; i < nblocks; i++, off += 64) sha1Block(h, src, off);
      break;
    default:
      for (let i = 0; i < nblocks; i++, off += 64) sha256Block(h, src, off);
  }
}

/** Feeds `n` bytes of `src` from byte `off` into the hash. Touches only `c` (and reads `src`). */
export function updateCtx(c: HashCtx, src: Uint8Array, off: number, n: number): void {
  const buf = c.buf;
  let fill = c.len % BLOCK_SIZE;
  c.len += n;
  if (fill > 0) {
    const take = Math.min(BLOCK_SIZE - fill, n);
    for (let i = 0; i < take; i++) buf[fill + i] = src[off + i];
    off += take;
    n -= take;
    fill += take;
    if (fill < BLOCK_SIZE) return;
    compress(c, buf, 0, 1);
  }
  const nblocks = n >>> 6;
  if (nblocks > 0) {
    compress(c, src, off, nblocks);
    off += nblocks << 6;
    n -= nblocks << 6;
  }
  for (let i = 0; i < n; i++) buf[i] = src[off + i];
}

/** The digest of what `c` has hashed so far (`c` itself is left as it was: the padding is done on `tmp`). */
export function digestCtx(c: HashCtx, tmp: HashCtx = new HashCtx()): Uint8Array {
  copyCtx(tmp, c);
  const buf = tmp.buf;
  let fill = tmp.len % BLOCK_SIZE;
  buf[fill++] = 0x80;
  if (fill > 56) {
    buf.fill(0, fill);
    compress(tmp, buf, 0, 1);
    fill = 0;
  }
  buf.fill(0, fill);
  // The message length in bits, as a 64-bit integer: big-endian for SHA, little-endian for MD5.
  const lo = ((tmp.len % 0x20000000) * 8) >>> 0;
  const hi = Math.floor(tmp.len / 0x20000000) >>> 0;
  if (tmp.alg === MD5) {
    putWordLE(buf, 56, lo);
    putWordLE(buf, 60, hi);
  } else {
    putWordBE(buf, 56, hi);
    putWordBE(buf, 60, lo);
  }
  compress(tmp, buf, 0, 1);
  const out = new Uint8Array(DIGEST_SIZE[tmp.alg]);
  for (let i = 0; i < out.length >> 2; i++) {
    if (tmp.alg === MD5) putWordLE(out, i * 4, tmp.h[i]);
    else putWordBE(out, i * 4, tmp.h[i]);
  }
  return out;
}

function putWordBE(b: Uint8Array, at: number, v: number): void {
  b[at] = v >>> 24;
  b[at + 1] = v >>> 16;
  b[at + 2] = v >>> 8;
  b[at + 3] = v;
}
function putWordLE(b: Uint8Array, at: number, v: number): void {
  b[at] = v;
  b[at + 1] = v >>> 8;
  b[at + 2] = v >>> 16;
  b[at + 3] = v >>> 24;
}

/** One-shot hash of a list of chunks (the unit tests compare it with node:crypto). */
export function hashChunks(alg: number, chunks: readonly Uint8Array[]): Uint8Array {
  const c = newHashCtx(alg);
  for (const ch of chunks) updateCtx(c, ch, 0, ch.length);
  return digestCtx(c);
}

// ---------------------------------------------------------------- the compression functions
// One block per call, state in locals, Int32 arithmetic (`| 0`), the message schedule in a private
// Int32Array: no allocation per block. A call per block (rather than one loop over all blocks) lets V8
// optimise the function after a few blocks, instead of running a huge first call in on-stack-replaced code.

const W = new Int32Array(80); // message schedule scratch [owner: this worker]

// SHA-256 round constants (FIPS 180-4 §4.2.2).
const K256 = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

function sha256Block(h: Int32Array, src: Uint8Array, off: number): void {
  const w = W;
  const k = K256;
  for (let i = 0, p = off; i < 16; i++, p += 4) w[i] = (src[p] << 24) | (src[p + 1] << 16) | (src[p + 2] << 8) | src[p + 3];
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15];
    const y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + k[i] + w[i]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + S0 + maj) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + hh) | 0;
}

function sha1Block(h: Int32Array, src: Uint8Array, off: number): void {
  const w = W;
  for (let i = 0, p = off; i < 16; i++, p += 4) w[i] = (src[p] << 24) | (src[p + 1] << 16) | (src[p + 2] << 8) | src[p + 3];
  for (let i = 16; i < 80; i++) {
    const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
    w[i] = (x << 1) | (x >>> 31);
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
  // FIPS 180-4 §4.1.1: Ch for rounds 0-19, Parity for 20-39 and 60-79, Maj for 40-59.
  for (let i = 0; i < 20; i++) {
    const t = (((a << 5) | (a >>> 27)) + ((b & c) | (~b & d)) + e + 0x5a827999 + w[i]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 20; i < 40; i++) {
    const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e + 0x6ed9eba1 + w[i]) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 40; i < 60; i++) {
    const t = (((a << 5) | (a >>> 27)) + ((b & c) | (b & d) | (c & d)) + e - 0x70e44324 + w[i]) | 0; // 0x8f1bbcdc
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  for (let i = 60; i < 80; i++) {
    const t = (((a << 5) | (a >>> 27)) + (b ^ c ^ d) + e - 0x359d3e2a + w[i]) | 0; // 0xca62c1d6
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
}

// MD5 (RFC 1321 §3.4): K[i] = floor(2**32 * |sin(i + 1)|), and the per-round shift amounts.
const KMD5 = new Int32Array(64).map((_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) | 0);
const SMD5 = new Int32Array([7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]);

function md5Block(h: Int32Array, src: Uint8Array, off: number): void {
  const m = W;
  const k = KMD5;
  const s = SMD5;
  for (let i = 0, p = off; i < 16; i++, p += 4) m[i] = src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24);
  let a = h[0], b = h[1], c = h[2], d = h[3];
  for (let i = 0; i < 16; i++) {
    const f = (a + ((b & c) | (~b & d)) + k[i] + m[i]) | 0;
    const r = s[i & 3];
    a = d;
    d = c;
    c = b;
    b = (b + ((f << r) | (f >>> (32 - r)))) | 0;
  }
  for (let i = 16; i < 32; i++) {
    const f = (a + ((d & b) | (~d & c)) + k[i] + m[(5 * i + 1) & 15]) | 0;
    const r = s[4 + (i & 3)];
    a = d;
    d = c;
    c = b;
    b = (b + ((f << r) | (f >>> (32 - r)))) | 0;
  }
  for (let i = 32; i < 48; i++) {
    const f = (a + (b ^ c ^ d) + k[i] + m[(3 * i + 5) & 15]) | 0;
    const r = s[8 + (i & 3)];
    a = d;
    d = c;
    c = b;
    b = (b + ((f << r) | (f >>> (32 - r)))) | 0;
  }
  for (let i = 48; i < 64; i++) {
    const f = (a + (c ^ (b | ~d)) + k[i] + m[(7 * i) & 15]) | 0;
    const r = s[12 + (i & 3)];
    a = d;
    d = c;
    c = b;
    b = (b + ((f << r) | (f >>> (32 - r)))) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
}

// ====================================================================== hash objects in the heap

// NATIVE layout (words): [4] __dict__ (NULL) · [5] algorithm · [6] lock [atomic] · [7..8] byte count
// (low, high 32 bits) · [9..16] state · [17..32] the 64-byte block buffer. Everything but [6] is [gil]
// and, in addition, written only by the thread holding the lock word.
const HX_ALG = 5;
const HX_LOCK = 6;
const HX_LEN_LO = 7;
const HX_LEN_HI = 8;
const HX_STATE = 9;
const HX_BUF = 17;
const HASH_WORDS = 33;

/** Updates at least this long release the GIL while they compress (CPython's HASHLIB_GIL_MINSIZE). */
export const GIL_RELEASE_BYTES = 2048;

/** This worker's scratch contexts (one Python thread runs in a worker at a time, and nothing here
 *  calls back into Python). [owner: this worker] */
const scratch = new HashCtx();
const scratchTmp = new HashCtx();

function loadCtx(c: HashCtx, w: number): void {
  c.alg = I32[w + HX_ALG];
  for (let i = 0; i < 8; i++) c.h[i] = I32[w + HX_STATE + i];
  for (let i = 0; i < 16; i++) c.bufWords[i] = I32[w + HX_BUF + i];
  c.len = (I32[w + HX_LEN_HI] >>> 0) * 0x100000000 + (I32[w + HX_LEN_LO] >>> 0);
}

function storeCtx(c: HashCtx, w: number): void {
  I32[w + HX_ALG] = c.alg;
  for (let i = 0; i < 8; i++) I32[w + HX_STATE + i] = c.h[i];
  for (let i = 0; i < 16; i++) I32[w + HX_BUF + i] = c.bufWords[i];
  I32[w + HX_LEN_LO] = c.len >>> 0;
  I32[w + HX_LEN_HI] = Math.floor(c.len / 0x100000000);
}

// ---------------------------------------------------------------- the per-object lock
// Drepper's three states, as the GIL's own word: 0 free, 1 held, 2 held and maybe waited for.

/** Takes hash object `w`'s lock. Caller holds the GIL (and keeps the object alive). */
function lockHash(w: number): void {
  const at = w + HX_LOCK;
  if (Atomics.compareExchange(I32, at, 0, 1) === 0) return;
  releasingGil(() => {
    let c = Atomics.exchange(I32, at, 2);
    while (c !== 0) {
      Atomics.wait(I32, at, 2);
      c = Atomics.exchange(I32, at, 2);
    }
  });
}

function unlockHash(w: number): void {
  const at = w + HX_LOCK;
  if (Atomics.sub(I32, at, 1) !== 1) {
    Atomics.store(I32, at, 0);
    Atomics.notify(I32, at, 1);
  }
}

/** Runs `fn` with the GIL released. A worker that runs no registered Python thread (gilIdent() 0: an
 *  interpreter made without the threads layer, as in some tests) holds no GIL, so `fn` just runs. */
function releasingGil(fn: () => void): void {
  if (gilIdent() === 0) fn();
  else withoutGil(fn);
}

/** Feeds bytes object `data` into `c`: with the GIL released when it is long. */
function updateWithBytes(c: HashCtx, data: Ref): void {
  const n = bytesLen(data);
  const off = ((data >> 2) + S_DATA) << 2;
  if (n >= GIL_RELEASE_BYTES) releasingGil(() => updateCtx(c, U8, off, n));
  else updateCtx(c, U8, off, n);
}

// ---------------------------------------------------------------- the HASH type

const TYPE_NAME = '_hashlib.HASH';

/** The HASH type: made at bootstrap, kept alive in ROOT.misc. Per-worker cache (the type never dies),
 *  dropped when this worker attaches to a heap. */
let hashType: Ref = NULL;
onAttach(() => {
  hashType = NULL;
});

function hashTypeRef(): Ref {
  if (hashType !== NULL) return hashType;
  const misc = I32[(I32[CTL_ROOT] >> 2) + RT_MISC] as Ref;
  for (let i = listLen(misc) - 1; i >= 0; i--) {
    const t = listGet(misc, i);
    if (tagOf(t) === Tag.TYPE && I32[(t >> 2) + TY_NAME] === intern('HASH') && I32[(t >> 2) + TY_MODULE] === intern('_hashlib'))
      return (hashType = t);
  }
  raise('RuntimeError', 'hashlib: the HASH type is missing');
}

function isHash(r: Ref): boolean {
  return (r & 1) === 0 && r !== NULL && (I32[r >> 2] & 0xff) === Tag.NATIVE && I32[(r >> 2) + H_TYPE] === hashTypeRef()
    && I32[(r >> 2) + H_SIZE] >= HASH_WORDS;
}

/** Word index of a method's self, checked. */
function selfHash(args: number, what: string): number {
  const s = I32[args] as Ref;
  if (!isHash(s)) raise('TypeError', `descriptor '${what}' for '${TYPE_NAME}' objects doesn't apply to a '${tname(s)}' object`);
  return s >> 2;
}

/** A new hash object holding the state of `c`. Caller holds the GIL. */
function newHashObject(c: HashCtx): Ref {
  const r = alloc(HASH_WORDS, Tag.NATIVE, hashTypeRef(), 0);
  storeCtx(c, r >> 2);
  return r;
}

/** The data argument: a bytes object (CPython takes any buffer; pygil has no other). */
function checkData(r: Ref): Ref {
  const tag = tagOf(r);
  if (tag === Tag.BYTES) return r;
  if (tag === Tag.STR) raise('TypeError', 'Strings must be encoded before hashing');
  raise('TypeError', 'object supporting the buffer API required');
}

/** Runs `f` on a copy of object `w`'s state, taken under its lock. */
function withState<R>(w: number, f: (c: HashCtx) => R): R {
  lockHash(w);
  try {
    loadCtx(scratch, w);
  } finally {
    unlockHash(w);
  }
  return f(scratch);
}

const HEX = '0123456789abcdef';

const methods: Record<string, NativeFn> = {
  update: (args, argc, kw) => {
    const w = selfHash(args, 'update');
    noKw('HASH.update', kw);
    checkArgc('HASH.update', argc - 1, 1, 1);
    const data = checkData(I32[args + 1] as Ref);
    lockHash(w);
    try {
      loadCtx(scratch, w);
      updateWithBytes(scratch, data);
      storeCtx(scratch, w);
    } finally {
      unlockHash(w);
    }
    return NONE;
  },
  digest: (args, argc, kw) => {
    const w = selfHash(args, 'digest');
    noKw('HASH.digest', kw);
    checkArgc('HASH.digest', argc - 1, 0, 0);
    return newBytes(withState(w, (c) => digestCtx(c, scratchTmp)));
  },
  hexdigest: (args, argc, kw) => {
    const w = selfHash(args, 'hexdigest');
    noKw('HASH.hexdigest', kw);
    checkArgc('HASH.hexdigest', argc - 1, 0, 0);
    const d = withState(w, (c) => digestCtx(c, scratchTmp));
    let s = '';
    for (let i = 0; i < d.length; i++) s += HEX[d[i] >> 4] + HEX[d[i] & 15];
    return newStr(s);
  },
  copy: (args, argc, kw) => {
    const w = selfHash(args, 'copy');
    noKw('HASH.copy', kw);
    checkArgc('HASH.copy', argc - 1, 0, 0);
    return withState(w, (c) => newHashObject(c));
  },
  __repr__: (args) => {
    const w = selfHash(args, '__repr__');
    return newStr(`<${ALG_NAMES[I32[w + HX_ALG]]} ${TYPE_NAME} object @ ${addr((w << 2) as Ref)}>`);
  },
  __setattr__: (args) => {
    selfHash(args, '__setattr__');
    rejectAttr(I32[args + 1] as Ref);
  },
  __delattr__: (args) => {
    selfHash(args, '__delattr__');
    rejectAttr(I32[args + 1] as Ref);
  },
};

/** HASH objects have no __dict__ and read-only attributes (CPython's messages). */
function rejectAttr(name: Ref): never {
  const n = tagOf(name) === Tag.STR ? strValue(name) : '?';
  if (n in PROPS) raise('AttributeError', `attribute '${n}' of '${TYPE_NAME}' objects is not writable`);
  raise('AttributeError', `'${TYPE_NAME}' object has no attribute '${n}'`);
}

// Read-only attributes (getset descriptors in CPython).
const PROPS: Record<string, (w: number) => Ref> = {
  name: (w) => newStr(ALG_NAMES[I32[w + HX_ALG]]),
  digest_size: (w) => mkSmall(DIGEST_SIZE[I32[w + HX_ALG]]),
  block_size: () => mkSmall(BLOCK_SIZE),
};

// Native indices are fixed at module load (the same order in every worker, see natives.ts).
const METHOD_IDX = Object.entries(methods).map(([name, fn]) => [name, registerNative(`HASH.${name}`, fn)] as const);
const PROP_IDX = Object.entries(PROPS).map(
  ([name, get]) => [name, registerNative(`HASH.${name}`, (args) => get(selfHash(args, name)))] as const,
);
const NEW_IDX = registerNative('HASH.__new__', () => raise('TypeError', `cannot create '${TYPE_NAME}' instances`));

onBootstrap(() => {
  const t = allocType('HASH', 0);
  listAppend(I32[(I32[CTL_ROOT] >> 2) + RT_MISC] as Ref, t);
  const w = t >> 2;
  I32[w + TY_DICT] = newDict(T.dict);
  setBases(t, [T.object], [t, T.object]);
  I32[w + TY_LAYOUT] = mkSmall(Tag.NATIVE); // after setBases, which copies object's layout
  I32[w + TY_BASE] = t; // a builtin type is its own solid base
  I32[w + TY_MODULE] = intern('_hashlib');
  I32[w + TY_DOC] = NONE;
  const d = typeDict(t);
  for (const [name, idx] of METHOD_IDX) dictSetStr(d, intern(name), newBuiltin(idx, name, `HASH.${name}`));
  for (const [name, idx] of PROP_IDX) {
    dictSetStr(d, intern(name), newProperty(T.property, newBuiltin(idx, name, `HASH.${name}`), NONE, NONE, NONE));
  }
  const sm = alloc(6, Tag.STATICMETHOD, T.staticmethod, 0);
  I32[(sm >> 2) + 4] = newBuiltin(NEW_IDX, '__new__', 'HASH.__new__');
  dictSetStr(d, intern('__new__'), sm);
  dictSetStr(d, intern('__module__'), intern('_hashlib'));
  dictSetStr(d, intern('__doc__'), NONE);
});

// ====================================================================== the module

/** Parses `openssl_<alg>(string=b'', *, usedforsecurity=True)`; returns the data argument or NULL. */
function constructorData(fname: string, args: number, argc: number, kw: Ref): Ref {
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  if (npos > 1) raise('TypeError', `${fname}() takes at most 1 positional argument (${npos} given)`);
  let data = npos === 1 ? (I32[args] as Ref) : NULL;
  for (let k = 0; k < nkw; k++) {
    const name = strValue(tupleGet(kw, k));
    if (name === 'string') {
      if (data !== NULL) raise('TypeError', `argument for ${fname}() given by name ('string') and position (1)`);
      data = I32[args + npos + k] as Ref;
    } else if (name !== 'usedforsecurity') {
      raise('TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return data;
}

/** A new hash object of algorithm `alg`, fed `data` (NULL: nothing). The hashing happens in the scratch
 *  context before the object exists, so nothing unrooted is held while the GIL is released. */
function newHash(alg: number, data: Ref): Ref {
  if (data !== NULL) checkData(data);
  resetCtx(scratch, alg);
  if (data !== NULL) updateWithBytes(scratch, data);
  return newHashObject(scratch);
}

/** The algorithm for a name given to `new` (OpenSSL's spelling rules: any case, dashes ignored), or -1. */
function algByName(name: string): number {
  return ALG_NAMES.indexOf(name.toLowerCase().replace(/-/g, ''));
}

/** hashlib.new(name, data=b'', **kwargs): CPython's __hash_new, then _hashlib.new's argument rules. */
const newFn: NativeFn = (args, argc, kw) => {
  const nkw = kwCount(kw);
  const npos = argc - nkw;
  if (npos > 2) raise('TypeError', `__hash_new() takes from 1 to 2 positional arguments but ${npos} were given`);
  let name = npos >= 1 ? (I32[args] as Ref) : NULL;
  let data = npos >= 2 ? (I32[args + 1] as Ref) : NULL;
  for (let k = 0; k < nkw; k++) {
    const key = strValue(tupleGet(kw, k));
    const v = I32[args + npos + k] as Ref;
    if (key === 'name' || key === 'data') {
      if ((key === 'name' ? name : data) !== NULL) raise('TypeError', `__hash_new() got multiple values for argument '${key}'`);
      if (key === 'name') name = v;
      else data = v;
    } else if (key === 'string') {
      // __hash_new always passes data on by position, so `string=` collides with it.
      raise('TypeError', `argument for new() given by name ('string') and position (2)`);
    } else if (key !== 'usedforsecurity') {
      raise('TypeError', `'${key}' is an invalid keyword argument for new()`);
    }
  }
  if (name === NULL) raise('TypeError', `__hash_new() missing 1 required positional argument: 'name'`);
  if (tagOf(name) !== Tag.STR) raise('TypeError', 'name must be a string');
  const alg = algByName(strValue(name));
  if (alg < 0) raise('ValueError', `unsupported hash type ${strValue(name)}`);
  return newHash(alg, data);
};

const CONSTRUCTOR_IDX = ALG_NAMES.map((alg, i) => {
  const fname = `openssl_${alg}`;
  return registerNative(`_hashlib.${fname}`, (args, argc, kw) => newHash(i, constructorData(fname, args, argc, kw)));
});
const NEW_FN_IDX = registerNative('hashlib.new', newFn);

defModule('hashlib', {}, (d) => {
  const mod = intern('_hashlib');
  ALG_NAMES.forEach((alg, i) => dictSetStr(d, intern(alg), newBuiltin(CONSTRUCTOR_IDX[i], `openssl_${alg}`, `openssl_${alg}`, mod)));
  dictSetStr(d, intern('new'), newBuiltin(NEW_FN_IDX, 'new', 'new', intern('hashlib')));
  for (const setName of ['algorithms_guaranteed', 'algorithms_available']) {
    const s = newSet(T.set);
    dictSetStr(d, intern(setName), s);
    for (const alg of ALG_NAMES) setAdd(s, intern(alg));
  }
});
