/*
 * The eval loop (DESIGN.md §4). Runs in every worker, always holding the GIL.
 *
 * Registers live in JS locals: fp (frame base word), pc (instruction index), sp (absolute word index
 * of the first free value-stack slot), and the word indices code/consts/names/lp derived from the
 * frame. They are written back to the heap frame (FR_PC, FR_SP) before anything that can run Python
 * code, collect garbage or raise: grep for `I32[fp + FR_SP] = sp` (the syncFrame of STYLE.md).
 * Operands of such instructions stay on the value stack until the call returns, so the collector
 * sees them. Python-to-Python calls push a frame and stay in this loop; a call from JS (a native
 * calling back) enters a nested evalFrame whose entry frame carries FRAME_ENTRY.
 *
 * A Python exception arrives as PY_THROWN with the exception in TH_CUREXC (runtime/exceptions.ts);
 * the catch below looks up the exception table, unwinding frames and adding traceback entries.
 */

import {
  CI_FLAGS, CO_CODE, CO_CONSTS, CO_EXCTABLE, CO_NAMES, CO_POSITIONS, CO_VARNAMES, CO_CELLVARS, CO_FREEVARS,
  CTL_ALLOC_SINCE_GC, CTL_GC_THRESHOLD, CO_INFO, S_FLAGS, STR_SPECIAL_ATTR, INST_DICT, TH_STACK, FR_FUNC, CI_NLOCALSPLUS, CI_STACKSIZE, CI_SIMPLE_ARGC, FN_CLOSURE, FN_CODE, FN_DEFAULTS, FN_DOC, FN_GLOBALS,
  FN_KWDEFAULTS, FN_MODULE, FN_NAME, FN_QUALNAME, FR_BACK, FR_CODE, FR_FIXED, FR_FLAGS, FR_GEN,
  FR_GLOBALS, FR_LOCALS, FR_NLP, FR_PC, FR_SP, FRAME_ENTRY, FUNCTION_WORDS, H_AUX, H_TYPE, CO_NAME,
  CO_QUALNAME, IT_POS, IT_SRC, IterKind, L_ITEMS, NONE_REF, T_ITEMS, TB_CODE, TB_INSTR, TB_LINE, TB_NEXT,
  TH_CUREXC, TH_DEPTH, TH_DSTOP, TH_EXC_INFO, TH_FRAME, Tag, TRUE_REF, FALSE_REF, F_VALUE, FRAME_GEN_INLINE, FRAME_BINOP, NOTIMPL_REF, R_START,
  R_STOP, R_STEP, GEN_FRAME, GEN_NAME, GEN_QUALNAME, GEN_CODE, GENERATOR_WORDS, GEN_CREATED, GEN_RUNNING,
  GEN_SUSPENDED, GEN_CLOSED, GEN_EXC, IT_A, IT_B, CELL_CONTENTS, FRAME_INIT, M_FUNC, M_SELF,
} from '../heap/layout.js';
import { alloc, HeapExhausted } from '../heap/alloc.js';
import { collect } from '../heap/gc.js';
import { I32 } from '../heap/memory.js';
import * as MEM from '../heap/memory.js';
import { NULL, mkSmall, type Ref } from '../heap/value.js';
import {
  FALSE, NONE, TRUE, newFloat, newList, newTuple, listAppend, listLen, listGet, tupleLen, tupleGet,
  newFields,
} from '../heap/objects.js';
import { D_VERSION, dictGetStr, dictSetStr, dictDel, dictSet, dictGet, newDict, dictLen, dictNext, dictKeyAt, dictValueAt } from '../heap/dict.js';
import { newSet, setAdd, setLen, setCopy } from '../heap/set.js';
import { newStr, strValue } from '../heap/str.js';
import { NATIVES } from '../runtime/natives.js';
import {
  PY_THROWN, excHooks, raise, throwExc, toException, EX_CAUSE, EX_CONTEXT, EX_SUPPRESS, EX_TRACEBACK, isExceptionInstance, handledException,
} from '../runtime/exceptions.js';
import { T, isSubtype, lookupType, typeOf, typeName, typeFlags, TF_EXC, TF_HEAPTYPE, TYPES } from '../runtime/types.js';
import { TS, root, unroot } from '../runtime/thread-state.js';
import { call, callWith, vmHooks, newInstanceHook } from '../runtime/call.js';
import * as ops from '../runtime/ops.js';
import { infoOf, initFrame, reserveFrame, frameWords } from './frame.js';
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from '../bytecode/opcodes.js';
import { Op } from '../bytecode/op.generated.js';
import { formatValue } from '../builtins/formatting.js';
import { raiseKeyboardInterrupt } from '../builtins/io.js';
import { formatException } from './traceback.js';
import { agenAwaitableSend, wrapAsyncGenValue } from './async-gen.js';
import { importName, importFrom, importStar } from './import.js';
import { CTL_RECURSION_LIMIT, CTL_GC_EPOCH, CO_FILENAME, CTL_MADE_COROUTINE } from '../heap/layout.js';
import { acquireHooks, checkChunk, gilCheck, takeSigint } from '../gil/gil.js';

const GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR;

/** Instructions between periodic checks (collection, and the GIL's switch check): the GIL layer's
 *  `checkChunk()`, refreshed at every check. A module-level let, read only at a check. */
export let checkInterval = 1000;

/** Set by YIELD_VALUE before evalFrame returns: the value returned was yielded, not returned. */
let yielded = false;
/** Set by RERAISE: the exception re-raised already has this frame's traceback entry. */
let reraising = false;

export function lastWasYield(): boolean {
  return yielded;
}

// The LOAD_GLOBAL inline cache (per worker). Valid within one GC epoch (addresses get reused after a
// collection), whichever thread collected: checked at every check and after every GIL acquisition.
const GCACHE_MASK = (1 << 12) - 1;
const gcKey = new Int32Array(GCACHE_MASK + 1);
const gcDict = new Int32Array(GCACHE_MASK + 1);
const gcVer = new Int32Array(GCACHE_MASK + 1);
const gcBVer = new Int32Array(GCACHE_MASK + 1);
const gcVal = new Int32Array(GCACHE_MASK + 1);
let gcacheEpoch = 0;

function checkCacheEpoch(): void {
  if (I32[CTL_GC_EPOCH] !== gcacheEpoch) {
    gcacheEpoch = I32[CTL_GC_EPOCH];
    gcKey.fill(0);
  }
}
acquireHooks.push(checkCacheEpoch);

/** The periodic check, every `checkInterval` instructions, with the frame's registers stored in the
 *  heap: a collection when enough was allocated, then the GIL's switch check (which may hand the GIL
 *  to another thread and take it back). */
function periodic(): void {
  if (I32[CTL_ALLOC_SINCE_GC] > I32[CTL_GC_THRESHOLD]) collect();
  gilCheck(checkInterval);
  checkCacheEpoch();
  checkInterval = checkChunk();
  if (takeSigint()) raiseKeyboardInterrupt(); // Ctrl-C, in the main thread
}

// ---------------------------------------------------------------- errors raised by instructions

function localName(code: Ref, i: number): string {
  const w = code >> 2;
  const vn = I32[w + CO_VARNAMES] as Ref;
  const nv = tupleLen(vn);
  if (i < nv) return strValue(tupleGet(vn, i));
  const cv = I32[w + CO_CELLVARS] as Ref;
  const nc = tupleLen(cv);
  if (i - nv < nc) return strValue(tupleGet(cv, i - nv));
  return strValue(tupleGet(I32[w + CO_FREEVARS] as Ref, i - nv - nc));
}

function unboundLocal(code: Ref, i: number): never {
  raise('UnboundLocalError', `cannot access local variable '${localName(code, i)}' where it is not associated with a value`);
}

function unboundDeref(code: Ref, i: number): never {
  const w = code >> 2;
  const nv = tupleLen(I32[w + CO_VARNAMES] as Ref);
  const nc = tupleLen(I32[w + CO_CELLVARS] as Ref);
  if (i - nv < nc) unboundLocal(code, i);
  raise('NameError', `cannot access free variable '${localName(code, i)}' where it is not associated with a value in enclosing scope`);
}

function nameError(name: Ref): never {
  const exc = callWith(TYPES.get('NameError')!, newStr(`name '${strValue(name)}' is not defined`));
  throwExc(exc);
}

/** Builtins dict of a frame: from its globals' __builtins__, else the interpreter's. */
export const vmState = { builtins: NULL as Ref, buildClass: NULL as Ref };

// ---------------------------------------------------------------- tracebacks

export function lineOf(code: Ref, instr: number): number {
  if (instr < 0) instr = 0;
  return I32[(I32[(code >> 2) + CO_POSITIONS] >> 2) + 4 + instr * 4];
}

function addTraceback(exc: Ref, fp: number, instr: number): void {
  if (!isExceptionInstance(exc)) return;
  const code = I32[fp + FR_CODE] as Ref;
  let tb: Ref;
  try {
    tb = newFields(Tag.TRACEBACK, TYPES.get('traceback')!, 0, 4);
  } catch (e) {
    // The heap is full (typically while a MemoryError unwinds): lose this traceback entry, as
    // CPython does when it cannot allocate one, rather than let HeapExhausted escape the unwinding.
    if (e instanceof HeapExhausted) return;
    throw e;
  }
  const w = tb >> 2;
  I32[w + TB_NEXT] = I32[(exc >> 2) + EX_TRACEBACK] || NONE;
  I32[w + TB_CODE] = code;
  I32[w + TB_LINE] = mkSmall(lineOf(code, instr));
  I32[w + TB_INSTR] = mkSmall(instr);
  I32[(exc >> 2) + EX_TRACEBACK] = tb;
}

/** The handler covering instruction `instr`, as [target, depth], or null. */
function findHandler(code: Ref, instr: number): number {
  const t = I32[(code >> 2) + CO_EXCTABLE] >> 2;
  const n = I32[t + H_AUX];
  for (let i = t + 4; i < t + 4 + n; i += 4) {
    if (instr >= I32[i] && instr < I32[i + 1]) {
      handlerDepth = I32[i + 3];
      return I32[i + 2];
    }
  }
  return -1;
}
let handlerDepth = 0;

// ---------------------------------------------------------------- calls

function recursionLimit(): number {
  return I32[CTL_RECURSION_LIMIT] || 1000;
}

/** Pushes a frame for a FUNCTION call on the data stack; returns its fp (FR_BACK and flags unset). */
function pushFunctionFrame(func: Ref, args: number, argc: number, kw: Ref): number {
  if (kw === NULL) {
    const fp = pushSimpleFrame(func, args, argc);
    if (fp !== 0) return fp;
  }
  const I32 = MEM.I32;
  const fw = func >> 2;
  const code = I32[fw + FN_CODE] as Ref;
  const info = (I32[(code >> 2) + CO_INFO] >> 2) + 4;
  const nlp = I32[info + CI_NLOCALSPLUS];
  const fp = I32[TS + TH_DSTOP];
  const end = fp + FR_FIXED + nlp + I32[info + CI_STACKSIZE];
  const st = I32[TS + TH_STACK] >> 2;
  if (end > st + T_ITEMS + I32[st + H_AUX] || I32[TS + TH_DEPTH] >= recursionLimit()) {
    raise('RecursionError', 'maximum recursion depth exceeded');
  }
  initFrame(fp, func, code, I32[fw + FN_GLOBALS] as Ref, NULL, args, argc, kw);
  I32[TS + TH_DEPTH]++;
  I32[TS + TH_DSTOP] = end;
  return fp;
}

