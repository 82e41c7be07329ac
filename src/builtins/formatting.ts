/*
 * Formatting of values into text: the format() protocol (FORMAT_VALUE of f-strings, the format builtin,
 * __format__ of object/int/float/str), str.format / str.format_map (Objects/stringlib/unicode_format.h),
 * printf-style `%` for str and bytes (Objects/unicodeobject.c PyUnicode_Format, Objects/bytesobject.c),
 * and ascii(). Caller holds the GIL; anything here may run Python code (__format__, __repr__, __getitem__).
 */

import { H_AUX, S_DATA, STR_ASTRAL, S_FLAGS, Tag } from '../heap/layout.js';
import { I32, U8 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { bigIntValue, floatValue, tupleGet, tupleLen } from '../heap/objects.js';
import { intern, newStr, strValue } from '../heap/str.js';
import { PyErr } from '../common/errors.js';
import { raise, throwExc as throwExcRef } from '../runtime/exceptions.js';
import { T, lookupType, typeName, typeOf } from '../runtime/types.js';
import { callWith, checkArgc, noKw } from '../runtime/call.js';
import { root, unroot } from '../runtime/thread-state.js';
import {
  N, getAttr, getItem, isInt, reprJs, strJs, tname, toBig,
} from '../runtime/ops.js';
import { doubleToString, DTSF_ALT, formatFloat, formatInt, formatStr } from '../runtime/format.js';
import { asciiEscape } from './codecs.js';
import { defMethods, defModule } from './define.js';

// ====================== the format() protocol ======================

let emptyStr: Ref = NULL;
function emptyStrRef(): Ref {
  if (emptyStr === NULL) emptyStr = intern('');
  return emptyStr;
}

/** ascii(x) as a JS string. */
export function asciiJs(r: Ref): string {
  return asciiEscape(reprJs(r));
}

/** The JS string of format(value, spec) for the exact builtin types formatted without a dunder call
 *  (int, bool, float, str), or null for anything else. */
export function formatBuiltinJs(value: Ref, spec: string): string | null {
  if ((value & 1) === 1) {
    const v = value >> 1;
    return spec === '' ? String(v) : formatInt(BigInt(v), spec);
  }
  const w = value >> 2;
  const tp = I32[w + 2] as Ref;
  switch (I32[w] & 0xff) {
    case Tag.STR:
      if (tp === T.str) return spec === '' ? strValue(value) : formatStr(strValue(value), spec);
      break;
    case Tag.INT:
      if (tp === T.int) return formatInt(bigIntValue(value), spec);
      break;
    case Tag.BOOL:
      if (spec === '') return I32[w + H_AUX] ? 'True' : 'False';
      return formatInt(BigInt(I32[w + H_AUX]), spec);
    case Tag.FLOAT:
      if (tp === T.float) return formatFloat(floatValue(value), spec);
      break;
  }
  return null;
}

/** format(value, spec): type(value).__format__(value, spec). `specRef` is the spec as a str, or NULL when
 *  it is empty. Returns a str. */
export function formatObject(value: Ref, spec: string, specRef: Ref): Ref {
  const fast = formatBuiltinJs(value, spec);
  if (fast !== null) {
    if (spec === '' && (value & 1) === 0 && (I32[value >> 2] & 0xff) === Tag.STR) return value;
    return newStr(fast);
  }
  const tp = typeOf(value);
  const f = lookupType(tp, N.__format__);
  if (f === NULL || f === objectFormat()) return newStr(objectFormatJs(value, spec));
  const r = callWith(f, value, specRef === NULL ? emptyStrRef() : specRef);
  if ((r & 1) === 1 || (I32[r >> 2] & 0xff) !== Tag.STR)
    raise('TypeError', `__format__ must return a str, not ${tname(r)}`);
  return r;
}

function objectFormat(): Ref {
  return lookupType(T.object, N.__format__);
}

/** object.__format__: str(self) for an empty spec, else TypeError. */
function objectFormatJs(value: Ref, spec: string): string {
  if (spec !== '') raise('TypeError', `unsupported format string passed to ${tname(value)}.__format__`);
  return strJs(value);
}

/** FORMAT_VALUE: conversion 0 none, 1 str(), 2 repr(), 3 ascii(); `spec` a str or NULL. Returns a str. */
export function formatValue(value: Ref, conversion: number, spec: Ref): Ref {
  if (conversion !== 0) {
    if (conversion === 1) {
      if ((value & 1) === 1 || (I32[value >> 2] & 0xff) !== Tag.STR || typeOf(value) !== T.str) value = newStr(strJs(value));
    } else if (conversion === 2) value = newStr(reprJs(value));
    else value = newStr(asciiJs(value));
  }
  if (spec === NULL) {
    if ((value & 1) === 0 && typeOf(value) === T.str) return value;
    return formatObject(value, '', NULL);
  }
  return formatObject(value, strValue(spec), spec);
}

/** format(value, spec) as a JS string (used by str.format and the format builtin). */
export function formatJs(value: Ref, spec: string): string {
  const fast = formatBuiltinJs(value, spec);
  if (fast !== null) return fast;
  return strValue(formatObject(value, spec, spec === '' ? NULL : newStr(spec)));
}

function checkSpecArg(r: Ref, what: string): string {
  if ((r & 1) === 1 || (I32[r >> 2] & 0xff) !== Tag.STR) raise('TypeError', `${what} must be str, not ${tname(r)}`);
  return strValue(r);
}

defModule('builtins', {
  format: (args, argc, kw) => {
    noKw('format', kw);
    checkArgc('format', argc, 1, 2);
    const value = I32[args] as Ref;
    if (argc === 1) return formatObject(value, '', NULL);
    const spec = I32[args + 1] as Ref;
    return formatObject(value, checkSpecArg(spec, 'format() argument 2'), spec);
  },
  ascii: (args, argc, kw) => {
    if (kw !== NULL && tupleLen(kw) > 0) raise('TypeError', 'ascii() takes no keyword arguments');
    if (argc !== 1) raise('TypeError', `ascii() takes exactly one argument (${argc} given)`);
    return newStr(asciiJs(I32[args] as Ref));
  },
});

function formatDunder(kind: string, check: (r: Ref) => boolean, js: (self: Ref, spec: string) => string) {
  return (args: number, argc: number, kw: Ref): Ref => {
    if (kw !== NULL && tupleLen(kw) > 0) raise('TypeError', `${kind}.__format__() takes no keyword arguments`);
    const self = I32[args] as Ref;
    if (!check(self)) raise('TypeError', `descriptor '__format__' for '${kind}' objects doesn't apply to a '${tname(self)}' object`);
    if (argc !== 2) raise('TypeError', `${kind}.__format__() takes exactly one argument (${argc - 1} given)`);
    const spec = checkSpecArg(I32[args + 1] as Ref, '__format__() argument');
    return newStr(js(self, spec));
  };
}

defMethods('str', {
  // An empty spec gives str(self), which differs from the text for a subclass overriding __str__.
  __format__: formatDunder('str', (r) => (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.STR, (self, spec) =>
    spec === '' ? strJs(self) : formatStr(strValue(self), spec, typeName(typeOf(self)))),
});

// ====================== str.format (Objects/stringlib/unicode_format.h) ======================

/** Where str.format gets its fields: positional args (word index, count) or none (format_map), and
 *  keyword args (a name -> Ref map) or a mapping object. */
export interface FormatArgs {
  args: number; // word index of the first positional argument
  nargs: number; // -1: no positional args (format_map)
  kwargs: Map<string, Ref> | null;
  mapping: Ref; // format_map's mapping, else NULL
}

const enum AutoNumber {
  INIT = 0,
  AUTO = 1,
  MANUAL = 2,
}

interface AutoState {
  state: AutoNumber;
  next: number;
}

/** get_integer: the value of an all-digit string, -1 when it is empty or has a non-digit. */
function getInteger(s: string): number {
  if (s.length === 0) return -1;
  let v = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    if (v > (Number.MAX_SAFE_INTEGER - (c - 48)) / 10) throw new PyErr('ValueError', 'Too many decimal digits in format string');
    v = v * 10 + (c - 48);
  }
  return v;
}

/** str.format's renderer: `fmt` with its replacement fields expanded. */
export function strFormat(fmt: string, fa: FormatArgs): string {
  return buildString(fmt, fa, 2, { state: AutoNumber.INIT, next: 0 });
}

function buildString(fmt: string, fa: FormatArgs, depth: number, auto: AutoState): string {
  if (depth <= 0) raise('ValueError', 'Max string recursion exceeded');
  let out = '';
  const end = fmt.length;
  let pos = 0;
  while (pos < end) {
    // MarkupIterator_next: literal text up to the next brace.
    let i = pos;
    let c = 0;
    let markup = false;
    while (i < end) {
      c = fmt.charCodeAt(i++);
      if (c === 123 || c === 125) {
        markup = true;
        break;
      }
    }
    if (!markup) {
      out += fmt.slice(pos, i);
      break;
    }
    const atEnd = i >= end;
    if (c === 125 && (atEnd || fmt.charCodeAt(i) !== 125)) raise('ValueError', "Single '}' encountered in format string");
    if (c === 123 && atEnd) raise('ValueError', "Single '{' encountered in format string");
    if (fmt.charCodeAt(i) === c) {
      // '{{' or '}}': one brace of literal text
      out += fmt.slice(pos, i);
      pos = i + 1;
      continue;
    }
    out += fmt.slice(pos, i - 1);
    pos = parseAndRenderField(fmt, i, fa, depth, auto, (s) => (out += s));
  }
  return out;
}

/** Parses the field starting at `pos` (just after '{'), renders it, returns the position after its '}'. */
function parseAndRenderField(fmt: string, pos: number, fa: FormatArgs, depth: number, auto: AutoState, emit: (s: string) => void): number {
  const end = fmt.length;
  const nameStart = pos;
  let c = 0;
  let specNeedsExpanding = false;
  while (pos < end) {
    c = fmt.charCodeAt(pos++);
    if (c === 123) raise('ValueError', "unexpected '{' in field name");
    if (c === 91) {
      // '[': skip to the matching ']'
      while (pos < end && fmt.charCodeAt(pos) !== 93) pos++;
      c = 0;
      continue;
    }
    if (c === 125 || c === 58 || c === 33) break;
    c = 0;
  }
  const fieldName = fmt.slice(nameStart, c === 125 || c === 58 || c === 33 ? pos - 1 : pos);
  let conversion = 0;
  let spec = '';
  if (c === 33 || c === 58) {
    if (c === 33) {
      if (pos >= end) raise('ValueError', 'end of string while looking for conversion specifier');
      conversion = fmt.charCodeAt(pos++);
      if (pos < end) {
        const d = fmt.charCodeAt(pos++);
        if (d === 125) {
          renderField(fieldName, conversion, '', false, fa, depth, auto, emit);
          return pos;
        }
        if (d !== 58) raise('ValueError', "expected ':' after conversion specifier");
      }
    }
    const specStart = pos;
    let count = 1;
    let closed = false;
    while (pos < end) {
      const d = fmt.charCodeAt(pos++);
      if (d === 123) {
        specNeedsExpanding = true;
        count++;
      } else if (d === 125) {
        count--;
        if (count === 0) {
          closed = true;
          break;
        }
      }
    }
    if (!closed) raise('ValueError', "unmatched '{' in format spec");
    spec = fmt.slice(specStart, pos - 1);
  } else if (c !== 125) {
    raise('ValueError', "expected '}' before end of string");
  }
  renderField(fieldName, conversion, spec, specNeedsExpanding, fa, depth, auto, emit);
  return pos;
}

function renderField(
  fieldName: string, conversion: number, spec: string, expand: boolean, fa: FormatArgs, depth: number, auto: AutoState,
  emit: (s: string) => void,
): void {
  let obj = getFieldObject(fieldName, fa, auto);
  let mark = root(obj);
  try {
    if (conversion !== 0) {
      switch (conversion) {
        case 114: // r
          obj = newStr(reprJs(obj));
          break;
        case 115: // s
          obj = newStr(strJs(obj));
          break;
        case 97: // a
          obj = newStr(asciiJs(obj));
          break;
        default:
          raise('ValueError', conversion > 32 && conversion < 127
            ? `Unknown conversion specifier ${String.fromCharCode(conversion)}`
            : `Unknown conversion specifier \\x${conversion.toString(16)}`);
      }
      unroot(mark);
      mark = root(obj);
    }
    if (expand) spec = buildString(spec, fa, depth - 1, auto);
    emit(formatJs(obj, spec));
  } finally {
    unroot(mark);
  }
}

function getFieldObject(fieldName: string, fa: FormatArgs, auto: AutoState): Ref {
  // field_name_split: the first part runs to the first '.' or '['.
  let i = 0;
  const n = fieldName.length;
  while (i < n) {
    const c = fieldName.charCodeAt(i);
    if (c === 91 || c === 46) break;
    i++;
  }
  const first = fieldName.slice(0, i);
  let idx = getInteger(first);
  const empty = first.length === 0;
  const numeric = empty || idx !== -1;
  if (numeric) {
    if (auto.state === AutoNumber.INIT) auto.state = empty ? AutoNumber.AUTO : AutoNumber.MANUAL;
    if (auto.state === AutoNumber.MANUAL && empty)
      raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    if (auto.state === AutoNumber.AUTO && !empty)
      raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    if (empty) idx = auto.next++;
  }
  let obj: Ref;
  if (idx === -1) {
    if (fa.mapping !== NULL) obj = getItem(fa.mapping, newStr(first));
    else {
      const v = fa.kwargs?.get(first);
      if (v === undefined) throwKeyErrorStr(first);
      obj = v;
    }
  } else {
    if (fa.nargs < 0) raise('ValueError', 'Format string contains positional fields');
    if (idx >= fa.nargs) raise('IndexError', `Replacement index ${idx} out of range for positional args tuple`);
    obj = I32[fa.args + idx] as Ref;
  }
  // The rest: .attr and [key] parts, evaluated one at a time (an error later in the name comes after the
  // lookups before it, as in CPython).
  while (i < n) {
    const c = fieldName.charCodeAt(i++);
    let name: string;
    let isAttr: boolean;
    if (c === 46) {
      isAttr = true;
      const s = i;
      while (i < n) {
        const d = fieldName.charCodeAt(i);
        if (d === 91 || d === 46) break;
        i++;
      }
      name = fieldName.slice(s, i);
    } else if (c === 91) {
      isAttr = false;
      const s = i;
      let seen = false;
      while (i < n) {
        if (fieldName.charCodeAt(i++) === 93) {
          seen = true;
          break;
        }
      }
      if (!seen) raise('ValueError', "Missing ']' in format string");
      name = fieldName.slice(s, i - 1);
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.length === 0) raise('ValueError', 'Empty attribute in format string');
    if (isAttr) obj = getAttr(obj, intern(name));
    else {
      const k = getInteger(name);
      obj = getItem(obj, k === -1 ? newStr(name) : k <= 0x3fffffff ? mkSmall(k) : newStr(name));
    }
  }
  return obj;
}

function throwKeyErrorStr(key: string): never {
  const ke = T.KeyError;
  const e = callWith(ke, newStr(key));
  throwExcRef(e);
}


// ====================== printf-style formatting ======================

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** PyMapping_Check and not a tuple or str (nor bytes, for bytes %). */
function isMappingForPercent(r: Ref, bytesMode: boolean): boolean {
  if ((r & 1) === 1) return false;
  const tag = I32[r >> 2] & 0xff;
  if (tag === Tag.TUPLE || tag === Tag.STR || (bytesMode && tag === Tag.BYTES)) return false;
  if (tag === Tag.DICT || tag === Tag.LIST) return true;
  return lookupType(typeOf(r), N.__getitem__) !== NULL;
}

/** The latin-1 string of a bytes object (bytes mode of %). */
export function bytesLatin1(r: Ref): string {
  const n = I32[(r >> 2) + H_AUX];
  const base = ((r >> 2) + S_DATA) << 2;
  if (n < 256) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(U8[base + i]);
    return s;
  }
  return Buffer.from(U8.buffer as ArrayBuffer, U8.byteOffset + base, n).toString('latin1');
}

