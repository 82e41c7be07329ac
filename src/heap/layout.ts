/*
 * The shared heap: every offset and tag constant (DESIGN.md §2). Read by every worker.
 *
 * Notes about the implementation
 *
 * - One SharedArrayBuffer per interpreter, reserved at its maximum size (`--max-heap`, default 1 GiB)
 *   when the interpreter starts. Untouched pages cost no memory, so the reservation is the "large
 *   reservation" of DESIGN.md §2: the heap grows by moving the soft limit ctl[HEAP_LIMIT] up, which every
 *   worker sees at its next GIL acquire. Fixed-length typed arrays are what keep the eval loop fast.
 * - A Python value (a Ref) is an Int32: odd = a small int (value << 1 | 1, 31 bits), 0 = NULL (no value:
 *   an unbound local, an empty slot, "no exception"), even and non-zero = the byte offset of a heap
 *   object, always 8-aligned. Its Int32 word index is ref >> 2.
 * - Every object starts with a 4-word header:
 *
 *     word 0   tag:8 | gcBits:8 | flags:16     [gil]
 *     word 1   size in words, header included, even  [gil] (set at allocation and by the sweeper)
 *     word 2   type: Ref of the Python type object    [gil]
 *     word 3   aux: a raw Int32 whose meaning is per tag (length, hash, serial, ...). NEVER a Ref.
 *
 *   Payload words 4.. are Refs for "ref" tags and raw data for "raw" tags (see TAG_KIND). The collector
 *   relies on exactly that: it scans the payload of a ref tag word by word, and never the aux word.
 * - Allocation, mutation and collection happen only while holding the GIL, so the allocator needs no
 *   atomics. The control words below the first object say who may touch them.
 */

import type { Ref } from './value.js';

// ====================== The control area (word indices) ======================

/** [init-only] magic number, to catch a worker attached to the wrong buffer. */
export const CTL_MAGIC = 0;
export const MAGIC = 0x5079_4731; // "PyG1"
/** [gil] bump pointer: the byte offset of the first never-allocated byte. */
export const CTL_HEAP_TOP = 1;
/** [gil] soft limit in bytes: the heap may use [0, limit). Raised by `growHeap`, at most the buffer size. */
export const CTL_HEAP_LIMIT = 2;
/** [gil] bytes allocated since the last collection; the eval loop collects when it passes the threshold. */
export const CTL_ALLOC_SINCE_GC = 3;
/** [gil] collect when CTL_ALLOC_SINCE_GC passes this many bytes. */
export const CTL_GC_THRESHOLD = 4;
/** [gil] number of collections so far. Worker-private caches keyed by address are valid only within
 *  one GC epoch (nothing is freed between two collections), so they compare against this. */
export const CTL_GC_EPOCH = 5;
/** [gil] bumped whenever any type object's dict, bases or mro change (but see CTL_NAME_EPOCHS); the
 *  type attribute cache compares against it. */
export const CTL_TYPE_EPOCH = 6;
/** [gil] next serial number for code objects (worker caches of decoded code are keyed by serial). */
export const CTL_NEXT_SERIAL = 7;
/** [init-only] Ref of the interpreter root object (ROOT tag), the collector's root. */
export const CTL_ROOT = 8;
/** [gil] bytes live after the last collection. */
export const CTL_LIVE_AFTER_GC = 9;
/** [gil] next thread identifier. */
export const CTL_NEXT_THREAD_ID = 10;
/** [init-only] the hard limit (bytes) set by --max-heap. */
export const CTL_MAX_HEAP = 11;
/** [gil] sys.getrecursionlimit(): the VM raises RecursionError past this call depth (default 1000). */
export const CTL_RECURSION_LIMIT = 12;
/** [gil] the current allocation run: free, zeroed words [RUN_TOP, RUN_END) (bytes) that small
 *  allocations bump through. Not parseable by the sweeper: gc.ts retires it (retireRun) first. */
export const CTL_RUN_TOP = 13;
export const CTL_RUN_END = 14;
/** [atomic] 1 when Ctrl-C (SIGINT) reached the process and the main Python thread has not yet raised
 *  KeyboardInterrupt for it. Set by the supervisor (Node's main thread), cleared by the main thread. */
export const CTL_SIGINT = 15;
/** Words 16..31 are reserved for the GIL (src/gil/); they are [atomic]. */
export const CTL_GIL_BASE = 16;
/** [gil] heads of the segregated free lists: FREE_HEADS + sizeClass, sizeClass = sizeWords >> 1
 *  for sizes up to SMALL_MAX_WORDS; FREE_HEADS + 0 heads the list of larger free blocks. */
