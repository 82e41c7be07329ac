// Python's float repr, int-to-string conversion and the format() mini-language for int, float and str.
// Pure functions over JS numbers, bigints and strings; any thread. Mirrors Python/pystrtod.c
// (PyOS_double_to_string, format_float_short), Objects/longobject.c (long_to_decimal_string) and
// Python/formatter_unicode.c (parse_internal_render_format_spec, format_*_internal, calc_number_widths).
import { PyErr } from '../common/errors.js';
import { fixedDigits, precisionDigits, shortestDigits, type DecimalDigits } from './dtoa.js';

// ====================== int -> str and the 4300-digit limit ======================

/** sys.int_max_str_digits (PEP 651 / CVE-2020-10735, new in 3.11). 0 means no limit. Per worker. */
let intMaxStrDigits = 4300;
let intMaxStrLimit: bigint = 10n ** 4300n;

/** The current limit on decimal digits for int <-> str conversions (sys.get_int_max_str_digits()). */
export function getIntMaxStrDigits(): number {
  return intMaxStrDigits;
}

/** sys.set_int_max_str_digits(n): n is 0 (no limit) or >= 640; the caller validates n as CPython does. */
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
  intMaxStrLimit = 10n ** BigInt(n);
}

/** str(int) / repr(int). Throws ValueError past the digit limit, worded as Objects/longobject.c. */
export function intToDecimalString(v: bigint): string {
  if (intMaxStrDigits > 0 && (v >= intMaxStrLimit || -v >= intMaxStrLimit)) {
    throw new PyErr(
      'ValueError',
      `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
  return v.toString();
}

/** An int in base 2, 8, 10 or 16 as bin()/oct()/str()/hex() print it: with the 0b/0o/0x prefix when
 *  `prefix` is true (never for base 10), the sign first ('-0x1f'). Only base 10 is subject to the digit limit. */
export function intToString(v: bigint, base: 2 | 8 | 10 | 16, prefix = false): string {
  if (base === 10) return intToDecimalString(v);
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString(base);
  const pre = prefix ? (base === 16 ? '0x' : base === 8 ? '0o' : '0b') : '';
  return (neg ? '-' : '') + pre + digits;
}

// ====================== float -> str ======================

/** Flags of PyOS_double_to_string (Include/pystrtod.h). */
export const DTSF_SIGN = 1; // always add the sign
export const DTSF_ADD_DOT_0 = 2; // if the result is an integer add '.0'
export const DTSF_ALT = 4; // '#' alternate formatting
export const DTSF_NO_NEG_0 = 8; // 'z': negative zero becomes zero (3.11)

/** PyOS_double_to_string(val, code, precision, flags) from Python/pystrtod.c: code is one of
 *  'e' 'E' 'f' 'F' 'g' 'G' 'r' (repr; precision must be 0). Correctly rounded at any precision. */
export function doubleToString(x: number, code: string, precision: number, flags: number): string {
  let mode: 0 | 2 | 3;
  const lower = code.toLowerCase();
  switch (lower) {
    case 'e':
      mode = 2;
      precision++;
      break;
    case 'f':
      mode = 3;
      break;
    case 'g':
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case 'r':
      mode = 0;
      break;
    default:
      throw new PyErr('SystemError', 'bad argument to internal function');
  }
  const upper = code !== lower;
  if (mode === 3 && (flags & (DTSF_ALT | DTSF_NO_NEG_0)) === 0) {
    const fast = fixedFast(x, precision, (flags & DTSF_SIGN) !== 0);
    if (fast !== null) return fast;
  }
  const s = formatFloatShort(x, lower, mode, precision, flags);
  return upper ? s.toUpperCase() : s;
}

const bitsF64 = new Float64Array(1);
const bitsU32 = new Uint32Array(bitsF64.buffer);

function ctz32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

/** '%.<p>f' through Number#toFixed, which is exact but breaks ties away from zero where CPython rounds half to
 *  even. A tie needs the exact binary fraction of x to have exactly p + 1 decimal places (a fraction with F
 *  binary places has exactly F decimal places, the last a 5), so that case, huge values and big precisions go
 *  the slow way (null). */
function fixedFast(x: number, precision: number, alwaysSign: boolean): string | null {
  if (precision > 100 || !Number.isFinite(x)) return null;
  const ax = Math.abs(x);
  if (ax >= 1e21) return null;
  bitsF64[0] = x;
  const lo = bitsU32[0]!;
  const hi = bitsU32[1]!;
  const biased = (hi >>> 20) & 0x7ff;
  const hiMant = (hi & 0xfffff) | (biased === 0 ? 0 : 0x100000);
  if (lo === 0 && hiMant === 0) return (Object.is(x, -0) ? '-' : alwaysSign ? '+' : '') + ax.toFixed(precision);
  const tz = lo !== 0 ? ctz32(lo) : 32 + ctz32(hiMant);
  const exp2 = (biased === 0 ? -1074 : biased - 1075) + tz;
  if (-exp2 === precision + 1) return null;
  return (x < 0 ? '-' : alwaysSign ? '+' : '') + ax.toFixed(precision);
}

/** format_float_short from Python/pystrtod.c: lays out dtoa digits with the decimal point, zero padding and
 *  exponent. */
function formatFloatShort(x: number, code: string, mode: 0 | 2 | 3, precision: number, flags: number): string {
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return alwaysSign ? '+nan' : 'nan';
    return x < 0 ? '-inf' : alwaysSign ? '+inf' : 'inf';
  }
  const d: DecimalDigits =
    mode === 0 ? shortestDigits(x) : mode === 2 ? precisionDigits(x, precision) : fixedDigits(x, precision);
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  let negative = d.negative;
  if ((flags & DTSF_NO_NEG_0) !== 0 && negative && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) {
    negative = false;
  }

  let useExp = false;
  let vdigitsEnd = digitsLen;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      // Exponent from 1e16 on: a 16-digit shortest repr padded with zeros would look odd (2e16+8).
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : alwaysSign ? '+' : '';
  if (decpt <= 0) {
    out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  } else {
    out += '0'.repeat(-vdigitsStart);
  }
  if (decpt > 0 && decpt <= digitsLen) {
    out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    out += digits;
  }
  if (digitsLen < decpt) {
    out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  } else {
    out += '0'.repeat(vdigitsEnd - digitsLen);
  }
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' : '') + a;
  }
  return out;
}

/** repr(x) and str(x) of a float, exactly as CPython (float_repr in Objects/floatobject.c): the shortest digits
 *  that round-trip, exponent form below 1e-4 and from 1e16 on, '.0' on integral values, 'inf', 'nan', '-0.0'. */
export function floatRepr(x: number): string {
  const ax = Math.abs(x);
  if (ax < 1e16 && ax >= 1e-4) {
    // Number#toString gives the same shortest digits, and in this range the same fixed-point layout
    const s = x.toString();
    return Number.isInteger(x) ? s + '.0' : s;
  }
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  return formatFloatShort(x, 'r', 0, 0, DTSF_ADD_DOT_0);
}

// ====================== the format spec mini-language ======================

/** The parsed form of a format spec (InternalFormatSpec in Python/formatter_unicode.c). */
export interface FormatSpec {
  fill: string; // one code point
  align: '<' | '>' | '^' | '=';
  alternate: boolean;
  noNeg0: boolean; // 'z'
  sign: '' | '+' | '-' | ' ';
  width: number; // -1: not given
  /** '' none, ',' or '_' (every 3 digits), '_4' (the '_' of b/o/x/X: every 4 digits) */
  grouping: '' | ',' | '_' | '_4';
  precision: number; // -1: not given
  type: string; // '' when omitted and the default type is none (float)
}

const PY_SSIZE_T_MAX = 9223372036854775807;

function isAlignChar(c: string | undefined): c is FormatSpec['align'] {
  return c === '<' || c === '>' || c === '^' || c === '=';
}

/** Reads a run of ASCII digits at pos[0]; returns the count consumed, or throws on Py_ssize_t overflow. */
function readInteger(cps: string[], pos: { i: number }): { consumed: number; value: number } {
  let value = 0;
  let consumed = 0;
  while (pos.i < cps.length) {
    const c = cps[pos.i]!.charCodeAt(0);
    if (c < 48 || c > 57 || cps[pos.i]!.length !== 1) break;
    const digit = c - 48;
    if (value > (PY_SSIZE_T_MAX - digit) / 10) {
      throw new PyErr('ValueError', 'Too many decimal digits in format string');
    }
    value = value * 10 + digit;
    pos.i++;
    consumed++;
  }
  return { consumed, value };
}

function describeChar(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? `'${c}'` : `'\\x${cp.toString(16)}'`;
}

/** parse_internal_render_format_spec (Python/formatter_unicode.c): parses `spec` for an object of type
 *  `typeName` ('int', 'float', 'str', ... used only in messages), with the type's default presentation type
 *  ('d' for int, '' for float, 's' for str) and default alignment ('>' numbers, '<' strings). */
export function parseFormatSpec(
  spec: string,
  typeName: string,
  defaultType: string,
  defaultAlign: FormatSpec['align'],
): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  const pos = { i: 0 };
  const f: FormatSpec = {
    fill: ' ',
    align: defaultAlign,
    alternate: false,
    noNeg0: false,
    sign: '',
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  if (end >= 2 && isAlignChar(cps[1])) {
    f.align = cps[1];
    f.fill = cps[0]!;
    fillSpecified = alignSpecified = true;
    pos.i = 2;
  } else if (end >= 1 && isAlignChar(cps[0])) {
    f.align = cps[0];
    alignSpecified = true;
    pos.i = 1;
  }
  const c0 = cps[pos.i];
  if (c0 === '+' || c0 === '-' || c0 === ' ') {
    f.sign = c0;
    pos.i++;
  }
  if (cps[pos.i] === 'z') {
    f.noNeg0 = true;
    pos.i++;
  }
  if (cps[pos.i] === '#') {
    f.alternate = true;
    pos.i++;
  }
  if (!fillSpecified && cps[pos.i] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos.i++;
  }
  const w = readInteger(cps, pos);
  if (w.consumed > 0) f.width = w.value;
  if (cps[pos.i] === ',') {
    f.grouping = ',';
    pos.i++;
  }
  if (cps[pos.i] === '_') {
    if (f.grouping !== '') throw new PyErr('ValueError', "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos.i++;
  }
  if (cps[pos.i] === ',' && f.grouping === '_') {
    throw new PyErr('ValueError', "Cannot specify both ',' and '_'.");
  }
  if (cps[pos.i] === '.') {
    pos.i++;
    const p = readInteger(cps, pos);
    if (p.consumed === 0) throw new PyErr('ValueError', 'Format specifier missing precision');
    f.precision = p.value;
  }
  if (end - pos.i > 1) {
    throw new PyErr('ValueError', `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  if (end - pos.i === 1) f.type = cps[pos.i]!;
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.grouping === '_') {
          f.grouping = '_4';
          break;
        }
      // falls through
      default:
        throw new PyErr('ValueError', `Cannot specify '${f.grouping}' with ${describeChar(f.type)}.`);
    }
  }
  return f;
}

