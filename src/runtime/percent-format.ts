// printf-style string formatting (str % args) as a pure function over values the caller has described in JS terms.
// No heap; any thread. Mirrors PyUnicode_Format in Objects/unicodeobject.c of CPython 3.11 (unicode_format_arg,
// unicode_format_arg_parse, unicode_format_arg_format, unicode_format_arg_output, mainformatlong, formatchar).
import { PyErr } from '../common/errors.js';
import { codePointLength, doubleToString, DTSF_ALT, floatRepr, intToDecimalString, strRepr } from './format.js';
import { floatToInt, intToFloat } from './numeric.js';

/** A string, or a thunk computing it: str() and repr() may run Python code, so they are computed only for the
 *  arguments a conversion actually uses, in order, as CPython does. */
export type Lazy = string | (() => string);

/** One right-hand operand of %, described by the caller (the VM). `typeName` is the Python type name used in
 *  messages; `str`/`repr`/`ascii` override the defaults (bool's str is 'True'; a subclass may define __repr__). */
export type PercentArg =
  | { readonly kind: 'int'; readonly v: bigint; readonly typeName?: string; readonly str?: Lazy; readonly repr?: Lazy }
  | { readonly kind: 'float'; readonly v: number; readonly typeName?: string; readonly str?: Lazy; readonly repr?: Lazy }
  | { readonly kind: 'str'; readonly v: string; readonly typeName?: string; readonly repr?: Lazy }
  | {
      readonly kind: 'obj';
      readonly typeName: string;
      readonly str: Lazy;
      readonly repr: Lazy;
      /** __index__ (used by %o %x %X %c), if the type has it */
      readonly index?: () => bigint;
      /** int(x) as PyNumber_Long (used by %d %i %u), if the type supports it */
      readonly int?: () => bigint;
      /** float(x) as PyFloat_AsDouble (used by %e %f %g), if the type supports it */
      readonly float?: () => number;
    };

/** A mapping right operand (PyMapping_Check and not a tuple or str: dicts, but also lists): `get` looks a key up
 *  (throwing the caller's KeyError/TypeError), `self` is the mapping itself for conversions without a key. */
export interface PercentMapping {
  readonly kind: 'mapping';
  readonly self: PercentArg;
  readonly get: (key: string) => PercentArg;
}

/** The right operand of %: an array for a tuple, a mapping (a PercentMapping, or for convenience a JS Map of a
 *  dict with str keys: a missing key throws PyErr('KeyError', key), with the key itself as the exception's
 *  argument), or any other single value. */
export type PercentArgs = readonly PercentArg[] | PercentArg | PercentMapping | ReadonlyMap<string, PercentArg>;

function mappingOfMap(m: ReadonlyMap<string, PercentArg>): PercentMapping {
  // repr of a dict with str keys, for '%s' % d without keys
  const repr = (): string => '{' + [...m].map(([k, v]) => `${strRepr(k)}: ${reprOf(v)}`).join(', ') + '}';
  return {
    kind: 'mapping',
    self: { kind: 'obj', typeName: 'dict', str: repr, repr },
    get: (key) => {
      const v = m.get(key);
      if (v === undefined) throw new PyErr('KeyError', key);
      return v;
    },
  };
}

function force(s: Lazy): string {
  return typeof s === 'string' ? s : s();
}

function typeNameOf(a: PercentArg): string {
  if (a.kind === 'obj') return a.typeName;
  return a.typeName ?? a.kind;
}

function strOf(a: PercentArg): string {
  switch (a.kind) {
    case 'int':
      return a.str !== undefined ? force(a.str) : intToDecimalString(a.v);
    case 'float':
      return a.str !== undefined ? force(a.str) : floatRepr(a.v);
    case 'str':
      return a.v;
    case 'obj':
      return force(a.str);
  }
}

function reprOf(a: PercentArg): string {
  switch (a.kind) {
    case 'int':
      return a.repr !== undefined ? force(a.repr) : intToDecimalString(a.v);
    case 'float':
      return a.repr !== undefined ? force(a.repr) : floatRepr(a.v);
    case 'str':
      return a.repr !== undefined ? force(a.repr) : strRepr(a.v);
    case 'obj':
      return force(a.repr);
  }
}

/** ascii(x): repr(x) with every non-ASCII character backslash-escaped (PyObject_ASCII). */
export function asciiOfRepr(repr: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(repr)) return repr;
  let out = '';
  for (const ch of repr) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;
const PY_SSIZE_T_MAX = 9223372036854775807;
const INT_MAX = 2147483647;

/** mainformatlong + _PyUnicode_FormatLong: the digits of an integer conversion, with sign, '0x'-style prefix
 *  under '#', zero-extended to `prec` digits. */
