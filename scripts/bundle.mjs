// Bundles the compiled CLI and the worker entry (dist/src, made by tsc, where const enums are already
// inlined) into two single files, so that `pygil` starts without resolving hundreds of modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/src/cli/main.js', 'dist/src/workers/worker.js'],
  outbase: 'dist/src',
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
