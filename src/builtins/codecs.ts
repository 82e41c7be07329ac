/*
 * The text codecs str.encode / bytes.decode / str(b, enc) / bytes(s, enc) need: utf-8, ascii and latin-1
 * with the error handlers strict, ignore, replace, backslashreplace (and xmlcharrefreplace, surrogateescape
 * where CPython has them), and CPython's UnicodeEncodeError/UnicodeDecodeError messages
 * (Objects/exceptions.c UnicodeEncodeError_str). Pure functions on JS values; any worker.
 * Bytes travel as "latin-1 strings" (one char per byte, codes 0..255) so that str algorithms apply to them.
 */

import { isUtf8 } from 'node:buffer';
import { PyErr } from '../common/errors.js';

export type Codec = 'utf-8' | 'ascii' | 'latin-1';

/** The codec for an encoding name after Python's normalisation (lower case, '_' and ' ' as '-'), or a
 *  LookupError "unknown encoding: X". */
export function lookupCodec(name: string): Codec {
  const n = name.toLowerCase().replace(/[_ ]/g, '-');
  switch (n) {
    case 'utf-8': case 'utf8': case 'u8': case 'utf': case 'cp65001':
      return 'utf-8';
    case 'ascii': case 'us-ascii': case '646': case 'us':
      return 'ascii';
    case 'latin-1': case 'latin1': case 'iso-8859-1': case 'iso8859-1': case 'l1': case 'latin': case '8859':
    case 'cp819': case 'iso-ir-100':
      return 'latin-1';
  }
  throw new PyErr('LookupError', `unknown encoding: ${name}`);
}

const KNOWN_ERRORS = new Set(['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']);

function checkErrors(errors: string): void {
  if (!KNOWN_ERRORS.has(errors)) throw new PyErr('LookupError', `unknown error handler name '${errors}'`);
}

function charEscape(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

function encodeError(codec: string, cps: number[], start: number, end: number, reason: string): PyErr {
  if (end - start === 1) {
    return new PyErr('UnicodeEncodeError', `'${codec}' codec can't encode character '${charEscape(cps[start])}' in position ${start}: ${reason}`);
  }
  return new PyErr('UnicodeEncodeError', `'${codec}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`);
}

function decodeError(codec: string, bytes: string, start: number, end: number, reason: string): PyErr {
  if (end - start === 1) {
    const b = bytes.charCodeAt(start).toString(16).padStart(2, '0');
    return new PyErr('UnicodeDecodeError', `'${codec}' codec can't decode byte 0x${b} in position ${start}: ${reason}`);
  }
  return new PyErr('UnicodeDecodeError', `'${codec}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
}

// ====================== encoding: str -> latin-1 string of bytes ======================

function utf8Bytes(cp: number): string {
  if (cp < 0x80) return String.fromCharCode(cp);
  if (cp < 0x800) return String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
  if (cp < 0x10000) return String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  return String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
}

/** UTF-8 of a JS string with no lone surrogates, as a latin-1 string (fast path). */
function utf8Fast(s: string): string | null {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  const b = Buffer.from(s, 'utf8');
  if (/[\ud800-\udfff]/.test(s)) {
    // Lone surrogates become U+FFFD in Buffer.from; check they are all paired.
    if (s.isWellFormed !== undefined ? !s.isWellFormed() : /(?:[\ud800-\udbff](?![\udc00-\udfff]))|(?:(?<![\ud800-\udbff])[\udc00-\udfff])/.test(s))
      return null;
  }
  return b.toString('latin1');
}

/** Encodes `s` (a Python str as a JS string) to bytes, returned as a latin-1 string. */
export function encodeText(s: string, codec: Codec, errors: string): string {
  if (codec === 'utf-8') {
    const fast = utf8Fast(s);
    if (fast !== null) return fast;
  } else {
    const limit = codec === 'ascii' ? 0x80 : 0x100;
    let ok = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= limit) {
        ok = false;
        break;
      }
    }
    if (ok) return s;
  }
  checkErrors(errors);
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const bad = (cp: number): boolean =>
    codec === 'utf-8' ? cp >= 0xd800 && cp <= 0xdfff : cp >= (codec === 'ascii' ? 0x80 : 0x100);
  const reason = codec === 'utf-8' ? 'surrogates not allowed' : `ordinal not in range(${codec === 'ascii' ? 128 : 256})`;
  let out = '';
  for (let i = 0; i < cps.length; ) {
    const cp = cps[i];
    if (!bad(cp)) {
      out += codec === 'utf-8' ? utf8Bytes(cp) : String.fromCharCode(cp);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    switch (errors) {
      case 'strict':
        throw encodeError(codec, cps, i, j, reason);
      case 'ignore':
        break;
      case 'replace':
        out += '?'.repeat(j - i);
        break;
      case 'backslashreplace':
        for (let k = i; k < j; k++) out += charEscape(cps[k]);
        break;
      case 'xmlcharrefreplace':
        for (let k = i; k < j; k++) out += `&#${cps[k]};`;
        break;
      case 'surrogateescape':
        for (let k = i; k < j; k++) {
          if (cps[k] < 0xdc80 || cps[k] > 0xdcff) throw encodeError(codec, cps, k, k + 1, reason);
          out += String.fromCharCode(cps[k] - 0xdc00);
        }
        break;
      case 'surrogatepass':
        if (codec !== 'utf-8') throw encodeError(codec, cps, i, j, reason);
        for (let k = i; k < j; k++) out += utf8Bytes(cps[k]);
        break;
      default:
        throw encodeError(codec, cps, i, j, reason);
    }
    i = j;
  }
  return out;
}

