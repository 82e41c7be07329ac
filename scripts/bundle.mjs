// Bundles the compiled CLI and the worker entry (dist/src, made by tsc, where const enums are already
// inlined) into two single files, so that `pygil` starts without resolving hundreds of modules.
// The build id (a hash of everything tsc built) keys the compile cache (src/compiler/cache.ts): a
// rebuilt pygil never reads code objects that an older compiler wrote.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function hashTree(dir, hash) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) hashTree(p, hash);
    else if (e.name.endsWith('.js')) hash.update(p).update(readFileSync(p));
  }
  return hash;
}

const buildId = hashTree('dist/src', hashTree('dist/grammar', createHash('sha1'))).digest('hex').slice(0, 16);

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
const define = { __PYGIL_BUILD_ID__: JSON.stringify(buildId) };

// The supervisor, and the loader every worker starts with (src/workers/boot.ts).
await build({
  ...common,
  entryPoints: ['dist/src/cli/main.js', 'dist/src/workers/boot.js'],
  outbase: 'dist/src',
  outdir: 'dist/bundle',
  format: 'esm',
  define,
});
// The interpreter, as a CommonJS function so that boot.ts can run it through V8's code cache (Node 20
// caches no ES module code); import.meta.url becomes the bundle's own file URL.
await build({
  ...common,
  entryPoints: ['dist/src/workers/worker.js'],
  outfile: 'dist/bundle/workers/worker.cjs',
  format: 'cjs',
  define: { ...define, 'import.meta.url': '__pygil_bundle_url' },
  banner: { js: 'var __pygil_bundle_url = require("node:url").pathToFileURL(__filename).href;' },
});