function unknownFormatCode(type: string, typeName: string): PyErr {
  return new PyErr('ValueError', `Unknown format code ${describeChar(type)} for object of type '${typeName}'`);
}

// ====================== number layout (calc_number_widths + fill_number) ======================

/** _PyUnicode_InsertThousandsGrouping with an endlessly repeated group size: groups `digits` from the right,
 *  and when minWidth exceeds them, keeps adding zero digits (and separators) until minWidth is reached. */
function groupDigits(digits: string, minWidth: number, sep: string, groupLen: number): string {
  if (sep === '') {
    return digits.length < minWidth ? '0'.repeat(minWidth - digits.length) + digits : digits;
  }
  const parts: string[] = [];
  let remaining = digits.length;
  let pos = digits.length;
  for (;;) {
    const l = Math.min(groupLen, Math.max(remaining, minWidth, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push('0'.repeat(nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    minWidth -= l;
    if (remaining <= 0 && minWidth <= 0) break;
    minWidth -= sep.length;
  }
  return parts.reverse().join(sep);
}

/** Lays out <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad> as calc_number_widths and
 *  fill_number do. `digits` are ASCII digits (may be '' as for 'c' or 'inf'); `rest` follows them verbatim
 *  (the '.' and fraction, exponent, '%', or the character of 'c'). */
function layoutNumber(
  f: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  rest: string,
  restLen: number,
): string {
  let sign = '';
  if (f.sign === '+') sign = negative ? '-' : '+';
  else if (f.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nonDigit = sign.length + prefix.length + restLen;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigit : 0;
  let grouped: string;
  if (digits.length === 0) grouped = '';
  else if (f.grouping === '') grouped = groupDigits(digits, minWidth, '', 3);
  else grouped = groupDigits(digits, minWidth, f.grouping === ',' ? ',' : '_', f.grouping === '_4' ? 4 : 3);
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<':
        rpad = padding;
        break;
      case '^':
        lpad = padding >> 1;
        rpad = padding - lpad;
        break;
      case '=':
        spad = padding;
        break;
      case '>':
        lpad = padding;
        break;
    }
  }
  return (
    (lpad ? f.fill.repeat(lpad) : '') +
    sign +
    prefix +
    (spad ? f.fill.repeat(spad) : '') +
    grouped +
    rest +
    (rpad ? f.fill.repeat(rpad) : '')
  );
}

// ====================== format(int) ======================

/** format(value, spec) for an int (long__format__ / format_long_internal): types b c d o x X n, the float
 *  types e E f F g G % (converted to float first, OverflowError if too large) and none (= 'd'). An empty spec
 *  means str(value): for bool and int subclasses with their own __str__ the caller must handle '' itself. */
export function formatInt(value: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimalString(value);
  const f = parseFormatSpec(spec, typeName, 'd', '>');
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      break;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatParsed(intToFloatForFormat(value), f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
  if (f.precision !== -1) throw new PyErr('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) throw new PyErr('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw new PyErr('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new PyErr('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    if (value < -(2n ** 63n) || value >= 2n ** 63n) {
      throw new PyErr('OverflowError', 'Python int too large to convert to C long');
    }
    if (value < 0n || value > 0x10ffffn) throw new PyErr('OverflowError', '%c arg not in range(0x110000)');
    return layoutNumber(f, false, '', '', String.fromCodePoint(Number(value)), 1);
  }
  const negative = value < 0n;
  const abs = negative ? -value : value;
  let digits: string;
  let prefix = '';
  switch (f.type) {
    case 'b':
      digits = abs.toString(2);
      if (f.alternate) prefix = '0b';
      break;
    case 'o':
      digits = abs.toString(8);
      if (f.alternate) prefix = '0o';
      break;
    case 'x':
      digits = abs.toString(16);
      if (f.alternate) prefix = '0x';
      break;
    case 'X':
      digits = abs.toString(16).toUpperCase();
      if (f.alternate) prefix = '0X';
      break;
    default:
      digits = intToDecimalString(abs);
  }
  return layoutNumber(f, negative, prefix, digits, '', 0);
}

const MAX_EXACT_INT_FOR_FLOAT = 2n ** 1024n - 2n ** 970n; // values from here on round to infinity

function intToFloatForFormat(v: bigint): number {
  const a = v < 0n ? -v : v;
  if (a >= MAX_EXACT_INT_FOR_FLOAT) throw new PyErr('OverflowError', 'int too large to convert to float');
  return Number(v); // Number(bigint) rounds half-even, like PyLong_AsDouble
}

// ====================== format(float) ======================

/** format(value, spec) for a float (float__format__ / format_float_internal): types e E f F g G n % and none
 *  (repr-like: '1.0'; with a precision, 'g' that keeps at least one digit after the point). */
export function formatFloat(value: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(value);
  const f = parseFormatSpec(spec, typeName, '', '>');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatParsed(value, f);
    default:
      throw unknownFormatCode(f.type, typeName);
  }
}

function formatFloatParsed(value: number, f: FormatSpec): string {
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  let addPct = false;
  if (precision > 2147483647) throw new PyErr('ValueError', 'precision too big');
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === '') {
    flags |= DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    value *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(value, type, precision, flags);
  if (addPct) buf += '%';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.grouping === '') return buf;
  let negative = false;
  if (buf.charCodeAt(0) === 45) {
    negative = true;
    buf = buf.slice(1);
  }
  let i = 0;
  while (i < buf.length && buf.charCodeAt(i) >= 48 && buf.charCodeAt(i) <= 57) i++;
  return layoutNumber(f, negative, '', buf.slice(0, i), buf.slice(i), buf.length - i);
}

// ====================== format(str) ======================

/** len() of a JS string in code points (Python characters); a lone surrogate counts as one. */
export function codePointLength(s: string): number {
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

function codePointPrefix(s: string, n: number): string {
  if (!/[\ud800-\udbff]/.test(s)) return s.slice(0, n);
  return Array.from(s).slice(0, n).join('');
}

/** format(value, spec) for a str (format_string_internal): type 's' or none, precision truncates, default
 *  alignment left. Widths and precisions count code points, as Python does. */
export function formatStr(value: string, spec: string, typeName = 'str'): string {
  if (spec === '') return value;
  const f = parseFormatSpec(spec, typeName, 's', '<');
  if (f.type !== 's') throw unknownFormatCode(f.type, typeName);
  if (f.sign === ' ') throw new PyErr('ValueError', 'Space not allowed in string format specifier');
  if (f.sign !== '') throw new PyErr('ValueError', 'Sign not allowed in string format specifier');
  if (f.noNeg0) {
    throw new PyErr('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  }
  if (f.alternate) throw new PyErr('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new PyErr('ValueError', "'=' alignment not allowed in string format specifier");
  let len = codePointLength(value);
  if (f.precision >= 0 && len > f.precision) {
    value = codePointPrefix(value, f.precision);
    len = f.precision;
  }
  return padAligned(value, len, f.width, f.align, f.fill);
}

/** Pads a string of `len` code points to `width` with `fill` per '<', '>' or '^' (left half rounded down). */
export function padAligned(value: string, len: number, width: number, align: string, fill: string): string {
  const total = width - len;
  if (total <= 0) return value;
  let left = 0;
  if (align === '>') left = total;
  else if (align === '^') left = total >> 1;
  return fill.repeat(left) + value + fill.repeat(total - left);
}

// ====================== repr(str) ======================

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** Code points that Node 20's ICU assigns (so \p{Cn} misses them) but Python 3.11's Unicode 14.0 database
 *  leaves unassigned, hence not printable for repr(): ranges "start[+length]" in base 36, generated by comparing
 *  str.isprintable() of python3.11 with the regex above over all code points. */
const UNASSIGNED_IN_UNICODE_14: readonly (readonly [number, number])[] = (
  '1ov 1p3 2fw 2jg 2k3 2xa 5an+f 5b4+c 5e6+2 5fj 5mx+2 6gx 753+3 8ly 9h8+4 9us+2 9v3 x57+5 x5e x5g ' +
  'x5m+3 x69 1dqb+g 1e34+2 1e4o+7 1fpc+1g 1ge8+q 1h6o+12 1h7t+t 1h8u+2 1hhe+6 1hhs+9 1hiy+6 1i67+3 ' +
  '1if4+a 1iff 1ifi 1ifk+12 1ign+a 1igy 1ih1 1ih3+4 1ih8+a 1ihj+2 1iht+2 1j2o+k 1jwg+a 1jz4+8 1k1s+y ' +
  '1k34+a 1kfk+18 1kgw+a 1kow+h 1kpe+15 1kqm+t 1ovj 1ow0+m 1oww+32z 1xq8+1m 205c+1m 20f4+p 20fv+p ' +
  '20oi+5 25fc+8 26f3 26fd+m 26io+37 2dki 2dlh 2iv4+71 2j28+c4 2jei+n 2jfk+h 2k74+k 2mn9+6 2muo+1q 2mxb ' +
  '2nrk+16 2nyo+17 2nzz 2o5c+v 2o68+m 2o72+2 2rbs 2rbw 2rg4+c 2rix 2roy+a 2rpc+2 2rps+9 2s0k+4 2s1h+3 ' +
  '2s1z+4 2s26+2 2s31+3 2s3f+5 2s3q 2s3s 2s3x+3 2s4a+3 2s4f 2s4o+3 2s4v 2s53+2 2saz+11 2sca 3tbt+7 ' +
  '3xya+c 43qo+ha 4bio+6ju'
)
  .split(' ')
  .map((r) => {
    const [a, n] = r.split('+');
    const start = parseInt(a!, 36);
    return [start, start + (n === undefined ? 1 : parseInt(n, 36)) - 1] as const;
  });

/** True for code points that Python 3.11 (Unicode 14.0) treats as unassigned but Node's ICU knows. */
export function isNewerThanUnicode14(cp: number): boolean {
  let lo = 0;
  let hi = UNASSIGNED_IN_UNICODE_14.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = UNASSIGNED_IN_UNICODE_14[mid]!;
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** str.isprintable() for one code point as Python 3.11 decides it (Py_UNICODE_ISPRINTABLE, Unicode 14.0): not
 *  in categories Cc Cf Cs Co Cn Zl Zp Zs, except that the ASCII space is printable. */
export function isPyPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa1) return false;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp)) && !isNewerThanUnicode14(cp);
}

function hexEscape(cp: number): string {
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** repr(s) of a str (unicode_repr in Objects/unicodeobject.c): single quotes unless the text has a single quote
 *  and no double quote; \\t \\n \\r \\\\ escapes; \\xNN, \\uNNNN, \\UNNNNNNNN for characters that are not printable
 *  (Py_UNICODE_ISPRINTABLE: not in categories Cc Cf Cs Co Cn Zl Zp Zs, except the ASCII space). Lone surrogates
 *  in the JS string are escaped as \\udXXX like CPython's. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(s) && !s.includes('\\') && !s.includes(quote)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += hexEscape(cp);
    else if (cp < 0x7f) out += ch;
    else if (!isPyPrintable(cp)) out += hexEscape(cp);
    else out += ch;
  }
  return out + quote;
}