export const CTL_FREE_HEADS = 64;
export const SMALL_MAX_WORDS = 128;
/** [gil] 1 once any coroutine object was made: the exit-time check for coroutines never awaited
 *  (vm/async-gen.ts) walks the heap only then. One of the spare words after the free-list heads. */
export const CTL_MADE_COROUTINE = CTL_FREE_HEADS + (SMALL_MAX_WORDS >> 1) + 1;
/** [atomic] the GIL's parking words (src/gil/gil.ts): a thread waiting with ticket t parks on
 *  CTL_GIL_SLOTS + (t & (GIL_SLOTS - 1)). */
export const CTL_GIL_SLOTS = CTL_FREE_HEADS + (SMALL_MAX_WORDS >> 1) + 1 + 15; // 144
export const GIL_SLOTS = 64;
/** [gil] per-attribute-name epochs of the type attribute cache (runtime/types.ts lookupType): assigning
 *  a plain (non-dunder) attribute on a class bumps word CTL_NAME_EPOCHS + nameEpochSlot(name) instead of
 *  CTL_TYPE_EPOCH, so `Cls.counter += 1` invalidates cached lookups of that name only. */
export const CTL_NAME_EPOCHS = CTL_GIL_SLOTS + GIL_SLOTS; // 208
export const NAME_EPOCHS = 64;
export const CTL_WORDS = CTL_NAME_EPOCHS + NAME_EPOCHS; // 272 words
/** The first object starts here (bytes). */
export const HEAP_START = CTL_WORDS * 4;

// ====================== The object header ======================

export const H_TAG = 0;
export const H_SIZE = 1;
export const H_TYPE = 2;
export const H_AUX = 3;
export const HEADER_WORDS = 4;

export const TAG_MASK = 0xff;
export const GC_MARK = 0x100; // in word 0
export const FLAG_SHIFT = 16;

// ====================== Tags ======================
// Layouts are in words from the object's start; "ref" payload words may hold a Ref, NULL or a small int.

export const enum Tag {
  FREE = 0, // [1] size, [2] next free block (byte offset) or 0
  NONE = 1, // the None singleton
  BOOL = 2, // aux: 0 or 1 (True and False are the only two)
  INT = 3, // big int, raw: aux = sign (1, -1); [4] limb count; Uint32 limbs little-endian from word 5
  FLOAT = 4, // raw: Float64 at word 4
  STR = 5, // raw: aux = length in UTF-16 units; [4] hash; [5] STR_* flags; Uint16 units from word 6
  BYTES = 6, // raw: aux = length; [4] hash; [5] flags; Uint8 bytes from word 6
  TUPLE = 7, // aux = length; items from word 4
  LIST = 8, // aux = length; [4] items ARRAY; [5] instance dict of a subclass or NULL
  ARRAY = 9, // aux = capacity; items from word 4 (a backing store; not a Python object)
  DICT = 10, // aux = number of items; see dict.ts
  SET = 11, // set and frozenset; see set.ts
  RAW = 12, // aux = length in words; raw words from word 4 (not a Python object)
  ENTRIES = 13, // dict entry table: aux = capacity; triples (hash raw, key, value) from word 4
  SETTABLE = 14, // set slot table: aux = slots; pairs (hash raw, key) from word 4
  TYPE = 15, // a class; see type.ts
  INSTANCE = 16, // an instance of a plain class: [4] __dict__ or NULL
  FUNCTION = 17, // see function.ts
  BUILTIN = 18, // a native function: aux = native index; [4] bound self or NULL; [5] name; [6] qualname
  METHOD = 19, // bound method: [4] function, [5] self
  CELL = 20, // [4] contents
  CODE = 21, // see code.ts; aux = serial
  MODULE = 22, // [4] dict, [5] name
  FRAME = 23, // a heap frame of a generator/coroutine: aux = size; see vm/frame.ts
  GENERATOR = 24, // see vm/generator.ts
  EXCEPTION = 25, // see exception.ts
  TRACEBACK = 26, // [4] next, [5] code, [6] line (small int), [7] instruction index (small int)
  RANGE = 27, // [4] start, [5] stop, [6] step, [7] length (ints)
  SLICE = 28, // [4] start, [5] stop, [6] step
  ITER = 29, // aux = IterKind; ref/small-int fields from word 4
  PROPERTY = 30, // [4] fget, [5] fset, [6] fdel, [7] doc
  STATICMETHOD = 31, // [4] function
  CLASSMETHOD = 32, // [4] function
  SUPER = 33, // [4] type, [5] obj, [6] start type for the lookup
  STACK = 34, // a thread's data stack: frames live here; scanned through the frame chain, not linearly
  THREAD = 35, // a thread state, see thread.ts
  ROOT = 36, // the interpreter root, see root.ts
  NOTIMPL = 37, // NotImplemented
  ELLIPSIS = 38, // Ellipsis
  NATIVE = 39, // an object of a native type with raw state: [4] __dict__ or NULL, raw words from 5
  OBJECT = 40, // a bare `object()`
  LOCAL = 41, // a threading.local: [4] __dict__ as the thread in [8] sees it, [5] DICT ident -> that thread's
  //            __dict__, [6] args tuple and [7] kwargs dict (or NULL) for __init__ in each new thread,
  //            [8] ident (small int) of the thread whose __dict__ is in [4]. See builtins/mod-thread.ts.
}
export const TAG_COUNT = 42;

