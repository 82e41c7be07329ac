/*
 * The `gil` module (pygil's own): the switch interval in instructions and the GIL's figures.
 *
 *   gil.get_interval() -> int          the switch interval, in bytecode instructions
 *   gil.set_interval(n)                sets it (n >= 1); also leaves CPython's time mode if
 *                                      sys.setswitchinterval had switched to it
 *   gil.stats() -> dict                {'interval', 'mode', 'switch_interval', 'switches',
 *                                       'threads': [per-thread dict], 'total': dict}
 *   gil.reset_stats()                  zeroes every thread's figures
 *
 * Per-thread dicts hold 'ident', 'name', 'native_id', 'alive' and the figures of gil.ts: acquisitions,
 * switch_requests, forced_drops, voluntary_releases, instructions (ints), wait_time, hold_time (seconds).
 * `formatGilStats` prints the same figures as a table (`pygil --gil-stats`). Caller holds the GIL.
 */

import { CTL_ROOT, RT_DONE_THREADS, RT_THREADS, TH_IDENT, TH_NAME, TH_NATIVE_ID } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import type { Ref } from '../heap/value.js';
import { NONE, bool, intFromNumber, listFrom, listGet, listLen, newFloat } from '../heap/objects.js';
import { dictSetStr, newDict } from '../heap/dict.js';
import { intern, newStr, strValue } from '../heap/str.js';
import { raise } from '../runtime/exceptions.js';
import { T } from '../runtime/types.js';
import { checkArgc, noKw } from '../runtime/call.js';
import { isInt, toBig, tname } from '../runtime/ops.js';
import { root, unroot } from '../runtime/thread-state.js';
import {
  G_SWITCHES, MODE_TIME, STAT_NAMES, ST_HOLD_S, ST_WAIT_S, getInterval, getSwitchIntervalUs, gilMode, resetThreadStats,
  setInterval, threadStats,
} from '../gil/gil.js';
import { defModule } from './define.js';

interface ThreadFigures {
  ident: number;
  name: string;
  nativeId: number;
  alive: boolean;
  stats: number[];
}

/** Every thread's figures, live threads first (in start order), then finished ones. */
function collectFigures(): ThreadFigures[] {
  const rt = I32[CTL_ROOT] >> 2;
  const out: ThreadFigures[] = [];
  for (const [slot, alive] of [[RT_THREADS, true], [RT_DONE_THREADS, false]] as const) {
    const l = I32[rt + slot] as Ref;
    for (let i = 0; i < listLen(l); i++) {
      const w = listGet(l, i) >> 2;
      out.push({
        ident: I32[w + TH_IDENT],
        name: strValue(I32[w + TH_NAME] as Ref),
        nativeId: I32[w + TH_NATIVE_ID],
        alive,
        stats: threadStats(w),
      });
    }
  }
  return out;
}

function totals(figs: ThreadFigures[]): number[] {
  const t = STAT_NAMES.map(() => 0);
  for (const f of figs) f.stats.forEach((v, k) => (t[k] += v));
  return t;
}

function isTime(k: number): boolean {
  return k === ST_WAIT_S || k === ST_HOLD_S;
}

/** A dict of figures (the 7 named counters), plus `extra` entries first. */
function figuresDict(stats: number[], extra: [string, Ref][]): Ref {
  const d = newDict(T.dict);
  const m = root(d);
  try {
    for (const [k, v] of extra) dictSetStr(d, intern(k), v);
    STAT_NAMES.forEach((name, k) => dictSetStr(d, intern(name), isTime(k) ? newFloat(stats[k]) : intFromNumber(stats[k])));
  } finally {
    unroot(m);
  }
  return d;
}

function statsDict(): Ref {
  const figs = collectFigures();
  const d = newDict(T.dict);
  const m = root(d);
  try {
    dictSetStr(d, intern('interval'), intFromNumber(getInterval()));
    dictSetStr(d, intern('mode'), newStr(gilMode() === MODE_TIME ? 'time' : 'instructions'));
    dictSetStr(d, intern('switch_interval'), newFloat(1e-6 * getSwitchIntervalUs()));
    dictSetStr(d, intern('switches'), intFromNumber(Atomics.load(I32, G_SWITCHES)));
    const items: Ref[] = [];
    const lm = root(NONE);
    for (const f of figs) {
      const td = figuresDict(f.stats, [
        ['ident', intFromNumber(f.ident)], ['name', newStr(f.name)], ['native_id', intFromNumber(f.nativeId)],
        ['alive', bool(f.alive)],
      ]);
      root(td);
      items.push(td);
    }
    dictSetStr(d, intern('threads'), listFrom(items));
    unroot(lm);
    dictSetStr(d, intern('total'), figuresDict(totals(figs), []));
  } finally {
    unroot(m);
  }
  return d;
}

defModule('gil', {
  get_interval: (_args, argc, kw) => {
    noKw('get_interval', kw);
    checkArgc('get_interval', argc, 0, 0);
    return intFromNumber(getInterval());
  },
  set_interval: (args, argc, kw) => {
    noKw('set_interval', kw);
    checkArgc('set_interval', argc, 1, 1);
    const v = I32[args] as Ref;
    if (!isInt(v)) raise('TypeError', `an integer is required (got type ${tname(v)})`);
    const n = toBig(v);
    if (n < 1n) raise('ValueError', 'switch interval must be at least 1 instruction');
    if (n > 0x3fff_ffffn) raise('OverflowError', 'switch interval too large');
    setInterval(Number(n));
    return NONE;
  },
  stats: (_args, argc, kw) => {
    noKw('stats', kw);
    checkArgc('stats', argc, 0, 0);
    return statsDict();
  },
  reset_stats: (_args, argc, kw) => {
    noKw('reset_stats', kw);
    checkArgc('reset_stats', argc, 0, 0);
    const rt = I32[CTL_ROOT] >> 2;
    for (const slot of [RT_THREADS, RT_DONE_THREADS]) {
      const l = I32[rt + slot] as Ref;
      for (let i = 0; i < listLen(l); i++) resetThreadStats(listGet(l, i) >> 2);
    }
    return NONE;
  },
});

// ---------------------------------------------------------------- pygil --gil-stats

const HEADERS = ['acquired', 'requests', 'forced', 'voluntary', 'instructions', 'waited s', 'held s'];

/** The GIL's figures as a table for stderr (`pygil --gil-stats`). */
export function formatGilStats(): string {
  const figs = collectFigures();
  const fmt = (stats: number[]): string[] => stats.map((v, k) => (isTime(k) ? v.toFixed(4) : Math.round(v).toLocaleString('en-US')));
  const rows: string[][] = figs.map((f) => [`${f.name} (${f.ident})`, ...fmt(f.stats)]);
  rows.push(['total', ...fmt(totals(figs))]);
  const head = ['thread', ...HEADERS];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (r: string[]): string => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const mode = gilMode() === MODE_TIME
    ? `switch interval ${1e-6 * getSwitchIntervalUs()} s (sys.setswitchinterval)`
    : `switch interval ${getInterval()} instructions`;
  const out = [
    `GIL statistics: ${mode}; the GIL changed hands ${Atomics.load(I32, G_SWITCHES)} times`,
    line(head),
    ...rows.slice(0, -1).map(line),
    line(rows[rows.length - 1]),
  ];
  return out.join('\n') + '\n';
}
