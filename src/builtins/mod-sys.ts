/*
 * The sys module, and struct sequences (the named tuples of sys.version_info, sys.float_info and
 * time.struct_time). Caller holds the GIL.
 *
 * - sys.argv and sys.path come from JS arrays set by the CLI (`setArgv`, `setPath`) before it runs the
 *   program; the module's init turns them into lists (and a later call updates the existing lists).
 * - The recursion limit lives in the heap control word CTL_RECURSION_LIMIT (read by the VM).
 * - sys.setswitchinterval/getswitchinterval read and write the GIL's time-mode interval (gil/gil.ts):
 *   setting it switches the GIL to CPython's time-based switching.
 * - A struct sequence type is a subclass of tuple made at module init (TF_HEAPTYPE, so that its
 *   __repr__ is used); named fields are read-only properties. Fields past the visible length (struct_time's
 *   tm_zone, tm_gmtoff) are stored after the tuple's items: the tuple is allocated with room for all
 *   fields and its length (aux) counts only the visible ones; the collector scans every word of a TUPLE.
 */

import {
  CTL_RECURSION_LIMIT, CTL_ROOT, H_AUX, L_ITEMS, H_TYPE, RT_MODULES, T_ITEMS, TH_DEPTH, Tag,
} from '../heap/layout.js';
import { alloc } from '../heap/alloc.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  NONE, TRUE, intFromBigInt, intFromNumber, newFloat, newTuple, tupleFrom, tupleLen, listAppend, listSetLen, listLen,
} from '../heap/objects.js';
import { intern, newStr, strValue, bytesLen } from '../heap/str.js';
import { dictGetStr, dictSetStr, dictLen, newDict } from '../heap/dict.js';
import { raise, throwExc, EX_TRACEBACK, handledException } from '../runtime/exceptions.js';
import { T, allocType, setBases, typeByName, typeOf, TY_DICT, TY_MODULE, typeName } from '../runtime/types.js';
import { callWith, checkArgc, noKw, parseArgs } from '../runtime/call.js';
import { TS, root, unroot } from '../runtime/thread-state.js';
import { registerNative, type NativeFn } from '../runtime/natives.js';
import { isInt, reprJs, tagOf, tname, toBig, toFloatValue, toIndexNumber } from '../runtime/ops.js';
import { getIntMaxStrDigits, setIntMaxStrDigits } from '../runtime/format.js';
import { TF_HEAPTYPE } from '../runtime/types.js';
import { getSwitchIntervalUs, setSwitchIntervalUs } from '../gil/gil.js';
import { defModule, newBuiltin, onBootstrap } from './define.js';
import { flushAll, newStdStream, strList, sysDict } from './io.js';

// ====================================================================== struct sequences

const MAX_FIELDS = 16;
const FIELD_NATIVES: number[] = [];
for (let i = 0; i < MAX_FIELDS; i++) {
  FIELD_NATIVES.push(registerNative(`structseq.field${i}`, (args) => {
    const self = I32[args] as Ref;
    if (tagOf(self) !== Tag.TUPLE) raise('TypeError', 'descriptor requires a struct sequence');
    const v = I32[(self >> 2) + T_ITEMS + i] as Ref;
    return v === NULL ? NONE : v;
  }));
}

const fieldsKey = { k: NULL as Ref };
function fieldsName(): Ref {
  if (fieldsKey.k === NULL) fieldsKey.k = intern('__match_args__');
  return fieldsKey.k;
}

const REPR_NATIVE = registerNative('structseq.__repr__', (args) => {
  const self = I32[args] as Ref;
  const tp = typeOf(self);
  const names = dictGetStr(I32[(tp >> 2) + TY_DICT] as Ref, fieldsName());
  const n = tupleLen(self);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const nm = names !== NULL && i < tupleLen(names) ? strValue(I32[(names >> 2) + T_ITEMS + i] as Ref) : `f${i}`;
    parts.push(`${nm}=${reprJs(I32[(self >> 2) + T_ITEMS + i] as Ref)}`);
  }
  return newStr(`${strValue(I32[(tp >> 2) + TY_MODULE] as Ref)}.${typeName(tp)}(${parts.join(', ')})`);
});

/** A struct sequence type `module.name` with the given fields, the first `visible` of which are items. */
export function makeStructSeqType(module: string, name: string, fields: string[], visible = fields.length): Ref {
  const t = allocType(name, TF_HEAPTYPE);
  const m = root(t);
  try {
    const w = t >> 2;
    I32[w + TY_DICT] = newDict(T.dict);
    I32[w + TY_MODULE] = intern(module);
    setBases(t, [T.tuple], [t, T.tuple, T.object]);
    const d = I32[w + TY_DICT] as Ref;
    fields.forEach((f, i) => {
      const p = alloc(8, Tag.PROPERTY, T.property, 0);
      dictSetStr(d, intern(f), p);
      I32[(p >> 2) + 4] = newBuiltin(FIELD_NATIVES[i], f, `${name}.${f}`);
    });
    dictSetStr(d, fieldsName(), tupleFrom(fields.slice(0, visible).map((f) => intern(f))));
    dictSetStr(d, intern('__repr__'), newBuiltin(REPR_NATIVE, '__repr__', `${name}.__repr__`));
    dictSetStr(d, intern('n_sequence_fields'), mkSmall(visible));
    dictSetStr(d, intern('n_fields'), mkSmall(fields.length));
    dictSetStr(d, intern('n_unnamed_fields'), mkSmall(0));
    dictSetStr(d, intern('__module__'), intern(module));
  } finally {
    unroot(m);
  }
  return t;
}

