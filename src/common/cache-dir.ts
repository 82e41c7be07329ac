// Where pygil keeps what it caches between runs: compiled code objects (compiler/cache.ts) and V8's code
// cache of the interpreter itself (workers/boot.ts). $PYGIL_CACHE_DIR, else $XDG_CACHE_HOME/pygil, else
// ~/.cache/pygil; PYGIL_NO_CACHE=1 turns caching off. (PYTHONDONTWRITEBYTECODE, CPython's switch for its
// own .pyc files, is not read: machines often set it for CPython's sake.)
//
// BUILD_ID is a hash of the built interpreter, injected by scripts/bundle.mjs. Unbundled runs (tsx, the
// unit tests) have none and cache nothing, so a changed compiler never meets entries an older one wrote.

import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

declare const __PYGIL_BUILD_ID__: string | undefined;
export const BUILD_ID: string | null = typeof __PYGIL_BUILD_ID__ === 'string' ? __PYGIL_BUILD_ID__ : null;

/** The cache directory (perhaps not created yet), or null when nothing may be cached. */
export function cacheDir(): string | null {
  const env = process.env;
  if (BUILD_ID === null || env.PYGIL_NO_CACHE === '1') return null;
  if (env.PYGIL_CACHE_DIR) return env.PYGIL_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pygil');
}

/** Writes a cache file whole or not at all (a unique temporary name renamed over it, so a concurrent
 *  reader never sees half a file); false when it could not (read-only or full disk: run uncached). */
export function writeCacheFile(dir: string, name: string, data: Uint8Array): boolean {
  const file = join(dir, name);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // never written
    }
    return false;
  }
}
