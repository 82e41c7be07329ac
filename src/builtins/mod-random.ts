/*
 * The native `_random` module: class Random, the MT19937 generator of Modules/_randommodule.c, bit for bit
 * (tests/lib/_random.py is the pure-Python reference). lib/random.py subclasses it. Caller holds the GIL.
 *
 * An instance is a NATIVE heap object (so every thread shares it): [4] __dict__ (instances of Python
 * subclasses keep their attributes there) · [5] index into the state · [6..629] the 624 state words,
 * raw Uint32. The collector treats the words after 4 as raw.
 */

import { H_SIZE, INST_DICT, Tag } from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { I32, U32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, intFromBigInt, intFromNumber, newFloat, tupleFrom, tupleLen, tupleGet } from '../heap/objects.js';
import { intern } from '../heap/str.js';
import { dictSetStr } from '../heap/dict.js';
import { raise } from '../runtime/exceptions.js';
import { typeByName, typeOf, isSubtype, TY_MODULE } from '../runtime/types.js';
import { checkArgc, kwCount, noKw } from '../runtime/call.js';
import { hashNumberBig, hashOf, isFloat, isInt, tagOf, tname, toBig, toIndexNumber } from '../runtime/ops.js';
import { defMethods, defModule, defStaticMethods, onBootstrap } from './define.js';

const N = 624;
const M = 397;
const IDX = 5;
const MT = 6;
const RANDOM_WORDS = MT + N;

let randomType: Ref = NULL;
function rtype(): Ref {
  if (randomType === NULL) randomType = typeByName('Random');
  return randomType;
}

function selfOf(args: number, what: string): number {
  const s = I32[args] as Ref;
  if (tagOf(s) !== Tag.NATIVE || !isSubtype(typeOf(s), rtype()) || I32[(s >> 2) + H_SIZE] < RANDOM_WORDS)
    raise('TypeError', `descriptor '${what}' for '_random.Random' objects doesn't apply to a '${tname(s)}' object`);
  return s >> 2;
}

// ---------------------------------------------------------------- MT19937 on the heap words

function initGenrand(w: number, s: number): void {
  const b = w + MT;
  U32[b] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = U32[b + i - 1];
    U32[b + i] = (Math.imul(1812433253, (prev ^ (prev >>> 30)) >>> 0) + i) >>> 0;
  }
  I32[w + IDX] = N;
}

