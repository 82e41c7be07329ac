/*
 * The str type: its methods (Objects/unicodeobject.c, Objects/stringlib/), indexing and slicing by code
 * point, + * % on strs, and str(). Text is handled as JS strings (strValue is cached per worker, newStr
 * allocates once per result); a str with surrogate pairs (STR_ASTRAL) takes code-point-aware paths.
 * The algorithms on JS strings are exported for bytes.ts, which runs them on latin-1 strings.
 * Caller holds the GIL everywhere.
 */

import { H_AUX, H_TYPE, S_DATA, S_FLAGS, STR_ASTRAL, Tag, IterKind } from '../heap/layout.js';
import { I32, U16 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  NONE, bool, intFromNumber, newList, listItemsWord, tupleFrom, tupleGet, tupleLen, listLen, listGet,
} from '../heap/objects.js';
import { intern, newStr, strEq, strHash, strValue } from '../heap/str.js';
import { dictGet, dictSet, newDict, dictNext, dictKeyAt, dictValueAt } from '../heap/dict.js';
import { raise, toException, PY_THROWN } from '../runtime/exceptions.js';
import { T, isSubtype, lookupType, typeName, typeOf } from '../runtime/types.js';
import { checkArgc, noKw, parseArgs } from '../runtime/call.js';
import { root, unroot } from '../runtime/thread-state.js';
import {
  N, NOTIMPL, binaryHooks, getItem, getIter, isInt, itemHooks, iterNext, newIter, strJs, strRepr, tagOf, tname,
  toIndexNumber,
} from '../runtime/ops.js';
import { isPySpace } from '../runtime/number-parse.js';
import { decodeBytes, encodeText, lookupCodec } from './codecs.js';
import { bytesLatin1, percentFormat, strFormat, type FormatArgs } from './formatting.js';
import { SSIZE_MAX, adjustFindRange, sliceIndex, sliceIndices } from './slice-util.js';
import { defMethods, defStaticMethods } from './define.js';

// ====================== code points ======================

export function isStrRef(r: Ref): boolean {
  return (r & 1) === 0 && (I32[r >> 2] & 0xff) === Tag.STR;
}

function astral(r: Ref): boolean {
  return (I32[(r >> 2) + S_FLAGS] & STR_ASTRAL) !== 0;
}

