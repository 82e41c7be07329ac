/*
 * The bytes type: methods (Objects/bytesobject.c, Objects/bytes_methods.c), slicing, + * %, comparisons,
 * repr, and bytes(). Bytes are handled as "latin-1 strings" (one JS char per byte), cached per worker
 * within a GC epoch, so the str algorithms of str.ts apply. Caller holds the GIL everywhere.
 */

import { CTL_GC_EPOCH, H_AUX, S_DATA, Tag, IterKind } from '../heap/layout.js';
import { I32, U8 } from '../heap/memory.js';
import { alloc } from '../heap/alloc.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, bool, intFromNumber, listItemsWord, newList, tupleFrom, tupleGet, tupleLen } from '../heap/objects.js';
import { bytesHash, intern, newStr, strTypes, strValue } from '../heap/str.js';
import { raise, toException, PY_THROWN } from '../runtime/exceptions.js';
import { T, isSubtype, lookupType, typeName, typeOf } from '../runtime/types.js';
import { callWith, checkArgc, noKw, parseArgs } from '../runtime/call.js';
import { root, unroot } from '../runtime/thread-state.js';
import {
  N, NOTIMPL, binaryHooks, compareHooks, getIter, isInt, itemHooks, iterNext, newIter, reprHooks, tagOf, tname,
  toIndexNumber,
} from '../runtime/ops.js';
import { bytesRepr, decodeBytes, encodeText, lookupCodec } from './codecs.js';
import { bytesFactory, bytesLatin1, percentFormat } from './formatting.js';
import { SSIZE_MAX, adjustFindRange, sliceIndex } from './slice-util.js';
import {
  bytesSpace, centerJs, expandtabsJs, isIndexable, isStrRef, joinJs, replaceJs, repeatJs, rsplitSep, rsplitWhitespace, sliceJs,
  splitSep, splitWhitespace, splitlinesJs, stripJs, strBytesHooks, zfillJs,
} from './str.js';
import { defClassMethods, defMethods, defStaticMethods } from './define.js';

// ====================== values ======================

let cacheEpoch = -1;
let cache = new Map<number, string>();

export function isBytesRef(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.BYTES;
}

/** The bytes of a bytes object as a latin-1 string (cached per worker within a GC epoch). */
export function bytesJs(r: Ref): string {
  const e = I32[CTL_GC_EPOCH];
  if (e !== cacheEpoch) {
    cache = new Map();
    cacheEpoch = e;
  }
  let s = cache.get(r);
  if (s === undefined) {
    s = bytesLatin1(r);
    if (s.length > 8) cache.set(r, s);
  }
  return s;
}

/** A new bytes object (of type `type`) from a latin-1 string. */
export function newBytesLatin1(s: string, type: Ref = strTypes.bytes): Ref {
  const n = s.length;
  const r = alloc(S_DATA + ((n + 3) >> 2), Tag.BYTES, type, n);
  const base = ((r >> 2) + S_DATA) << 2;
  for (let i = 0; i < n; i++) U8[base + i] = s.charCodeAt(i);
  return r;
}

bytesFactory.fromLatin1 = (s) => newBytesLatin1(s);
strBytesHooks.fromLatin1 = (s) => newBytesLatin1(s);
strBytesHooks.empty = () => newBytesLatin1('');

function result(self: Ref, js: string, out: string): Ref {
  if (out === js && typeOf(self) === T.bytes) return self;
  return newBytesLatin1(out);
}

function bytesList(parts: string[]): Ref {
  const l = newList(parts.length);
  for (let i = 0; i < parts.length; i++) I32[listItemsWord(l) + i] = newBytesLatin1(parts[i]);
  return l;
}

// ====================== argument helpers ======================

function selfBytes(args: number, name: string): Ref {
  const s = I32[args] as Ref;
  if (!isBytesRef(s)) raise('TypeError', `descriptor '${name}' for 'bytes' objects doesn't apply to a '${tname(s)}' object`);
  return s;
}