function formatLong(a: PercentArg, ch: string, flags: number, prec: number): string {
  let v: bigint;
  const wrongType = (): PyErr =>
    new PyErr(
      'TypeError',
      ch === 'o' || ch === 'x' || ch === 'X'
        ? `%${ch} format: an integer is required, not ${typeNameOf(a)}`
        : `%${ch} format: a real number is required, not ${typeNameOf(a)}`,
    );
  if (a.kind === 'int') v = a.v;
  else if (a.kind === 'float') {
    if (ch === 'o' || ch === 'x' || ch === 'X') throw wrongType();
    v = floatToInt(a.v);
  } else if (a.kind === 'obj') {
    const conv = ch === 'o' || ch === 'x' || ch === 'X' ? a.index : a.int;
    if (conv === undefined) throw wrongType();
    v = conv();
  } else throw wrongType();
  const negative = v < 0n;
  const abs = negative ? -v : v;
  let digits: string;
  let prefix = '';
  if (ch === 'o') {
    digits = abs.toString(8);
    if (flags & F_ALT) prefix = '0o';
  } else if (ch === 'x' || ch === 'X') {
    digits = abs.toString(16);
    if (flags & F_ALT) prefix = '0x';
  } else digits = intToDecimalString(abs);
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const s = (negative ? '-' : '') + prefix + digits;
  return ch === 'X' ? s.toUpperCase() : s;
}

function isDigit(s: string): boolean {
  return s.length === 1 && s >= '0' && s <= '9';
}