/** Number of code points of a JS string. */
export function cpLen(s: string): number {
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

/** UTF-16 offset of code point index `cp` (0 <= cp <= cpLen(s)). */
function unitOf(s: string, cp: number): number {
  let i = 0;
  while (cp > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
    cp--;
  }
  return i;
}

/** Code point index of UTF-16 offset `u`. */
function cpOf(s: string, u: number): number {
  return cpLen(s.slice(0, u));
}

// ====================== one-character strs ======================

/** Latin-1 one-character strs, interned (so never freed: the cache never goes stale). Per worker. */
const LATIN1: Ref[] = [];

export function charStrCached(c: number): Ref {
  if (c < 256) {
    let r = LATIN1[c];
    if (r === undefined) {
      r = intern(String.fromCharCode(c));
      LATIN1[c] = r;
    }
    return r;
  }
  return newStr(String.fromCharCode(c));
}

/** A str Ref for a JS string; one-character Latin-1 strings come from the cache. */
export function mkStr(s: string): Ref {
  if (s.length === 1) return charStrCached(s.charCodeAt(0));
  if (s.length === 0) return charStrEmpty();
  return newStr(s);
}

let EMPTY: Ref = NULL;
function charStrEmpty(): Ref {
  if (EMPTY === NULL) EMPTY = intern('');
  return EMPTY;
}

/** The i-th code point of str `s` (0 <= i < len(s)). */
export function strIndex(s: Ref, i: number): Ref {
  const w = s >> 2;
  if ((I32[w + S_FLAGS] & STR_ASTRAL) === 0) return charStrCached(U16[((w + S_DATA) << 1) + i]);
  const js = strValue(s);
  const u = unitOf(js, i);
  const cp = js.codePointAt(u)!;
  return cp < 256 ? charStrCached(cp) : newStr(String.fromCodePoint(cp));
}

// ====================== slicing ======================

/** s[start:stop:step] of a JS string by code point. */
export function sliceJs(s: string, isAstral: boolean, slice: Ref): string {
  if (!isAstral) {
    const [start, , step, n] = sliceIndices(slice, s.length);
    if (n <= 0) return '';
    if (step === 1) return s.substring(start, start + n);
    let out = '';
    for (let k = 0, i = start; k < n; k++, i += step) out += s[i];
    return out;
  }
  const cps = Array.from(s);
  const [start, , step, n] = sliceIndices(slice, cps.length);
  if (n <= 0) return '';
  if (step === 1) return cps.slice(start, start + n).join('');
  let out = '';
  for (let k = 0, i = start; k < n; k++, i += step) out += cps[i];
  return out;
}

export function strSlice(s: Ref, slice: Ref): Ref {
  const js = strValue(s);
  const r = sliceJs(js, astral(s), slice);
  if (r === js && typeOf(s) === T.str) return s;
  return mkStr(r);
}

// ====================== generic algorithms on JS strings (shared with bytes) ======================

export type SpacePred = (c: number) => boolean;
export const strSpace: SpacePred = (c) => (c < 128 ? (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) : isPySpace(c));
export const bytesSpace: SpacePred = (c) => c === 32 || (c >= 9 && c <= 13);

export function splitWhitespace(s: string, maxcount: number, isSp: SpacePred): string[] {
  if (maxcount < 0) maxcount = SSIZE_MAX;
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (maxcount-- > 0) {
    while (i < n && isSp(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isSp(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSp(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

export function rsplitWhitespace(s: string, maxcount: number, isSp: SpacePred): string[] {
  if (maxcount < 0) maxcount = SSIZE_MAX;
  const out: string[] = [];
  let i = s.length - 1;
  while (maxcount-- > 0) {
    while (i >= 0 && isSp(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSp(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSp(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  return out.reverse();
}

export function splitSep(s: string, sep: string, maxcount: number): string[] {
  if (maxcount < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (maxcount-- > 0) {
    const p = s.indexOf(sep, i);
    if (p < 0) break;
    out.push(s.slice(i, p));
    i = p + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

export function rsplitSep(s: string, sep: string, maxcount: number): string[] {
  if (maxcount < 0) return s.split(sep);
  const out: string[] = [];
  let j = s.length;
  while (maxcount-- > 0) {
    if (j - sep.length < 0) break;
    const p = s.lastIndexOf(sep, j - sep.length);
    if (p < 0) break;
    out.push(s.slice(p + sep.length, j));
    j = p;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** strip/lstrip/rstrip: `chars` null = whitespace. which: 1 left, 2 right, 3 both. `mayBeAstral`: either
 *  string may hold surrogate pairs (then characters are compared by code point). */
export function stripJs(s: string, chars: string | null, which: number, isSp: SpacePred, mayBeAstral = false): string {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (which & 1) while (i < j && isSp(s.charCodeAt(i))) i++;
    if (which & 2) while (j > i && isSp(s.charCodeAt(j - 1))) j--;
  } else if (!mayBeAstral) {
    const n = chars.length;
    const has = (c: number): boolean => {
      for (let k = 0; k < n; k++) if (chars.charCodeAt(k) === c) return true;
      return false;
    };
    if (which & 1) while (i < j && has(s.charCodeAt(i))) i++;
    if (which & 2) while (j > i && has(s.charCodeAt(j - 1))) j--;
  } else {
    const set = new Set(Array.from(chars));
    const cps = Array.from(s);
    let a = 0;
    let b = cps.length;
    if (which & 1) while (a < b && set.has(cps[a])) a++;
    if (which & 2) while (b > a && set.has(cps[b - 1])) b--;
    return cps.slice(a, b).join('');
  }
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

/** str.replace on JS strings: `count` < 0 = all. An empty `old` inserts `nw` around every code point. */
export function replaceJs(s: string, old: string, nw: string, count: number, byCodePoint: boolean): string {
  if (count === 0) return s;
  if (old.length === 0) {
    const units = byCodePoint ? Array.from(s) : s.split('');
    let out = '';
    let k = 0;
    for (; k < units.length; k++) {
      if (count >= 0 && k >= count) break;
      out += nw + units[k];
    }
    if (count < 0 || k < count) return out + nw;
    return out + units.slice(k).join('');
  }
  if (count < 0) return s.split(old).join(nw);
  let out = '';
  let i = 0;
  while (count-- > 0) {
    const p = s.indexOf(old, i);
    if (p < 0) break;
    out += s.slice(i, p) + nw;
    i = p + old.length;
  }
  return out + s.slice(i);
}

/** Python's line boundaries for str.splitlines (bytes use only \n and \r). */
export function splitlinesJs(s: string, keepends: boolean, bytesMode: boolean): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    let eol = 0;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 10 || c === 13) break;
      if (!bytesMode && (c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029)) break;
    }
    eol = j;
    if (j < n) {
      if (s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10) j += 2;
      else j++;
      if (keepends) eol = j;
    }
    out.push(s.slice(i, eol));
    i = j;
  }
  return out;
}

export function expandtabsJs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      if (tabsize > 0) {
        const inc = tabsize - (col % tabsize);
        col += inc;
        out += ' '.repeat(inc);
      }
    } else {
      col++;
      out += ch;
      if (ch === '\n' || ch === '\r') col = 0;
    }
  }
  return out;
}

/** CPython's pad() for center: the left margin gets the extra space when both margin and width are odd. */
export function centerJs(s: string, len: number, width: number, fill: string): string {
  if (len >= width) return s;
  const marg = width - len;
  const left = (marg >> 1) + (marg & width & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

export function zfillJs(s: string, len: number, width: number): string {
  if (len >= width) return s;
  const fill = width - len;
  const c = s[0];
  if (c === '+' || c === '-') return c + '0'.repeat(fill) + s.slice(1);
  return '0'.repeat(fill) + s;
}

// ====================== case mapping and classification ======================

const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_TITLE = /\p{Lt}/u;
const RE_ALPHA = /\p{L}/u;
const RE_DECIMAL = /\p{Nd}/u;
const RE_NUMERIC = /[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u842c\u5104\u5146\u96f6\u58f1\u58f9\u8cb3\u8d30\u53c1\u53c3\u8086\u4f0d\u9678\u9646\u67d2\u634c\u7396\u62fe\u4f70\u4edf\u5eff\u5345\u534c\u4e24\u5169]/u;
const RE_NONPRINT = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const RE_ID_START = /[\p{XID_Start}_]/u;
const RE_ID_CONT = /\p{XID_Continue}/u;

function isCased(ch: string): boolean {
  return RE_UPPER.test(ch) || RE_LOWER.test(ch) || RE_TITLE.test(ch);
}

/** Characters whose Unicode digit value exists (Numeric_Type=Digit or Decimal): \p{Nd} plus the digit-like
 *  superscripts, subscripts and circled/parenthesised digits. */
function isDigitCp(cp: number): boolean {
  if (cp >= 48 && cp <= 57) return true;
  if (cp < 128) return false;
  if (RE_DECIMAL.test(String.fromCodePoint(cp))) return true;
  return (
    cp === 0xb2 || cp === 0xb3 || cp === 0xb9 || cp === 0x2070 || (cp >= 0x2074 && cp <= 0x2079) ||
    (cp >= 0x2080 && cp <= 0x2089) || (cp >= 0x2460 && cp <= 0x2468) || (cp >= 0x2474 && cp <= 0x247c) ||
    (cp >= 0x2488 && cp <= 0x2490) || cp === 0x24ea || (cp >= 0x24f5 && cp <= 0x24fd) || cp === 0x24ff ||
    (cp >= 0x2776 && cp <= 0x277e) || (cp >= 0x2780 && cp <= 0x2788) || (cp >= 0x278a && cp <= 0x2792) ||
    (cp >= 0x1369 && cp <= 0x1371) || cp === 0x19da || (cp >= 0x10a40 && cp <= 0x10a43) ||
    (cp >= 0x1f100 && cp <= 0x1f10a) || (cp >= 0x10e60 && cp <= 0x10e68)
  );
}

function isDecimalCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_DECIMAL.test(String.fromCodePoint(cp));
}

function isNumericCp(cp: number): boolean {
  if (cp < 128) return cp >= 48 && cp <= 57;
  return RE_NUMERIC.test(String.fromCodePoint(cp));
}

function isAlphaCh(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return RE_ALPHA.test(ch);
}

/** Titlecase mapping of one code point (JS has none): the digraphs have their own titlecase letters,
 *  Georgian Mkhedruli keeps its form, and multi-letter uppercase expansions become Xx (ß -> Ss). */
function titleChar(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c < 128) return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : ch;
  if (c >= 0x1c4 && c <= 0x1cc) return String.fromCharCode(0x1c5 + Math.floor((c - 0x1c4) / 3) * 3);
  if (c >= 0x1f1 && c <= 0x1f3) return '\u01f2';
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return ch;
  if (RE_TITLE.test(ch)) return ch;
  const up = ch.toUpperCase();
  if (up.length <= ch.length || cpLen(up) === 1) return up;
  const cps = Array.from(up);
  return cps[0] + cps.slice(1).join('').toLowerCase();
}

/** Lowercase of one code point in context (final sigma: Σ at the end of a word becomes ς). */
function lowerAt(cps: string[], i: number): string {
  const ch = cps[i];
  if (ch === '\u03a3') return finalSigma(cps, i) ? '\u03c2' : '\u03c3';
  return ch.toLowerCase();
}

function isCaseIgnorable(ch: string): boolean {
  return /[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:\u00ad\u2019]/u.test(ch);
}

function finalSigma(cps: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  if (j < 0 || !isCased(cps[j])) return false;
  j = i + 1;
  while (j < cps.length && isCaseIgnorable(cps[j])) j++;
  return j === cps.length || !isCased(cps[j]);
}

function isAsciiJs(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

export function titleJs(s: string): string {
  let out = '';
  let prevCased = false;
  if (isAsciiJs(s)) {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const up = c >= 65 && c <= 90;
      const low = c >= 97 && c <= 122;
      if (prevCased) out += up ? String.fromCharCode(c + 32) : s[i];
      else out += low ? String.fromCharCode(c - 32) : s[i];
      prevCased = up || low;
    }
    return out;
  }
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleChar(ch);
    prevCased = isCased(ch);
  }
  return out;
}

export function capitalizeJs(s: string): string {
  if (s.length === 0) return s;
  const cps = Array.from(s);
  let out = titleChar(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

export function swapcaseJs(s: string): string {
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const ch = cps[i];
    if (RE_UPPER.test(ch)) out += lowerAt(cps, i);
    else if (RE_LOWER.test(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

function lowerJs(s: string): string {
  if (!s.includes('\u03a3')) return s.toLowerCase();
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function casefoldJs(s: string): string {
  if (isAsciiJs(s)) return s.toLowerCase();
  let out = '';
  for (const ch of s) {
    if (ch === '\u0130') out += 'i\u0307';
    else out += ch.toUpperCase().toLowerCase();
  }
  return out;
}

function isupperJs(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (RE_LOWER.test(ch) || RE_TITLE.test(ch)) return false;
    if (!cased && RE_UPPER.test(ch)) cased = true;
  }
  return cased;
}

function islowerJs(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (RE_UPPER.test(ch) || RE_TITLE.test(ch)) return false;
    if (!cased && RE_LOWER.test(ch)) cased = true;
  }
  return cased;
}

function istitleJs(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (RE_UPPER.test(ch) || RE_TITLE.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (RE_LOWER.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

function allCp(s: string, pred: (cp: number, ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch.codePointAt(0)!, ch)) return false;
  return true;
}

function isidentifierJs(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    if (first) {
      if (!RE_ID_START.test(ch)) return false;
      first = false;
    } else if (!RE_ID_CONT.test(ch)) return false;
  }
  return true;
}

function isprintableJs(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) {
      if (c < 32 || c === 127) return false;
      continue;
    }
    if (RE_NONPRINT.test(ch)) return false;
  }
  return true;
}

// ====================== argument helpers ======================

function selfStr(args: number, name: string): Ref {
  const s = I32[args] as Ref;
  if (!isStrRef(s)) raise('TypeError', `descriptor '${name}' for 'str' objects doesn't apply to a '${tname(s)}' object`);
  return s;
}

/** A METH_NOARGS method. */
function noArgs(name: string, args: number, argc: number, kw: Ref): string {
  noKw(`str.${name}`, kw);
  const s = selfStr(args, name);
  checkArgc(`str.${name}`, argc - 1, 0, 0);
  return strValue(s);
}

/** Positional-only method (Argument Clinic wording). */
function clinic(name: string, args: number, argc: number, kw: Ref, min: number, max: number): Ref {
  noKw(`str.${name}`, kw);
  const s = selfStr(args, name);
  if (min === max && min === 1) checkArgc(`str.${name}`, argc - 1, 1, 1);
  else checkArgc(name, argc - 1, min, max);
  return s;
}

/** PyArg_ParseTuple-style count check ("find() takes at least 1 argument (0 given)"). */
function oldStyle(name: string, args: number, argc: number, kw: Ref, min: number, max: number): Ref {
  noKw(`str.${name}`, kw);
  const s = selfStr(args, name);
  const n = argc - 1;
  if (n < min) raise('TypeError', `${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) raise('TypeError', `${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
  return s;
}

function argStr(r: Ref, msg: string): string {
  if (!isStrRef(r)) raise('TypeError', `${msg}, not ${tname(r)}`);
  return strValue(r);
}

function fillChar(r: Ref): string {
  if (!isStrRef(r)) raise('TypeError', `The fill character must be a unicode character, not ${tname(r)}`);
  const f = strValue(r);
  if (cpLen(f) !== 1) raise('TypeError', 'The fill character must be exactly one character long');
  return f;
}

function lenCp(r: Ref): number {
  return astral(r) ? cpLen(strValue(r)) : I32[(r >> 2) + H_AUX];
}

/** Result str for a method: the same object when unchanged and self is an exact str. */
function result(self: Ref, js: string, out: string): Ref {
  if (out === js && typeOf(self) === T.str) return self;
  return mkStr(out);
}

function strList(parts: string[]): Ref {
  const l = newList(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    I32[listItemsWord(l) + i] = p.length <= 1 ? mkStr(p) : newStr(p);
  }
  return l;
}

// ====================== find / count / startswith family ======================

interface Range {
  js: string;
  sub: string;
  start: number; // code points, clipped
  end: number;
  astral: boolean;
}

function findArgs(name: string, args: number, argc: number, kw: Ref): Range {
  const self = oldStyle(name, args, argc, kw, 1, 3);
  const subR = I32[args + 1] as Ref;
  const sub = argStr(subR, 'must be str');
  const js = strValue(self);
  const ast = astral(self) || (isStrRef(subR) && astral(subR));
  const len = ast ? cpLen(js) : js.length;
  const s0 = argc > 2 ? sliceIndex(I32[args + 2] as Ref, 0) : 0;
  const e0 = argc > 3 ? sliceIndex(I32[args + 3] as Ref, SSIZE_MAX) : SSIZE_MAX;
  const [start, end] = adjustFindRange(s0, e0, len);
  return { js, sub, start, end, astral: ast };
}

/** find (dir 1) / rfind (dir -1) as a code point index, or -1. */
function findIn(r: Range, dir: number): number {
  const subLen = r.astral ? cpLen(r.sub) : r.sub.length;
  if (r.end - r.start < subLen) return -1;
  if (subLen === 0) return dir > 0 ? r.start : r.end;
  const us = r.astral ? unitOf(r.js, r.start) : r.start;
  const ue = r.astral ? unitOf(r.js, r.end) : r.end;
  let i: number;
  if (dir > 0) {
    i = r.js.indexOf(r.sub, us);
    if (i < 0 || i + r.sub.length > ue) return -1;
  } else {
    i = r.js.lastIndexOf(r.sub, ue - r.sub.length);
    if (i < us) return -1;
  }
  return r.astral ? cpOf(r.js, i) : i;
}

function countIn(r: Range): number {
  const subLen = r.astral ? cpLen(r.sub) : r.sub.length;
  if (r.end - r.start < subLen) return 0;
  if (subLen === 0) return r.end - r.start + 1;
  const us = r.astral ? unitOf(r.js, r.start) : r.start;
  const ue = r.astral ? unitOf(r.js, r.end) : r.end;
  let n = 0;
  let i = us;
  for (;;) {
    const p = r.js.indexOf(r.sub, i);
    if (p < 0 || p + r.sub.length > ue) break;
    n++;
    i = p + r.sub.length;
  }
  return n;
}

/** tailmatch: does `sub` occur at the start (dir -1) or end (dir 1) of js[start:end]? */
function tailmatch(js: string, isAst: boolean, sub: string, start: number, end: number, dir: number): boolean {
  const len = isAst ? cpLen(js) : js.length;
  [start, end] = adjustFindRange(start, end, len);
  const subLen = isAst ? cpLen(sub) : sub.length;
  end -= subLen;
  if (end < start) return false;
  if (subLen === 0) return true;
  if (isAst) {
    const us = unitOf(js, dir < 0 ? start : end);
    return js.startsWith(sub, us);
  }
  return js.startsWith(sub, dir < 0 ? start : end);
}

function startsEnds(name: string, dir: number) {
  return (args: number, argc: number, kw: Ref): Ref => {
    const self = oldStyle(name, args, argc, kw, 1, 3);
    const js = strValue(self);
    const start = argc > 2 ? sliceIndex(I32[args + 2] as Ref, 0) : 0;
    const end = argc > 3 ? sliceIndex(I32[args + 3] as Ref, SSIZE_MAX) : SSIZE_MAX;
    const p = I32[args + 1] as Ref;
    const isAst = astral(self);
    if ((p & 1) === 0 && (I32[p >> 2] & 0xff) === Tag.TUPLE) {
      for (let i = 0; i < tupleLen(p); i++) {
        const it = tupleGet(p, i);
        if (!isStrRef(it)) raise('TypeError', `tuple for ${name} must only contain str, not ${tname(it)}`);
        if (tailmatch(js, isAst || astral(it), strValue(it), start, end, dir)) return bool(true);
      }
      return bool(false);
    }
    if (!isStrRef(p)) raise('TypeError', `${name} first arg must be str or a tuple of str, not ${tname(p)}`);
    return bool(tailmatch(js, isAst || astral(p), strValue(p), start, end, dir));
  };
}

// ====================== split / join ======================

function splitArgs(name: string, args: number, argc: number, kw: Ref): [Ref, string | null, number] {
  const self = selfStr(args, name);
  const [sepR, maxR] = parseArgs(name, args + 1, argc - 1, kw, ['sep', 'maxsplit']);
  let sep: string | null = null;
  if (sepR !== NULL && sepR !== NONE) {
    sep = argStr(sepR, 'must be str or None');
    if (sep.length === 0) raise('ValueError', 'empty separator');
  }
  const max = maxR === NULL ? -1 : toIndexNumber(maxR);
  return [self, sep, max];
}

/** str.join: the items of any iterable, which must all be strs. */
export function joinJs(sep: string, iterable: Ref, what: 'str' | 'bytes', getItemJs: (r: Ref) => string | null): string {
  const parts: string[] = [];
  let bad = -1;
  let badType = '';
  const take = (x: Ref, i: number): void => {
    if (bad >= 0) return;
    const s = getItemJs(x);
    if (s === null) {
      bad = i;
      badType = tname(x);
    } else parts.push(s);
  };
  const tag = tagOf(iterable);
  if (tag === Tag.LIST && typeOf(iterable) === T.list) {
    for (let i = 0; i < listLen(iterable); i++) take(listGet(iterable, i), i);
  } else if (tag === Tag.TUPLE && typeOf(iterable) === T.tuple) {
    for (let i = 0; i < tupleLen(iterable); i++) take(tupleGet(iterable, i), i);
  } else {
    let it: Ref = NULL;
    try {
      it = getIter(iterable);
    } catch (e) {
      const exc = toException(e);
      if (typeName(typeOf(exc)) === 'TypeError') raise('TypeError', 'can only join an iterable');
      throw PY_THROWN;
    }
    const mark = root(it);
    try {
      for (let i = 0; ; i++) {
        const x = iterNext(it);
        if (x === NULL) break;
        take(x, i);
      }
    } finally {
      unroot(mark);
    }
  }
  if (bad >= 0) {
    if (what === 'str') raise('TypeError', `sequence item ${bad}: expected str instance, ${badType} found`);
    raise('TypeError', `sequence item ${bad}: expected a bytes-like object, ${badType} found`);
  }
  return parts.join(sep);
}

// ====================== translate / maketrans ======================

function translateJs(s: string, table: Ref): string {
  let out = '';
  const isDict = tagOf(table) === Tag.DICT && typeOf(table) === T.dict;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const key = intFromNumber(cp);
    let v: Ref;
    if (isDict) {
      v = dictGet(table, key);
      if (v === NULL) {
        out += ch;
        continue;
      }
    } else {
      try {
        v = getItem(table, key);
      } catch (e) {
        const exc = toException(e);
        if (isSubtype(typeOf(exc), T.KeyError) || typeName(typeOf(exc)) === 'IndexError' || typeName(typeOf(exc)) === 'LookupError') {
          out += ch;
          continue;
        }
        throw PY_THROWN;
      }
    }
    if (v === NONE) continue;
    if (isInt(v)) {
      const n = toIndexNumber(v);
      if (n < 0 || n > 0x10ffff) raise('ValueError', 'character mapping must be in range(0x110000)');
      out += String.fromCodePoint(n);
    } else if (isStrRef(v)) out += strValue(v);
    else raise('TypeError', 'character mapping must return integer, None or str');
  }
  return out;
}

function maketrans(args: number, argc: number, kw: Ref): Ref {
  noKw('maketrans', kw);
  checkArgc('maketrans', argc, 1, 3);
  const x = I32[args] as Ref;
  const d = newDict(T.dict);
  const mark = root(d);
  try {
    if (argc === 1) {
      if (tagOf(x) !== Tag.DICT) raise('TypeError', 'if you give only one argument to maketrans it must be a dict');
      for (let i = dictNext(x, 0); i >= 0; i = dictNext(x, i + 1)) {
        const k = dictKeyAt(x, i);
        const v = dictValueAt(x, i);
        if (isStrRef(k)) {
          const ks = strValue(k);
          if (cpLen(ks) !== 1) raise('ValueError', 'string keys in translate table must be of length 1');
          dictSet(d, intFromNumber(ks.codePointAt(0)!), v);
        } else if (isInt(k)) dictSet(d, k, v);
        else raise('TypeError', 'keys in translate table must be strings or integers');
      }
      return d;
    }
    const xs = argStr(x, 'maketrans() argument 1 must be str');
    const ys = argStr(I32[args + 1] as Ref, 'maketrans() argument 2 must be str');
    const xc = Array.from(xs);
    const yc = Array.from(ys);
    if (xc.length !== yc.length) raise('ValueError', 'the first two maketrans arguments must have equal length');
    for (let i = 0; i < xc.length; i++) dictSet(d, intFromNumber(xc[i].codePointAt(0)!), intFromNumber(yc[i].codePointAt(0)!));
    if (argc === 3) {
      const zs = argStr(I32[args + 2] as Ref, 'maketrans() argument 3 must be str');
      for (const ch of zs) dictSet(d, intFromNumber(ch.codePointAt(0)!), NONE);
    }
    return d;
  } finally {
    unroot(mark);
  }
}

// ====================== operators ======================

/** s * n for a JS string (n may be negative: empty). */
export function repeatJs(s: string, n: number, unitsPerChar = 1): string {
  if (n <= 0 || s.length === 0) return '';
  if (s.length * n * unitsPerChar > 0x1fff_ffff) raise('MemoryError');
  return s.repeat(n);
}

/** An int or an object with __index__ (what sequence repetition accepts). */
export function isIndexable(n: Ref): boolean {
  return isInt(n) || (tagOf(n) !== Tag.FLOAT && lookupType(typeOf(n), N.__index__) !== NULL);
}

function repeatCount(n: Ref): number {
  return toIndexNumber(n);
}

export function strConcat(a: Ref, b: Ref): Ref {
  const bu = I32[(b >> 2) + H_AUX];
  if (bu === 0 && typeOf(a) === T.str) return a;
  if (I32[(a >> 2) + H_AUX] === 0 && typeOf(b) === T.str) return b;
  return newStr(strValue(a) + strValue(b));
}

function strRepeat(s: Ref, n: Ref): Ref {
  const k = repeatCount(n);
  if (k === 1 && typeOf(s) === T.str) return s;
  return mkStr(repeatJs(strValue(s), k));
}

/** s < t etc. by code point (JS compares UTF-16 units, which orders astral characters differently). */
export function strCompareJs(a: string, b: string): number {
  if (a === b) return 0;
  if (!/[\ud800-\udfff]/.test(a) && !/[\ud800-\udfff]/.test(b)) return a < b ? -1 : 1;
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return x.length - y.length;
}

function cmpMethod(name: string, test: (c: number) => boolean) {
  return (args: number, argc: number, kw: Ref): Ref => {
    noKw(`str.${name}`, kw);
    const a = selfStr(args, name);
    checkArgc(name, argc - 1, 1, 1);
    const b = I32[args + 1] as Ref;
    if (!isStrRef(b)) return NOTIMPL;
    if (name === '__eq__') return bool(strEq(a, b));
    if (name === '__ne__') return bool(!strEq(a, b));
    return bool(test(strCompareJs(strValue(a), strValue(b))));
  };
}

const prevBinary = binaryHooks.builtin;
binaryHooks.builtin = (a: Ref, b: Ref, op: number): Ref => {
  const base = op >= 13 ? op - 13 : op;
  if (base === 0) {
    if (isStrRef(a) && isStrRef(b)) return strConcat(a, b);
  } else if (base === 5) {
    if (isStrRef(a) && isInt(b)) return strRepeat(a, b);
    if (isStrRef(b) && isInt(a)) return strRepeat(b, a);
  } else if (base === 6) {
    if (isStrRef(a)) return newStr(percentFormat(strValue(a), b, false));
  }
  return prevBinary(a, b, op);
};

// ====================== item hooks ======================

itemHooks.strIndex = strIndex;
const prevGetSlice = itemHooks.getSlice;
itemHooks.getSlice = (c: Ref, s: Ref): Ref => {
  if (isStrRef(c)) return strSlice(c, s);
  return prevGetSlice(c, s);
};

// ====================== str() ======================

/** A str of type `cls` (str or a subclass) holding `s`. */
function newStrOfType(cls: Ref, s: string): Ref {
  if (cls === T.str) return mkStr(s);
  const r = newStr(s);
  I32[(r >> 2) + H_TYPE] = cls;
  return r;
}

function decodeToStr(obj: Ref, encR: Ref, errR: Ref): string {
  const enc = encR === NULL ? 'utf-8' : argStr(encR, "str() argument 'encoding' must be str");
  const errors = errR === NULL ? 'strict' : argStr(errR, "str() argument 'errors' must be str");
  if (isStrRef(obj)) raise('TypeError', 'decoding str is not supported');
  if ((obj & 1) === 1 || (I32[obj >> 2] & 0xff) !== Tag.BYTES)
    raise('TypeError', `decoding to str: need a bytes-like object, ${tname(obj)} found`);
  return decodeBytes(bytesLatin1(obj), lookupCodec(enc), errors);
}

function strNew(args: number, argc: number, kw: Ref): Ref {
  const cls = I32[args] as Ref;
  if (tagOf(cls) !== Tag.TYPE) raise('TypeError', `str.__new__(X): X is not a type object (${tname(cls)})`);
  if (!isSubtype(cls, T.str)) raise('TypeError', `str.__new__(${typeName(cls)}): ${typeName(cls)} is not a subtype of str`);
  const [obj, enc, errs] = parseArgs('str', args + 1, argc - 1, kw, ['object', 'encoding', 'errors']);
  if (obj === NULL) {
    if (enc !== NULL || errs !== NULL) return newStrOfType(cls, decodeToStr(newBytesEmpty(), enc, errs));
    return newStrOfType(cls, '');
  }
  if (enc !== NULL || errs !== NULL) return newStrOfType(cls, decodeToStr(obj, enc, errs));
  if (cls === T.str && isStrRef(obj) && typeOf(obj) === T.str) return obj;
  return newStrOfType(cls, strJs(obj));
}

/** An empty bytes object, from bytes.ts (set there, to keep the import graph one-way). */
export const strBytesHooks = {
  empty: (): Ref => NULL,
  fromLatin1: (_s: string): Ref => NULL,
};
function newBytesEmpty(): Ref {
  return strBytesHooks.empty();
}

// ====================== the methods ======================

defStaticMethods('str', {
  __new__: strNew,
  maketrans,
});

defMethods('str', {
  // ---- case
  upper: (args, argc, kw) => {
    const js = noArgs('upper', args, argc, kw);
    return result(I32[args] as Ref, js, js.toUpperCase());
  },
  lower: (args, argc, kw) => {
    const js = noArgs('lower', args, argc, kw);
    return result(I32[args] as Ref, js, lowerJs(js));
  },
  title: (args, argc, kw) => {
    const js = noArgs('title', args, argc, kw);
    return result(I32[args] as Ref, js, titleJs(js));
  },
  capitalize: (args, argc, kw) => {
    const js = noArgs('capitalize', args, argc, kw);
    return result(I32[args] as Ref, js, capitalizeJs(js));
  },
  swapcase: (args, argc, kw) => {
    const js = noArgs('swapcase', args, argc, kw);
    return result(I32[args] as Ref, js, swapcaseJs(js));
  },
  casefold: (args, argc, kw) => {
    const js = noArgs('casefold', args, argc, kw);
    return result(I32[args] as Ref, js, casefoldJs(js));
  },
  // ---- classification
  isdigit: (args, argc, kw) => bool(allCp(noArgs('isdigit', args, argc, kw), isDigitCp)),
  isdecimal: (args, argc, kw) => bool(allCp(noArgs('isdecimal', args, argc, kw), isDecimalCp)),
  isnumeric: (args, argc, kw) => bool(allCp(noArgs('isnumeric', args, argc, kw), isNumericCp)),
  isalpha: (args, argc, kw) => bool(allCp(noArgs('isalpha', args, argc, kw), (_c, ch) => isAlphaCh(ch))),
  isalnum: (args, argc, kw) =>
    bool(allCp(noArgs('isalnum', args, argc, kw), (c, ch) => isAlphaCh(ch) || isDecimalCp(c) || isDigitCp(c) || isNumericCp(c))),
  isspace: (args, argc, kw) => bool(allCp(noArgs('isspace', args, argc, kw), (c) => c < 0x10000 && strSpace(c))),
  isupper: (args, argc, kw) => bool(isupperJs(noArgs('isupper', args, argc, kw))),
  islower: (args, argc, kw) => bool(islowerJs(noArgs('islower', args, argc, kw))),
  istitle: (args, argc, kw) => bool(istitleJs(noArgs('istitle', args, argc, kw))),
  isidentifier: (args, argc, kw) => bool(isidentifierJs(noArgs('isidentifier', args, argc, kw))),
  isprintable: (args, argc, kw) => bool(isprintableJs(noArgs('isprintable', args, argc, kw))),
  isascii: (args, argc, kw) => bool(isAsciiJs(noArgs('isascii', args, argc, kw))),
  // ---- search
  find: (args, argc, kw) => mkSmall(findIn(findArgs('find', args, argc, kw), 1)),
  rfind: (args, argc, kw) => mkSmall(findIn(findArgs('rfind', args, argc, kw), -1)),
  index: (args, argc, kw) => {
    const i = findIn(findArgs('index', args, argc, kw), 1);
    if (i < 0) raise('ValueError', 'substring not found');
    return mkSmall(i);
  },
  rindex: (args, argc, kw) => {
    const i = findIn(findArgs('rindex', args, argc, kw), -1);
    if (i < 0) raise('ValueError', 'substring not found');
    return mkSmall(i);
  },
  count: (args, argc, kw) => intFromNumber(countIn(findArgs('count', args, argc, kw))),
  startswith: startsEnds('startswith', -1),
  endswith: startsEnds('endswith', 1),
  // ---- split / join / strip
  split: (args, argc, kw) => {
    const [self, sep, max] = splitArgs('split', args, argc, kw);
    const js = strValue(self);
    return strList(sep === null ? splitWhitespace(js, max, strSpace) : splitSep(js, sep, max));
  },
  rsplit: (args, argc, kw) => {
    const [self, sep, max] = splitArgs('rsplit', args, argc, kw);
    const js = strValue(self);
    return strList(sep === null ? rsplitWhitespace(js, max, strSpace) : rsplitSep(js, sep, max));
  },
  splitlines: (args, argc, kw) => {
    const self = selfStr(args, 'splitlines');
    const [ke] = parseArgs('splitlines', args + 1, argc - 1, kw, ['keepends']);
    const keep = ke === NULL ? false : toIndexNumber(ke) !== 0;
    return strList(splitlinesJs(strValue(self), keep, false));
  },
  join: (args, argc, kw) => {
    const self = clinic('join', args, argc, kw, 1, 1);
    const sep = strValue(self);
    const it = I32[args + 1] as Ref;
    if (tagOf(it) === Tag.LIST && typeOf(it) === T.list && listLen(it) === 1) {
      const x = listGet(it, 0);
      if (isStrRef(x) && typeOf(x) === T.str) return x;
    }
    return mkStr(joinJs(sep, it, 'str', (x) => (isStrRef(x) ? strValue(x) : null)));
  },
  strip: (args, argc, kw) => stripMethod('strip', 3, args, argc, kw),
  lstrip: (args, argc, kw) => stripMethod('lstrip', 1, args, argc, kw),
  rstrip: (args, argc, kw) => stripMethod('rstrip', 2, args, argc, kw),
  partition: (args, argc, kw) => partition('partition', args, argc, kw, false),
  rpartition: (args, argc, kw) => partition('rpartition', args, argc, kw, true),
  replace: (args, argc, kw) => {
    const self = clinic('replace', args, argc, kw, 2, 3);
    const old = argStr(I32[args + 1] as Ref, 'replace() argument 1 must be str');
    const nw = argStr(I32[args + 2] as Ref, 'replace() argument 2 must be str');
    const count = argc > 3 ? toIndexNumber(I32[args + 3] as Ref) : -1;
    const js = strValue(self);
    return result(self, js, replaceJs(js, old, nw, count, astral(self)));
  },
  removeprefix: (args, argc, kw) => {
    const self = clinic('removeprefix', args, argc, kw, 1, 1);
    const p = argStr(I32[args + 1] as Ref, 'removeprefix() argument must be str');
    const js = strValue(self);
    return result(self, js, p.length > 0 && js.startsWith(p) ? js.slice(p.length) : js);
  },
  removesuffix: (args, argc, kw) => {
    const self = clinic('removesuffix', args, argc, kw, 1, 1);
    const p = argStr(I32[args + 1] as Ref, 'removesuffix() argument must be str');
    const js = strValue(self);
    return result(self, js, p.length > 0 && js.endsWith(p) ? js.slice(0, js.length - p.length) : js);
  },
  // ---- padding
  center: (args, argc, kw) => pad('center', args, argc, kw),
  ljust: (args, argc, kw) => pad('ljust', args, argc, kw),
  rjust: (args, argc, kw) => pad('rjust', args, argc, kw),
  zfill: (args, argc, kw) => {
    const self = clinic('zfill', args, argc, kw, 1, 1);
    const width = toIndexNumber(I32[args + 1] as Ref);
    const js = strValue(self);
    return result(self, js, zfillJs(js, lenCp(self), width));
  },
  expandtabs: (args, argc, kw) => {
    const self = selfStr(args, 'expandtabs');
    const [ts] = parseArgs('expandtabs', args + 1, argc - 1, kw, ['tabsize']);
    const js = strValue(self);
    return result(self, js, js.includes('\t') ? expandtabsJs(js, ts === NULL ? 8 : toIndexNumber(ts)) : js);
  },
  // ---- conversion
  encode: (args, argc, kw) => {
    const self = selfStr(args, 'encode');
    const [encR, errR] = parseArgs('encode', args + 1, argc - 1, kw, ['encoding', 'errors']);
    const enc = encR === NULL ? 'utf-8' : argStr(encR, "encode() argument 'encoding' must be str");
    const errors = errR === NULL ? 'strict' : argStr(errR, "encode() argument 'errors' must be str");
    return strBytesHooks.fromLatin1(encodeText(strValue(self), lookupCodec(enc), errors));
  },
  format: (args, argc, kw) => {
    const self = selfStr(args, 'format');
    const nkw = kw === NULL ? 0 : tupleLen(kw);
    const npos = argc - 1 - nkw;
    let kwargs: Map<string, Ref> | null = null;
    if (nkw > 0) {
      kwargs = new Map();
      for (let i = 0; i < nkw; i++) kwargs.set(strValue(tupleGet(kw, i)), I32[args + 1 + npos + i] as Ref);
    }
    const fa: FormatArgs = { args: args + 1, nargs: npos, kwargs, mapping: NULL };
    return mkStr(strFormat(strValue(self), fa));
  },
  format_map: (args, argc, kw) => {
    const self = clinic('format_map', args, argc, kw, 1, 1);
    const fa: FormatArgs = { args: 0, nargs: -1, kwargs: null, mapping: I32[args + 1] as Ref };
    return mkStr(strFormat(strValue(self), fa));
  },
  translate: (args, argc, kw) => {
    const self = clinic('translate', args, argc, kw, 1, 1);
    const js = strValue(self);
    return result(self, js, translateJs(js, I32[args + 1] as Ref));
  },
  // ---- dunders
  __len__: (args, argc, kw) => {
    noArgs('__len__', args, argc, kw);
    return intFromNumber(lenCp(I32[args] as Ref));
  },
  __contains__: (args, argc, kw) => {
    const self = clinic('__contains__', args, argc, kw, 1, 1);
    const x = I32[args + 1] as Ref;
    if (!isStrRef(x)) raise('TypeError', `'in <string>' requires string as left operand, not ${tname(x)}`);
    return bool(strValue(self).includes(strValue(x)));
  },
  __getitem__: (args, argc, kw) => {
    const self = clinic('__getitem__', args, argc, kw, 1, 1);
    const k = I32[args + 1] as Ref;
    if (tagOf(k) === Tag.SLICE) return mkStr(sliceJs(strValue(self), astral(self), k));
    if (!isInt(k) && tagOf(k) !== Tag.INSTANCE) raise('TypeError', `string indices must be integers, not '${tname(k)}'`);
    let i = toIndexNumber(k);
    const n = lenCp(self);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise('IndexError', 'string index out of range');
    return strIndex(self, i);
  },
  __iter__: (args, argc, kw) => {
    noArgs('__iter__', args, argc, kw);
    return newIter(IterKind.STR, I32[args] as Ref, 0);
  },
  __hash__: (args, argc, kw) => {
    noArgs('__hash__', args, argc, kw);
    return intFromNumber(strHash(I32[args] as Ref));
  },
  __repr__: (args, argc, kw) => {
    const js = noArgs('__repr__', args, argc, kw);
    return newStr(strRepr(js));
  },
  __str__: (args, argc, kw) => {
    const js = noArgs('__str__', args, argc, kw);
    const self = I32[args] as Ref;
    return typeOf(self) === T.str ? self : newStr(js);
  },
  __add__: (args, argc, kw) => {
    const self = clinic('__add__', args, argc, kw, 1, 1);
    const b = I32[args + 1] as Ref;
    if (!isStrRef(b)) raise('TypeError', `can only concatenate str (not "${tname(b)}") to str`);
    return newStr(strValue(self) + strValue(b));
  },
  __mul__: (args, argc, kw) => {
    const self = clinic('__mul__', args, argc, kw, 1, 1);
    const n = I32[args + 1] as Ref;
    if (!isIndexable(n)) return NOTIMPL;
    return mkStr(repeatJs(strValue(self), toIndexNumber(n)));
  },
  __rmul__: (args, argc, kw) => {
    const self = clinic('__rmul__', args, argc, kw, 1, 1);
    const n = I32[args + 1] as Ref;
    if (!isIndexable(n)) return NOTIMPL;
    return mkStr(repeatJs(strValue(self), toIndexNumber(n)));
  },
  __mod__: (args, argc, kw) => {
    const self = clinic('__mod__', args, argc, kw, 1, 1);
    return newStr(percentFormat(strValue(self), I32[args + 1] as Ref, false));
  },
  __rmod__: (args, argc, kw) => {
    clinic('__rmod__', args, argc, kw, 1, 1);
    return NOTIMPL;
  },
  __eq__: cmpMethod('__eq__', (c) => c === 0),
  __ne__: cmpMethod('__ne__', (c) => c !== 0),
  __lt__: cmpMethod('__lt__', (c) => c < 0),
  __le__: cmpMethod('__le__', (c) => c <= 0),
  __gt__: cmpMethod('__gt__', (c) => c > 0),
  __ge__: cmpMethod('__ge__', (c) => c >= 0),
  __getnewargs__: (args, argc, kw) => {
    const js = noArgs('__getnewargs__', args, argc, kw);
    return tupleFrom([newStr(js)]);
  },
  __sizeof__: (args, argc, kw) => {
    const js = noArgs('__sizeof__', args, argc, kw);
    return intFromNumber(49 + js.length);
  },
});

function stripMethod(name: string, which: number, args: number, argc: number, kw: Ref): Ref {
  const self = clinic(name, args, argc, kw, 0, 1);
  let chars: string | null = null;
  let ast = astral(self);
  if (argc > 1) {
    const c = I32[args + 1] as Ref;
    if (c !== NONE) {
      if (!isStrRef(c)) raise('TypeError', `${name} arg must be None or str`);
      chars = strValue(c);
      ast ||= astral(c);
    }
  }
  const js = strValue(self);
  return result(self, js, stripJs(js, chars, which, strSpace, ast));
}

function partition(name: string, args: number, argc: number, kw: Ref, right: boolean): Ref {
  const self = clinic(name, args, argc, kw, 1, 1);
  const sepR = I32[args + 1] as Ref;
  const sep = argStr(sepR, 'must be str');
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const js = strValue(self);
  const i = right ? js.lastIndexOf(sep) : js.indexOf(sep);
  const whole = typeOf(self) === T.str ? self : newStr(js);
  if (i < 0) return right ? tupleFrom([charStrEmpty(), charStrEmpty(), whole]) : tupleFrom([whole, charStrEmpty(), charStrEmpty()]);
  const a = mkStr(js.slice(0, i));
  const c = mkStr(js.slice(i + sep.length));
  return tupleFrom([a, typeOf(sepR) === T.str ? sepR : newStr(sep), c]);
}

function pad(name: string, args: number, argc: number, kw: Ref): Ref {
  const self = clinic(name, args, argc, kw, 1, 2);
  const width = toIndexNumber(I32[args + 1] as Ref);
  const fill = argc > 2 ? fillChar(I32[args + 2] as Ref) : ' ';
  const js = strValue(self);
  const len = lenCp(self);
  if (len >= width) return result(self, js, js);
  let out: string;
  if (name === 'center') out = centerJs(js, len, width, fill);
  else if (name === 'ljust') out = js + fill.repeat(width - len);
  else out = fill.repeat(width - len) + js;
  return newStr(out);
}