function noArgs(name: string, args: number, argc: number, kw: Ref): string {
  noKw(`bytes.${name}`, kw);
  const s = selfBytes(args, name);
  checkArgc(`bytes.${name}`, argc - 1, 0, 0);
  return bytesJs(s);
}

function clinic(name: string, args: number, argc: number, kw: Ref, min: number, max: number): Ref {
  noKw(`bytes.${name}`, kw);
  const s = selfBytes(args, name);
  if (min === max && min === 1) checkArgc(`bytes.${name}`, argc - 1, 1, 1);
  else checkArgc(name, argc - 1, min, max);
  return s;
}

/** A bytes-like argument (bytes only: there is no bytearray/memoryview here). */
function bytesArg(r: Ref): string {
  if (!isBytesRef(r)) raise('TypeError', `a bytes-like object is required, not '${tname(r)}'`);
  return bytesJs(r);
}

/** find/count's sub argument: bytes or an int in range(256). */
function subArg(r: Ref): string {
  if (isBytesRef(r)) return bytesJs(r);
  if (isInt(r) || lookupType(typeOf(r), N.__index__) !== NULL) {
    const v = toIndexNumber(r);
    if (v < 0 || v > 255) raise('ValueError', 'byte must be in range(0, 256)');
    return String.fromCharCode(v);
  }
  raise('TypeError', `argument should be integer or bytes-like object, not '${tname(r)}'`);
}

interface Range {
  js: string;
  sub: string;
  start: number;
  end: number;
}

function findArgs(name: string, args: number, argc: number, kw: Ref): Range {
  noKw(`bytes.${name}`, kw);
  const self = selfBytes(args, name);
  const n = argc - 1;
  if (n < 1) raise('TypeError', `${name}() takes at least 1 argument (${n} given)`);
  if (n > 3) raise('TypeError', `${name}() takes at most 3 arguments (${n} given)`);
  const sub = subArg(I32[args + 1] as Ref);
  const js = bytesJs(self);
  const s0 = argc > 2 ? sliceIndex(I32[args + 2] as Ref, 0) : 0;
  const e0 = argc > 3 ? sliceIndex(I32[args + 3] as Ref, SSIZE_MAX) : SSIZE_MAX;
  const [start, end] = adjustFindRange(s0, e0, js.length);
  return { js, sub, start, end };
}

function findIn(r: Range, dir: number): number {
  if (r.end - r.start < r.sub.length) return -1;
  if (r.sub.length === 0) return dir > 0 ? r.start : r.end;
  if (dir > 0) {
    const i = r.js.indexOf(r.sub, r.start);
    return i < 0 || i + r.sub.length > r.end ? -1 : i;
  }
  const i = r.js.lastIndexOf(r.sub, r.end - r.sub.length);
  return i < r.start ? -1 : i;
}

function countIn(r: Range): number {
  if (r.end - r.start < r.sub.length) return 0;
  if (r.sub.length === 0) return r.end - r.start + 1;
  let n = 0;
  let i = r.start;
  for (;;) {
    const p = r.js.indexOf(r.sub, i);
    if (p < 0 || p + r.sub.length > r.end) break;
    n++;
    i = p + r.sub.length;
  }
  return n;
}

function startsEnds(name: string, dir: number) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(`bytes.${name}`, kw);
    const self = selfBytes(args, name);
    const n = argc - 1;
    if (n < 1) raise('TypeError', `${name}() takes at least 1 argument (${n} given)`);
    if (n > 3) raise('TypeError', `${name}() takes at most 3 arguments (${n} given)`);
    const js = bytesJs(self);
    const s0 = argc > 2 ? sliceIndex(I32[args + 2] as Ref, 0) : 0;
    const e0 = argc > 3 ? sliceIndex(I32[args + 3] as Ref, SSIZE_MAX) : SSIZE_MAX;
    const match = (sub: string): boolean => {
      let [start, end] = adjustFindRange(s0, e0, js.length);
      end -= sub.length;
      if (end < start) return false;
      if (sub.length === 0) return true;
      return js.startsWith(sub, dir < 0 ? start : end);
    };
    const p = I32[args + 1] as Ref;
    if (tagOf(p) === Tag.TUPLE) {
      for (let i = 0; i < tupleLen(p); i++) {
        const it = tupleGet(p, i);
        if (!isBytesRef(it)) raise('TypeError', `a bytes-like object is required, not '${tname(it)}'`);
        if (match(bytesJs(it))) return bool(true);
      }
      return bool(false);
    }
    if (!isBytesRef(p)) raise('TypeError', `${name} first arg must be bytes or a tuple of bytes, not ${tname(p)}`);
    return bool(match(bytesJs(p)));
  };
}