/** formatchar: %c takes a one-character str or an int in range(0x110000). */
function formatChar(a: PercentArg): string {
  if (a.kind === 'str') {
    if (codePointLength(a.v) === 1) return a.v;
    throw new PyErr('TypeError', '%c requires int or char');
  }
  let v: bigint;
  if (a.kind === 'int') v = a.v;
  else if (a.kind === 'obj' && a.index !== undefined) v = a.index();
  else throw new PyErr('TypeError', '%c requires int or char');
  if (v < 0n || v > 0x10ffffn) throw new PyErr('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(v));
}

function floatOf(a: PercentArg): number {
  if (a.kind === 'float') return a.v;
  if (a.kind === 'int') return intToFloat(a.v);
  if (a.kind === 'obj' && a.float !== undefined) return a.float();
  throw new PyErr('TypeError', `must be real number, not ${typeNameOf(a)}`);
}

/** str % args (PyUnicode_Format): flags '-+ #0', width and precision (digits or '*'), the ignored length
 *  modifiers h l L, conversions d i u o x X e E f F g G c s r a %, '%(key)s' with a mapping, and CPython's
 *  TypeError/ValueError messages. Widths count code points. */
export function percentFormat(fmt: string, args: PercentArgs): string {
  // indexable by Python character: the string itself unless it has surrogate pairs
  const c: string | string[] = /[\ud800-\udfff]/.test(fmt) ? Array.from(fmt) : fmt;
  const sliceOf = (a: number, b: number): string => (typeof c === 'string' ? c.slice(a, b) : c.slice(a, b).join(''));
  const n = c.length;
  let pos = 0;
  let dict: PercentMapping | null = null;
  let cur: PercentArg | readonly PercentArg[];
  let arglen: number;
  let argidx: number;
  if (Array.isArray(args)) {
    cur = args as readonly PercentArg[];
    arglen = cur.length;
    argidx = 0;
  } else {
    const one = args instanceof Map ? mappingOfMap(args) : (args as PercentArg | PercentMapping);
    if (one.kind === 'mapping') {
      dict = one;
      cur = one.self;
    } else cur = one;
    arglen = -1;
    argidx = -2;
  }
  const getNextArg = (): PercentArg => {
    if (argidx < arglen) {
      const k = argidx++;
      if (arglen < 0) return cur as PercentArg;
      return (cur as readonly PercentArg[])[k]!;
    }
    throw new PyErr('TypeError', 'not enough arguments for format string');
  };

  const out: string[] = [];
  while (pos < n) {
    if (c[pos] !== '%') {
      const start = pos;
      if (typeof c === 'string') {
        const next = c.indexOf('%', pos);
        pos = next < 0 ? n : next;
      } else while (pos < n && c[pos] !== '%') pos++;
      out.push(sliceOf(start, pos));
      continue;
    }
    pos++;
    // ---- unicode_format_arg ----
    let ch = pos < n ? c[pos]! : '\0';
    if (ch === '%') {
      pos++;
      out.push('%');
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    let eof = false;
    const next = (): boolean => {
      if (pos < n) {
        ch = c[pos++]!;
        return true;
      }
      eof = true;
      return false;
    };
    if (ch === '(') {
      if (dict === null) throw new PyErr('TypeError', 'format requires a mapping');
      pos++;
      const keyStart = pos;
      let pcount = 1;
      while (pcount > 0 && pos < n) {
        ch = c[pos]!;
        if (ch === ')') pcount--;
        else if (ch === '(') pcount++;
        pos++;
      }
      if (pcount > 0) throw new PyErr('ValueError', 'incomplete format key');
      cur = dict.get(sliceOf(keyStart, pos - 1));
      arglen = -1;
      argidx = -2;
    }
    while (next()) {
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
    }
    if (ch === '*') {
      const v = getNextArg();
      if (v.kind !== 'int') throw new PyErr('TypeError', '* wants int');
      if (v.v > BigInt(PY_SSIZE_T_MAX) || v.v < -BigInt(PY_SSIZE_T_MAX) - 1n) {
        throw new PyErr('OverflowError', 'Python int too large to convert to C ssize_t');
      }
      width = Number(v.v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      next();
    } else if (isDigit(ch)) {
      width = ch.charCodeAt(0) - 48;
      while (next()) {
        if (!isDigit(ch)) break;
        const d = ch.charCodeAt(0) - 48;
        if (width > (PY_SSIZE_T_MAX - d) / 10) throw new PyErr('ValueError', 'width too big');
        width = width * 10 + d;
      }
    }
    if (ch === '.') {
      prec = 0;
      next();
      if ((ch as string) === '*') {
        const v = getNextArg();
        if (v.kind !== 'int') throw new PyErr('TypeError', '* wants int');
        if (v.v > BigInt(INT_MAX) || v.v < -BigInt(INT_MAX) - 1n) {
          throw new PyErr('OverflowError', 'Python int too large to convert to C int');
        }
        prec = Math.max(0, Number(v.v));
        next();
      } else if (isDigit(ch)) {
        prec = ch.charCodeAt(0) - 48;
        while (next()) {
          if (!isDigit(ch)) break;
          const d = ch.charCodeAt(0) - 48;
          if (prec > (INT_MAX - d) / 10) throw new PyErr('ValueError', 'precision too big');
          prec = prec * 10 + d;
        }
      }
    }
    if (!eof && (ch === 'h' || ch === 'l' || ch === 'L')) next();
    if (eof) throw new PyErr('ValueError', 'incomplete format');

    // ---- unicode_format_arg_format ----
    const v = getNextArg();
    let str: string;
    let sign = false;
    switch (ch) {
      case 's':
        str = strOf(v);
        break;
      case 'r':
        str = reprOf(v);
        break;
      case 'a':
        str = asciiOfRepr(reprOf(v));
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        str = formatLong(v, ch, flags, prec);
        sign = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G':
        str = doubleToString(floatOf(v), ch, prec < 0 ? 6 : prec, flags & F_ALT ? DTSF_ALT : 0);
        sign = true;
        break;
      case 'c':
        str = formatChar(v);
        break;
      default: {
        const cp = ch.codePointAt(0)!;
        const shown = cp >= 31 && cp <= 126 ? ch : '?';
        throw new PyErr('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - 1}`);
      }
    }
    out.push(outputArg(str, ch, flags, width, prec, sign));
    if (dict !== null && argidx < arglen) {
      throw new PyErr('TypeError', 'not all arguments converted during string formatting');
    }
  }
  if (argidx < arglen && dict === null) {
    throw new PyErr('TypeError', 'not all arguments converted during string formatting');
  }
  return out.join('');
}

/** unicode_format_arg_output: truncation for s/r/a, sign and '0x' prefix placement, zero or space padding. */
function outputArg(str: string, ch: string, flags: number, width: number, prec: number, sign: boolean): string {
  const fill = sign && flags & F_ZERO ? '0' : ' ';
  let len = codePointLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) return str;
  if ((ch === 's' || ch === 'r' || ch === 'a') && prec >= 0 && len > prec) {
    str = len === str.length ? str.slice(0, prec) : Array.from(str).slice(0, prec).join('');
    len = prec;
  }
  let body = str;
  let signChar = '';
  if (sign) {
    const first = body[0];
    if (first === '-' || first === '+') {
      signChar = first;
      body = body.slice(1);
      len--;
    } else if (flags & F_SIGN) signChar = '+';
    else if (flags & F_BLANK) signChar = ' ';
    else sign = false;
  }
  if (width < len) width = len;
  let res = '';
  if (sign) {
    if (fill !== ' ') res += signChar;
    if (width > len) width--;
  }
  const alt = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  let prefix = '';
  if (alt) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (fill !== ' ') res += prefix;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    res += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (sign) res += signChar;
    if (alt) res += prefix;
  }
  res += body;
  if (width > len) res += ' '.repeat(width - len);
  return res;
}