/**
 * The common call, CPython's CALL_PY_EXACT_ARGS: a plain function (CI_SIMPLE_ARGC) given exactly its
 * positional arguments. Pushes and fills its frame and returns its fp (FR_BACK unset); returns 0, having
 * done nothing, when the call needs argument binding, or raises (the stack or the recursion limit is
 * reached): the general path then does it or raises.
 */
function pushSimpleFrame(func: Ref, args: number, argc: number): number {
  const I32 = MEM.I32;
  const fw = func >> 2;
  const code = I32[fw + FN_CODE];
  const info = (I32[(code >> 2) + CO_INFO] >> 2) + 4;
  if (I32[info + CI_SIMPLE_ARGC] !== argc) return 0;
  const nlp = I32[info + CI_NLOCALSPLUS];
  const fp = I32[TS + TH_DSTOP];
  const end = fp + FR_FIXED + nlp + I32[info + CI_STACKSIZE];
  const st = I32[TS + TH_STACK] >> 2;
  if (end > st + T_ITEMS + I32[st + H_AUX] || I32[TS + TH_DEPTH] >= recursionLimit()) return 0;
  I32[fp + FR_CODE] = code;
  I32[fp + FR_BACK] = 0;
  I32[fp + FR_FUNC] = func;
  I32[fp + FR_GLOBALS] = I32[fw + FN_GLOBALS];
  I32[fp + FR_LOCALS] = 0;
  I32[fp + FR_PC] = 0;
  I32[fp + FR_FLAGS] = 0;
  I32[fp + FR_GEN] = 0;
  I32[fp + FR_NLP] = nlp;
  const lp = fp + FR_FIXED;
  I32[fp + FR_SP] = lp + nlp;
  for (let i = 0; i < argc; i++) I32[lp + i] = I32[args + i];
  for (let i = argc; i < nlp; i++) I32[lp + i] = 0;
  I32[TS + TH_DEPTH]++;
  I32[TS + TH_DSTOP] = end;
  return fp;
}

function isGenCode(func: Ref): boolean {
  return (I32[infoOf(I32[(func >> 2) + FN_CODE] as Ref) + CI_FLAGS] & GEN_FLAGS) !== 0;
}

/** Calls a FUNCTION from JS. */
export function callFunction(func: Ref, args: number, argc: number, kw: Ref): Ref {
  if (isGenCode(func)) return makeGenerator(func, args, argc, kw);
  const fp = pushFunctionFrame(func, args, argc, kw);
  I32[fp + FR_FLAGS] = FRAME_ENTRY;
  I32[fp + FR_BACK] = I32[TS + TH_FRAME];
  I32[TS + TH_FRAME] = fp;
  return evalFrame(fp);
}

/** Runs module code with the given globals/locals dicts, from JS. */
export function runCode(code: Ref, globals: Ref, locals: Ref): Ref {
  const fp = reserveFrame(code);
  if (++I32[TS + TH_DEPTH] > recursionLimit()) {
    I32[TS + TH_DEPTH]--;
    raise('RecursionError', 'maximum recursion depth exceeded');
  }
  initFrame(fp, NULL, code, globals, locals, 0, 0, NULL);
  I32[TS + TH_DSTOP] = fp + frameWords(code);
  I32[fp + FR_FLAGS] = FRAME_ENTRY;
  I32[fp + FR_BACK] = I32[TS + TH_FRAME];
  I32[TS + TH_FRAME] = fp;
  return evalFrame(fp);
}

/** Runs the body of a class (a FUNCTION whose code has no parameters) with `ns` as its locals. */
export function runClassBody(func: Ref, ns: Ref): Ref {
  const code = I32[(func >> 2) + FN_CODE] as Ref;
  const fp = reserveFrame(code);
  if (++I32[TS + TH_DEPTH] > recursionLimit()) {
    I32[TS + TH_DEPTH]--;
    raise('RecursionError', 'maximum recursion depth exceeded');
  }
  initFrame(fp, func, code, I32[(func >> 2) + FN_GLOBALS] as Ref, ns, 0, 0, NULL);
  I32[TS + TH_DSTOP] = fp + frameWords(code);
  I32[fp + FR_FLAGS] = FRAME_ENTRY;
  I32[fp + FR_BACK] = I32[TS + TH_FRAME];
  I32[TS + TH_FRAME] = fp;
  return evalFrame(fp);
}

// ---------------------------------------------------------------- generators

export function makeGenerator(func: Ref, args: number, argc: number, kw: Ref): Ref {
  const code = I32[(func >> 2) + FN_CODE] as Ref;
  const words = frameWords(code);
  const frame = alloc(4 + words, Tag.FRAME, 0, words);
  const m = root(frame);
  try {
    const fp = (frame >> 2) + 4;
    initFrame(fp, func, code, I32[(func >> 2) + FN_GLOBALS] as Ref, NULL, args, argc, kw);
    const flags = I32[infoOf(code) + CI_FLAGS];
    const type = flags & CO_COROUTINE ? T.coroutine : flags & CO_ASYNC_GENERATOR ? T.async_generator : T.generator;
    if (type === T.coroutine) I32[CTL_MADE_COROUTINE] = 1;
    const gen = alloc(GENERATOR_WORDS, Tag.GENERATOR, type, GEN_CREATED);
    const g = gen >> 2;
    I32[g + GEN_FRAME] = frame;
    I32[g + GEN_NAME] = I32[(func >> 2) + FN_NAME];
    I32[g + GEN_QUALNAME] = I32[(func >> 2) + FN_QUALNAME];
    I32[g + GEN_CODE] = code;
    I32[fp + FR_GEN] = gen;
    return gen;
  } finally {
    unroot(m);
  }
}

/** PEP 479: a StopIteration escaping a generator becomes RuntimeError (with the StopIteration as cause). */
function stopIterationInGenerator(ex: Ref, kind = 'generator'): Ref {
  const m = root(ex);
  try {
    const nexc = callWith(TYPES.get('RuntimeError')!, newStr(`${kind} raised StopIteration`));
    I32[(nexc >> 2) + EX_CAUSE] = ex;
    I32[(nexc >> 2) + EX_CONTEXT] = ex;
    I32[(nexc >> 2) + EX_SUPPRESS] = mkSmall(1);
    I32[TS + TH_CUREXC] = nexc;
    return nexc;
  } finally {
    unroot(m);
  }
}

/** The value a generator returned (for StopIteration.value) after genResume reported it finished. */
export let genReturnValue: Ref = NULL;

/**
 * Resumes generator `gen` sending `value` (or throwing `exc` into it when exc is not NULL).
 * Returns the yielded value and sets genYielded = true, or returns the return value with
 * genYielded = false. Exceptions propagate.
 */
export let genYielded = false;
export function setGenYielded(v: boolean): void {
  genYielded = v;
}
/**
 * Starts or resumes the generator or coroutine whose object is at word iw (frame gfp) inside the eval
 * loop, for the FOR_ITER or SEND of frame fp (FRAME_GEN_INLINE). genResume's exception-state swap
 * happens here too, but with no JS activation to keep the caller's state in, the generator object
 * does: while it runs inline, GEN_EXC holds its caller's exception state; while it is suspended, its own.
 */
function enterInline(iw: number, gfp: number, fp: number): void {
  I32[iw + H_AUX] = GEN_RUNNING;
  I32[TS + TH_DEPTH]++;
  I32[gfp + FR_FLAGS] = (I32[gfp + FR_FLAGS] & ~FRAME_ENTRY) | FRAME_GEN_INLINE;
  I32[gfp + FR_BACK] = fp;
  const own = I32[iw + GEN_EXC];
  I32[iw + GEN_EXC] = I32[TS + TH_EXC_INFO];
  I32[TS + TH_EXC_INFO] = own;
  I32[TS + TH_FRAME] = gfp;
}

/** Leaves the inline generator frame fp, suspended (it yielded) or closed (it returned or raised),
 *  undoing enterInline; returns the caller's frame, now the running one. */
function leaveInline(fp: number, suspended: boolean): number {
  const gw = I32[fp + FR_GEN] >> 2;
  I32[fp + FR_FLAGS] &= ~FRAME_GEN_INLINE;
  I32[gw + H_AUX] = suspended ? GEN_SUSPENDED : GEN_CLOSED;
  const callerExc = I32[gw + GEN_EXC];
  I32[gw + GEN_EXC] = suspended ? I32[TS + TH_EXC_INFO] : NULL;
  I32[TS + TH_EXC_INFO] = callerExc;
  const back = I32[fp + FR_BACK];
  I32[fp + FR_BACK] = 0;
  I32[TS + TH_DEPTH]--;
  I32[TS + TH_FRAME] = back;
  return back;
}

export function genResume(gen: Ref, value: Ref, exc: Ref): Ref {
  const g = gen >> 2;
  const state = I32[g + H_AUX];
  if (state === GEN_RUNNING) raise('ValueError', `${typeName(typeOf(gen))} already executing`);
  if (state === GEN_CLOSED) {
    if (typeOf(gen) === T.coroutine) raise('RuntimeError', 'cannot reuse already awaited coroutine');
    genYielded = false;
    if (exc !== NULL) throwExc(exc);
    return NONE;
  }
  const fp = (I32[g + GEN_FRAME] >> 2) + 4;
  if (state === GEN_CREATED) {
    if (exc === NULL && value !== NONE) {
      raise('TypeError', `can't send non-None value to a just-started ${typeName(typeOf(gen))}`);
    }
    if (exc !== NULL) {
      I32[g + H_AUX] = GEN_CLOSED;
      throwExc(exc);
    }
  } else if (exc === NULL) {
    I32[I32[fp + FR_SP]] = value;
    I32[fp + FR_SP]++;
  }
  if (exc !== NULL && state === GEN_SUSPENDED) {
    const d = delegateThrow(gen, fp, exc);
    if (d === DELEGATE_YIELDED) return delegatedValue;
    if (d === DELEGATE_RAISED) exc = delegatedValue;
    else if (d === DELEGATE_RETURNED) exc = NULL;
  }
  if (++I32[TS + TH_DEPTH] > recursionLimit()) {
    I32[TS + TH_DEPTH]--;
    raise('RecursionError', 'maximum recursion depth exceeded');
  }
  I32[g + H_AUX] = GEN_RUNNING;
  I32[fp + FR_FLAGS] |= FRAME_ENTRY;
  I32[fp + FR_BACK] = I32[TS + TH_FRAME];
  I32[TS + TH_FRAME] = fp;
  // The exception being handled is per generator (CPython's gi_exc_state): a generator suspended in an
  // except block gets its exception back when resumed, whoever resumes it, and its caller's is put
  // back when it leaves. While it runs, GEN_EXC holds the caller's, where handledException() finds it
  // when the generator has none of its own (as enterInline does for inline frames).
  const callerExc = I32[TS + TH_EXC_INFO];
  I32[TS + TH_EXC_INFO] = I32[g + GEN_EXC];
  I32[g + GEN_EXC] = callerExc;
  let r: Ref;
  try {
    r = evalFrame(fp, exc);
  } catch (e) {
    I32[g + GEN_EXC] = NULL;
    I32[TS + TH_EXC_INFO] = callerExc;
    I32[g + H_AUX] = GEN_CLOSED;
    const ex = toException(e);
    if (isSubtype(typeOf(ex), T.StopIteration)) {
      throwExc(stopIterationInGenerator(ex, typeName(typeOf(gen)) === 'coroutine' ? 'coroutine' : 'generator'));
    }
    throw PY_THROWN;
  }
  genYielded = yielded;
  I32[g + GEN_EXC] = yielded ? I32[TS + TH_EXC_INFO] : NULL;
  I32[TS + TH_EXC_INFO] = callerExc;
  I32[g + H_AUX] = yielded ? GEN_SUSPENDED : GEN_CLOSED;
  if (!yielded) genReturnValue = r;
  return r;
}

