// Vitest global setup: every pygil the tests start uses one compile cache (src/compiler/cache.ts) in a
// directory of this run, not the user's ~/.cache, removed at the end. Programs run later read the
// library entries that earlier ones wrote, so the suite exercises both sides of the cache.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'pygil-test-cache-'));
  process.env.PYGIL_CACHE_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
