/*
 * The import system: sys.modules, native modules (builtins/define.ts defModule), and `.py` files
 * found on sys.path (the script's folder first, then pygil's own lib/). Caller holds the GIL.
 * A module is parsed, compiled and loaded into the heap by the worker that first imports it.
 */

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alloc } from '../heap/alloc.js';
import { CTL_ROOT, MOD_DICT, MOD_NAME, RT_MODULES, RT_SYS, Tag } from '../heap/layout.js';
import { I32 } from '../heap/memory.js';
import { NULL, type Ref } from '../heap/value.js';
import { NONE, listGet, listLen, tupleGet, tupleLen } from '../heap/objects.js';
import { dictDel, dictGetStr, dictNext, dictKeyAt, dictValueAt, dictSetStr, newDict } from '../heap/dict.js';
import { intern, newStr, strValue } from '../heap/str.js';
import { raise, throwExc, toException, PY_THROWN } from '../runtime/exceptions.js';
import { T, TYPES } from '../runtime/types.js';
import { root, unroot } from '../runtime/thread-state.js';
import { callWith } from '../runtime/call.js';
import * as ops from '../runtime/ops.js';
import { NATIVE_MODULES, populateNativeModule } from '../builtins/define.js';
import { compileFile } from '../compiler/index.js';
import { loadCode } from './load-code.js';
import { runCode } from './eval.js';

/** pygil's own Python library: lib/ at the package root, found by walking up from this file (which
 *  may be dist/src/vm/import.js or the bundle dist/bundle/workers/worker.js). */
export const LIB_DIR = findLibDir(dirname(fileURLToPath(import.meta.url)));

function findLibDir(start: string): string {
  for (let d = start; ; d = dirname(d)) {
    if (isFile(join(d, 'package.json')) && isFile(join(d, 'lib', 'collections.py'))) return join(d, 'lib');
    if (dirname(d) === d) return resolve(start, '..', '..', '..', 'lib');
  }
}

export function modulesDict(): Ref {
  return I32[(I32[CTL_ROOT] >> 2) + RT_MODULES] as Ref;
}

/** A new module object with __name__ (and __file__ when given). */
export function newModule(name: string, file: string | null): Ref {
  const d = newDict(T.dict);
  const m0 = root(d);
  try {
    const m = alloc(6, Tag.MODULE, T.module, 0);
    I32[(m >> 2) + MOD_DICT] = d;
    I32[(m >> 2) + MOD_NAME] = intern(name);
    dictSetStr(d, intern('__name__'), intern(name));
    dictSetStr(d, intern('__doc__'), NONE);
    dictSetStr(d, intern('__package__'), NONE);
    dictSetStr(d, intern('__spec__'), NONE);
    if (file !== null) dictSetStr(d, intern('__file__'), newStr(file));
    return m;
  } finally {
    unroot(m0);
  }
}

export function moduleDict(m: Ref): Ref {
  return I32[(m >> 2) + MOD_DICT] as Ref;
}