function splitArgs(name: string, args: number, argc: number, kw: Ref): [Ref, string | null, number] {
  const self = selfBytes(args, name);
  const [sepR, maxR] = parseArgs(name, args + 1, argc - 1, kw, ['sep', 'maxsplit']);
  let sep: string | null = null;
  if (sepR !== NULL && sepR !== NONE) {
    sep = bytesArg(sepR);
    if (sep.length === 0) raise('ValueError', 'empty separator');
  }
  return [self, sep, maxR === NULL ? -1 : toIndexNumber(maxR)];
}

function stripMethod(name: string, which: number) {
  return (args: number, argc: number, kw: Ref): Ref => {
    const self = clinic(name, args, argc, kw, 0, 1);
    let chars: string | null = null;
    if (argc > 1 && (I32[args + 1] as Ref) !== NONE) chars = bytesArg(I32[args + 1] as Ref);
    const js = bytesJs(self);
    return result(self, js, stripJs(js, chars, which, bytesSpace));
  };
}

function pad(name: string) {
  return (args: number, argc: number, kw: Ref): Ref => {
    const self = clinic(name, args, argc, kw, 1, 2);
    const width = toIndexNumber(I32[args + 1] as Ref);
    let fill = ' ';
    if (argc > 2) {
      const f = I32[args + 2] as Ref;
      if (!isBytesRef(f) || I32[(f >> 2) + H_AUX] !== 1)
        raise('TypeError', `${name}() argument 2 must be a byte string of length 1, not ${tname(f)}`);
      fill = bytesJs(f);
    }
    const js = bytesJs(self);
    if (js.length >= width) return result(self, js, js);
    if (name === 'center') return newBytesLatin1(centerJs(js, js.length, width, fill));
    if (name === 'ljust') return newBytesLatin1(js + fill.repeat(width - js.length));
    return newBytesLatin1(fill.repeat(width - js.length) + js);
  };
}

function partition(name: string, right: boolean) {
  return (args: number, argc: number, kw: Ref): Ref => {
    const self = clinic(name, args, argc, kw, 1, 1);
    const sepR = I32[args + 1] as Ref;
    const sep = bytesArg(sepR);
    if (sep.length === 0) raise('ValueError', 'empty separator');
    const js = bytesJs(self);
    const i = right ? js.lastIndexOf(sep) : js.indexOf(sep);
    if (i < 0) {
      const e = newBytesLatin1('');
      return right ? tupleFrom([e, e, self]) : tupleFrom([self, e, e]);
    }
    return tupleFrom([newBytesLatin1(js.slice(0, i)), sepR, newBytesLatin1(js.slice(i + sep.length))]);
  };
}

function asciiCase(js: string, f: (c: number) => number): string {
  let out = '';
  for (let i = 0; i < js.length; i++) out += String.fromCharCode(f(js.charCodeAt(i)));
  return out;
}
const isUp = (c: number): boolean => c >= 65 && c <= 90;
const isLow = (c: number): boolean => c >= 97 && c <= 122;
const isAlpha = (c: number): boolean => isUp(c) || isLow(c);
const isDig = (c: number): boolean => c >= 48 && c <= 57;

function allBytes(js: string, p: (c: number) => boolean): boolean {
  if (js.length === 0) return false;
  for (let i = 0; i < js.length; i++) if (!p(js.charCodeAt(i))) return false;
  return true;
}

