/*
 * Creating an interpreter in a fresh heap (`bootstrapInterpreter`, once, by the first worker) and
 * attaching a worker to an existing one (`attachInterpreter`), plus thread states. Runs in workers,
 * holding the GIL (or before any other worker exists).
 */

import { readlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { threadId } from 'node:worker_threads';
import { alloc, retireRun } from '../heap/alloc.js';
import { gcHooks } from '../heap/gc.js';
import { DEFAULT_INTERVAL, gilAcquire, gilInitWords, gilSetThread } from '../gil/gil.js';
import {
  CTL_ROOT, ELLIPSIS_REF, FALSE_REF, H_SIZE, H_TYPE, HEAP_START, NONE_REF, NOTIMPL_REF, ROOT_WORDS,
  RT_BUILTINS, RT_DONE_THREADS, RT_INTERNED, RT_MISC, RT_MODULES, RT_SYS, RT_THREADS, T_ITEMS, Tag, TH_DSTOP, TH_NAME,
  TH_ROOTS, TH_STACK, THREAD_WORDS, TRUE_REF, CTL_HEAP_TOP, CTL_MAX_HEAP, CTL_NEXT_THREAD_ID, TH_NATIVE_ID,
  CTL_RECURSION_LIMIT, TAG_MASK, CTL_GC_THRESHOLD, TH_IDENT,
} from '../heap/layout.js';
import { I32, attachHeap } from '../heap/memory.js';
import { type Ref } from '../heap/value.js';
import { NONE, listAppend, newList, objTypes } from '../heap/objects.js';
import { dictGetStr, dictHooks, dictSetStr, newDict } from '../heap/dict.js';
import { intern, internHooks, strTypes } from '../heap/str.js';
import { T, TYPES, attachTypes, bootstrapTypes, BUILTIN_TYPES, EXCEPTIONS } from '../runtime/types.js';
import { allocRoots, setThreadState } from '../runtime/thread-state.js';
import * as ops from '../runtime/ops.js';
import { initCallNames, vmHooks } from '../runtime/call.js';
import { excHooks, makeError } from '../runtime/exceptions.js';
import { InternalError } from '../common/errors.js';
import { attachBuiltins, installBuiltins, NATIVE_MODULES, populateNativeModule } from '../builtins/define.js';
import '../builtins/index.js';
import { installVmHooks, vmState } from './eval.js';
import { installVmBuiltins } from './vm-builtins.js';
import { newModule, moduleDict } from './import.js';
function rootWord(): number {
  return I32[CTL_ROOT] >> 2;
}

/** Data stack of the main thread (words); other threads get THREAD_STACK_WORDS (enough for the default
 *  recursion limit with ordinary frames: 4 MB for each of hundreds of threads would exhaust the heap). */
const DATA_STACK_WORDS = 1 << 20;
const THREAD_STACK_WORDS = 1 << 17;

/** Creates the thread state of a new Python thread (its data stack and roots array). */
export function newThreadState(name: string, main = true): Ref {
  const words = Math.min(main ? DATA_STACK_WORDS : THREAD_STACK_WORDS, (I32[CTL_MAX_HEAP] >> 2) >> 4);
  const stack = alloc(T_ITEMS + words, Tag.STACK, 0, words);
  const ts = alloc(THREAD_WORDS, Tag.THREAD, 0, 0);
  const w = ts >> 2;
  I32[w + TH_STACK] = stack;
  I32[w + TH_DSTOP] = (stack >> 2) + T_ITEMS;
  I32[w + TH_ROOTS] = allocRoots();
  I32[w + TH_NAME] = intern(name);
  I32[w + TH_IDENT] = I32[CTL_NEXT_THREAD_ID]++;
  listAppend(I32[rootWord() + RT_THREADS] as Ref, ts);
  return ts;
}

function installHooks(): void {
  internHooks.lookup = (s: Ref) => dictGetStr(I32[rootWord() + RT_INTERNED] as Ref, s);
  internHooks.insert = (s: Ref) => dictSetStr(I32[rootWord() + RT_INTERNED] as Ref, s, s);
}

function installTypeRefs(): void {
  strTypes.str = T.str;
  strTypes.bytes = T.bytes;
  objTypes.int = T.int;
  objTypes.float = T.float;
  objTypes.tuple = T.tuple;
  objTypes.list = T.list;
  objTypes.cell = T.cell;
  objTypes.method = T.method;
  objTypes.range = T.range;
  objTypes.slice = T.slice;
  dictHooks.hash = ops.hashOf;
  dictHooks.eq = ops.eqBool;
}

/** Gives every object allocated before its type existed (bootstrap) its type. */
function patchTypeWords(): void {
  const byTag = new Map<number, Ref>([
    [Tag.STR, T.str], [Tag.DICT, T.dict], [Tag.TUPLE, T.tuple], [Tag.LIST, T.list], [Tag.TYPE, T.type],
    [Tag.NONE, T.NoneType], [Tag.BOOL, T.bool], [Tag.NOTIMPL, TYPES.get('NotImplementedType')!],
    [Tag.ELLIPSIS, TYPES.get('ellipsis')!], [Tag.INT, T.int], [Tag.FLOAT, T.float],
  ]);
  retireRun(); // the words of the current allocation run have no headers: the walk would stall on them
  const top = I32[CTL_HEAP_TOP] >> 2;
  for (let w = HEAP_START >> 2; w < top; w += I32[w + H_SIZE]) {
    if (I32[w + H_TYPE] === 0) {
      const t = byTag.get(I32[w] & TAG_MASK);
      if (t !== undefined) I32[w + H_TYPE] = t;
    }
  }
}

/** Builds a new interpreter in the (fresh) heap `sab` and makes this worker its first thread.
 *  Returns the main thread's state. */
export function bootstrapInterpreter(sab: SharedArrayBuffer, switchInterval = DEFAULT_INTERVAL): Ref {
  attachHeap(sab);
  // The GIL's words come first; this worker takes the GIL as soon as its thread state exists (no other
  // worker exists yet, so it is served at once).
  gilInitWords(availableParallelism(), switchInterval);
  I32[CTL_NEXT_THREAD_ID] = 1; // idents are >= 1: 0 in the GIL's HOLDER word means "free"
  // Singletons at fixed addresses (layout.ts), in order.
  const singles: [number, number, number][] = [
    [Tag.NONE, 0, NONE_REF], [Tag.BOOL, 0, FALSE_REF], [Tag.BOOL, 1, TRUE_REF], [Tag.NOTIMPL, 0, NOTIMPL_REF],
    [Tag.ELLIPSIS, 0, ELLIPSIS_REF],
  ];
  for (const [tag, aux, addr] of singles) {
    const r = alloc(4, tag, 0, aux);
    if (r !== addr) throw new InternalError(`bootstrap: singleton at ${r}, expected ${addr}`);
  }
  const root = alloc(ROOT_WORDS, Tag.ROOT, 0, 0);
  I32[CTL_ROOT] = root;
  I32[CTL_RECURSION_LIMIT] = 1000;
  installHooks();
  I32[rootWord() + RT_INTERNED] = newDict(0 as Ref);
  I32[rootWord() + RT_THREADS] = newList(0, 0, 0 as Ref);
  I32[rootWord() + RT_DONE_THREADS] = newList(0, 0, 0 as Ref);
  I32[rootWord() + RT_MISC] = newList(0, 0, 0 as Ref);
  // The thread state comes first: `root` (used by newModule and natives' helpers below) writes into
  // the current thread's TH_ROOTS, and with no thread state (TS = 0) it wrote into the control words
  // (zeroing CTL_GC_THRESHOLD). Its strs get their type from patchTypeWords.
  const ts = newThreadState('MainThread');
  setThreadState(ts);
  I32[(ts >> 2) + TH_NATIVE_ID] = osThreadId();
  gilSetThread(I32[(ts >> 2) + TH_IDENT], ts);
  gilAcquire();
  bootstrapTypes();
  patchTypeWords();
  installTypeRefs();
  commonInit();
  installBuiltins();
  attachBuiltins();
  // sys.modules and the builtins module.
  const mods = newDict(T.dict);
  I32[rootWord() + RT_MODULES] = mods;
  const bmod = newModule('builtins', null);
  const bdict = moduleDict(bmod);
  dictSetStr(mods, intern('builtins'), bmod);
  I32[rootWord() + RT_BUILTINS] = bdict;
  for (const [name] of [...BUILTIN_TYPES, ...EXCEPTIONS]) {
    if (isPublicBuiltinType(name)) dictSetStr(bdict, intern(name), TYPES.get(name)!);
  }
  dictSetStr(bdict, intern('NotImplemented'), NOTIMPL_REF as Ref);
  dictSetStr(bdict, intern('Ellipsis'), ELLIPSIS_REF as Ref);
  dictSetStr(bdict, intern('None'), NONE);
  if (NATIVE_MODULES.has('builtins')) populateNativeModule('builtins', bdict);
  installVmBuiltins(bdict);
  vmState.builtins = bdict;
  vmState.buildClass = dictGetStr(bdict, intern('__build_class__'));
  excHooks.memoryError = makeError('MemoryError', null);
  listAppend(I32[rootWord() + RT_MISC] as Ref, excHooks.memoryError);
  // sys is imported eagerly: the import system reads sys.path.
  if (NATIVE_MODULES.has('sys')) {
    const sys = newModule('sys', null);
    I32[rootWord() + RT_SYS] = sys;
    dictSetStr(mods, intern('sys'), sys);
    populateNativeModule('sys', moduleDict(sys));
  }
  // The first collection must come before the heap is full: a small --max-heap gets a threshold of
  // half the room left (gc.ts sets it the same way after each collection). Allocation never collects.
  const room = I32[CTL_MAX_HEAP] - I32[CTL_HEAP_TOP];
  I32[CTL_GC_THRESHOLD] = Math.max(1 << 20, Math.min(I32[CTL_GC_THRESHOLD], room >> 1));
  return ts;
}

const PUBLIC = new Set([
  'object', 'type', 'int', 'bool', 'float', 'str', 'bytes', 'tuple', 'list', 'dict', 'set', 'frozenset', 'range',
  'slice', 'property', 'staticmethod', 'classmethod', 'super', 'enumerate', 'zip', 'map', 'filter', 'reversed',
  'complex', 'bytearray',
]);
function isPublicBuiltinType(name: string): boolean {
  return PUBLIC.has(name) || EXCEPTIONS.some(([n]) => n === name);
}

function commonInit(): void {
  ops.initNames();
  initCallNames();
  ops.initIterTypes();
  installVmHooks();
  gcHooks.coroutineType = T.coroutine;
  vmHooks.newThreadState = (name: string) => newThreadState(name, false);
}

/** Attaches this worker to an interpreter another worker created; `ts` is its thread's state. */
export function attachInterpreter(sab: SharedArrayBuffer, ts: Ref): void {
  attachHeap(sab);
  setThreadState(ts); // first: helpers below may root temporaries in the thread's TH_ROOTS
  installHooks();
  attachTypes();
  installTypeRefs();
  commonInit();
  attachBuiltins();
  vmState.builtins = I32[rootWord() + RT_BUILTINS] as Ref;
  vmState.buildClass = dictGetStr(vmState.builtins, intern('__build_class__'));
}

/** The OS thread id of the calling thread (Linux: /proc/thread-self, read by this very thread since
 *  synchronous fs calls run on the caller); elsewhere a number unique to this worker. */
export function osThreadId(): number {
  try {
    const link = readlinkSync('/proc/thread-self');
    const tid = Number(link.slice(link.lastIndexOf('/') + 1));
    if (Number.isInteger(tid) && tid > 0) return tid;
  } catch {
    // not Linux
  }
  return process.pid * 1000 + threadId;
}