/** How the collector treats a tag's payload. */
export const enum Kind {
  REFS = 0, // words 4..size-1 are refs
  RAW = 1, // no refs in the payload
  SPECIAL = 2, // scanned by a tag-specific routine
}

export const TAG_KIND: Uint8Array = (() => {
  const k = new Uint8Array(TAG_COUNT); // default REFS
  for (const t of [Tag.FREE, Tag.NONE, Tag.BOOL, Tag.INT, Tag.FLOAT, Tag.STR, Tag.BYTES, Tag.RAW, Tag.NOTIMPL, Tag.ELLIPSIS, Tag.OBJECT])
    k[t] = Kind.RAW;
  for (const t of [Tag.ENTRIES, Tag.SETTABLE, Tag.FRAME, Tag.STACK, Tag.NATIVE, Tag.THREAD]) k[t] = Kind.SPECIAL;
  return k;
})();

// ====================== Per-tag field offsets (words) ======================

// STR / BYTES
export const S_HASH = 4;
export const S_FLAGS = 5;
export const S_DATA = 6; // first word of the data
export const STR_HASHED = 1;
export const STR_ASCII = 2;
export const STR_ASTRAL = 4; // holds surrogate pairs: index by code point on the slow path
export const STR_INTERNED = 8;
/** An interned name some tag has a special (getset) attribute for: ops.ts consults its maps only then. */
export const STR_SPECIAL_ATTR = 16;

// INT (big)
export const I_NLIMBS = 4;
export const I_LIMBS = 5;

// FLOAT
export const F_VALUE = 4; // Float64 index = (ref >> 3) + 2

// TUPLE / ARRAY
export const T_ITEMS = 4;

// LIST
export const L_ITEMS = 4;
export const L_DICT = 5;

// CELL
export const CELL_CONTENTS = 4;

// METHOD
export const M_FUNC = 4;
export const M_SELF = 5;

// MODULE
export const MOD_DICT = 4;
export const MOD_NAME = 5;

// INSTANCE / NATIVE
export const INST_DICT = 4;
export const NATIVE_RAW = 5;

// BUILTIN
export const B_SELF = 4;
export const B_NAME = 5;
export const B_QUALNAME = 6;
export const B_MODULE = 7;

// RANGE / SLICE
export const R_START = 4;
export const R_STOP = 5;
export const R_STEP = 6;
export const R_LEN = 7;

// PROPERTY
export const P_FGET = 4;
export const P_FSET = 5;
export const P_FDEL = 6;
export const P_DOC = 7;

// TRACEBACK
export const TB_NEXT = 4;
export const TB_CODE = 5;
export const TB_LINE = 6;
export const TB_INSTR = 7;

// SUPER
export const SUP_TYPE = 4;
export const SUP_OBJ = 5;
export const SUP_START = 6;

/** Word index of a heap ref. */
export function wordOf(ref: Ref): number {
  return ref >> 2;
}

// ====================== Frames (DESIGN.md §2: frames live in the heap) ======================
// A frame is a run of words at a base word index `fp`: inside a thread's STACK object for ordinary
// calls (pushed and popped in LIFO order), or inside a FRAME object (fp = object word + 4) for
// generators and coroutines, so that another thread can resume them. The collector finds frames
// through each thread's chain (FR_BACK links) and through generator objects.