function isBytesObj(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.BYTES;
}

function isStrObj(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.STR;
}

function cpLength(s: string, astral: boolean): number {
  if (!astral) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function cpTruncate(s: string, prec: number): string {
  if (!/[\ud800-\udfff]/.test(s)) return s.length > prec ? s.slice(0, prec) : s;
  return Array.from(s).slice(0, prec).join('');
}

/** The int value for %d/%i/%u (int(), truncating floats) or %x/%X/%o (__index__ only). */
function percentInt(v: Ref, ch: string): bigint {
  if (isInt(v)) return toBig(v);
  const tp = typeOf(v);
  if ((v & 1) === 0 && (I32[v >> 2] & 0xff) === Tag.FLOAT && (ch === 'd' || ch === 'i' || ch === 'u')) {
    const x = floatValue(v);
    if (Number.isNaN(x)) raise('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(x)) raise('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(x));
  }
  const wrong = (): never =>
    raise('TypeError', ch === 'x' || ch === 'X' || ch === 'o'
      ? `%${ch} format: an integer is required, not ${tname(v)}`
      : `%${ch} format: a real number is required, not ${tname(v)}`);
  const idx = lookupType(tp, N.__index__);
  if (ch === 'x' || ch === 'X' || ch === 'o') {
    if (idx === NULL) wrong();
    const r = callWith(idx, v);
    if (!isInt(r)) raise('TypeError', `__index__ returned non-int (type ${tname(r)})`);
    return toBig(r);
  }
  const fint = lookupType(tp, N.__int__);
  if (fint !== NULL) {
    const r = callWith(fint, v);
    if (!isInt(r)) raise('TypeError', `__int__ returned non-int (type ${tname(r)})`);
    return toBig(r);
  }
  if (idx !== NULL) {
    const r = callWith(idx, v);
    if (!isInt(r)) raise('TypeError', `__index__ returned non-int (type ${tname(r)})`);
    return toBig(r);
  }
  if (lookupType(tp, N.__float__) !== NULL) {
    const x = percentFloat(v);
    if (!Number.isFinite(x)) raise(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(x));
  }
  return wrong();
}

function percentFloat(v: Ref): number {
  if ((v & 1) === 1) return v >> 1;
  const tag = I32[v >> 2] & 0xff;
  if (tag === Tag.FLOAT) return floatValue(v);
  if (tag === Tag.INT || tag === Tag.BOOL) {
    const b = toBig(v);
    const x = Number(b);
    if (!Number.isFinite(x)) raise('OverflowError', 'int too large to convert to float');
    return x;
  }
  const f = lookupType(typeOf(v), N.__float__);
  if (f !== NULL) {
    const r = callWith(f, v);
    if ((r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.FLOAT) return floatValue(r);
    raise('TypeError', `${tname(v)}.__float__ returned non-float (type ${tname(r)})`);
  }
  const idx = lookupType(typeOf(v), N.__index__);
  if (idx !== NULL) return percentFloat(callWith(idx, v));
  raise('TypeError', `must be real number, not ${tname(v)}`);
}

/** _PyUnicode_FormatLong: sign, '0x'/'0X'/'0o' prefix when `alt`, digits zero-padded to `prec`. */
function formatLong(v: bigint, alt: boolean, prec: number, ch: string): string {
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = '';
  switch (ch) {
    case 'x':
      digits = a.toString(16);
      if (alt) prefix = '0x';
      break;
    case 'X':
      digits = a.toString(16).toUpperCase();
      if (alt) prefix = '0X';
      break;
    case 'o':
      digits = a.toString(8);
      if (alt) prefix = '0o';
      break;
    default:
      digits = a.toString();
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  return (neg ? '-' : '') + prefix + digits;
}

/** printf-style formatting: `fmt % args`. In bytes mode `fmt` and the result are latin-1 strings. */
export function percentFormat(fmt: string, args: Ref, bytesMode: boolean): string {
  let arglen: number;
  let argidx: number;
  let cur = args;
  const isTuple = (args & 1) === 0 && (I32[args >> 2] & 0xff) === Tag.TUPLE;
  if (isTuple) {
    arglen = tupleLen(args);
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict = isMappingForPercent(args, bytesMode) ? args : NULL;
  const kind = bytesMode ? 'bytes' : 'string';
  const nextArg = (): Ref => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return cur;
      return tupleGet(args, i);
    }
    raise('TypeError', `not enough arguments for format string`);
  };
  const parts: string[] = [];
  const end = fmt.length;
  let pos = 0;
  let curMark = -1;
  try {
    while (pos < end) {
      const pct = fmt.indexOf('%', pos);
      if (pct < 0) {
        parts.push(fmt.slice(pos));
        break;
      }
      if (pct > pos) parts.push(fmt.slice(pos, pct));
      pos = pct + 1;
      let cnt = end - pos; // characters left after '%'
      if (cnt > 0 && fmt.charCodeAt(pos) === 37) {
        parts.push('%');
        pos++;
        continue;
      }
      let ch = cnt > 0 ? fmt[pos] : '';
      let flags = 0;
      let width = -1;
      let prec = -1;
      if (ch === '(') {
        if (dict === NULL) raise('TypeError', 'format requires a mapping');
        pos++;
        cnt--;
        const keyStart = pos;
        let pcount = 1;
        while (pcount > 0 && cnt > 0) {
          ch = fmt[pos];
          if (ch === ')') pcount--;
          else if (ch === '(') pcount++;
          pos++;
          cnt--;
        }
        if (pcount > 0) raise('ValueError', 'incomplete format key');
        const key = fmt.slice(keyStart, pos - 1);
        const keyRef = bytesMode ? newBytesLatin1(key) : newStr(key);
        const v = getItem(dict, keyRef);
        if (curMark >= 0) unroot(curMark);
        curMark = root(v);
        cur = v;
        arglen = -1;
        argidx = -2;
      }
      // flags
      for (;;) {
        if (--cnt < 0) break;
        ch = fmt[pos++];
        if (ch === '-') flags |= F_LJUST;
        else if (ch === '+') flags |= F_SIGN;
        else if (ch === ' ') flags |= F_BLANK;
        else if (ch === '#') flags |= F_ALT;
        else if (ch === '0') flags |= F_ZERO;
        else break;
      }
      // width
      if (ch === '*') {
        const v = nextArg();
        if (!isInt(v)) raise('TypeError', '* wants int');
        width = Number(toBig(v));
        if (width < 0) {
          flags |= F_LJUST;
          width = -width;
        }
        if (--cnt >= 0) ch = fmt[pos++];
      } else if (ch >= '0' && ch <= '9') {
        width = ch.charCodeAt(0) - 48;
        while (--cnt >= 0) {
          ch = fmt[pos++];
          if (ch < '0' || ch > '9') break;
          width = width * 10 + (ch.charCodeAt(0) - 48);
          if (width > Number.MAX_SAFE_INTEGER / 10) raise('ValueError', 'width too big');
        }
      }
      // precision
      if (ch === '.') {
        prec = 0;
        if (--cnt >= 0) ch = fmt[pos++];
        if (ch === '*') {
          const v = nextArg();
          if (!isInt(v)) raise('TypeError', '* wants int');
          prec = Number(toBig(v));
          if (prec < 0) prec = 0;
          if (--cnt >= 0) ch = fmt[pos++];
        } else if (ch >= '0' && ch <= '9') {
          prec = ch.charCodeAt(0) - 48;
          while (--cnt >= 0) {
            ch = fmt[pos++];
            if (ch < '0' || ch > '9') break;
            prec = prec * 10 + (ch.charCodeAt(0) - 48);
            if (prec > 2147483647) raise('ValueError', 'precision too big');
          }
        }
      }
      if (cnt >= 0 && (ch === 'h' || ch === 'l' || ch === 'L')) {
        if (--cnt >= 0) ch = fmt[pos++];
      }
      if (cnt < 0) raise('ValueError', 'incomplete format');

      // the conversion
      const v = nextArg();
      let text: string;
      let sign = false;
      switch (ch) {
        case 's':
        case 'r':
        case 'a':
        case 'b': {
          if (bytesMode) {
            if (ch === 's' || ch === 'b') text = bytesForPercent(v);
            else text = asciiJs(v);
          } else {
            if (ch === 'b') unsupported(ch, pos, bytesMode);
            text = ch === 's' ? strJs(v) : ch === 'r' ? reprJs(v) : asciiJs(v);
          }
          if (prec >= 0) text = bytesMode ? text.slice(0, prec) : cpTruncate(text, prec);
          break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
          if (!isInt(v) && !((v & 1) === 0 && (I32[v >> 2] & 0xff) === Tag.FLOAT) && lookupType(typeOf(v), N.__index__) === NULL &&
            lookupType(typeOf(v), N.__int__) === NULL && lookupType(typeOf(v), N.__float__) === NULL) {
            raise('TypeError', ch === 'o' || ch === 'x' || ch === 'X'
              ? `%${ch} format: an integer is required, not ${tname(v)}`
              : `%${ch} format: a real number is required, not ${tname(v)}`);
          }
          const iv = percentInt(v, ch);
          text = formatLong(iv, (flags & F_ALT) !== 0, prec, ch === 'i' || ch === 'u' ? 'd' : ch);
          sign = true;
          break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
          const x = percentFloat(v);
          text = doubleToString(x, ch, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0 ? DTSF_ALT : 0);
          sign = true;
          break;
        }
        case 'c':
          text = percentChar(v, bytesMode);
          break;
        default:
          unsupported(ch, pos, bytesMode);
      }
      parts.push(outputArg(text, ch, flags, width, sign, bytesMode));
      if (dict !== NULL && argidx < arglen) raise('TypeError', `not all arguments converted during ${kind} formatting`);
    }
    if (argidx < arglen && dict === NULL) raise('TypeError', `not all arguments converted during ${kind} formatting`);
    return parts.join('');
  } finally {
    if (curMark >= 0) unroot(curMark);
  }
}

function unsupported(ch: string, pos: number, bytesMode: boolean): never {
  void bytesMode;
  const c = ch.codePointAt(0) ?? 0;
  const shown = c >= 31 && c <= 126 ? ch : '?';
  raise('ValueError', `unsupported format character '${shown}' (0x${c.toString(16)}) at index ${pos - 1}`);
}

function percentChar(v: Ref, bytesMode: boolean): string {
  if (bytesMode) {
    if (isBytesObj(v) && I32[(v >> 2) + H_AUX] === 1) return bytesLatin1(v);
    if (isInt(v)) {
      const x = toBig(v);
      if (x < 0n || x > 255n) raise('OverflowError', '%c arg not in range(256)');
      return String.fromCharCode(Number(x));
    }
    if (lookupType(typeOf(v), N.__index__) !== NULL) return percentChar(callWith(lookupType(typeOf(v), N.__index__), v), true);
    raise('TypeError', '%c requires an integer in range(256) or a single byte');
  }
  if (isStrObj(v)) {
    const s = strValue(v);
    if (cpLength(s, (I32[(v >> 2) + S_FLAGS] & STR_ASTRAL) !== 0) === 1) return s;
    raise('TypeError', '%c requires int or char');
  }
  if (isInt(v)) {
    const x = toBig(v);
    if (x < 0n || x > 0x10ffffn) raise('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(x));
  }
  const idx = lookupType(typeOf(v), N.__index__);
  if (idx !== NULL) return percentChar(callWith(idx, v), false);
  raise('TypeError', '%c requires int or char');
}

/** %s in bytes mode: bytes as is, else __bytes__, else TypeError. */
function bytesForPercent(v: Ref): string {
  if (isBytesObj(v)) return bytesLatin1(v);
  const f = lookupType(typeOf(v), intern('__bytes__'));
  if (f !== NULL) {
    const r = callWith(f, v);
    if (!isBytesObj(r)) raise('TypeError', `__bytes__ returned non-bytes (type ${tname(r)})`);
    return bytesLatin1(r);
  }
  raise('TypeError', `%b requires a bytes-like object, or an object that implements __bytes__, not '${tname(v)}'`);
}

/** unicode_format_arg_output: sign, alternate prefix, padding. */
function outputArg(text: string, ch: string, flags: number, width: number, numeric: boolean, bytesMode: boolean): string {
  let len = bytesMode ? text.length : cpLength(text, /[\ud800-\udfff]/.test(text));
  let fill = ' ';
  if (numeric && (flags & F_ZERO) !== 0 && (flags & F_LJUST) === 0) fill = '0';
  let signChar = '';
  let body = text;
  let sign = numeric;
  if (sign) {
    const c0 = text[0];
    if (c0 === '-' || c0 === '+') {
      signChar = c0;
      body = text.slice(1);
      len--;
    } else if ((flags & F_SIGN) !== 0) signChar = '+';
    else if ((flags & F_BLANK) !== 0) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let out = '';
  if (sign) {
    if (fill !== ' ') out += signChar;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  let prefix = '';
  if (alt) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') out += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) out += signChar;
    if (alt) out += prefix;
  }
  out += body;
  if (width > len) out += ' '.repeat(width - len);
  return out;
}

/** A bytes object from a latin-1 string (set by bytes.ts, which owns the bytes constructor). */
export const bytesFactory = { fromLatin1: (_s: string): Ref => NULL };
function newBytesLatin1(s: string): Ref {
  return bytesFactory.fromLatin1(s);
}

