// int(str, base) and float(str): parsing of numbers from text with CPython 3.11's rules and error messages.
// Pure functions; any thread. Mirrors PyLong_FromUnicodeObject / PyLong_FromString (Objects/longobject.c) and
// PyFloat_FromString (Objects/floatobject.c) with _Py_string_to_number_with_underscores (Python/pystrtod.c).
import { PyErr } from '../common/errors.js';
import { getIntMaxStrDigits, isNewerThanUnicode14, strRepr } from './format.js';

// ====================== text normalization ======================

/** Python's str.isspace() set (Py_UNICODE_ISSPACE): bidi WS/B/S or category Zs. Not the same as JS's \s, which
 *  has U+FEFF and lacks U+001C..U+001F. */
export function isPySpace(cp: number): boolean {
  if (cp < 128) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 || cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 ||
    cp === 0x2029 || cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}

const ND = /\p{Nd}/u;

/** The value of a Unicode decimal digit (Py_UNICODE_TODECIMAL), or -1. Nd characters come in aligned runs of
 *  ten starting at the digit zero, so the value is the distance to the start of the run, modulo 10. */
export function unicodeDecimalValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128 || !ND.test(String.fromCodePoint(cp)) || isNewerThanUnicode14(cp)) return -1;
  let start = cp;
  while (ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits to ASCII digits, Unicode spaces to ' ', and the
 *  first other non-ASCII character to '?' ending the string (which then fails to parse). */
function toAsciiNumberText(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 127) out += ch;
    else if (isPySpace(cp)) out += ' ';
    else {
      const d = unicodeDecimalValue(cp);
      if (d < 0) return out + '?';
      out += String.fromCharCode(48 + d);
    }
  }
  return out;
}

/** Py_ISSPACE: the ASCII whitespace that the C parsers skip (not U+001C..U+001F). */
function isCSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

// ====================== int(str, base) ======================

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

function parseDigits(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt('0x' + digits);
  if (base === 8) return BigInt('0o' + digits);
  if (base === 2) return BigInt('0b' + digits);
  // Other bases: chunks whose value stays below 2**53, combined with bigint arithmetic.
  const chunk = Math.floor(53 / Math.log2(base));
  let v = 0n;
  for (let i = 0; i < digits.length; i += chunk) {
    const part = digits.slice(i, i + chunk);
    v = v * BigInt(base) ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  return v;
}

/** int(text, base) for a str argument (PyLong_FromUnicodeObject): surrounding whitespace, a sign, single
 *  underscores between digits, the 0x/0o/0b prefix (required for base 0, optional for its own base), Unicode
 *  digits, bases 2..36 or 0 (the literal's own rules: no leading zeros except for zero itself), and the 3.11
 *  limit of sys.int_max_str_digits digits for bases that are not powers of two. */
export function parseIntLiteral(text: string, baseArg: number | bigint = 10): bigint {
  const b0 = Number(baseArg);
  if ((b0 !== 0 && b0 < 2) || b0 > 36) throw new PyErr('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const fail = (): PyErr => {
    let r = strRepr(text);
    if (r.length > 200) r = Array.from(r).slice(0, 200).join('');
    return new PyErr('ValueError', `invalid literal for int() with base ${b0}: ${r}`);
  };
  const s = toAsciiNumberText(text);
  const n = s.length;
  let i = 0;
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') {
    negative = true;
    i++;
  }
  let base = b0;
  let errorIfNonzero = false;
  const p1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (p1 === 'x' || p1 === 'X') base = 16;
    else if (p1 === 'o' || p1 === 'O') base = 8;
    else if (p1 === 'b' || p1 === 'B') base = 2;
    else {
      errorIfNonzero = true; // a C-style octal literal such as 010, valid only when it is zero
      base = 10;
    }
  }
  if (
    s[i] === '0' &&
    ((base === 16 && (p1 === 'x' || p1 === 'X')) ||
      (base === 8 && (p1 === 'o' || p1 === 'O')) ||
      (base === 2 && (p1 === 'b' || p1 === 'B')))
  ) {
    i += 2;
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') throw fail();
  const start = i;
  let digitCount = 0;
  let prev = '';
  let digits = '';
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prev === '_') throw fail();
    } else if (digitValue(c) < base) {
      digitCount++;
    } else break;
    prev = s[i]!;
    i++;
  }
  if (prev === '_') throw fail();
  const limit = getIntMaxStrDigits();
  if ((base & (base - 1)) !== 0 && limit > 0 && digitCount > limit) {
    throw new PyErr(
      'ValueError',
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digitCount} digits; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  if (i === start) throw fail();
  digits = s.slice(start, i);
  if (digits.includes('_')) digits = digits.replaceAll('_', '');
  const v = parseDigits(digits, base);
  if (errorIfNonzero && v !== 0n) throw fail();
  while (i < n && isCSpace(s.charCodeAt(i))) i++;
  if (i !== n) throw fail();
  return negative ? -v : v;
}

// ====================== float(str) ======================

const FLOAT_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** float(text) for a str argument (PyFloat_FromString): surrounding whitespace, Unicode digits, single
 *  underscores between digits, 'inf'/'infinity'/'nan' in any case with an optional sign; no hex. Correctly
 *  rounded (V8's string-to-number conversion is). */
export function parseFloatLiteral(text: string): number {
  const fail = (): PyErr => new PyErr('ValueError', `could not convert string to float: ${strRepr(text)}`);
  const s0 = toAsciiNumberText(text);
  let a = 0;
  let z = s0.length;
  while (a < z && isCSpace(s0.charCodeAt(a))) a++;
  while (z > a + 1 && isCSpace(s0.charCodeAt(z - 1))) z--;
  let s = s0.slice(a, z);
  if (s.includes('_')) {
    let out = '';
    let prev = '';
    for (const ch of s) {
      const isDigit = ch >= '0' && ch <= '9';
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9' && prev.length === 1)) throw fail();
      } else {
        if (prev === '_' && !isDigit) throw fail();
        out += ch;
      }
      prev = ch;
    }
    if (prev === '_') throw fail();
    s = out;
  }
  if (FLOAT_RE.test(s)) return Number(s);
  const lower = s.toLowerCase();
  let body = lower;
  let negative = false;
  if (body[0] === '+' || body[0] === '-') {
    negative = body[0] === '-';
    body = body.slice(1);
  }
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  if (body === 'nan') return negative ? -NaN : NaN; // V8 may not keep a NaN's sign bit; CPython does (math.copysign shows it)
  throw fail();
}