export const FR_CODE = 0; // Ref: the CODE object
export const FR_BACK = 1; // raw: word index of the calling frame, 0 at the bottom or when suspended
export const FR_FUNC = 2; // Ref: the FUNCTION object (defaults, closure) or NULL for module code
export const FR_GLOBALS = 3; // Ref: the globals DICT
export const FR_LOCALS = 4; // Ref: the locals DICT of module/class bodies, else NULL
export const FR_PC = 5; // raw: the instruction index to resume at                  [gil]
export const FR_SP = 6; // raw: absolute word index of the first free value-stack slot [gil]
export const FR_FLAGS = 7; // raw: FRAME_* bits
export const FR_GEN = 8; // Ref: the owning GENERATOR, or NULL
export const FR_NLP = 9; // raw: number of localsplus slots (varnames + cellvars + freevars)
export const FR_LOCALSPLUS = 10; // localsplus slots, then the value stack (code.stacksize slots)
export const FR_FIXED = 10;

/** The frame was entered from JS (a native calling back into Python): RETURN_VALUE leaves the loop. */
export const FRAME_ENTRY = 1;
/** A constructor call's __init__ frame: on return, check the result is None and push the instance. */
export const FRAME_INIT = 2;
/** A generator frame resumed by FOR_ITER, or a generator or coroutine frame resumed by SEND (`yield
 *  from`, `await`), inside the same eval loop (no JS call): its YIELD_VALUE hands the value to that
 *  instruction, its return ends the loop or gives the SEND its value, an uncaught exception closes it. */
export const FRAME_GEN_INLINE = 4;
/** A binary operator's dunder (a.__add__(b)) run by BINARY_OP in the same loop: the operands stay on
 *  the caller's stack until it returns; then the result replaces them, or NotImplemented raises the
 *  operator's TypeError. */
export const FRAME_BINOP = 8;

// ====================== THREAD (a Python thread's state) ======================
export const TH_FRAME = 4; // raw: word index of the running frame, 0 when none
export const TH_DSTOP = 5; // raw: first free word of the data stack
export const TH_STACK = 6; // Ref: the STACK object holding ordinary frames
export const TH_EXC_INFO = 7; // Ref: the exception being handled (sys.exc_info()), NULL if none
export const TH_CUREXC = 8; // Ref: the exception in flight (raised, not yet caught), NULL if none
export const TH_ROOTS = 9; // Ref: ARRAY of temporaries held by natives across calls into Python
export const TH_NROOTS = 10; // raw: how many TH_ROOTS slots are in use
export const TH_DEPTH = 11; // raw: Python call depth, for RecursionError
export const TH_NAME = 12; // Ref: the thread's name
export const TH_OBJ = 13; // Ref: the threading.Thread object, or NULL
export const TH_LOCAL = 14; // Ref: spare Ref slot for the threading layer
export const TH_NATIVE_ID = 15; // raw: the OS thread id of the worker running it (get_native_id)
export const TH_IDENT = 16; // raw: the thread's ident (get_ident), >= 1; also its id in the GIL words
export const TH_START = 17; // Ref: (function, args, kwargs) of a thread not yet finished (start_new_thread)
export const TH_STATE = 18; // raw: ThreadState below
/** GIL figures of this thread (src/gil/gil.ts), Float64 slots at even word offsets so that they are
 *  8-byte aligned (objects start at even words). Written only by the thread itself, holding the GIL;
 *  read by gil.stats() holding the GIL. */
export const TH_STATS = 20;
export const TH_STATS_COUNT = 7;
export const THREAD_WORDS = TH_STATS + 2 * TH_STATS_COUNT; // 34
export const THREAD_REF_FIELDS = [TH_STACK, TH_EXC_INFO, TH_CUREXC, TH_ROOTS, TH_NAME, TH_OBJ, TH_LOCAL, TH_START];
export const enum ThreadState {
  NEW = 0, // created by start_new_thread, its worker not yet running it
  RUNNING = 1,
  DONE = 2, // finished: its stacks are dropped, its figures stay (ROOT.RT_DONE_THREADS)
}

// ====================== ROOT (the interpreter root: the collector starts here) ======================
export const RT_MODULES = 4; // sys.modules DICT
export const RT_BUILTINS = 5; // the builtins module's DICT
export const RT_INTERNED = 6; // DICT of interned strings (never freed)
export const RT_THREADS = 7; // LIST of THREAD objects
export const RT_TYPES = 8; // TUPLE of the builtin type objects, indexed by TypeId
export const RT_MISC = 9; // LIST of other objects that must live forever (preallocated exceptions, ...)
export const RT_SYS = 10; // the sys MODULE
export const RT_DONE_THREADS = 11; // LIST of finished THREAD objects (their GIL figures)
export const ROOT_WORDS = 16;

