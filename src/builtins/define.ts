/*
 * How builtins declare themselves. Every builtins file calls these at module load (top level), in
 * every worker, so that native indices agree across workers (runtime/natives.ts). What needs the
 * heap (BUILTIN objects in type and module dicts) is recorded and done by `installBuiltins` once,
 * in the worker that creates the interpreter; `attachBuiltins` redoes the worker-private parts.
 */

import { alloc } from '../heap/alloc.js';
import { B_NAME, B_QUALNAME, B_MODULE, B_SELF, S_FLAGS, STR_SPECIAL_ATTR, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { intern } from '../heap/str.js';
import { dictSetStr } from '../heap/dict.js';
import { registerNative, type NativeFn } from '../runtime/natives.js';
import { T, typeByName, typeDict, bumpTypeEpoch } from '../runtime/types.js';
import { specialGetters, specialSetters } from '../runtime/ops.js';

interface PendingMethod {
  typeName: string;
  name: string;
  idx: number;
  kind: 'method' | 'static' | 'class';
}
const PENDING_METHODS: PendingMethod[] = [];
const PENDING_GETTERS: { tag: number; name: string; get?: (o: Ref) => Ref; set?: (o: Ref, v: Ref) => void }[] = [];
const BOOT_HOOKS: (() => void)[] = [];
const ATTACH_HOOKS: (() => void)[] = [];

/** Native methods of a builtin type: `fn(args, argc, kw)` gets self as args[0]. */
export function defMethods(typeName: string, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) {
    PENDING_METHODS.push({ typeName, name, idx: registerNative(`${typeName}.${name}`, fn), kind: 'method' });
  }
}

/** Static methods of a builtin type (e.g. `__new__`, `str.maketrans`): no self. */
export function defStaticMethods(typeName: string, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) {
    PENDING_METHODS.push({ typeName, name, idx: registerNative(`${typeName}.${name}`, fn), kind: 'static' });
  }
}

/** Class methods of a builtin type (e.g. `dict.fromkeys`, `int.from_bytes`): the class is args[0]. */
export function defClassMethods(typeName: string, methods: Record<string, NativeFn>): void {
  for (const [name, fn] of Object.entries(methods)) {
    PENDING_METHODS.push({ typeName, name, idx: registerNative(`${typeName}.${name}`, fn), kind: 'class' });
  }
}

/** Special attributes computed from an object's fields (CPython's getset descriptors), by tag.
 *  They take precedence over the instance dict, as data descriptors do. */
export function defGetters(tag: number, getters: Record<string, (o: Ref) => Ref>, setters: Record<string, (o: Ref, v: Ref) => void> = {}): void {
  for (const [name, get] of Object.entries(getters)) PENDING_GETTERS.push({ tag, name, get, set: setters[name] });
  for (const [name, set] of Object.entries(setters))
    if (!(name in getters)) PENDING_GETTERS.push({ tag, name, set });
}

/** Runs `f` once when the interpreter is created (allocating what lives forever: constants...). */
export function onBootstrap(f: () => void): void {
  BOOT_HOOKS.push(f);
}
/** Runs `f` in every worker after its heap is attached (and in the creator after bootstrap). */
export function onAttach(f: () => void): void {
  ATTACH_HOOKS.push(f);
}

// ---------------------------------------------------------------- native modules

export interface NativeModule {
  functions: Record<string, number>; // name -> native index
  init?: (dict: Ref) => void; // adds constants and types to the module dict (runs at import)
}
export const NATIVE_MODULES = new Map<string, NativeModule>();

/** Declares (or extends) a native module: `import name` creates it from these functions. */
export function defModule(name: string, fns: Record<string, NativeFn>, init?: (dict: Ref) => void): void {
  let m = NATIVE_MODULES.get(name);
  if (m === undefined) {
    m = { functions: {} };
    NATIVE_MODULES.set(name, m);
  }
  for (const [fname, fn] of Object.entries(fns)) m.functions[fname] = registerNative(`${name}.${fname}`, fn);
  if (init) {
    const prev = m.init;
    m.init = prev ? (d) => (prev(d), init(d)) : init;
  }
}

/** A new BUILTIN object for native `idx`. */
export function newBuiltin(idx: number, name: string, qualname: string, module: Ref = NULL, self: Ref = NULL): Ref {
  const b = alloc(8, Tag.BUILTIN, T.builtin, idx);
  const w = b >> 2;
  I32[w + B_SELF] = self;
  I32[w + B_NAME] = intern(name);
  I32[w + B_QUALNAME] = intern(qualname);
  I32[w + B_MODULE] = module;
  return b;
}

/** Fills a module dict with the module's native functions and runs its init. Caller holds the GIL. */
export function populateNativeModule(name: string, dict: Ref): void {
  const m = NATIVE_MODULES.get(name)!;
  for (const [fname, idx] of Object.entries(m.functions)) {
    dictSetStr(dict, intern(fname), newBuiltin(idx, fname, fname, intern(name)));
  }
  m.init?.(dict);
}

// ---------------------------------------------------------------- installation

/** Installs every declared method into the builtin type dicts. Creator worker, once, after types exist. */
export function installBuiltins(): void {
  for (const m of PENDING_METHODS) {
    const t = typeByName(m.typeName);
    let v = newBuiltin(m.idx, m.name, `${m.typeName}.${m.name}`);
    if (m.kind !== 'method') {
      const wrap = alloc(6, m.kind === 'static' ? Tag.STATICMETHOD : Tag.CLASSMETHOD, m.kind === 'static' ? T.staticmethod : T.classmethod, 0);
      I32[(wrap >> 2) + 4] = v;
      v = wrap;
    }
    dictSetStr(typeDict(t), intern(m.name), v);
  }
  bumpTypeEpoch();
  for (const f of BOOT_HOOKS) f();
}

/** Worker-private setup: special getters (by interned name). Every worker, after attach/bootstrap. */
export function attachBuiltins(): void {
  for (const g of PENDING_GETTERS) {
    const name = intern(g.name);
    I32[(name >> 2) + S_FLAGS] |= STR_SPECIAL_ATTR; // shared: every worker sets the same bit
    if (g.get) specialGetters[g.tag].set(name, g.get);
    if (g.set) specialSetters[g.tag].set(name, g.set);
  }
  for (const f of ATTACH_HOOKS) f();
}