const DELEGATE_NONE = 0;
const DELEGATE_YIELDED = 1;
const DELEGATE_RAISED = 2;
const DELEGATE_RETURNED = 3;
let delegatedValue: Ref = NULL;

/**
 * gen.throw(exc) while `gen` is suspended in a `yield from`/`await` (its YIELD_VALUE follows a SEND):
 * the exception goes to the subiterator first, as CPython's gen_throw does. Returns what happened:
 * the subiterator yielded (gen yields the same value), raised (that exception goes into gen's frame),
 * returned (gen's frame resumes after the SEND with the value), or NONE (not delegating).
 */
function delegateThrow(gen: Ref, fp: number, exc: Ref): number {
  const code = I32[fp + FR_CODE] as Ref;
  const cbase = (I32[(code >> 2) + CO_CODE] >> 2) + 4;
  const pc = I32[fp + FR_PC];
  if (pc < 2 || (I32[cbase + pc - 1] & 0xff) !== Op.YIELD_VALUE || (I32[cbase + pc - 2] & 0xff) !== Op.SEND) return DELEGATE_NONE;
  const sp = I32[fp + FR_SP];
  const recv = I32[sp - 1] as Ref;
  const g = gen >> 2;
  I32[g + H_AUX] = GEN_RUNNING;
  let r: Ref;
  try {
    if (isSubtype(typeOf(exc), T.GeneratorExit)) {
      if (ops.tagOf(recv) === Tag.GENERATOR) genClose(recv);
      else {
        const close = ops.getAttrOrNull(recv, ops.N.close, false);
        if (close !== NULL) callWith(close);
      }
      I32[g + H_AUX] = GEN_SUSPENDED;
      return DELEGATE_NONE;
    }
    if (ops.tagOf(recv) === Tag.GENERATOR) {
      r = genResume(recv, NONE, exc);
    } else {
      const thr = ops.getAttrOrNull(recv, ops.N.throw, false);
      if (thr === NULL) {
        I32[g + H_AUX] = GEN_SUSPENDED;
        return DELEGATE_NONE;
      }
      try {
        r = callWith(thr, exc);
        genYielded = true;
      } catch (e) {
        const ex = toException(e);
        if (!isSubtype(typeOf(ex), T.StopIteration)) throw PY_THROWN;
        genYielded = false;
        r = stopValue(ex);
      }
    }
  } catch (e) {
    I32[g + H_AUX] = GEN_SUSPENDED;
    delegatedValue = toException(e);
    I32[TS + TH_CUREXC] = 0;
    return DELEGATE_RAISED;
  }
  I32[g + H_AUX] = GEN_SUSPENDED;
  if (genYielded) {
    delegatedValue = r;
    return DELEGATE_YIELDED;
  }
  // The subiterator finished: continue after the SEND with its return value in place of the receiver.
  I32[sp - 1] = r;
  I32[fp + FR_PC] = I32[cbase + pc - 2] >>> 8;
  delegatedValue = r;
  return DELEGATE_RETURNED;
}

/** next() on a generator: the value, or NULL when it finished (its return value in genReturnValue). */
export function genNext(gen: Ref): Ref {
  const r = genResume(gen, NONE, NULL);
  return genYielded ? r : NULL;
}

/** gen.close() (PEP 342). */
export function genClose(gen: Ref): void {
  const g = gen >> 2;
  const state = I32[g + H_AUX];
  if (state === GEN_CLOSED || state === GEN_CREATED) {
    I32[g + H_AUX] = GEN_CLOSED;
    return;
  }
  const ge = callWith(T.GeneratorExit);
  try {
    genResume(gen, NONE, ge);
  } catch (e) {
    const ex = toException(e);
    if (isSubtype(typeOf(ex), T.GeneratorExit) || isSubtype(typeOf(ex), T.StopIteration)) return;
    throw PY_THROWN;
  }
  if (genYielded) raise('RuntimeError', 'generator ignored GeneratorExit');
}

/** Unwinds the current frame after an uncaught exception (entry frames). */
function leaveFrame(fp: number): void {
  I32[TS + TH_FRAME] = I32[fp + FR_BACK];
  if (I32[fp + FR_GEN] === NULL) I32[TS + TH_DSTOP] = fp;
  I32[fp + FR_BACK] = 0;
  I32[TS + TH_DEPTH]--;
}

// ---------------------------------------------------------------- helpers for instructions

function buildTupleFromStack(base: number, n: number): Ref {
  const t = newTuple(n);
  const w = (t >> 2) + T_ITEMS;
  for (let i = 0; i < n; i++) I32[w + i] = I32[base + i];
  return t;
}

function buildListFromStack(base: number, n: number): Ref {
  const l = newList(n);
  const w = (I32[(l >> 2) + L_ITEMS] >> 2) + T_ITEMS;
  for (let i = 0; i < n; i++) I32[w + i] = I32[base + i];
  return l;
}

/** list.extend(iterable) for LIST_EXTEND; the iterable stays rooted by the caller's stack. */
export function listExtend(list: Ref, it: Ref): void {
  if ((it & 1) === 0 && (I32[it >> 2] & 0xff) === Tag.TUPLE && I32[(it >> 2) + H_TYPE] === T.tuple) {
    const n = tupleLen(it);
    for (let i = 0; i < n; i++) listAppend(list, tupleGet(it, i));
    return;
  }
  if ((it & 1) === 0 && (I32[it >> 2] & 0xff) === Tag.LIST && I32[(it >> 2) + H_TYPE] === T.list) {
    const n = listLen(it);
    for (let i = 0; i < n; i++) listAppend(list, listGet(it, i));
    return;
  }
  ops.forEachItem(it, (v) => listAppend(list, v));
}

function setUpdate(set: Ref, it: Ref): void {
  ops.forEachItem(it, (v) => setAdd(set, v));
}

/** {**m} and f(**m): copies a mapping into dict d; `merge` rejects duplicate keys (for calls). */
function dictMerge(d: Ref, m: Ref, merge: boolean, callable: Ref): void {
  const isDict = (m & 1) === 0 && (I32[m >> 2] & 0xff) === Tag.DICT;
  if (isDict && lookupType(typeOf(m), ops.N.keys) === lookupType(T.dict, ops.N.keys)) {
    for (let i = dictNext(m, 0); i >= 0; i = dictNext(m, i + 1)) {
      const k = dictKeyAt(m, i);
      if (merge) checkKwKey(d, k, callable);
      dictSet(d, k, dictValueAt(m, i));
    }
    return;
  }
  const keysName = ops.N.keys;
  const keysf = ops.getAttrOrNull(m, keysName, false);
  if (keysf === NULL) {
    if (merge) raise('TypeError', `${funcDesc(callable)} argument after ** must be a mapping, not ${ops.tname(m)}`);
    raise('TypeError', `'${ops.tname(m)}' object is not a mapping`);
  }
  const keys = callWith(keysf);
  const mk = root(keys);
  try {
    const it = ops.getIter(keys);
    root(it);
    for (;;) {
      const k = ops.iterNext(it);
      if (k === NULL) break;
      if (merge) checkKwKey(d, k, callable);
      const mark = root(k);
      dictSet(d, k, ops.getItem(m, k));
      unroot(mark);
    }
  } finally {
    unroot(mk);
  }
}

function funcDesc(callable: Ref): string {
  const tag = ops.tagOf(callable);
  if (tag === Tag.FUNCTION) return `${strValue(I32[(callable >> 2) + FN_QUALNAME] as Ref)}()`;
  if (tag === Tag.BUILTIN) return `${strValue(I32[(callable >> 2) + 5] as Ref)}()`;
  if (tag === Tag.METHOD) return funcDesc(I32[(callable >> 2) + M_FUNC] as Ref);
  if (tag === Tag.TYPE) return `${typeName(callable)}()`;
  return `${ops.tname(callable)} object`;
}

function checkKwKey(d: Ref, k: Ref, callable: Ref): void {
  if (!ops.isStr(k)) raise('TypeError', 'keywords must be strings');
  if (dictGet(d, k) !== NULL) raise('TypeError', `${funcDesc(callable)} got multiple values for keyword argument '${strValue(k)}'`);
}

/** Pushes the items of `seq` so that item 0 ends on top (UNPACK_SEQUENCE), returning the new sp. */
function unpackSequence(seq: Ref, n: number, sp: number): number {
  if ((seq & 1) === 0) {
    const tag = I32[seq >> 2] & 0xff;
    const tp = I32[(seq >> 2) + H_TYPE];
    if ((tag === Tag.TUPLE && tp === T.tuple) || (tag === Tag.LIST && tp === T.list)) {
      const len = tag === Tag.TUPLE ? tupleLen(seq) : listLen(seq);
      if (len !== n) {
        if (len < n) raise('ValueError', `not enough values to unpack (expected ${n}, got ${len})`);
        raise('ValueError', `too many values to unpack (expected ${n})`);
      }
      for (let i = n - 1; i >= 0; i--) I32[sp++] = tag === Tag.TUPLE ? tupleGet(seq, i) : listGet(seq, i);
      return sp;
    }
  }
  const items = collectItems(seq, n + 1, `cannot unpack non-iterable ${ops.tname(seq)} object`);
  try {
    const len = listLen(items);
    if (len < n) raise('ValueError', `not enough values to unpack (expected ${n}, got ${len})`);
    if (len > n) raise('ValueError', `too many values to unpack (expected ${n})`);
    for (let i = n - 1; i >= 0; i--) I32[sp++] = listGet(items, i);
    return sp;
  } finally {
    unroot(itemsMark);
  }
}

let itemsMark = 0;
/** Collects up to `limit` items (Infinity for all) of an iterable into a rooted list (unroot itemsMark). */
function collectItems(seq: Ref, limit: number, notIterable: string): Ref {
  let it: Ref;
  try {
    it = ops.getIter(seq);
  } catch (e) {
    const ex = toException(e);
    if (isSubtype(typeOf(ex), TYPES.get('TypeError')!) && !ops.isIterable(seq)) raise('TypeError', notIterable);
    throw PY_THROWN;
  }
  const items = newList(0);
  itemsMark = root(items);
  root(it);
  while (listLen(items) < limit) {
    const v = ops.iterNext(it);
    if (v === NULL) break;
    listAppend(items, v);
  }
  return items;
}