// ====================== decoding: latin-1 string of bytes -> str ======================

/** Decodes bytes (a latin-1 string) to a JS string. */
export function decodeBytes(b: string, codec: Codec, errors: string): string {
  if (codec === 'latin-1') return b;
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if (b.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return b;
  if (codec === 'ascii') {
    checkErrors(errors);
    let out = '';
    for (let i = 0; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (c < 0x80) out += b[i];
      else out += decodeHandler(b, i, i + 1, 'ascii', 'ordinal not in range(128)', errors);
    }
    return out;
  }
  return utf8Decode(b, errors);
}

function decodeHandler(b: string, start: number, end: number, codec: string, reason: string, errors: string): string {
  switch (errors) {
    case 'ignore':
      return '';
    case 'replace':
      return '\ufffd';
    case 'backslashreplace': {
      let s = '';
      for (let k = start; k < end; k++) s += '\\x' + b.charCodeAt(k).toString(16).padStart(2, '0');
      return s;
    }
    case 'surrogateescape': {
      let s = '';
      for (let k = start; k < end; k++) {
        const c = b.charCodeAt(k);
        if (c < 128) throw decodeError(codec, b, start, end, reason);
        s += String.fromCharCode(0xdc00 + c);
      }
      return s;
    }
    default:
      throw decodeError(codec, b, start, end, reason);
  }
}

/** UTF-8 decoding; errors are reported as CPython's decoder does: an invalid start byte is one byte; a
 *  sequence cut by a bad continuation byte spans its valid prefix; a sequence cut by the end of the data is
 *  "unexpected end of data". */
function utf8Decode(b: string, errors: string): string {
  const buf = Buffer.from(b, 'latin1');
  if (isUtf8(buf)) return buf.toString('utf8');
  checkErrors(errors);
  return utf8Rebuild(b, errors);
}

function utf8Valid(b: string): string {
  return Buffer.from(b, 'latin1').toString('utf8');
}

/** Slow path with errors: decode well-formed runs with Buffer and splice the handler output in between. */
function utf8Rebuild(b: string, errors: string): string {
  const n = b.length;
  let out = '';
  let i = 0;
  let runStart = 0;
  while (i < n) {
    const c = b.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      out += utf8Valid(b.slice(runStart, i)) + decodeHandler(b, i, i + 1, 'utf-8', 'invalid start byte', errors);
      i++;
      runStart = i;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) {
        ok = false;
        break;
      }
      const d = b.charCodeAt(j);
      if (d < (k === 0 ? lo : 0x80) || d > (k === 0 ? hi : 0xbf)) {
        ok = false;
        break;
      }
    }
    if (!ok) {
      const reason = j >= n ? 'unexpected end of data' : 'invalid continuation byte';
      out += utf8Valid(b.slice(runStart, i)) + decodeHandler(b, i, j, 'utf-8', reason, errors);
      i = j;
      runStart = i;
      continue;
    }
    i = j;
  }
  return out + utf8Valid(b.slice(runStart));
}

// ====================== repr/ascii escapes ======================

/** ascii(): repr with every non-ASCII code point escaped as \xNN, \uNNNN or \UNNNNNNNN. */
export function asciiEscape(repr: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(repr)) return repr;
  let out = '';
  for (const ch of repr) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : charEscape(cp);
  }
  return out;
}

/** repr() of bytes given as a latin-1 string: b'...' with CPython's quote choice and escapes. */
export function bytesRepr(b: string): string {
  const quote = b.includes("'") && !b.includes('"') ? '"' : "'";
  let out = 'b' + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (c === quote.charCodeAt(0) || c === 0x5c) out += '\\' + b[i];
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += b[i];
  }
  return out + quote;
}
