/*
 * The time module: clocks, sleep, and basic calendar functions (localtime, gmtime, mktime, strftime,
 * asctime, ctime) over JS Date. Caller holds the GIL, except inside `blockingHooks.sleep` (io.ts), which
 * the threads layer wraps to release the GIL while this worker sleeps.
 */

import { CTL_ROOT, MOD_DICT, RT_MODULES, T_ITEMS, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import { NONE, intFromBigInt, intFromNumber, newFloat, tupleFrom, tupleLen } from '../heap/objects.js';
import { intern, newStr, strValue } from '../heap/str.js';
import { dictGetStr, dictSetStr } from '../heap/dict.js';
import { raise } from '../runtime/exceptions.js';
import { checkArgc, noKw } from '../runtime/call.js';
import { isFloat, isInt, tagOf, toBig, toFloatValue, toIndexNumber, tname } from '../runtime/ops.js';
import type { NativeFn } from '../runtime/natives.js';
import { defModule } from './define.js';
import { blockingHooks, flushStdout } from './io.js';
import { makeStructSeqType, newStructSeq } from './mod-sys.js';

function nowMs(): number {
  return performance.timeOrigin + performance.now();
}
function monoNs(): bigint {
  return process.hrtime.bigint();
}

/** time.sleep's argument in seconds (CPython's _PyTime_FromSecondsObject). */
function sleepSeconds(r: Ref): number {
  let s: number;
  if (isFloat(r)) {
    s = toFloatValue(r);
    if (Number.isNaN(s)) raise('ValueError', 'Invalid value NaN (not a number)');
  } else {
    if (!isInt(r)) toIndexNumber(r); // raises "'str' object cannot be interpreted as an integer"
    s = Number(toBig(r));
  }
  if (s < 0) raise('ValueError', 'sleep length must be non-negative');
  if (!Number.isFinite(s) || s > 9.2e9) raise('OverflowError', 'timestamp too large to convert to C _PyTime_t');
  return s;
}

// ---------------------------------------------------------------- struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];

function structTimeType(): Ref {
  const mods = I32[(I32[CTL_ROOT] >> 2) + RT_MODULES] as Ref;
  const m = mods === NULL ? NULL : dictGetStr(mods, intern('time'));
  if (m === NULL || tagOf(m) !== Tag.MODULE) raise('RuntimeError', 'time module not initialised');
  const t = dictGetStr(I32[(m >> 2) + MOD_DICT] as Ref, intern('struct_time'));
  if (t === NULL) raise('RuntimeError', 'time.struct_time is missing');
  return t;
}

interface Tm {
  year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number;
  isdst: number; zone: string; gmtoff: number;
}

function dayOfYear(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

function tmOf(ms: number, utc: boolean): Tm {
  const dt = new Date(ms);
  if (utc) {
    const y = dt.getUTCFullYear(), mo = dt.getUTCMonth() + 1, d = dt.getUTCDate();
    return {
      year: y, mon: mo, mday: d, hour: dt.getUTCHours(), min: dt.getUTCMinutes(), sec: dt.getUTCSeconds(),
      wday: (dt.getUTCDay() + 6) % 7, yday: dayOfYear(y, mo, d), isdst: 0, zone: 'GMT', gmtoff: 0,
    };
  }
  const y = dt.getFullYear(), mo = dt.getMonth() + 1, d = dt.getDate();
  const off = -dt.getTimezoneOffset();
  const jan = -new Date(y, 0, 1).getTimezoneOffset();
  const jul = -new Date(y, 6, 1).getTimezoneOffset();
  const isdst = jan !== jul && off === Math.max(jan, jul) ? 1 : 0;
  return {
    year: y, mon: mo, mday: d, hour: dt.getHours(), min: dt.getMinutes(), sec: dt.getSeconds(),
    wday: (dt.getDay() + 6) % 7, yday: dayOfYear(y, mo, d), isdst, zone: zoneName(dt), gmtoff: off * 60,
  };
}

function zoneName(dt: Date): string {
  if (dt.getTimezoneOffset() === 0 && (process.env.TZ === undefined || process.env.TZ === '' || process.env.TZ === 'UTC')) return 'UTC';
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(dt);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
  } catch {
    return 'UTC';
  }
}

function newStructTime(tm: Tm): Ref {
  const vals = [tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst].map((v) => mkSmall(v));
  return newStructSeq(structTimeType(), [...vals, newStr(tm.zone), intFromNumber(tm.gmtoff)]);
}

/** A struct_time or 9-tuple argument as Tm. */
function tmFromArg(r: Ref, fname: string): Tm {
  if (tagOf(r) !== Tag.TUPLE) raise('TypeError', `Tuple or struct_time argument required`);
  if (tupleLen(r) !== 9) raise('TypeError', `${fname}(): illegal time tuple argument`);
  const v = (i: number) => toIndexNumber(I32[(r >> 2) + T_ITEMS + i] as Ref);
  const extra = (i: number) => I32[(r >> 2) + T_ITEMS + i] as Ref;
  const zoneRef = tupleLen(r) === 9 ? extra(9) : NULL;
  return {
    year: v(0), mon: v(1), mday: v(2), hour: v(3), min: v(4), sec: v(5), wday: v(6), yday: v(7), isdst: v(8),
    zone: zoneRef !== NULL && zoneRef !== NONE && tagOf(zoneRef) === Tag.STR ? strValue(zoneRef) : '',
    gmtoff: 0,
  };
}

function secondsArg(args: number, argc: number): number {
  if (argc === 0 || I32[args] === NONE) return nowMs();
  const r = I32[args] as Ref;
  const s = isFloat(r) ? toFloatValue(r) : isInt(r) ? Number(toBig(r)) : toIndexNumber(r);
  if (Number.isNaN(s)) raise('ValueError', 'Invalid value NaN (not a number)');
  return Math.floor(s) * 1000;
}

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n: number) => String(n).padStart(2, '0');

