/*
 * The first code a worker runs: loads the interpreter (the worker bundle, dist/bundle/workers/worker.cjs)
 * through V8's code cache, then runs it.
 *
 * Why: every worker, the main thread's and each Python thread's, is a fresh V8 isolate that must compile
 * the 1.2 MB interpreter before running a single instruction, then compile each function lazily as it is
 * first called. V8 can save that work (Script#createCachedData) and take it back (cachedData), skipping
 * the parse and the lazy compiles; this saves ~40 ms of every start. Node 20 has no module compile cache
 * (module.enableCompileCache is Node 22), so the bundle is a CommonJS function run through node:vm.
 *
 * The cache file lives in the cache directory (common/cache-dir.ts) under the build id. The main
 * thread's worker writes it at exit, after the program ran, so it holds the functions a run needed;
 * it writes only when there was none or V8 refused it (another V8, other flags). Unbundled (dist/src,
 * where there is no worker.cjs) this loads worker.js as a module.
 *
 * Only the main thread's worker uses the cache. Measured (bench/gil/cpu_threads.py, 4 CPU-bound
 * threads): thread workers that load the interpreter from the code cache run their cold first part
 * ~0.25 s slower in total than ones that compile it afresh, which costs more than the ~40 ms the cache
 * saves a worker's start (spare workers are started ahead anyway). Why V8 tiers cached code up more
 * slowly there is not understood yet.
 */

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { workerData } from 'node:worker_threads';
import { BUILD_ID, cacheDir, writeCacheFile } from '../common/cache-dir.js';

const bundle = fileURLToPath(new URL('./worker.cjs', import.meta.url));

function boot(): void {
  const dir = (workerData as { role?: string } | null)?.role === 'main' ? cacheDir() : null;
  const name = `worker-${BUILD_ID}.v8cache`;
  let cachedData: Buffer | undefined;
  if (dir !== null) {
    try {
      cachedData = readFileSync(`${dir}/${name}`);
    } catch {
      // first run of this build: written at exit
    }
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  if (dir !== null && (cachedData === undefined || script.cachedDataRejected === true)) {
    process.once('exit', () => writeCacheFile(dir, name, script.createCachedData()));
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(bundle), mod, bundle, dirname(bundle));
}

if (existsSync(bundle)) boot();
// (A computed specifier, so that the bundler leaves the unbundled interpreter out of boot.js.)
else await import(new URL('./worker.js', import.meta.url).href);