function unpackEx(seq: Ref, before: number, after: number, sp: number): number {
  const items = collectItems(seq, Infinity, `cannot unpack non-iterable ${ops.tname(seq)} object`);
  const m = itemsMark;
  try {
    const len = listLen(items);
    if (len < before + after)
      raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${len})`);
    for (let i = len - 1; i >= len - after; i--) I32[sp++] = listGet(items, i);
    const mid = newList(len - before - after);
    for (let i = before; i < len - after; i++) I32[(I32[(mid >> 2) + L_ITEMS] >> 2) + T_ITEMS + i - before] = listGet(items, i);
    I32[sp++] = mid;
    for (let i = before - 1; i >= 0; i--) I32[sp++] = listGet(items, i);
    return sp;
  } finally {
    unroot(m);
  }
}

function makeFunction(code: Ref, globals: Ref, flags: number, defaults: Ref, kwdefaults: Ref, closure: Ref): Ref {
  const f = alloc(FUNCTION_WORDS, Tag.FUNCTION, T.function, 0);
  const w = f >> 2;
  I32[w + FN_CODE] = code;
  I32[w + FN_GLOBALS] = globals;
  I32[w + FN_NAME] = I32[(code >> 2) + CO_NAME];
  I32[w + FN_QUALNAME] = I32[(code >> 2) + CO_QUALNAME];
  I32[w + FN_DEFAULTS] = flags & 1 ? defaults : NULL;
  I32[w + FN_KWDEFAULTS] = flags & 2 ? kwdefaults : NULL;
  I32[w + FN_CLOSURE] = flags & 8 ? closure : NULL;
  const mod = dictGetStr(globals, ops.N.__name__);
  I32[w + FN_MODULE] = mod !== NULL ? mod : NONE;
  const consts = I32[(code >> 2) + CO_CONSTS] as Ref;
  const doc = tupleLen(consts) > 0 ? tupleGet(consts, 0) : NONE;
  I32[w + FN_DOC] = ops.isStr(doc) ? doc : NONE; // the compiler puts the docstring (or None) first
  return f;
}

function checkExcMatch(exc: Ref, type: Ref): boolean {
  if (ops.tagOf(type) === Tag.TUPLE) {
    const n = tupleLen(type);
    for (let i = 0; i < n; i++) if (checkExcMatch(exc, tupleGet(type, i))) return true;
    return false;
  }
  if (ops.tagOf(type) !== Tag.TYPE || (typeFlags(type) & TF_EXC) === 0)
    raise('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  return isSubtype(typeOf(exc), type);
}

/** The exception instance for `raise x`: instantiates classes, checks the type. */
function makeRaisable(x: Ref): Ref {
  if (ops.tagOf(x) === Tag.TYPE && (typeFlags(x) & TF_EXC) !== 0) {
    const e = callWith(x);
    if (!isExceptionInstance(e))
      raise('TypeError', `calling ${typeName(x)} should have returned an instance of BaseException, not ${ops.tname(e)}`);
    return e;
  }
  if (isExceptionInstance(x)) return x;
  raise('TypeError', 'exceptions must derive from BaseException');
}

function doRaise(n: number, exc: Ref, cause: Ref): never {
  if (n === 0) {
    const cur = handledException();
    if (cur === NULL) raise('RuntimeError', 'No active exception to reraise');
    reraising = true;
    I32[TS + TH_CUREXC] = cur;
    throw PY_THROWN;
  }
  const e = makeRaisable(exc);
  if (n === 2) {
    let c: Ref = NONE;
    if (cause !== NONE) {
      if (ops.tagOf(cause) === Tag.TYPE && (typeFlags(cause) & TF_EXC) !== 0) c = callWith(cause);
      else if (isExceptionInstance(cause)) c = cause;
      else raise('TypeError', 'exception causes must derive from BaseException');
    }
    I32[(e >> 2) + EX_CAUSE] = c;
    I32[(e >> 2) + EX_SUPPRESS] = mkSmall(1);
  }
  throwExc(e);
}

function beforeWith(mgr: Ref, sp: number): void {
  const tp = typeOf(mgr);
  const enter = lookupType(tp, ops.N.__enter__);
  const exit = lookupType(tp, ops.N.__exit__);
  if (enter === NULL || exit === NULL) {
    raise('TypeError', `'${typeName(tp)}' object does not support the context manager protocol`);
  }
  I32[sp - 1] = ops.bindDescr(exit, mgr, tp);
  I32[sp] = mgr; // keep the manager rooted while __enter__ runs
  const r = callWith(enter, mgr);
  I32[sp] = r;
}

/** SEND for a receiver that is not a generator: send(value) or next(). Sets genYielded. */
export function sendTo(recv: Ref, value: Ref): Ref {
  if (ops.tagOf(recv) === Tag.GENERATOR) return genResume(recv, value, NULL);
  if (ops.tagOf(recv) === Tag.ITER && I32[(recv >> 2) + H_AUX] >= IterKind.AGEN_AWAIT) return agenAwaitableSend(recv, value, NULL);
  if (value === NONE && ops.tagOf(recv) === Tag.ITER) {
    // builtin iterators end without a value
    const v = ops.iterNext(recv);
    genYielded = v !== NULL;
    return v === NULL ? NONE : v;
  }
  // next() or send(): a StopIteration's value is the value of the `yield from`
  const method = value === NONE ? lookupType(typeOf(recv), ops.N.__next__) : ops.getAttr(recv, ops.N.send);
  if (method === NULL) raise('TypeError', `'${ops.tname(recv)}' object is not an iterator`);
  try {
    const v = value === NONE ? callWith(method, recv) : callWith(method, value);
    genYielded = true;
    return v;
  } catch (e) {
    const ex = toException(e);
    if (isSubtype(typeOf(ex), T.StopIteration)) {
      genYielded = false;
      return stopValue(ex);
    }
    throw PY_THROWN;
  }
}

function stopValue(ex: Ref): Ref {
  const args = I32[(ex >> 2) + 4] as Ref;
  return tupleLen(args) > 0 ? tupleGet(args, 0) : NONE;
}

export function getAwaitable(x: Ref, where: number): Ref {
  if (ops.tagOf(x) === Tag.GENERATOR && typeOf(x) === T.coroutine) return x;
  const f = lookupType(typeOf(x), ops.N.__await__);
  if (f === NULL) {
    if (where === 1) raise('TypeError', `'async with' received an object from __aenter__ that does not implement __await__: ${ops.tname(x)}`);
    if (where === 2) raise('TypeError', `'async with' received an object from __aexit__ that does not implement __await__: ${ops.tname(x)}`);
    raise('TypeError', `object ${ops.tname(x)} can't be used in 'await' expression`);
  }
  const it = callWith(f, x);
  if (ops.tagOf(it) === Tag.GENERATOR && typeOf(it) === T.coroutine)
    raise('TypeError', '__await__() returned a coroutine');
  if (ops.tagOf(it) !== Tag.GENERATOR && ops.tagOf(it) !== Tag.ITER && lookupType(typeOf(it), ops.N.__next__) === NULL)
    raise('TypeError', `__await__() returned non-iterator of type '${ops.tname(it)}'`);
  return it;
}

/** A list iterator's next item inline (FOR_ITER fast path), or NULL. */

// ---------------------------------------------------------------- the loop

/**
 * Runs frame `fp0` (already linked: FR_BACK, TH_FRAME, FRAME_ENTRY set) until it returns or yields.
 * When `throwIn` is not NULL, raises it at the frame's current instruction first (gen.throw()).
 */