function asctime(tm: Tm): string {
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)} ${String(tm.mday).padStart(2, ' ')} ${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)} ${tm.year}`;
}

function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const d = fmt[++i];
    switch (d) {
      case 'Y': out += String(tm.year); break;
      case 'y': out += p2(tm.year % 100); break;
      case 'm': out += p2(tm.mon); break;
      case 'd': out += p2(tm.mday); break;
      case 'e': out += String(tm.mday).padStart(2, ' '); break;
      case 'H': out += p2(tm.hour); break;
      case 'I': out += p2(tm.hour % 12 === 0 ? 12 : tm.hour % 12); break;
      case 'M': out += p2(tm.min); break;
      case 'S': out += p2(tm.sec); break;
      case 'p': out += tm.hour < 12 ? 'AM' : 'PM'; break;
      case 'j': out += String(tm.yday).padStart(3, '0'); break;
      case 'a': out += DAYS[tm.wday].slice(0, 3); break;
      case 'A': out += DAYS[tm.wday]; break;
      case 'b': case 'h': out += MONTHS[tm.mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[tm.mon - 1]; break;
      case 'w': out += String((tm.wday + 1) % 7); break;
      case 'u': out += String(tm.wday + 1); break;
      case 'Z': out += tm.zone; break;
      case 'z': {
        const o = Math.abs(tm.gmtoff) / 60;
        out += (tm.gmtoff < 0 ? '-' : '+') + p2(Math.floor(o / 60)) + p2(o % 60);
        break;
      }
      case 'c': out += asctime(tm); break;
      case 'x': out += `${p2(tm.mon)}/${p2(tm.mday)}/${p2(tm.year % 100)}`; break;
      case 'X': case 'T': out += `${p2(tm.hour)}:${p2(tm.min)}:${p2(tm.sec)}`; break;
      case 'D': out += `${p2(tm.mon)}/${p2(tm.mday)}/${p2(tm.year % 100)}`; break;
      case 'F': out += `${tm.year}-${p2(tm.mon)}-${p2(tm.mday)}`; break;
      case 'R': out += `${p2(tm.hour)}:${p2(tm.min)}`; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      default: out += '%' + d;
    }
  }
  return out;
}

// ---------------------------------------------------------------- the functions

function noArgs(name: string, f: () => Ref): NativeFn {
  return (_args, argc, kw) => {
    noKw(`time.${name}`, kw);
    checkArgc(`time.${name}`, argc, 0, 0);
    return f();
  };
}

const fns: Record<string, NativeFn> = {
  time: noArgs('time', () => newFloat(nowMs() / 1000)),
  time_ns: noArgs('time_ns', () => intFromBigInt(BigInt(Math.round(nowMs() * 1e6)))),
  perf_counter: noArgs('perf_counter', () => newFloat(Number(monoNs()) / 1e9)),
  perf_counter_ns: noArgs('perf_counter_ns', () => intFromBigInt(monoNs())),
  monotonic: noArgs('monotonic', () => newFloat(Number(monoNs()) / 1e9)),
  monotonic_ns: noArgs('monotonic_ns', () => intFromBigInt(monoNs())),
  process_time: noArgs('process_time', () => {
    const u = process.cpuUsage();
    return newFloat((u.user + u.system) / 1e6);
  }),
  process_time_ns: noArgs('process_time_ns', () => {
    const u = process.cpuUsage();
    return intFromBigInt(BigInt(u.user + u.system) * 1000n);
  }),
  thread_time: noArgs('thread_time', () => {
    const u = process.cpuUsage();
    return newFloat((u.user + u.system) / 1e6);
  }),
  sleep: (args, argc, kw) => {
    noKw('time.sleep', kw);
    checkArgc('time.sleep', argc, 1, 1);
    const s = sleepSeconds(I32[args] as Ref);
    flushStdout();
    blockingHooks.sleep(s);
    return NONE;
  },
  localtime: (args, argc, kw) => {
    noKw('localtime', kw);
    if (argc > 1) raise('TypeError', `localtime() takes at most 1 argument (${argc} given)`);
    return newStructTime(tmOf(secondsArg(args, argc), false));
  },
  gmtime: (args, argc, kw) => {
    noKw('gmtime', kw);
    if (argc > 1) raise('TypeError', `gmtime() takes at most 1 argument (${argc} given)`);
    return newStructTime(tmOf(secondsArg(args, argc), true));
  },
  mktime: (args, argc, kw) => {
    noKw('time.mktime', kw);
    checkArgc('time.mktime', argc, 1, 1);
    const tm = tmFromArg(I32[args] as Ref, 'mktime');
    return newFloat(new Date(tm.year, tm.mon - 1, tm.mday, tm.hour, tm.min, tm.sec).getTime() / 1000);
  },
  strftime: (args, argc, kw) => {
    noKw('strftime', kw);
    if (argc < 1) raise('TypeError', `strftime() takes at least 1 argument (${argc} given)`);
    if (argc > 2) raise('TypeError', `strftime() takes at most 2 arguments (${argc} given)`);
    const f = I32[args] as Ref;
    if (tagOf(f) !== Tag.STR) raise('TypeError', `strftime() argument 1 must be str, not ${tname(f)}`);
    const tm = argc > 1 ? tmFromArg(I32[args + 1] as Ref, 'strftime') : tmOf(nowMs(), false);
    if (argc > 1 && tm.zone === '') tm.zone = zoneName(new Date());
    return newStr(strftime(strValue(f), tm));
  },
  asctime: (args, argc, kw) => {
    noKw('asctime', kw);
    checkArgc('asctime', argc, 0, 1);
    const tm = argc > 0 ? tmFromArg(I32[args] as Ref, 'asctime') : tmOf(nowMs(), false);
    return newStr(asctime(tm));
  },
  ctime: (args, argc, kw) => {
    noKw('ctime', kw);
    if (argc > 1) raise('TypeError', `ctime() takes at most 1 argument (${argc} given)`);
    return newStr(asctime(tmOf(secondsArg(args, argc), false)));
  },
};

defModule('time', fns, (d) => {
  dictSetStr(d, intern('struct_time'), makeStructSeqType('time', 'struct_time', FIELDS, 9));
  const jan = -new Date(new Date().getFullYear(), 0, 1).getTimezoneOffset() * 60;
  const jul = -new Date(new Date().getFullYear(), 6, 1).getTimezoneOffset() * 60;
  const std = Math.min(jan, jul);
  dictSetStr(d, intern('timezone'), intFromNumber(-std));
  dictSetStr(d, intern('altzone'), intFromNumber(-Math.max(jan, jul)));
  dictSetStr(d, intern('daylight'), mkSmall(jan !== jul ? 1 : 0));
  const z = zoneName(new Date(new Date().getFullYear(), 0, 1));
  dictSetStr(d, intern('tzname'), tupleFrom([newStr(z), newStr(jan !== jul ? zoneName(new Date(new Date().getFullYear(), 6, 1)) : z)]));
});