function titleBytes(js: string): string {
  let out = '';
  let prev = false;
  for (let i = 0; i < js.length; i++) {
    const c = js.charCodeAt(i);
    if (prev) out += String.fromCharCode(isUp(c) ? c + 32 : c);
    else out += String.fromCharCode(isLow(c) ? c - 32 : c);
    prev = isAlpha(c);
  }
  return out;
}

export function bytesCompareJs(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function cmpMethod(name: string, test: (c: number) => boolean) {
  return (args: number, argc: number, kw: Ref): Ref => {
    const a = clinic(name, args, argc, kw, 1, 1);
    const b = I32[args + 1] as Ref;
    if (!isBytesRef(b)) return NOTIMPL;
    return bool(test(bytesCompareJs(bytesJs(a), bytesJs(b))));
  };
}

function hexJs(js: string, sepR: Ref, perR: Ref): string {
  let hex = '';
  for (let i = 0; i < js.length; i++) hex += js.charCodeAt(i).toString(16).padStart(2, '0');
  if (sepR === NULL || sepR === NONE) return hex;
  let sep: string;
  if (isStrRef(sepR)) sep = strValue(sepR);
  else if (isBytesRef(sepR)) sep = bytesJs(sepR);
  else raise('TypeError', `sep must be str or bytes.`);
  if (sep.length !== 1) raise('ValueError', 'sep must be length 1.');
  const per = perR === NULL ? 1 : toIndexNumber(perR);
  if (per === 0 || js.length === 0) return hex;
  const k = Math.abs(per);
  const groups: string[] = [];
  if (per > 0) {
    // groups counted from the right
    let end = js.length;
    while (end > 0) {
      const start = Math.max(0, end - k);
      groups.unshift(hex.slice(start * 2, end * 2));
      end = start;
    }
  } else {
    for (let start = 0; start < js.length; start += k) groups.push(hex.slice(start * 2, Math.min(js.length, start + k) * 2));
  }
  return groups.join(sep);
}

function fromhexJs(s: string): string {
  let out = '';
  let i = 0;
  const n = s.length;
  const hv = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = hv(c);
    if (hi < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= n) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    const lo = hv(s.charCodeAt(i + 1));
    if (lo < 0) raise('ValueError', `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out += String.fromCharCode(hi * 16 + lo);
    i += 2;
  }
  return out;
}

// ====================== bytes() ======================

function bytesFromObject(x: Ref): string {
  if (isBytesRef(x)) return bytesJs(x);
  if (isStrRef(x)) raise('TypeError', 'string argument without an encoding');
  const fb = lookupType(typeOf(x), intern('__bytes__'));
  if (fb !== NULL) {
    const r = callWith(fb, x);
    if (!isBytesRef(r)) raise('TypeError', `__bytes__ returned non-bytes (type ${tname(r)})`);
    return bytesJs(r);
  }
  if (isInt(x) || (lookupType(typeOf(x), N.__index__) !== NULL && tagOf(x) !== Tag.FLOAT)) {
    const n = toIndexNumber(x);
    if (n < 0) raise('ValueError', 'negative count');
    if (n > 0x3fff_ffff) raise('MemoryError');
    return '\0'.repeat(n);
  }
  let it: Ref = NULL;
  try {
    it = getIter(x);
  } catch (e) {
    const exc = toException(e);
    if (typeName(typeOf(exc)) === 'TypeError') raise('TypeError', `cannot convert '${tname(x)}' object to bytes`);
    throw PY_THROWN;
  }
  const mark = root(it);
  try {
    let out = '';
    for (;;) {
      const v = iterNext(it);
      if (v === NULL) break;
      const n = toIndexNumber(v);
      if (n < 0 || n > 255) raise('ValueError', 'bytes must be in range(0, 256)');
      out += String.fromCharCode(n);
    }
    return out;
  } finally {
    unroot(mark);
  }
}

function bytesNew(args: number, argc: number, kw: Ref): Ref {
  const cls = I32[args] as Ref;
  if (tagOf(cls) !== Tag.TYPE || !isSubtype(cls, T.bytes))
    raise('TypeError', `bytes.__new__(${tagOf(cls) === Tag.TYPE ? typeName(cls) : tname(cls)}): not a subtype of bytes`);
  const [x, encR, errR] = parseArgs('bytes', args + 1, argc - 1, kw, ['source', 'encoding', 'errors']);
  let data: string;
  if (x === NULL) {
    if (encR !== NULL || errR !== NULL) raise('TypeError', encR !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
    data = '';
  } else if (encR !== NULL || errR !== NULL) {
    if (!isStrRef(x)) raise('TypeError', encR !== NULL ? 'encoding without a string argument' : 'errors without a string argument');
    if (encR === NULL) raise('TypeError', 'string argument without an encoding');
    if (!isStrRef(encR)) raise('TypeError', `bytes() argument 'encoding' must be str, not ${tname(encR)}`);
    const errors = errR === NULL ? 'strict' : isStrRef(errR) ? strValue(errR) : raise('TypeError', `bytes() argument 'errors' must be str, not ${tname(errR)}`);
    data = encodeText(strValue(x), lookupCodec(strValue(encR)), errors);
  } else {
    if (cls === T.bytes && isBytesRef(x) && typeOf(x) === T.bytes) return x;
    data = bytesFromObject(x);
  }
  return newBytesLatin1(data, cls === T.bytes ? strTypes.bytes : cls);
}

// ====================== hooks ======================

const prevBinary = binaryHooks.builtin;
binaryHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
  const base = op >= 13 ? op - 13 : op;
  if (base === 0) {
    if (isBytesRef(a) && isBytesRef(b)) {
      if (I32[(b >> 2) + H_AUX] === 0 && typeOf(a) === T.bytes) return a;
      return newBytesLatin1(bytesJs(a) + bytesJs(b));
    }
  } else if (base === 5) {
    if (isBytesRef(a) && isInt(b)) return repeatBytes(a, b);
    if (isBytesRef(b) && isInt(a)) return repeatBytes(b, a);
  } else if (base === 6) {
    if (isBytesRef(a)) return newBytesLatin1(percentFormat(bytesJs(a), b, true));
  }
  return prevBinary(a, b, op);
};

function repeatBytes(s: Ref, n: Ref): Ref {
  const k = toIndexNumber(n);
  if (k === 1 && typeOf(s) === T.bytes) return s;
  return newBytesLatin1(repeatJs(bytesJs(s), k, 0.5));
}

const prevCompare = compareHooks.builtin;
compareHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
  if (isBytesRef(a) && isBytesRef(b)) {
    const c = bytesCompareJs(bytesJs(a), bytesJs(b));
    switch (op) {
      case 0: return bool(c < 0);
      case 1: return bool(c <= 0);
      case 2: return bool(c === 0);
      case 3: return bool(c !== 0);
      case 4: return bool(c > 0);
      default: return bool(c >= 0);
    }
  }
  return prevCompare(a, b, op);
};

const prevGetSlice = itemHooks.getSlice;
itemHooks.getSlice = (c: Ref, s: Ref): Ref => {
  if (isBytesRef(c)) {
    const js = bytesJs(c);
    const out = sliceJs(js, false, s);
    return result(c, js, out);
  }
  return prevGetSlice(c, s);
};

const prevRepr = reprHooks.builtin;
reprHooks.builtin = (r: Ref, tag: number, tp: Ref): string | null => {
  if (tag === Tag.BYTES) return bytesRepr(bytesJs(r));
  return prevRepr(r, tag, tp);
};

// ====================== the methods ======================

defStaticMethods('bytes', { __new__: bytesNew });

defClassMethods('bytes', {
  fromhex: (args, argc, kw) => {
    noKw('bytes.fromhex', kw);
    checkArgc('bytes.fromhex', argc - 1, 1, 1);
    const s = I32[args + 1] as Ref;
    if (!isStrRef(s)) raise('TypeError', `fromhex() argument must be str, not ${tname(s)}`);
    const cls = I32[args] as Ref;
    const data = fromhexJs(strValue(s));
    if (cls === T.bytes) return newBytesLatin1(data);
    return callWith(cls, newBytesLatin1(data));
  },
});

defMethods('bytes', {
  decode: (args, argc, kw) => {
    const self = selfBytes(args, 'decode');
    const [encR, errR] = parseArgs('decode', args + 1, argc - 1, kw, ['encoding', 'errors']);
    if (encR !== NULL && !isStrRef(encR)) raise('TypeError', `decode() argument 'encoding' must be str, not ${tname(encR)}`);
    if (errR !== NULL && !isStrRef(errR)) raise('TypeError', `decode() argument 'errors' must be str, not ${tname(errR)}`);
    const enc = encR === NULL ? 'utf-8' : strValue(encR);
    const errors = errR === NULL ? 'strict' : strValue(errR);
    const s = decodeBytes(bytesJs(self), lookupCodec(enc), errors);
    return newStr(s);
  },
  hex: (args, argc, kw) => {
    const self = selfBytes(args, 'hex');
    const [sep, per] = parseArgs('hex', args + 1, argc - 1, kw, ['sep', 'bytes_per_sep']);
    return newStr(hexJs(bytesJs(self), sep, per));
  },
  count: (args, argc, kw) => intFromNumber(countIn(findArgs('count', args, argc, kw))),
  find: (args, argc, kw) => mkSmall(findIn(findArgs('find', args, argc, kw), 1)),
  rfind: (args, argc, kw) => mkSmall(findIn(findArgs('rfind', args, argc, kw), -1)),
  index: (args, argc, kw) => {
    const i = findIn(findArgs('index', args, argc, kw), 1);
    if (i < 0) raise('ValueError', 'subsection not found');
    return mkSmall(i);
  },
  rindex: (args, argc, kw) => {
    const i = findIn(findArgs('rindex', args, argc, kw), -1);
    if (i < 0) raise('ValueError', 'subsection not found');
    return mkSmall(i);
  },
  startswith: startsEnds('startswith', -1),
  endswith: startsEnds('endswith', 1),
  split: (args, argc, kw) => {
    const [self, sep, max] = splitArgs('split', args, argc, kw);
    const js = bytesJs(self);
    return bytesList(sep === null ? splitWhitespace(js, max, bytesSpace) : splitSep(js, sep, max));
  },
  rsplit: (args, argc, kw) => {
    const [self, sep, max] = splitArgs('rsplit', args, argc, kw);
    const js = bytesJs(self);
    return bytesList(sep === null ? rsplitWhitespace(js, max, bytesSpace) : rsplitSep(js, sep, max));
  },
  splitlines: (args, argc, kw) => {
    const self = selfBytes(args, 'splitlines');
    const [ke] = parseArgs('splitlines', args + 1, argc - 1, kw, ['keepends']);
    return bytesList(splitlinesJs(bytesJs(self), ke !== NULL && toIndexNumber(ke) !== 0, true));
  },
  join: (args, argc, kw) => {
    const self = clinic('join', args, argc, kw, 1, 1);
    return newBytesLatin1(joinJs(bytesJs(self), I32[args + 1] as Ref, 'bytes', (x) => (isBytesRef(x) ? bytesJs(x) : null)));
  },
  strip: stripMethod('strip', 3),
  lstrip: stripMethod('lstrip', 1),
  rstrip: stripMethod('rstrip', 2),
  replace: (args, argc, kw) => {
    const self = clinic('replace', args, argc, kw, 2, 3);
    const old = bytesArg(I32[args + 1] as Ref);
    const nw = bytesArg(I32[args + 2] as Ref);
    const count = argc > 3 ? toIndexNumber(I32[args + 3] as Ref) : -1;
    const js = bytesJs(self);
    return result(self, js, replaceJs(js, old, nw, count, false));
  },
  partition: partition('partition', false),
  rpartition: partition('rpartition', true),
  removeprefix: (args, argc, kw) => {
    const self = clinic('removeprefix', args, argc, kw, 1, 1);
    const p = bytesArg(I32[args + 1] as Ref);
    const js = bytesJs(self);
    return result(self, js, p.length > 0 && js.startsWith(p) ? js.slice(p.length) : js);
  },
  removesuffix: (args, argc, kw) => {
    const self = clinic('removesuffix', args, argc, kw, 1, 1);
    const p = bytesArg(I32[args + 1] as Ref);
    const js = bytesJs(self);
    return result(self, js, p.length > 0 && js.endsWith(p) ? js.slice(0, js.length - p.length) : js);
  },
  center: pad('center'),
  ljust: pad('ljust'),
  rjust: pad('rjust'),
  zfill: (args, argc, kw) => {
    const self = clinic('zfill', args, argc, kw, 1, 1);
    const js = bytesJs(self);
    return result(self, js, zfillJs(js, js.length, toIndexNumber(I32[args + 1] as Ref)));
  },
  expandtabs: (args, argc, kw) => {
    const self = selfBytes(args, 'expandtabs');
    const [ts] = parseArgs('expandtabs', args + 1, argc - 1, kw, ['tabsize']);
    const js = bytesJs(self);
    return result(self, js, expandtabsJs(js, ts === NULL ? 8 : toIndexNumber(ts)));
  },
  upper: (args, argc, kw) => {
    const js = noArgs('upper', args, argc, kw);
    return result(I32[args] as Ref, js, asciiCase(js, (c) => (isLow(c) ? c - 32 : c)));
  },
  lower: (args, argc, kw) => {
    const js = noArgs('lower', args, argc, kw);
    return result(I32[args] as Ref, js, asciiCase(js, (c) => (isUp(c) ? c + 32 : c)));
  },
  swapcase: (args, argc, kw) => {
    const js = noArgs('swapcase', args, argc, kw);
    return result(I32[args] as Ref, js, asciiCase(js, (c) => (isUp(c) ? c + 32 : isLow(c) ? c - 32 : c)));
  },
  title: (args, argc, kw) => {
    const js = noArgs('title', args, argc, kw);
    return result(I32[args] as Ref, js, titleBytes(js));
  },
  capitalize: (args, argc, kw) => {
    const js = noArgs('capitalize', args, argc, kw);
    const out = js.length === 0 ? js : asciiCase(js[0], (c) => (isLow(c) ? c - 32 : c)) + asciiCase(js.slice(1), (c) => (isUp(c) ? c + 32 : c));
    return result(I32[args] as Ref, js, out);
  },
  isdigit: (args, argc, kw) => bool(allBytes(noArgs('isdigit', args, argc, kw), isDig)),
  isalpha: (args, argc, kw) => bool(allBytes(noArgs('isalpha', args, argc, kw), isAlpha)),
  isalnum: (args, argc, kw) => bool(allBytes(noArgs('isalnum', args, argc, kw), (c) => isAlpha(c) || isDig(c))),
  isspace: (args, argc, kw) => bool(allBytes(noArgs('isspace', args, argc, kw), bytesSpace)),
  isascii: (args, argc, kw) => {
    const js = noArgs('isascii', args, argc, kw);
    for (let i = 0; i < js.length; i++) if (js.charCodeAt(i) >= 128) return bool(false);
    return bool(true);
  },
  isupper: (args, argc, kw) => {
    const js = noArgs('isupper', args, argc, kw);
    let cased = false;
    for (let i = 0; i < js.length; i++) {
      const c = js.charCodeAt(i);
      if (isLow(c)) return bool(false);
      if (isUp(c)) cased = true;
    }
    return bool(cased);
  },
  islower: (args, argc, kw) => {
    const js = noArgs('islower', args, argc, kw);
    let cased = false;
    for (let i = 0; i < js.length; i++) {
      const c = js.charCodeAt(i);
      if (isUp(c)) return bool(false);
      if (isLow(c)) cased = true;
    }
    return bool(cased);
  },
  istitle: (args, argc, kw) => {
    const js = noArgs('istitle', args, argc, kw);
    let cased = false;
    let prev = false;
    for (let i = 0; i < js.length; i++) {
      const c = js.charCodeAt(i);
      if (isUp(c)) {
        if (prev) return bool(false);
        prev = cased = true;
      } else if (isLow(c)) {
        if (!prev) return bool(false);
        prev = cased = true;
      } else prev = false;
    }
    return bool(cased);
  },
  // ---- dunders
  __len__: (args, argc, kw) => {
    noArgs('__len__', args, argc, kw);
    return intFromNumber(I32[(I32[args] >> 2) + H_AUX]);
  },
  __getitem__: (args, argc, kw) => {
    const self = clinic('__getitem__', args, argc, kw, 1, 1);
    const k = I32[args + 1] as Ref;
    const js = bytesJs(self);
    if (tagOf(k) === Tag.SLICE) return newBytesLatin1(sliceJs(js, false, k));
    if (!isInt(k) && lookupType(typeOf(k), N.__index__) === NULL)
      raise('TypeError', `byte indices must be integers or slices, not ${tname(k)}`);
    let i = toIndexNumber(k);
    if (i < 0) i += js.length;
    if (i < 0 || i >= js.length) raise('IndexError', 'index out of range');
    return mkSmall(js.charCodeAt(i));
  },
  __iter__: (args, argc, kw) => {
    noArgs('__iter__', args, argc, kw);
    return newIter(IterKind.BYTES, I32[args] as Ref, 0);
  },
  __contains__: (args, argc, kw) => {
    const self = clinic('__contains__', args, argc, kw, 1, 1);
    const x = I32[args + 1] as Ref;
    const js = bytesJs(self);
    if (isBytesRef(x)) return bool(js.includes(bytesJs(x)));
    if (isInt(x) || lookupType(typeOf(x), N.__index__) !== NULL) {
      const v = toIndexNumber(x);
      if (v < 0 || v > 255) raise('ValueError', 'byte must be in range(0, 256)');
      return bool(js.includes(String.fromCharCode(v)));
    }
    raise('TypeError', `a bytes-like object is required, not '${tname(x)}'`);
  },
  __hash__: (args, argc, kw) => {
    noArgs('__hash__', args, argc, kw);
    return intFromNumber(bytesHash(I32[args] as Ref));
  },
  __repr__: (args, argc, kw) => newStr(bytesRepr(noArgs('__repr__', args, argc, kw))),
  __str__: (args, argc, kw) => newStr(bytesRepr(noArgs('__str__', args, argc, kw))),
  __add__: (args, argc, kw) => {
    const self = clinic('__add__', args, argc, kw, 1, 1);
    const b = I32[args + 1] as Ref;
    if (!isBytesRef(b)) raise('TypeError', `can't concat ${tname(b)} to bytes`);
    return newBytesLatin1(bytesJs(self) + bytesJs(b));
  },
  __mul__: (args, argc, kw) => {
    const self = clinic('__mul__', args, argc, kw, 1, 1);
    const n = I32[args + 1] as Ref;
    if (!isIndexable(n)) return NOTIMPL;
    return newBytesLatin1(repeatJs(bytesJs(self), toIndexNumber(n), 0.5));
  },
  __rmul__: (args, argc, kw) => {
    const self = clinic('__rmul__', args, argc, kw, 1, 1);
    const n = I32[args + 1] as Ref;
    if (!isIndexable(n)) return NOTIMPL;
    return newBytesLatin1(repeatJs(bytesJs(self), toIndexNumber(n), 0.5));
  },
  __mod__: (args, argc, kw) => {
    const self = clinic('__mod__', args, argc, kw, 1, 1);
    return newBytesLatin1(percentFormat(bytesJs(self), I32[args + 1] as Ref, true));
  },
  __eq__: cmpMethod('__eq__', (c) => c === 0),
  __ne__: cmpMethod('__ne__', (c) => c !== 0),
  __lt__: cmpMethod('__lt__', (c) => c < 0),
  __le__: cmpMethod('__le__', (c) => c <= 0),
  __gt__: cmpMethod('__gt__', (c) => c > 0),
  __ge__: cmpMethod('__ge__', (c) => c >= 0),
  __getnewargs__: (args, argc, kw) => tupleFrom([newBytesLatin1(noArgs('__getnewargs__', args, argc, kw))]),
});