// ====================== Singletons at fixed addresses ======================
// Allocated first, in this order, so that `r === NONE` compares against a constant.
export const NONE_REF = HEAP_START;
export const FALSE_REF = HEAP_START + 16;
export const TRUE_REF = HEAP_START + 32;
export const NOTIMPL_REF = HEAP_START + 48;
export const ELLIPSIS_REF = HEAP_START + 64;

// ====================== FUNCTION ======================
export const FN_CODE = 4; // CODE
export const FN_GLOBALS = 5; // DICT
export const FN_NAME = 6; // str
export const FN_QUALNAME = 7; // str
export const FN_DEFAULTS = 8; // tuple or NULL
export const FN_KWDEFAULTS = 9; // dict or NULL
export const FN_CLOSURE = 10; // tuple of cells or NULL
export const FN_DICT = 11; // __dict__ or NULL
export const FN_MODULE = 12; // __module__ (any value)
export const FN_DOC = 13; // __doc__
export const FUNCTION_WORDS = 14;

// ====================== CODE (aux = serial) ======================
export const CO_NAME = 4;
export const CO_QUALNAME = 5;
export const CO_FILENAME = 6;
export const CO_CONSTS = 7; // tuple
export const CO_NAMES = 8; // tuple of interned str
export const CO_VARNAMES = 9; // tuple
export const CO_CELLVARS = 10; // tuple
export const CO_FREEVARS = 11; // tuple
export const CO_CODE = 12; // RAW: instructions
export const CO_POSITIONS = 13; // RAW: 4 words per instruction
export const CO_EXCTABLE = 14; // RAW: 4 words per entry
export const CO_INFO = 15; // RAW: CI_* words
export const CODE_WORDS = 16;
// CO_INFO words (after the RAW header):
export const CI_ARGCOUNT = 0;
export const CI_POSONLY = 1;
export const CI_KWONLY = 2;
export const CI_FLAGS = 3;
export const CI_STACKSIZE = 4;
export const CI_FIRSTLINE = 5;
export const CI_NLOCALSPLUS = 6;
export const CI_NVARNAMES = 7;
export const CI_NCELLS = 8;
export const CI_NFREES = 9;
export const CI_NINSTR = 10;
export const CI_NEXC = 11; // exception table entries
/** The argument count of a call that needs no binding beyond copying (a plain function: no *args,
 *  **kwargs, keyword-only parameters, cells or free variables, not a generator or coroutine), or -1. */
export const CI_SIMPLE_ARGC = 12;
export const CI_CELL2ARG = 13; // NCELLS words: the parameter index a cell starts from, or -1
export const CI_WORDS_FIXED = 13;

// ====================== GENERATOR (aux = GEN_* state) ======================
export const GEN_FRAME = 4; // FRAME object
export const GEN_NAME = 5;
export const GEN_QUALNAME = 6;
export const GEN_CODE = 7;
export const GEN_EXC = 8; // suspended: its own exception state; running inline: its caller's (eval.ts enterInline)
export const GEN_YF = 9; // the subiterator of a yield from / await in progress, or NULL
export const GENERATOR_WORDS = 10;
export const GEN_CREATED = 0;
export const GEN_SUSPENDED = 1;
export const GEN_RUNNING = 2;
export const GEN_CLOSED = 3;

// ====================== ITER (aux = IterKind) ======================
export const IT_SRC = 4; // the object iterated (or a function for map, ...)
export const IT_POS = 5; // a small int position / state
export const IT_A = 6; // kind-specific
export const IT_B = 7; // kind-specific
export const ITER_WORDS = 8;
export const enum IterKind {
  LIST = 0, LIST_REV = 1, TUPLE = 2, STR = 3, BYTES = 4, RANGE = 5, DICT_KEYS = 6, DICT_VALUES = 7,
  DICT_ITEMS = 8, SET = 9, SEQ = 10, CALLABLE = 11, ENUMERATE = 12, ZIP = 13, MAP = 14, FILTER = 15,
  REVERSED = 16, VIEW_KEYS = 17, VIEW_VALUES = 18, VIEW_ITEMS = 19, MAPPINGPROXY = 20,
  // The awaitables of an async generator (vm/async-gen.ts): IT_SRC the generator, IT_A the value to
  // send or the exception to throw, IT_B mode | state << 2 (small int).
  AGEN_AWAIT = 21,
  // anext(it, default): IT_SRC the iterator of it.__anext__().__await__(), IT_A the default.
  ANEXT_DEFAULT = 22,
}