function searchPath(): string[] {
  const sys = I32[(I32[CTL_ROOT] >> 2) + RT_SYS] as Ref;
  const dirs: string[] = [];
  if (sys !== NULL) {
    const p = dictGetStr(moduleDict(sys), intern('path'));
    if (p !== NULL && ops.tagOf(p) === Tag.LIST) {
      for (let i = 0; i < listLen(p); i++) {
        const e = listGet(p, i);
        if (ops.isStr(e)) dirs.push(strValue(e));
      }
    }
  }
  if (!dirs.includes(LIB_DIR)) dirs.push(LIB_DIR);
  return dirs;
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Finds `name` (dotted name's last part, inside `dirs`): [file, isPackage] or null. */
function findSource(part: string, dirs: string[]): [string, boolean] | null {
  for (const d of dirs) {
    const pkg = join(d, part, '__init__.py');
    if (isFile(pkg)) return [pkg, true];
    const f = join(d, part + '.py');
    if (isFile(f)) return [f, false];
  }
  return null;
}

/** Executes the source of a module file into a fresh module registered in sys.modules. */
export function execSourceModule(name: string, file: string, isPackage: boolean): Ref {
  const src = readFileSync(file, 'utf8');
  const mod = newModule(name, file);
  const mods = modulesDict();
  const mark = root(mod);
  try {
    const d = moduleDict(mod);
    if (isPackage) {
      dictSetStr(d, intern('__path__'), ops.pyStr(dirname(file)));
      dictSetStr(d, intern('__package__'), intern(name));
    } else {
      const dot = name.lastIndexOf('.');
      dictSetStr(d, intern('__package__'), dot >= 0 ? intern(name.slice(0, dot)) : intern(''));
    }
    dictSetStr(mods, intern(name), mod);
    const code = loadCode(compileFile(src, file));
    root(code);
    try {
      runCode(code, d, d);
    } catch (e) {
      toException(e);
      dictDel(mods, intern(name));
      throw PY_THROWN;
    }
    // A module may replace itself in sys.modules.
    const final = dictGetStr(mods, intern(name));
    return final !== NULL ? final : mod;
  } finally {
    unroot(mark);
  }
}

function moduleNotFound(name: string): never {
  const e = callWith(TYPES.get('ModuleNotFoundError')!, newStr(`No module named '${name}'`));
  const mark = root(e);
  ops.setAttr(e, intern('name'), newStr(name));
  unroot(mark);
  throwExc(e);
}

/** Imports one fully qualified module name (its parents first), returning the module. */
export function importModule(fullname: string): Ref {
  const mods = modulesDict();
  const cached = dictGetStr(mods, intern(fullname));
  if (cached !== NULL && cached !== NONE) return cached;
  const dot = fullname.lastIndexOf('.');
  let dirs: string[];
  let parent: Ref = NULL;
  if (dot >= 0) {
    parent = importModule(fullname.slice(0, dot));
    const again = dictGetStr(mods, intern(fullname));
    if (again !== NULL && again !== NONE) return again;
    const path = dictGetStr(moduleDict(parent), intern('__path__'));
    if (path === NULL) {
      const e = callWith(TYPES.get('ModuleNotFoundError')!, newStr(`No module named '${fullname}'; '${fullname.slice(0, dot)}' is not a package`));
      throwExc(e);
    }
    dirs = ops.isStr(path) ? [strValue(path)] : [];
  } else {
    if (NATIVE_MODULES.has(fullname) && !fullname.startsWith('_pure')) {
      const m = newModule(fullname, null);
      const mark = root(m);
      try {
        dictSetStr(mods, intern(fullname), m);
        populateNativeModule(fullname, moduleDict(m));
        return m;
      } finally {
        unroot(mark);
      }
    }
    dirs = searchPath();
  }
  const part = dot >= 0 ? fullname.slice(dot + 1) : fullname;
  const found = findSource(part, dirs);
  if (found === null) moduleNotFound(fullname);
  const m = execSourceModule(fullname, found[0], found[1]);
  if (parent !== NULL) {
    const mark = root(m);
    ops.setAttr(parent, intern(part), m);
    unroot(mark);
  }
  return m;
}

/** Resolves a relative import's package name (CPython's _calc___package__ + _resolve_name). */
function resolveName(name: string, globals: Ref, level: number): string {
  let pkg = dictGetStr(globals, intern('__package__'));
  if (pkg === NULL || pkg === NONE) {
    const mn = dictGetStr(globals, intern('__name__'));
    const modname = mn !== NULL ? strValue(mn) : '';
    pkg = dictGetStr(globals, intern('__path__')) !== NULL ? intern(modname) : intern(modname.includes('.') ? modname.slice(0, modname.lastIndexOf('.')) : '');
  }
  const p = strValue(pkg);
  if (p === '') raise('ImportError', 'attempted relative import with no known parent package');
  const bits = p.split('.');
  if (bits.length < level) raise('ImportError', 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/** IMPORT_NAME: `import a.b.c` returns a (no fromlist) or a.b.c (with a fromlist). */
export function importName(nameRef: Ref, globals: Ref, fromlist: Ref, levelRef: Ref): Ref {
  const level = (levelRef & 1) === 1 ? levelRef >> 1 : 0;
  let name = strValue(nameRef);
  if (level > 0) name = resolveName(name, globals, level);
  const mod = importModule(name);
  const hasFrom = fromlist !== NONE && fromlist !== NULL && tupleLen(fromlist) > 0;
  if (!hasFrom) {
    if (level === 0 && name.includes('.')) return importModule(name.slice(0, name.indexOf('.')));
    return mod;
  }
  // from pkg import sub: import submodules named in the fromlist when they are not attributes.
  if (dictGetStr(moduleDict(mod), intern('__path__')) !== NULL) {
    const mark = root(mod);
    try {
      for (let i = 0; i < tupleLen(fromlist); i++) {
        const item = strValue(tupleGet(fromlist, i));
        if (item === '*') continue;
        if (ops.getAttrOrNull(mod, intern(item), false) === NULL) {
          try {
            importModule(`${name}.${item}`);
          } catch (e) {
            const ex = toException(e);
            if (ops.tname(ex) !== 'ModuleNotFoundError') throw PY_THROWN;
          }
        }
      }
    } finally {
      unroot(mark);
    }
  }
  return mod;
}

/** IMPORT_FROM: getattr(module, name) or an ImportError worded as CPython's. */
export function importFrom(mod: Ref, name: Ref): Ref {
  const v = ops.getAttrOrNull(mod, name, false);
  if (v !== NULL) return v;
  let modname = '<unknown module name>';
  let file = '';
  if (ops.tagOf(mod) === Tag.MODULE) {
    const d = moduleDict(mod);
    const n = dictGetStr(d, intern('__name__'));
    if (n !== NULL && ops.isStr(n)) {
      modname = strValue(n);
      const sub = dictGetStr(modulesDict(), intern(`${modname}.${strValue(name)}`));
      if (sub !== NULL && sub !== NONE) return sub;
    }
    const f = dictGetStr(d, intern('__file__'));
    file = f !== NULL && ops.isStr(f) ? ` (${strValue(f)})` : ' (unknown location)';
  }
  const e = callWith(TYPES.get('ImportError')!, newStr(`cannot import name '${strValue(name)}' from '${modname}'${file}`));
  const mark = root(e);
  ops.setAttr(e, intern('name'), intern(modname));
  unroot(mark);
  throwExc(e);
}

/** IMPORT_STAR: copies the module's public names (or __all__) into `into`. */
export function importStar(mod: Ref, into: Ref): void {
  const d = moduleDict(mod);
  const all = dictGetStr(d, intern('__all__'));
  if (all !== NULL) {
    const it = ops.getIter(all);
    const mark = root(it);
    try {
      for (;;) {
        const n = ops.iterNext(it);
        if (n === NULL) break;
        dictSetStr(into, n, ops.getAttr(mod, n));
      }
    } finally {
      unroot(mark);
    }
    return;
  }
  for (let i = dictNext(d, 0); i >= 0; i = dictNext(d, i + 1)) {
    const k = dictKeyAt(d, i);
    if (ops.isStr(k) && !strValue(k).startsWith('_')) dictSetStr(into, k, dictValueAt(d, i));
  }
}