function initByArray(w: number, key: number[]): void {
  initGenrand(w, 19650218);
  const b = w + MT;
  const len = key.length;
  let i = 1;
  let j = 0;
  for (let k = N > len ? N : len; k; k--) {
    const prev = U32[b + i - 1];
    U32[b + i] = (((U32[b + i] ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1664525)) >>> 0) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) {
      U32[b] = U32[b + N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (let k = N - 1; k; k--) {
    const prev = U32[b + i - 1];
    U32[b + i] = (((U32[b + i] ^ Math.imul((prev ^ (prev >>> 30)) >>> 0, 1566083941)) >>> 0) - i) >>> 0;
    i++;
    if (i >= N) {
      U32[b] = U32[b + N - 1];
      i = 1;
    }
  }
  U32[b] = 0x80000000;
}

function genrand(w: number): number {
  const b = w + MT;
  if (I32[w + IDX] >= N) {
    let kk = 0;
    let y: number;
    for (; kk < N - M; kk++) {
      y = (U32[b + kk] & 0x80000000) | (U32[b + kk + 1] & 0x7fffffff);
      U32[b + kk] = U32[b + kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    for (; kk < N - 1; kk++) {
      y = (U32[b + kk] & 0x80000000) | (U32[b + kk + 1] & 0x7fffffff);
      U32[b + kk] = U32[b + kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    y = (U32[b + N - 1] & 0x80000000) | (U32[b] & 0x7fffffff);
    U32[b + N - 1] = U32[b + M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    I32[w + IDX] = 0;
  }
  let y = U32[b + I32[w + IDX]];
  I32[w + IDX]++;
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** random_seed of _randommodule.c. */
function seedWith(w: number, arg: Ref): void {
  if (arg === NULL || arg === NONE) {
    const key = new Uint32Array(N);
    globalThis.crypto.getRandomValues(key);
    initByArray(w, Array.from(key));
    return;
  }
  let n: bigint;
  if (isInt(arg)) {
    n = toBig(arg);
    if (n < 0n) n = -n;
  } else if (isFloat(arg)) {
    n = BigInt.asUintN(64, hashNumberBig(arg)); // (size_t)PyObject_Hash(n)
  } else {
    n = BigInt.asUintN(64, BigInt(hashOf(arg)));
  }
  const key: number[] = [];
  while (n > 0n) {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (key.length === 0) key.push(0);
  initByArray(w, key);
}

// ---------------------------------------------------------------- the class

defStaticMethods('Random', {
  __new__: (args, argc, kw) => {
    const cls = I32[args] as Ref;
    if (tagOf(cls) !== Tag.TYPE || !isSubtype(cls, rtype())) raise('TypeError', 'Random.__new__(X): X is not a subtype of Random');
    if (cls === rtype() && kwCount(kw) > 0) raise('TypeError', 'Random() takes no keyword arguments');
    const npos = argc - 1 - kwCount(kw);
    if (cls === rtype() && npos > 1) raise('TypeError', 'Random() requires 0 or 1 argument');
    const r = alloc(RANDOM_WORDS, Tag.NATIVE, cls, 0);
    I32[(r >> 2) + INST_DICT] = NULL;
    const a = npos === 1 ? (I32[args + 1] as Ref) : NULL;
    seedWith(r >> 2, a !== NULL && (isInt(a) || isFloat(a) || a === NONE) ? a : NULL);
    return r;
  },
});

defMethods('Random', {
  seed: (args, argc, kw) => {
    const w = selfOf(args, 'seed');
    noKw('seed', kw);
    checkArgc('seed', argc - 1, 0, 1);
    seedWith(w, argc > 1 ? (I32[args + 1] as Ref) : NULL);
    return NONE;
  },
  random: (args, argc, kw) => {
    const w = selfOf(args, 'random');
    noKw('random', kw);
    checkArgc('random', argc - 1, 0, 0);
    const a = genrand(w) >>> 5;
    const b = genrand(w) >>> 6;
    return newFloat((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
  },
  getrandbits: (args, argc, kw) => {
    const w = selfOf(args, 'getrandbits');
    noKw('getrandbits', kw);
    checkArgc('getrandbits', argc - 1, 1, 1);
    let k = toIndexNumber(I32[args + 1] as Ref);
    if (k < 0) raise('ValueError', 'number of bits must be non-negative');
    if (k === 0) return mkSmall(0);
    if (k <= 32) return intFromNumber(genrand(w) >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    while (k > 0) {
      let r = genrand(w);
      if (k < 32) r >>>= 32 - k;
      result |= BigInt(r) << shift;
      shift += 32n;
      k -= 32;
    }
    return intFromBigInt(result);
  },
  getstate: (args, argc, kw) => {
    const w = selfOf(args, 'getstate');
    noKw('getstate', kw);
    checkArgc('getstate', argc - 1, 0, 0);
    const items: Ref[] = [];
    for (let i = 0; i < N; i++) items.push(intFromNumber(U32[w + MT + i]));
    items.push(intFromNumber(I32[w + IDX]));
    return tupleFrom(items); // no collection can run while the ints are only in `items`
  },
  setstate: (args, argc, kw) => {
    const w = selfOf(args, 'setstate');
    noKw('setstate', kw);
    checkArgc('setstate', argc - 1, 1, 1);
    const st = I32[args + 1] as Ref;
    if (tagOf(st) !== Tag.TUPLE) raise('TypeError', 'state vector must be a tuple');
    if (tupleLen(st) !== N + 1) raise('ValueError', 'state vector is the wrong size');
    const words = new Uint32Array(N);
    for (let i = 0; i < N; i++) {
      const x = tupleGet(st, i);
      if (!isInt(x)) raise('TypeError', `'${tname(x)}' object cannot be interpreted as an integer`);
      const v = toBig(x);
      if (v < 0n) raise('OverflowError', "can't convert negative int to unsigned");
      words[i] = Number(BigInt.asUintN(32, v));
    }
    const ix = tupleGet(st, N);
    if (!isInt(ix)) raise('TypeError', `'${tname(ix)}' object cannot be interpreted as an integer`);
    const index = toBig(ix);
    if (index < 0n || index > BigInt(N)) raise('ValueError', 'invalid state');
    for (let i = 0; i < N; i++) U32[w + MT + i] = words[i];
    I32[w + IDX] = Number(index);
    return NONE;
  },
});

defModule('_random', {}, (d) => {
  dictSetStr(d, intern('Random'), rtype());
});

onBootstrap(() => {
  I32[(rtype() >> 2) + TY_MODULE] = intern('_random');
});