/** An instance of struct sequence type `t` holding `values` (values past the visible length are extra
 *  fields). Caller roots the values if they are fresh and allocation follows: here nothing collects. */
export function newStructSeq(t: Ref, values: Ref[]): Ref {
  const visible = dictGetStr(I32[(t >> 2) + TY_DICT] as Ref, intern('n_sequence_fields')) >> 1;
  const r = newTuple(values.length);
  const w = r >> 2;
  for (let i = 0; i < values.length; i++) I32[w + T_ITEMS + i] = values[i];
  I32[w + H_AUX] = visible;
  I32[w + H_TYPE] = t;
  return r;
}

// ====================================================================== argv, path

let argvJs: string[] = [''];
let pathJs: string[] = [];

function replaceList(key: string, items: string[]): void {
  const d = sysDict();
  if (d === NULL) return;
  const l = dictGetStr(d, intern(key));
  if (l === NULL || tagOf(l) !== Tag.LIST) return;
  listSetLen(l, 0);
  for (const s of items) listAppend(l, newStr(s));
}

/** Sets sys.argv (the CLI, before running the program). */
export function setArgv(list: string[]): void {
  argvJs = [...list];
  replaceList('argv', argvJs);
}

/** Sets sys.path: the script's directory first, then the lib directory. */
export function setPath(dirs: string[]): void {
  pathJs = [...dirs];
  replaceList('path', pathJs);
}

// ====================================================================== functions

const VERSION = `3.11.7 (main, pygil) [Node.js ${process.version}]`;

function getsizeof(o: Ref): number {
  if ((o & 1) === 1) return 28;
  switch (tagOf(o)) {
    case Tag.NONE:
      return 16;
    case Tag.BOOL:
      return 28;
    case Tag.INT: {
      let v = toBig(o);
      if (v < 0n) v = -v;
      return 24 + 4 * Math.ceil(v.toString(2).length / 30);
    }
    case Tag.FLOAT:
      return 24;
    case Tag.STR: {
      const s = strValue(o);
      let max = 0;
      for (const ch of s) max = Math.max(max, ch.codePointAt(0)!);
      const n = [...s].length;
      if (max < 0x80) return 49 + n;
      if (max < 0x100) return 73 + n;
      if (max < 0x10000) return 74 + 2 * n;
      return 76 + 4 * n;
    }
    case Tag.BYTES:
      return 33 + bytesLen(o);
    case Tag.TUPLE:
      return 40 + 8 * tupleLen(o);
    case Tag.LIST: {
      const items = I32[(o >> 2) + L_ITEMS] as Ref;
      void items;
      return 56 + 8 * ((listLen(o) + 3) & ~3); // CPython's capacity depends on how the list grew
    }
    case Tag.DICT: {
      const n = dictLen(o);
      if (n === 0) return 64;
      let cap = 8;
      while ((cap * 2) / 3 < n) cap *= 2;
      return cap <= 8 ? 184 : cap <= 16 ? 272 : 40 + cap * 4 + ((cap * 2) / 3) * 24;
    }
    case Tag.SET:
      return 216;
  }
  return I32[(o >> 2) + 1] * 4;
}

