// The GIL protocol itself (src/gil/gil.ts), driven by raw worker_threads over one heap, without the
// interpreter: mutual exclusion (a non-atomic read-modify-write of a heap word under the GIL is never
// lost), forced switches with many waiters (no deadlock, no lost wake-up), voluntary releases, and the
// invariant checks of PYGIL_GIL_DEBUG=1. Uses the compiled modules in dist/ (`npm test` builds first).
import { Worker } from 'node:worker_threads';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const GIL = pathToFileURL(join(ROOT, 'dist/src/gil/gil.js')).href;
const MEM = pathToFileURL(join(ROOT, 'dist/src/heap/memory.js')).href;
const LAYOUT = pathToFileURL(join(ROOT, 'dist/src/heap/layout.js')).href;

// Each worker plays one Python thread: `iterations` turns of a critical section that reads a heap word,
// burns a little time, and writes it back plus one; every turn ends with the periodic check (a forced
// drop when someone waits) and every 7th with a voluntary release.
const WORKER = `
(async () => {
  const { workerData, parentPort } = require('node:worker_threads');
  const gil = await import('${GIL}');
  const mem = await import('${MEM}');
  const { sab, ident, threadRef, counter, iterations } = workerData;
  mem.attachHeap(sab);
  const I32 = mem.I32;
  gil.gilSetThread(ident, threadRef);
  gil.gilAcquire();
  for (let i = 0; i < iterations; i++) {
    const v = I32[counter];
    for (let k = 0; k < 50; k++) Math.sqrt(k);
    I32[counter] = v + 1;
    gil.gilCheck(1);
    if (i % 7 === 0) gil.withoutGil(() => {});
  }
  const stats = gil.threadStats(threadRef >> 2);
  gil.gilReleaseFinal();
  parentPort.postMessage(stats);
})().catch((e) => { require('node:worker_threads').parentPort.postMessage({ error: String(e && e.stack || e) }); });
`;

async function run(threads: number, iterations: number, interval: number): Promise<{ count: number; stats: number[][] }> {
  const mem = await import(MEM);
  const layout = await import(LAYOUT);
  const gil = await import(GIL);
  const sab: SharedArrayBuffer = mem.createHeap(8 << 20);
  mem.attachHeap(sab);
  gil.gilInitWords(2, interval);
  const counter = layout.HEAP_START >> 2;
  // Stand-ins for THREAD objects (only their TH_STATS words are used), 256 bytes apart, 8-aligned.
  const threadRef = (i: number): number => layout.HEAP_START + 256 * (i + 1);
  const results = await Promise.all(
    Array.from({ length: threads }, (_, i) => new Promise<number[]>((ok, fail) => {
      const w = new Worker(WORKER, {
        eval: true,
        workerData: { sab, ident: i + 1, threadRef: threadRef(i), counter, iterations },
        env: { ...process.env, PYGIL_GIL_DEBUG: '1' },
      });
      w.once('message', (m) => (Array.isArray(m) ? ok(m) : fail(new Error(m.error))));
      w.once('error', fail);
    })),
  );
  return { count: new Int32Array(sab)[counter], stats: results };
}

describe('GIL protocol (raw workers, PYGIL_GIL_DEBUG=1)', () => {
  it('8 threads, 10k+ forced switches: no lost update, no deadlock, every thread served', async () => {
    const { count, stats } = await run(8, 2000, 1);
    expect(count).toBe(8 * 2000);
    const forced = stats.reduce((a, s) => a + s[2], 0);
    const voluntary = stats.reduce((a, s) => a + s[3], 0);
    expect(forced).toBeGreaterThanOrEqual(10_000);
    expect(voluntary).toBe(8 * Math.ceil(2000 / 7));
    for (const s of stats) expect(s[0]).toBeGreaterThan(1); // acquisitions: each thread had many turns
  }, 60_000);

  it('one thread alone never makes a forced drop (nobody waits)', async () => {
    const { count, stats } = await run(1, 3000, 1);
    expect(count).toBe(3000);
    expect(stats[0][2]).toBe(0);
  }, 30_000);
});