export function evalFrame(fp0: number, throwIn: Ref = NULL): Ref {
  // Local copies of the heap views: module bindings cost a check on every access.
  const I32 = MEM.I32;
  const F64 = MEM.F64;
  let fp = fp0;
  let codeRef = NULL;
  let cw = 0;
  let code = 0;
  let consts = 0;
  let names = 0;
  let lp = 0;
  let pc = 0;
  let sp = 0;
  let ticks = checkInterval;
  let pendingThrow = throwIn;

  outer: for (;;) {
    // (Re)load the registers of frame fp: on entry, and after every frame switch (a switch stores the
    // target frame's pc and sp in its FR_PC/FR_SP words and continues here).
    codeRef = I32[fp + FR_CODE] as Ref;
    cw = codeRef >> 2;
    code = (I32[cw + CO_CODE] >> 2) + 4;
    consts = (I32[cw + CO_CONSTS] >> 2) + 4;
    names = (I32[cw + CO_NAMES] >> 2) + 4;
    lp = fp + FR_FIXED;
    pc = I32[fp + FR_PC];
    sp = I32[fp + FR_SP];
    try {
      if (pendingThrow !== NULL) {
        const e = pendingThrow;
        pendingThrow = NULL;
        // raised "at" pc - 1: the YIELD_VALUE the generator is suspended in
        throwExc(e);
      }
      for (;;) {
        if (--ticks <= 0) {
          I32[fp + FR_SP] = sp;
          I32[fp + FR_PC] = pc;
          ticks = checkInterval;
          // An exception from the check (KeyboardInterrupt) belongs to the instruction about to run:
          // the unwinder looks handlers up at pc - 1.
          pc++;
          periodic();
          pc--;
        }
        const ins = I32[code + pc++];
        const arg = ins >>> 8;
        switch (ins & 0xff) {
          case Op.NOP:
            break;
          case Op.POP_TOP:
            sp--;
            break;
          case Op.COPY:
            I32[sp] = I32[sp - arg];
            sp++;
            break;
          case Op.SWAP: {
            const t = I32[sp - 1];
            I32[sp - 1] = I32[sp - arg];
            I32[sp - arg] = t;
            break;
          }
          case Op.PUSH_NULL:
            I32[sp++] = 0;
            break;

          // ---------------------------------------------------------------- names
          case Op.LOAD_CONST:
            I32[sp++] = I32[consts + arg];
            break;
          case Op.LOAD_FAST: {
            const v = I32[lp + arg];
            if (v === 0) {
              I32[fp + FR_SP] = sp;
              unboundLocal(codeRef, arg);
            }
            I32[sp++] = v;
            // LOAD_FAST then LOAD_FAST or LOAD_CONST (a + b, i + 1) in one dispatch, as CPython's
            // LOAD_FAST__LOAD_FAST and LOAD_FAST__LOAD_CONST.
            const nx = I32[code + pc];
            const nop = nx & 0xff;
            if (nop === Op.LOAD_CONST) {
              I32[sp++] = I32[consts + (nx >>> 8)];
              pc++;
              ticks--; // the switch interval counts instructions, fused or not
            } else if (nop === Op.LOAD_FAST) {
              const w = I32[lp + (nx >>> 8)];
              if (w !== 0) {
                I32[sp++] = w;
                pc++;
                ticks--;
              }
            }
            break;
          }
          case Op.STORE_FAST: {
            I32[lp + arg] = I32[--sp];
            // STORE_FAST then LOAD_FAST (x = ...; x ...), as CPython's STORE_FAST__LOAD_FAST.
            const nx = I32[code + pc];
            if ((nx & 0xff) === Op.LOAD_FAST) {
              const w = I32[lp + (nx >>> 8)];
              if (w !== 0) {
                I32[sp++] = w;
                pc++;
                ticks--;
              }
            }
            break;
          }
          case Op.DELETE_FAST:
            if (I32[lp + arg] === 0) {
              I32[fp + FR_SP] = sp;
              unboundLocal(codeRef, arg);
            }
            I32[lp + arg] = 0;
            break;
          case Op.LOAD_DEREF: {
            const v = I32[(I32[lp + arg] >> 2) + CELL_CONTENTS];
            if (v === 0) {
              I32[fp + FR_SP] = sp;
              unboundDeref(codeRef, arg);
            }
            I32[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            I32[(I32[lp + arg] >> 2) + CELL_CONTENTS] = I32[--sp];
            break;
          case Op.DELETE_DEREF: {
            const c = (I32[lp + arg] >> 2) + CELL_CONTENTS;
            if (I32[c] === 0) {
              I32[fp + FR_SP] = sp;
              unboundDeref(codeRef, arg);
            }
            I32[c] = 0;
            break;
          }
          case Op.LOAD_CLOSURE:
            I32[sp++] = I32[lp + arg];
            break;
          case Op.LOAD_CLASSDEREF: {
            I32[fp + FR_SP] = sp;
            const name = newStrName(codeRef, arg);
            const locals = I32[fp + FR_LOCALS] as Ref;
            let v = locals !== NULL ? dictGetStr(locals, name) : NULL;
            if (v === NULL) {
              v = I32[(I32[lp + arg] >> 2) + CELL_CONTENTS] as Ref;
              if (v === NULL) unboundDeref(codeRef, arg);
            }
            I32[sp++] = v;
            break;
          }
          case Op.LOAD_GLOBAL: {
            // Inline cache keyed by the instruction's heap address, valid while neither the
            // globals nor the builtins dict changed (their version words) and no collection ran.
            const key = code + pc;
            const h = key & GCACHE_MASK;
            const g = I32[fp + FR_GLOBALS];
            if (gcKey[h] === key && gcDict[h] === g && gcVer[h] === I32[(g >> 2) + D_VERSION] && gcBVer[h] === I32[(vmState.builtins >> 2) + D_VERSION]) {
              I32[sp++] = gcVal[h];
              break;
            }
            const name = I32[names + arg] as Ref;
            let v = dictGetStr(g as Ref, name);
            if (v === NULL) {
              v = dictGetStr(vmState.builtins, name);
              if (v === NULL) {
                I32[fp + FR_SP] = sp;
                nameError(name);
              }
            }
            gcKey[h] = key;
            gcDict[h] = g;
            gcVer[h] = I32[(g >> 2) + D_VERSION];
            gcBVer[h] = I32[(vmState.builtins >> 2) + D_VERSION];
            gcVal[h] = v;
            I32[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL:
            dictSetStr(I32[fp + FR_GLOBALS] as Ref, I32[names + arg] as Ref, I32[--sp] as Ref);
            break;
          case Op.DELETE_GLOBAL:
            if (!dictDel(I32[fp + FR_GLOBALS] as Ref, I32[names + arg] as Ref)) {
              I32[fp + FR_SP] = sp;
              nameError(I32[names + arg] as Ref);
            }
            break;
          case Op.LOAD_NAME: {
            const name = I32[names + arg] as Ref;
            const locals = I32[fp + FR_LOCALS] as Ref;
            let v = locals !== NULL ? dictGetStr(locals, name) : NULL;
            if (v === NULL) v = dictGetStr(I32[fp + FR_GLOBALS] as Ref, name);
            if (v === NULL) v = dictGetStr(vmState.builtins, name);
            if (v === NULL) {
              I32[fp + FR_SP] = sp;
              nameError(name);
            }
            I32[sp++] = v;
            break;
          }
          case Op.STORE_NAME: {
            I32[fp + FR_SP] = sp;
            const locals = I32[fp + FR_LOCALS] as Ref;
            dictSetStr(locals !== NULL ? locals : (I32[fp + FR_GLOBALS] as Ref), I32[names + arg] as Ref, I32[sp - 1] as Ref);
            sp--;
            break;
          }
          case Op.DELETE_NAME: {
            const locals = I32[fp + FR_LOCALS] as Ref;
            if (!dictDel(locals !== NULL ? locals : (I32[fp + FR_GLOBALS] as Ref), I32[names + arg] as Ref)) {
              I32[fp + FR_SP] = sp;
              nameError(I32[names + arg] as Ref);
            }
            break;
          }
          case Op.LOAD_ATTR: {
            const obj = I32[sp - 1];
            const name = I32[names + arg] as Ref;
            // Fast path: an attribute in a plain instance's dict, not shadowed by a data descriptor.
            if ((obj & 1) === 0 && (I32[obj >> 2] & 0xff) === Tag.INSTANCE && (I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) === 0) {
              const d = I32[(obj >> 2) + INST_DICT];
              if (d !== 0) {
                const descr = lookupType(I32[(obj >> 2) + H_TYPE] as Ref, name);
                if (descr === 0 || (descr & 1) === 1 || ((I32[descr >> 2] & 0xff) !== Tag.PROPERTY && (I32[descr >> 2] & 0xff) !== Tag.INSTANCE)) {
                  const v = dictGetStr(d as Ref, name);
                  if (v !== NULL) {
                    I32[sp - 1] = v;
                    break;
                  }
                }
              }
            }
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = ops.getAttr(obj as Ref, name);
            break;
          }
          case Op.STORE_ATTR: {
            const obj = I32[sp - 1];
            const name = I32[names + arg] as Ref;
            // Fast path: a plain instance whose class keeps object.__setattr__ and has no descriptor.
            if ((obj & 1) === 0 && (I32[obj >> 2] & 0xff) === Tag.INSTANCE && (I32[(name >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) === 0) {
              const d = I32[(obj >> 2) + INST_DICT];
              const tp = I32[(obj >> 2) + H_TYPE] as Ref;
              if (d !== 0 && lookupType(tp, ops.N.__setattr__) === ops.objectSetattr.set) {
                const descr = lookupType(tp, name);
                if (descr === 0 || (descr & 1) === 1 || ((I32[descr >> 2] & 0xff) !== Tag.PROPERTY && (I32[descr >> 2] & 0xff) !== Tag.INSTANCE)) {
                  I32[fp + FR_SP] = sp;
                  dictSetStr(d as Ref, name, I32[sp - 2] as Ref);
                  sp -= 2;
                  break;
                }
              }
            }
            I32[fp + FR_SP] = sp;
            ops.setAttr(obj as Ref, name, I32[sp - 2] as Ref);
            sp -= 2;
            break;
          }
          case Op.DELETE_ATTR:
            I32[fp + FR_SP] = sp;
            ops.setAttr(I32[sp - 1] as Ref, I32[names + arg] as Ref, NULL);
            sp--;
            break;
          case Op.LOAD_METHOD: {
            const obj = I32[sp - 1] as Ref;
            const mname = I32[names + arg] as Ref;
            // Fast path: a Python function found on a plain instance's class, not shadowed by its dict.
            if ((obj & 1) === 0 && (I32[obj >> 2] & 0xff) === Tag.INSTANCE && (I32[(mname >> 2) + S_FLAGS] & STR_SPECIAL_ATTR) === 0) {
              const descr = lookupType(I32[(obj >> 2) + H_TYPE] as Ref, mname);
              if (descr !== 0 && (descr & 1) === 0 && (I32[descr >> 2] & 0xff) === Tag.FUNCTION) {
                const d = I32[(obj >> 2) + INST_DICT];
                if (d === 0 || dictGetStr(d as Ref, mname) === NULL) {
                  I32[sp - 1] = descr;
                  I32[sp++] = obj;
                  break;
                }
              }
            }
            I32[fp + FR_SP] = sp;
            const m = ops.loadMethod(obj, I32[names + arg] as Ref);
            if (ops.methodOut.unbound) {
              I32[sp - 1] = m;
              I32[sp++] = obj;
            } else {
              I32[sp - 1] = 0;
              I32[sp++] = m;
            }
            break;
          }

          // ---------------------------------------------------------------- operators
          case Op.BINARY_OP: {
            const b = I32[sp - 1];
            const a = I32[sp - 2];
            if ((a & b & 1) === 1) {
              // + and - of small ints right here (the sum of two 31-bit ints fits an int32);
              // the other operators in ops.smallBinary.
              if (arg === 0 || arg === 13 || arg === 10 || arg === 23) {
                const r = arg === 0 || arg === 13 ? (a >> 1) + (b >> 1) : (a >> 1) - (b >> 1);
                if (r >= -0x40000000 && r <= 0x3fffffff) {
                  I32[--sp - 1] = (r << 1) | 1;
                  break;
                }
              }
              const r = ops.smallBinary(a >> 1, b >> 1, arg);
              if (r !== NULL) {
                I32[--sp - 1] = r;
                break;
              }
            } else if ((a & 1) === 0 && (b & 1) === 0 && (I32[a >> 2] & 0xff) === Tag.FLOAT && (I32[b >> 2] & 0xff) === Tag.FLOAT) {
              const x = F64[(a >> 3) + (F_VALUE >> 1)];
              const y = F64[(b >> 3) + (F_VALUE >> 1)];
              const o = arg >= 13 ? arg - 13 : arg;
              let r = 0;
              let ok = true;
              if (o === 0) r = x + y;
              else if (o === 10) r = x - y;
              else if (o === 5) r = x * y;
              else if (o === 11 && y !== 0) r = x / y;
              else ok = false;
              if (ok) {
                I32[--sp - 1] = newFloat(r);
                break;
              }
            }
            I32[fp + FR_SP] = sp;
            if ((a & 1) === 0 && (b & 1) === 0) {
              // a.__add__(b) of a Python class: run it in this loop (FRAME_BINOP), not through a JS call.
              const f = ops.inlineBinaryDunder(a as Ref, b as Ref, arg);
              const nfp = f !== NULL ? pushSimpleFrame(f, sp - 2, 2) : 0;
              if (nfp !== 0) {
                I32[fp + FR_PC] = pc;
                I32[nfp + FR_FLAGS] = FRAME_BINOP;
                I32[nfp + FR_BACK] = fp;
                fp = nfp;
                I32[TS + TH_FRAME] = fp;
                continue outer;
              }
            }
            const r = ops.binaryOp(a as Ref, b as Ref, arg);
            I32[--sp - 1] = r;
            break;
          }
          case Op.UNARY_POSITIVE:
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = ops.unaryPos(I32[sp - 1] as Ref);
            break;
          case Op.UNARY_NEGATIVE:
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = ops.unaryNeg(I32[sp - 1] as Ref);
            break;
          case Op.UNARY_NOT: {
            const v = I32[sp - 1];
            if (v === TRUE_REF) I32[sp - 1] = FALSE;
            else if (v === FALSE_REF || v === NONE_REF) I32[sp - 1] = TRUE;
            else {
              I32[fp + FR_SP] = sp;
              I32[sp - 1] = ops.truthy(v as Ref) ? FALSE : TRUE;
            }
            break;
          }
          case Op.UNARY_INVERT:
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = ops.unaryInvert(I32[sp - 1] as Ref);
            break;
          case Op.COMPARE_OP: {
            const b = I32[sp - 1];
            const a = I32[sp - 2];
            if ((a & b & 1) === 1) {
              let c: boolean;
              switch (arg) {
                case 0: c = a < b; break;
                case 1: c = a <= b; break;
                case 2: c = a === b; break;
                case 3: c = a !== b; break;
                case 4: c = a > b; break;
                default: c = a >= b;
              }
              // A compare that a conditional jump consumes (while i < n, if x == 0) branches here,
              // as CPython's COMPARE_OP_INT_JUMP does, without making the bool.
              const nx = I32[code + pc];
              if ((nx & 0xff) === Op.POP_JUMP_IF_FALSE) {
                sp -= 2;
                pc = c ? pc + 1 : nx >>> 8;
                ticks--; // the switch interval counts instructions, fused or not
                break;
              }
              if ((nx & 0xff) === Op.POP_JUMP_IF_TRUE) {
                sp -= 2;
                pc = c ? nx >>> 8 : pc + 1;
                ticks--;
                break;
              }
              I32[--sp - 1] = c ? TRUE : FALSE;
              break;
            }
            I32[fp + FR_SP] = sp;
            const r = ops.compareOp(a as Ref, b as Ref, arg);
            I32[--sp - 1] = r;
            break;
          }
          case Op.IS_OP: {
            const r = (I32[sp - 2] === I32[sp - 1]) !== (arg === 1);
            I32[--sp - 1] = r ? TRUE : FALSE;
            break;
          }
          case Op.CONTAINS_OP: {
            I32[fp + FR_SP] = sp;
            const r = ops.contains(I32[sp - 1] as Ref, I32[sp - 2] as Ref) !== (arg === 1);
            I32[--sp - 1] = r ? TRUE : FALSE;
            break;
          }
          case Op.BINARY_SUBSCR: {
            const k = I32[sp - 1];
            const c = I32[sp - 2];
            if ((k & 1) === 1 && (c & 1) === 0 && (I32[c >> 2] & 0xff) === Tag.LIST && I32[(c >> 2) + H_TYPE] === T.list) {
              let i = k >> 1;
              const n = I32[(c >> 2) + H_AUX];
              if (i < 0) i += n;
              if (i >= 0 && i < n) {
                I32[--sp - 1] = I32[(I32[(c >> 2) + L_ITEMS] >> 2) + T_ITEMS + i];
                break;
              }
            }
            I32[fp + FR_SP] = sp;
            const r = ops.getItem(c as Ref, k as Ref);
            I32[--sp - 1] = r;
            break;
          }
          case Op.STORE_SUBSCR: {
            const k = I32[sp - 1];
            const c = I32[sp - 2];
            if ((k & 1) === 1 && (c & 1) === 0 && (I32[c >> 2] & 0xff) === Tag.LIST && I32[(c >> 2) + H_TYPE] === T.list) {
              let i = k >> 1;
              const n = I32[(c >> 2) + H_AUX];
              if (i < 0) i += n;
              if (i >= 0 && i < n) {
                I32[(I32[(c >> 2) + L_ITEMS] >> 2) + T_ITEMS + i] = I32[sp - 3];
                sp -= 3;
                break;
              }
            }
            I32[fp + FR_SP] = sp;
            ops.setItem(c as Ref, k as Ref, I32[sp - 3] as Ref);
            sp -= 3;
            break;
          }
          case Op.DELETE_SUBSCR:
            I32[fp + FR_SP] = sp;
            ops.delItem(I32[sp - 2] as Ref, I32[sp - 1] as Ref);
            sp -= 2;
            break;
          case Op.BUILD_SLICE: {
            const s = newFields(Tag.SLICE, T.slice, 0, 4);
            const w = s >> 2;
            if (arg === 3) {
              I32[w + R_STEP] = I32[--sp];
            } else I32[w + R_STEP] = NONE;
            I32[w + R_STOP] = I32[--sp];
            I32[w + R_START] = I32[--sp];
            I32[sp++] = s;
            break;
          }

          // ---------------------------------------------------------------- building
          case Op.BUILD_TUPLE: {
            const t = buildTupleFromStack(sp - arg, arg);
            sp -= arg;
            I32[sp++] = t;
            break;
          }
          case Op.BUILD_LIST: {
            const l = buildListFromStack(sp - arg, arg);
            sp -= arg;
            I32[sp++] = l;
            break;
          }
          case Op.BUILD_SET: {
            I32[fp + FR_SP] = sp;
            const s = newSet(T.set);
            I32[sp] = s; // rooted above the items while hashing may run Python code
            I32[fp + FR_SP] = sp + 1;
            for (let i = sp - arg; i < sp; i++) setAdd(s, I32[i] as Ref);
            sp -= arg;
            I32[sp++] = s;
            break;
          }
          case Op.BUILD_MAP: {
            I32[fp + FR_SP] = sp;
            const d = newDict(T.dict, arg);
            I32[sp] = d;
            I32[fp + FR_SP] = sp + 1;
            for (let i = sp - 2 * arg; i < sp; i += 2) dictSet(d, I32[i] as Ref, I32[i + 1] as Ref);
            sp -= 2 * arg;
            I32[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - arg; i < sp; i++) s += strValue(I32[i] as Ref);
            sp -= arg;
            I32[sp++] = newStr(s);
            break;
          }
          case Op.LIST_APPEND: {
            const v = I32[--sp] as Ref;
            listAppend(I32[sp - arg] as Ref, v);
            break;
          }
          case Op.SET_ADD:
            I32[fp + FR_SP] = sp;
            setAdd(I32[sp - 1 - arg] as Ref, I32[sp - 1] as Ref);
            sp--;
            break;
          case Op.MAP_ADD:
            I32[fp + FR_SP] = sp;
            dictSet(I32[sp - 2 - arg] as Ref, I32[sp - 2] as Ref, I32[sp - 1] as Ref);
            sp -= 2;
            break;
          case Op.LIST_EXTEND:
            I32[fp + FR_SP] = sp;
            listExtend(I32[sp - 1 - arg] as Ref, I32[sp - 1] as Ref);
            sp--;
            break;
          case Op.SET_UPDATE: {
            I32[fp + FR_SP] = sp;
            const src = I32[sp - 1] as Ref;
            const dst = I32[sp - 1 - arg] as Ref;
            if (ops.tagOf(src) === Tag.SET && setLen(dst) === 0 && typeOf(src) === T.frozenset) {
              // `{1, 2, 3}` compiles to a frozenset constant: CPython copies its table (order!)
              I32[sp - 1 - arg] = setCopy(src, T.set);
            } else setUpdate(dst, src);
            sp--;
            break;
          }
          case Op.DICT_UPDATE:
            I32[fp + FR_SP] = sp;
            dictMerge(I32[sp - 1 - arg] as Ref, I32[sp - 1] as Ref, false, NULL);
            sp--;
            break;
          case Op.DICT_MERGE:
            I32[fp + FR_SP] = sp;
            dictMerge(I32[sp - 1 - arg] as Ref, I32[sp - 1] as Ref, true, I32[sp - 3 - arg] as Ref);
            sp--;
            break;
          case Op.LIST_TO_TUPLE: {
            const l = I32[sp - 1] as Ref;
            const n = listLen(l);
            const t = buildTupleFromStack((I32[(l >> 2) + L_ITEMS] >> 2) + T_ITEMS, n);
            I32[sp - 1] = t;
            break;
          }
          case Op.FORMAT_VALUE: {
            I32[fp + FR_SP] = sp;
            if (arg & 4) {
              const r = formatValue(I32[sp - 2] as Ref, arg & 3, I32[sp - 1] as Ref);
              I32[--sp - 1] = r;
            } else {
              I32[sp - 1] = formatValue(I32[sp - 1] as Ref, arg & 3, NULL);
            }
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = I32[sp - 1] as Ref;
            // An exact tuple of the right length (for a, b in pairs; x, y = point): straight onto the
            // stack, as CPython's UNPACK_SEQUENCE_TUPLE.
            if ((seq & 1) === 0 && (I32[seq >> 2] & 0xff) === Tag.TUPLE && I32[(seq >> 2) + H_TYPE] === T.tuple && I32[(seq >> 2) + H_AUX] === arg) {
              const items = (seq >> 2) + T_ITEMS;
              sp--;
              for (let i = arg - 1; i >= 0; i--) I32[sp++] = I32[items + i];
              break;
            }
            I32[fp + FR_SP] = sp;
            const m = root(seq);
            try {
              sp = unpackSequence(seq, arg, sp - 1);
            } finally {
              unroot(m);
            }
            break;
          }
          case Op.UNPACK_EX: {
            I32[fp + FR_SP] = sp;
            const seq = I32[sp - 1] as Ref;
            const m = root(seq);
            try {
              sp = unpackEx(seq, arg & 0xff, arg >> 8, sp - 1);
            } finally {
              unroot(m);
            }
            break;
          }

          // ---------------------------------------------------------------- control flow
          case Op.JUMP:
            pc = arg;
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = I32[sp - 1];
            if (v === FALSE_REF || v === NONE_REF) pc = arg;
            else if (v !== TRUE_REF) {
              I32[fp + FR_SP] = sp;
              if (!ops.truthy(v as Ref)) pc = arg;
            }
            sp--;
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = I32[sp - 1];
            if (v === TRUE_REF) pc = arg;
            else if (v !== FALSE_REF && v !== NONE_REF) {
              I32[fp + FR_SP] = sp;
              if (ops.truthy(v as Ref)) pc = arg;
            }
            sp--;
            break;
          }
          case Op.POP_JUMP_IF_NONE:
            if (I32[--sp] === NONE_REF) pc = arg;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (I32[--sp] !== NONE_REF) pc = arg;
            break;
          case Op.JUMP_IF_FALSE_OR_POP: {
            I32[fp + FR_SP] = sp;
            if (!ops.truthy(I32[sp - 1] as Ref)) pc = arg;
            else sp--;
            break;
          }
          case Op.JUMP_IF_TRUE_OR_POP: {
            I32[fp + FR_SP] = sp;
            if (ops.truthy(I32[sp - 1] as Ref)) pc = arg;
            else sp--;
            break;
          }
          case Op.GET_ITER:
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = ops.getIter(I32[sp - 1] as Ref);
            break;
          case Op.FOR_ITER: {
            const it = I32[sp - 1];
            const iw = it >> 2;
            if ((I32[iw] & 0xff) === Tag.ITER) {
              const kind = I32[iw + H_AUX];
              if (kind === IterKind.RANGE) {
                const cur = I32[iw + IT_SRC];
                const stop = I32[iw + IT_A];
                const step = I32[iw + IT_B];
                if ((cur & stop & step & 1) === 1) {
                  const st = step >> 1;
                  if (st > 0 ? cur < stop : cur > stop) {
                    const nx = (cur >> 1) + st;
                    if (nx >= -0x40000000 && nx <= 0x3fffffff) {
                      I32[iw + IT_SRC] = (nx << 1) | 1;
                      I32[sp++] = cur;
                      break;
                    }
                  } else {
                    sp--;
                    pc = arg;
                    break;
                  }
                }
              } else if (kind === IterKind.LIST) {
                const src = I32[iw + IT_SRC];
                const pos = I32[iw + IT_POS] >> 1;
                if (src !== 0 && pos < I32[(src >> 2) + H_AUX]) {
                  I32[iw + IT_POS] = ((pos + 1) << 1) | 1;
                  I32[sp++] = I32[(I32[(src >> 2) + L_ITEMS] >> 2) + T_ITEMS + pos];
                  break;
                }
              }
            }
            if ((I32[iw] & 0xff) === Tag.GENERATOR && I32[iw + H_TYPE] === T.generator) {
              // Resume the generator's frame in this loop (see FRAME_GEN_INLINE).
              const state = I32[iw + H_AUX];
              if ((state === GEN_SUSPENDED || state === GEN_CREATED) && I32[TS + TH_DEPTH] < recursionLimit()) {
                const gfp = (I32[iw + GEN_FRAME] >> 2) + 4;
                if (state === GEN_SUSPENDED) I32[I32[gfp + FR_SP]++] = NONE;
                I32[fp + FR_SP] = sp;
                I32[fp + FR_PC] = pc;
                enterInline(iw, gfp, fp);
                fp = gfp;
                continue outer;
              }
            }
            I32[fp + FR_SP] = sp;
            I32[fp + FR_PC] = pc;
            const v = ops.iterNext(it as Ref);
            if (v === NULL) {
              sp--;
              pc = arg;
            } else I32[sp++] = v;
            break;
          }
          case Op.RETURN_VALUE: {
            const v = I32[--sp] as Ref;
            const flags = I32[fp + FR_FLAGS];
            if (flags & FRAME_ENTRY) {
              yielded = false;
              I32[fp + FR_SP] = sp;
              I32[fp + FR_PC] = pc;
              leaveFrame(fp);
              return v;
            }
            if (flags & FRAME_GEN_INLINE) {
              // The generator finished: in a for loop, pop the iterator and leave the loop; in a
              // `yield from`/`await`, its value replaces the receiver. Either way the caller goes on
              // at the target of its FOR_ITER or SEND (the instruction just before its pc).
              fp = leaveInline(fp, false);
              const cins = I32[(I32[(I32[fp + FR_CODE] >> 2) + CO_CODE] >> 2) + 4 + I32[fp + FR_PC] - 1];
              if ((cins & 0xff) === Op.SEND) I32[I32[fp + FR_SP] - 1] = v;
              else I32[fp + FR_SP]--;
              I32[fp + FR_PC] = cins >>> 8;
              continue outer;
            }
            // Return to the Python caller in this loop.
            const back = I32[fp + FR_BACK];
            I32[TS + TH_DSTOP] = fp;
            I32[TS + TH_DEPTH]--;
            I32[fp + FR_BACK] = 0;
            const init = flags & FRAME_INIT;
            fp = back;
            I32[TS + TH_FRAME] = fp;
            if (init) {
              // The instance is already on the caller's stack (see the CALL of a class).
              if (v !== NONE) {
                pc = I32[fp + FR_PC]; // the error belongs to the caller's CALL
                raise('TypeError', `__init__() should return None, not '${ops.tname(v)}'`);
              }
            } else if (flags & FRAME_BINOP) {
              // The operands are still on the caller's stack (see BINARY_OP).
              const csp = I32[fp + FR_SP];
              if (v === NOTIMPL_REF) {
                pc = I32[fp + FR_PC]; // the error belongs to the caller's BINARY_OP
                const cins = I32[(I32[(I32[fp + FR_CODE] >> 2) + CO_CODE] >> 2) + 4 + pc - 1];
                ops.binaryError(I32[csp - 2] as Ref, I32[csp - 1] as Ref, cins >>> 8);
              }
              I32[csp - 2] = v;
              I32[fp + FR_SP] = csp - 1;
            } else I32[I32[fp + FR_SP]++] = v;
            continue outer;
          }

          // ---------------------------------------------------------------- functions and calls
          case Op.MAKE_FUNCTION: {
            let p = sp - 1;
            const codeObj = I32[p] as Ref;
            const closure = arg & 8 ? (I32[--p] as Ref) : NULL;
            const kwd = arg & 2 ? (I32[--p] as Ref) : NULL;
            const defs = arg & 1 ? (I32[--p] as Ref) : NULL;
            I32[fp + FR_SP] = sp;
            const f = makeFunction(codeObj, I32[fp + FR_GLOBALS] as Ref, arg, defs, kwd, closure);
            sp = p;
            I32[sp++] = f;
            break;
          }
          case Op.CALL:
          case Op.CALL_METHOD: {
            // The common calls first: a plain Python function, or a method looked up by LOAD_METHOD
            // (the function, then self), given exactly its positional arguments. Anything else falls
            // through to the general path below.
            const meth = (ins & 0xff) === Op.CALL_METHOD && I32[sp - arg - 2] !== NULL;
            const f = meth ? I32[sp - arg - 2] : I32[sp - arg - 1];
            if ((f & 1) === 0 && (I32[f >> 2] & 0xff) === Tag.FUNCTION) {
              const nfp = meth ? pushSimpleFrame(f as Ref, sp - arg - 1, arg + 1) : pushSimpleFrame(f as Ref, sp - arg, arg);
              if (nfp !== 0) {
                I32[fp + FR_SP] = (ins & 0xff) === Op.CALL_METHOD ? sp - arg - 2 : sp - arg - 1;
                I32[fp + FR_PC] = pc;
                I32[nfp + FR_BACK] = fp;
                fp = nfp;
                I32[TS + TH_FRAME] = fp;
                continue outer;
              }
            }
          }
          // falls through
          case Op.CALL_KW:
          case Op.CALL_FUNCTION_EX: {
            // Normalise the four call forms to (callable, argsBase, argc, kw, bottom).
            let callable: Ref;
            let base: number;
            let argc: number;
            let kw: Ref = NULL;
            let bottom: number; // sp after the call, before pushing the result
            let mark = -1;
            const op = ins & 0xff;
            if (op === Op.CALL) {
              callable = I32[sp - arg - 1] as Ref;
              base = sp - arg;
              argc = arg;
              bottom = sp - arg - 1;
            } else if (op === Op.CALL_METHOD) {
              const m = I32[sp - arg - 2] as Ref;
              bottom = sp - arg - 2;
              if (m !== NULL) {
                callable = m;
                base = sp - arg - 1;
                argc = arg + 1;
              } else {
                callable = I32[sp - arg - 1] as Ref;
                base = sp - arg;
                argc = arg;
              }
            } else if (op === Op.CALL_KW) {
              kw = I32[sp - 1] as Ref;
              callable = I32[sp - arg - 2] as Ref;
              base = sp - arg - 1;
              argc = arg;
              bottom = sp - arg - 2;
            } else {
              const hasKw = (arg & 1) !== 0;
              const kwargs = hasKw ? (I32[sp - 1] as Ref) : NULL;
              const posargs = I32[sp - (hasKw ? 2 : 1)] as Ref;
              callable = I32[sp - (hasKw ? 3 : 2)] as Ref;
              bottom = sp - (hasKw ? 3 : 2);
              I32[fp + FR_SP] = sp;
              // Build the argument vector in the roots array.
              let posTuple = posargs;
              if (ops.tagOf(posargs) !== Tag.TUPLE) {
                const l = newList(0);
                mark = root(l);
                listExtend(l, posargs);
                posTuple = buildTupleFromStack((I32[(l >> 2) + L_ITEMS] >> 2) + T_ITEMS, listLen(l));
                unroot(mark);
              }
              const np = tupleLen(posTuple);
              mark = root(posTuple);
              const nk = kwargs !== NULL ? dictLen(kwargs) : 0;
              let kwn: Ref = NULL;
              if (nk > 0) {
                kwn = newTuple(nk);
                root(kwn);
              }
              // The argument vector is a tuple's items (rooted), not the roots array: a call may pass
              // any number of arguments (gather(*ten_thousand_tasks)).
              let argv = posTuple;
              if (nk > 0) {
                argv = newTuple(np + nk);
                root(argv);
                const aw = (argv >> 2) + T_ITEMS;
                for (let i = 0; i < np; i++) I32[aw + i] = tupleGet(posTuple, i);
                let j = 0;
                for (let i = dictNext(kwargs, 0); i >= 0; i = dictNext(kwargs, i + 1)) {
                  const k = dictKeyAt(kwargs, i);
                  if (!ops.isStr(k)) raise('TypeError', 'keywords must be strings');
                  I32[(kwn >> 2) + T_ITEMS + j] = k;
                  I32[aw + np + j++] = dictValueAt(kwargs, i);
                }
              }
              base = (argv >> 2) + T_ITEMS;
              argc = np + nk;
              kw = kwn;
            }
            I32[fp + FR_SP] = sp;
            I32[fp + FR_PC] = pc;
            try {
              // Python functions run in this loop: push their frame and switch to it.
              let func = callable;
              let selfArg: Ref = NULL;
              const ctag = (callable & 1) === 0 ? I32[callable >> 2] & 0xff : -1;
              if (ctag === Tag.METHOD && mark < 0 && base > 0) {
                func = I32[(callable >> 2) + M_FUNC] as Ref;
                selfArg = I32[(callable >> 2) + M_SELF] as Ref;
              }
              const ftag = (func & 1) === 0 ? I32[func >> 2] & 0xff : -1;
              if (ftag === Tag.FUNCTION && !isGenCode(func)) {
                let nfp: number;
                if (selfArg !== NULL) {
                  // [.., method, a1..aN]: put self where the method was, call func(self, a1..aN).
                  I32[base - 1] = selfArg;
                  I32[fp + FR_SP] = sp;
                  nfp = pushFunctionFrame(func, base - 1, argc + 1, kw);
                } else {
                  nfp = pushFunctionFrame(func, base, argc, kw);
                }
                if (mark >= 0) unroot(mark);
                I32[fp + FR_SP] = bottom;
                I32[nfp + FR_BACK] = fp;
                fp = nfp;
                I32[TS + TH_FRAME] = fp;
                continue outer;
              }
              if (ftag === Tag.TYPE && mark < 0 && (typeFlags(func) & TF_HEAPTYPE) !== 0) {
                // C(...) for a class with object.__new__ and a Python __init__: run __init__ in this
                // loop. The instance sits in the caller's bottom slot (rooted) and is the result.
                const init = lookupType(func, ops.N.__init__);
                if (lookupType(func, ops.N.__new__) === vmHooks.objectNew && (init & 1) === 0 && init !== NULL &&
                    (I32[init >> 2] & 0xff) === Tag.FUNCTION && !isGenCode(init)) {
                  const inst = newInstanceHook.fn(func);
                  I32[bottom] = inst;
                  I32[base - 1] = inst;
                  const nfp = pushFunctionFrame(init, base - 1, argc + 1, kw);
                  I32[fp + FR_SP] = bottom + 1;
                  I32[nfp + FR_FLAGS] = FRAME_INIT;
                  I32[nfp + FR_BACK] = fp;
                  fp = nfp;
                  I32[TS + TH_FRAME] = fp;
                  continue outer;
                }
              }
              let r: Ref;
              if (ftag === Tag.BUILTIN && I32[(func >> 2) + 4] === NULL && selfArg === NULL) {
                r = NATIVES[I32[(func >> 2) + H_AUX]].fn(base, argc, kw);
              } else {
                r = call(callable, base, argc, kw);
              }
              if (mark >= 0) unroot(mark);
              sp = bottom;
              I32[sp++] = r;
            } catch (e) {
              if (mark >= 0) unroot(mark);
              throw e;
            }
            break;
          }
          case Op.LOAD_BUILD_CLASS:
            I32[sp++] = vmState.buildClass;
            break;

          // ---------------------------------------------------------------- exceptions
          case Op.RAISE_VARARGS: {
            I32[fp + FR_SP] = sp;
            const a = arg >= 1 ? (I32[sp - arg] as Ref) : NULL;
            const b = arg === 2 ? (I32[sp - 1] as Ref) : NULL;
            doRaise(arg, a, b);
            break;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = I32[sp - 1];
            const prev = I32[TS + TH_EXC_INFO];
            I32[sp - 1] = prev === 0 ? NONE : prev;
            I32[sp++] = exc;
            I32[TS + TH_EXC_INFO] = exc;
            break;
          }
          case Op.POP_EXCEPT: {
            const v = I32[--sp];
            I32[TS + TH_EXC_INFO] = v === NONE_REF ? 0 : v;
            break;
          }
          case Op.RERAISE: {
            const exc = I32[--sp];
            I32[fp + FR_SP] = sp;
            reraising = true;
            I32[TS + TH_CUREXC] = exc;
            throw PY_THROWN;
          }
          case Op.CHECK_EXC_MATCH: {
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = checkExcMatch(I32[sp - 2] as Ref, I32[sp - 1] as Ref) ? TRUE : FALSE;
            break;
          }
          case Op.LOAD_ASSERTION_ERROR:
            I32[sp++] = TYPES.get('AssertionError')!;
            break;
          case Op.BEFORE_WITH: {
            I32[fp + FR_SP] = sp;
            beforeWith(I32[sp - 1] as Ref, sp);
            sp++;
            break;
          }
          case Op.WITH_EXCEPT_START: {
            I32[fp + FR_SP] = sp;
            const exc = I32[sp - 1] as Ref;
            const exit = I32[sp - 3] as Ref;
            const tb = I32[(exc >> 2) + EX_TRACEBACK] || NONE;
            I32[sp++] = callWith(exit, typeOf(exc), exc, tb as Ref);
            break;
          }

          // ---------------------------------------------------------------- generators
          case Op.YIELD_VALUE: {
            const v = I32[--sp] as Ref;
            I32[fp + FR_SP] = sp;
            I32[fp + FR_PC] = pc;
            const yflags = I32[fp + FR_FLAGS];
            if (yflags & FRAME_GEN_INLINE) {
              // Back to the FOR_ITER (the value is its next item) or SEND (the value goes on up)
              // that resumed us.
              fp = leaveInline(fp, true);
              I32[I32[fp + FR_SP]++] = v;
              continue outer;
            }
            yielded = true;
            I32[fp + FR_FLAGS] &= ~FRAME_ENTRY;
            I32[TS + TH_FRAME] = I32[fp + FR_BACK];
            I32[fp + FR_BACK] = 0;
            I32[TS + TH_DEPTH]--;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = I32[sp - 1] as Ref;
            if (ops.tagOf(v) !== Tag.GENERATOR) {
              I32[fp + FR_SP] = sp;
              I32[sp - 1] = ops.getIter(v);
            }
            break;
          }
          case Op.SEND: {
            I32[fp + FR_SP] = sp;
            I32[fp + FR_PC] = pc;
            const recv = I32[sp - 2];
            const rw = recv >> 2;
            if ((recv & 1) === 0 && (I32[rw] & 0xff) === Tag.GENERATOR && (I32[rw + H_TYPE] === T.generator || I32[rw + H_TYPE] === T.coroutine)) {
              // `yield from` a generator, `await` a coroutine: resume its frame in this loop, as
              // FOR_ITER does (see FRAME_GEN_INLINE). The sent value moves to its stack.
              const state = I32[rw + H_AUX];
              const sent = I32[sp - 1];
              if ((state === GEN_SUSPENDED || (state === GEN_CREATED && sent === NONE)) && I32[TS + TH_DEPTH] < recursionLimit()) {
                const gfp = (I32[rw + GEN_FRAME] >> 2) + 4;
                if (state === GEN_SUSPENDED) I32[I32[gfp + FR_SP]++] = sent;
                I32[fp + FR_SP] = --sp;
                enterInline(rw, gfp, fp);
                fp = gfp;
                continue outer;
              }
            }
            const r = sendTo(recv as Ref, I32[sp - 1] as Ref);
            if (genYielded) {
              I32[sp - 1] = r;
            } else {
              sp--;
              I32[sp - 1] = r;
              pc = arg;
            }
            break;
          }
          case Op.GET_AWAITABLE:
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = getAwaitable(I32[sp - 1] as Ref, arg);
            break;
          case Op.GET_AITER: {
            I32[fp + FR_SP] = sp;
            const o = I32[sp - 1] as Ref;
            const f = lookupType(typeOf(o), ops.N.__aiter__);
            if (f === NULL) raise('TypeError', `'async for' requires an object with __aiter__ method, got ${ops.tname(o)}`);
            I32[sp - 1] = callWith(f, o);
            break;
          }
          case Op.GET_ANEXT: {
            I32[fp + FR_SP] = sp;
            const o = I32[sp - 1] as Ref;
            const f = lookupType(typeOf(o), ops.N.__anext__);
            if (f === NULL) raise('TypeError', `'async for' requires an iterator with __anext__ method, got ${ops.tname(o)}`);
            const aw = callWith(f, o);
            I32[sp] = aw;
            I32[fp + FR_SP] = sp + 1;
            I32[sp++] = getAwaitable(aw, 0);
            break;
          }
          case Op.END_ASYNC_FOR: {
            const exc = I32[sp - 1] as Ref;
            if (isSubtype(typeOf(exc), TYPES.get('StopAsyncIteration')!)) {
              sp -= 2;
              // POP_EXCEPT is emitted by the compiler around this if needed
            } else {
              I32[fp + FR_SP] = sp - 1;
              reraising = true;
              I32[TS + TH_CUREXC] = exc;
              throw PY_THROWN;
            }
            break;
          }
          case Op.BEFORE_ASYNC_WITH: {
            I32[fp + FR_SP] = sp;
            const mgr = I32[sp - 1] as Ref;
            const tp = typeOf(mgr);
            const enter = lookupType(tp, ops.N.__aenter__);
            const exit = lookupType(tp, ops.N.__aexit__);
            if (enter === NULL || exit === NULL)
              raise('TypeError', `'${typeName(tp)}' object does not support the asynchronous context manager protocol`);
            I32[sp - 1] = ops.bindDescr(exit, mgr, tp);
            I32[sp] = mgr;
            I32[fp + FR_SP] = sp + 1;
            const aw = callWith(enter, mgr);
            I32[sp] = aw;
            I32[sp] = getAwaitable(aw, 1);
            sp++;
            break;
          }
          case Op.ASYNC_GEN_WRAP:
            I32[fp + FR_SP] = sp;
            I32[sp - 1] = wrapAsyncGenValue(I32[sp - 1] as Ref);
            break;

          // ---------------------------------------------------------------- imports
          case Op.IMPORT_NAME: {
            I32[fp + FR_SP] = sp;
            I32[fp + FR_PC] = pc;
            const m = importName(I32[names + arg] as Ref, I32[fp + FR_GLOBALS] as Ref, I32[sp - 1] as Ref, I32[sp - 2] as Ref);
            I32[--sp - 1] = m;
            break;
          }
          case Op.IMPORT_FROM:
            I32[fp + FR_SP] = sp;
            I32[sp] = importFrom(I32[sp - 1] as Ref, I32[names + arg] as Ref);
            sp++;
            break;
          case Op.IMPORT_STAR: {
            I32[fp + FR_SP] = sp;
            const locals = I32[fp + FR_LOCALS] as Ref;
            importStar(I32[sp - 1] as Ref, locals !== NULL ? locals : (I32[fp + FR_GLOBALS] as Ref));
            sp--;
            break;
          }
          default:
            throw new Error(`pygil: unknown opcode ${ins & 0xff} at ${pc - 1}`);
        }
      }
    } catch (e) {
      // ------------------------------------------------------------ exception unwinding
      if (e instanceof HeapExhausted) {
        // MemoryError is one preallocated object: it starts a fresh traceback on each raise. And the
        // heap is full while the collector may not have run for a while (its threshold counts bytes
        // allocated, not room left): make the next periodic check collect, by which time a handler
        // has usually dropped what it caught the error for.
        I32[(excHooks.memoryError >> 2) + EX_TRACEBACK] = NULL;
        I32[CTL_ALLOC_SINCE_GC] = I32[CTL_GC_THRESHOLD] + 1;
      }
      let exc = toException(e);
      I32[fp + FR_PC] = pc;
      if (!reraising) addTraceback(exc, fp, pc - 1);
      reraising = false;
      for (;;) {
        const target = findHandler(I32[fp + FR_CODE] as Ref, I32[fp + FR_PC] - 1);
        if (target >= 0) {
          const hsp = fp + FR_FIXED + I32[fp + FR_NLP] + handlerDepth;
          I32[hsp] = exc;
          I32[fp + FR_SP] = hsp + 1;
          I32[fp + FR_PC] = target;
          I32[TS + TH_CUREXC] = 0;
          break; // the outer loop reloads the registers of fp
        }
        const flags = I32[fp + FR_FLAGS];
        if (flags & FRAME_ENTRY) {
          I32[fp + FR_SP] = fp + FR_FIXED + I32[fp + FR_NLP];
          leaveFrame(fp);
          I32[TS + TH_CUREXC] = exc;
          yielded = false;
          throw PY_THROWN;
        }
        if (flags & FRAME_GEN_INLINE) {
          // An inline-resumed generator raised: it is finished (not on the data stack). The error
          // goes on in the caller, at its FOR_ITER or SEND.
          const kind = I32[(I32[fp + FR_GEN] >> 2) + H_TYPE] === T.coroutine ? 'coroutine' : 'generator';
          fp = leaveInline(fp, false);
          if (isSubtype(typeOf(exc), T.StopIteration)) exc = stopIterationInGenerator(exc, kind);
        } else {
          const back = I32[fp + FR_BACK];
          I32[TS + TH_DSTOP] = fp;
          I32[TS + TH_DEPTH]--;
          I32[fp + FR_BACK] = 0;
          fp = back;
          I32[TS + TH_FRAME] = fp;
        }
        addTraceback(exc, fp, I32[fp + FR_PC] - 1);
      }
    }
  }
}

/** The name (a str) of localsplus slot i, for LOAD_CLASSDEREF. */
function newStrName(code: Ref, i: number): Ref {
  const w = code >> 2;
  const nv = tupleLen(I32[w + CO_VARNAMES] as Ref);
  const cv = I32[w + CO_CELLVARS] as Ref;
  const nc = tupleLen(cv);
  if (i - nv < nc) return tupleGet(cv, i - nv);
  return tupleGet(I32[w + CO_FREEVARS] as Ref, i - nv - nc);
}

// ---------------------------------------------------------------- wiring

export function installVmHooks(): void {
  vmHooks.callFunction = callFunction;
  vmHooks.formatException = formatException;
  vmHooks.frameLocation = (depth: number) => {
    let fp = I32[TS + TH_FRAME];
    for (let i = 0; i < depth && fp !== 0; i++) fp = I32[fp + FR_BACK];
    if (fp === 0) return null;
    const code = I32[fp + FR_CODE] as Ref;
    return [strValue(I32[(code >> 2) + CO_FILENAME] as Ref), lineOf(code, Math.max(0, I32[fp + FR_PC] - 1))];
  };
  ops.iterHooks.genNext = genNext;
}