const fns: Record<string, NativeFn> = {
  exit: (args, argc, kw) => {
    noKw('exit', kw);
    checkArgc('exit', argc, 0, 1);
    const cls = typeByName('SystemExit');
    flushAll(); // harmless if the SystemExit is caught; the runner must flush too (`raise SystemExit`)
    throwExc(argc === 0 ? callWith(cls) : callWith(cls, I32[args] as Ref));
  },
  getrecursionlimit: (_args, argc, kw) => {
    noKw('sys.getrecursionlimit', kw);
    checkArgc('sys.getrecursionlimit', argc, 0, 0);
    return intFromNumber(I32[CTL_RECURSION_LIMIT]);
  },
  setrecursionlimit: (args, argc, kw) => {
    noKw('sys.setrecursionlimit', kw);
    checkArgc('sys.setrecursionlimit', argc, 1, 1);
    const v = I32[args] as Ref;
    if (!isInt(v)) raise('TypeError', `'${tname(v)}' object cannot be interpreted as an integer`);
    const big = toBig(v);
    if (big > 2147483647n || big < -2147483648n) raise('OverflowError', 'Python int too large to convert to C int');
    const n = Number(big);
    if (n < 1) raise('ValueError', 'recursion limit must be greater or equal than 1');
    const depth = I32[TS + TH_DEPTH];
    if (n <= depth)
      raise('RecursionError', `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`);
    I32[CTL_RECURSION_LIMIT] = n;
    return NONE;
  },
  getsizeof: (args, argc, kw) => {
    if (argc === 0) raise('TypeError', "getsizeof() missing required argument 'object' (pos 1)");
    const [o, dflt] = parseArgs('getsizeof', args, argc, kw, ['object', 'default'], 1);
    void dflt;
    return intFromNumber(getsizeof(o));
  },
  intern: (args, argc, kw) => {
    noKw('sys.intern', kw);
    checkArgc('sys.intern', argc, 1, 1);
    const s = I32[args] as Ref;
    if (tagOf(s) !== Tag.STR || typeOf(s) !== T.str) raise('TypeError', `intern() argument must be str, not ${tname(s)}`);
    return intern(strValue(s));
  },
  exc_info: (_args, argc, kw) => {
    noKw('sys.exc_info', kw);
    checkArgc('sys.exc_info', argc, 0, 0);
    const e = handledException();
    if (e === NULL) return tupleFrom([NONE, NONE, NONE]);
    const tb = I32[(e >> 2) + EX_TRACEBACK] as Ref;
    return tupleFrom([typeOf(e), e, tb === NULL ? NONE : tb]);
  },
  exception: (_args, argc, kw) => {
    noKw('sys.exception', kw);
    checkArgc('sys.exception', argc, 0, 0);
    const e = handledException();
    return e === NULL ? NONE : e;
  },
  getswitchinterval: (_args, argc, kw) => {
    noKw('sys.getswitchinterval', kw);
    checkArgc('sys.getswitchinterval', argc, 0, 0);
    return newFloat(1e-6 * getSwitchIntervalUs());
  },
  setswitchinterval: (args, argc, kw) => {
    noKw('sys.setswitchinterval', kw);
    checkArgc('sys.setswitchinterval', argc, 1, 1);
    const v = toFloatValue(I32[args] as Ref);
    if (!(v > 0)) raise('ValueError', 'switch interval must be strictly positive');
    setSwitchIntervalUs(Math.trunc(1e6 * v)); // CPython keeps whole microseconds
    return NONE;
  },
  get_int_max_str_digits: (_args, argc, kw) => {
    noKw('sys.get_int_max_str_digits', kw);
    checkArgc('sys.get_int_max_str_digits', argc, 0, 0);
    return intFromNumber(getIntMaxStrDigits());
  },
  set_int_max_str_digits: (args, argc, kw) => {
    if (argc === 0) raise('TypeError', "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    const [v] = parseArgs('set_int_max_str_digits', args, argc, kw, ['maxdigits'], 1);
    const n = toIndexNumber(v);
    if (n !== 0 && n < 640) raise('ValueError', 'maxdigits must be 0 or larger than 640');
    setIntMaxStrDigits(n);
    return NONE;
  },
  getdefaultencoding: () => newStr('utf-8'),
  getfilesystemencoding: () => newStr('utf-8'),
  getrefcount: () => mkSmall(2),
};

defModule('sys', fns, (d) => {
  const set = (name: string, v: Ref) => dictSetStr(d, intern(name), v);
  set('argv', strList(argvJs));
  set('path', strList(pathJs));
  set('modules', I32[(I32[CTL_ROOT] >> 2) + RT_MODULES] as Ref);
  const stdin = newStdStream(0);
  set('stdin', stdin);
  set('__stdin__', stdin);
  const stdout = newStdStream(1);
  set('stdout', stdout);
  set('__stdout__', stdout);
  const stderr = newStdStream(2);
  set('stderr', stderr);
  set('__stderr__', stderr);
  set('version', newStr(VERSION));
  const vi = makeStructSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']);
  const vm = root(vi);
  try {
    set('version_info', newStructSeq(vi, [mkSmall(3), mkSmall(11), mkSmall(7), newStr('final'), mkSmall(0)]));
  } finally {
    unroot(vm);
  }
  set('hexversion', intFromNumber(0x030b07f0));
  set('api_version', mkSmall(1013));
  set('platform', newStr('linux'));
  set('byteorder', newStr('little'));
  set('maxsize', intFromBigInt(2n ** 63n - 1n));
  set('maxunicode', intFromNumber(0x10ffff));
  set('executable', newStr(process.argv[1] ?? ''));
  set('prefix', newStr(''));
  set('dont_write_bytecode', TRUE);
  const fi = makeStructSeqType('sys', 'float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds']);
  const fiVals: Ref[] = [];
  const m = root(fi);
  try {
    for (const v of [Number.MAX_VALUE, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, Number.EPSILON, 2, 1]) {
      const r = Number.isInteger(v) && Math.abs(v) < 1e6 ? mkSmall(v) : newFloat(v);
      fiVals.push(r);
      root(r);
    }
    set('float_info', newStructSeq(fi, fiVals));
  } finally {
    unroot(m);
  }
  set('builtin_module_names', tupleFrom(['builtins', 'sys', 'math', 'time', '_random', '_io'].map((s) => newStr(s))));
});

onBootstrap(() => {
  I32[CTL_RECURSION_LIMIT] = 1000;
});

