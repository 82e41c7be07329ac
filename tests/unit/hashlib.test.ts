// hashlib (src/builtins/mod-hashlib.ts) against node:crypto: the TypeScript md5/sha1/sha256 directly
// (random lengths 0..10000, block-boundary lengths, random chunkings), then the Python API end to end
// through bin/pygil.js (`npm run build` first): long updates take the GIL-releasing path, and two
// threads updating one object must not lose updates (without the per-object lock they did, in about
// 4 runs of 5).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  GIL_RELEASE_BYTES, MD5, SHA1, SHA256, digestCtx, hashChunks, newHashCtx, updateCtx,
} from '../../src/builtins/mod-hashlib.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ALGS: [number, string][] = [[MD5, 'md5'], [SHA1, 'sha1'], [SHA256, 'sha256']];

/** A small deterministic PRNG (mulberry32), so that a failure can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(rand: () => number, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (rand() * 256) | 0;
  return b;
}

function nodeHex(name: string, data: Uint8Array): string {
  return createHash(name).update(data).digest('hex');
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Splits `data` at random points into 1..8 chunks (some may be empty). */
function randomChunks(rand: () => number, data: Uint8Array): Uint8Array[] {
  const cuts = Array.from({ length: (rand() * 8) | 0 }, () => (rand() * (data.length + 1)) | 0).sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const c of cuts) {
    out.push(data.subarray(at, c));
    at = c;
  }
  out.push(data.subarray(at));
  return out;
}

describe('md5, sha1, sha256 against node:crypto', () => {
  test('lengths around the block and padding boundaries', () => {
    const rand = prng(1);
    for (const n of [0, 1, 3, 4, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000]) {
      const data = randomBytes(rand, n);
      for (const [alg, name] of ALGS) expect(hex(hashChunks(alg, [data])), `${name} of ${n} bytes`).toBe(nodeHex(name, data));
    }
  });

  test('random lengths 0..10000, one update and random chunked updates', () => {
    const rand = prng(2);
    for (let round = 0; round < 150; round++) {
      const data = randomBytes(rand, (rand() * 10001) | 0);
      for (const [alg, name] of ALGS) {
        const want = nodeHex(name, data);
        expect(hex(hashChunks(alg, [data])), `${name} of ${data.length} bytes`).toBe(want);
        const chunks = randomChunks(rand, data);
        expect(hex(hashChunks(alg, chunks)), `${name} of ${chunks.map((c) => c.length)}`).toBe(want);
      }
    }
  });

  test('byte-by-byte updates, unaligned offsets, and digests in the middle', () => {
    const rand = prng(3);
    const big = randomBytes(rand, 3000);
    for (const [alg, name] of ALGS) {
      const c = newHashCtx(alg);
      for (let i = 0; i < 300; i++) {
        updateCtx(c, big, i, 1);
        if (i % 37 === 0) expect(hex(digestCtx(c))).toBe(nodeHex(name, big.subarray(0, i + 1)));
      }
      updateCtx(c, big, 300, 2700); // from an offset that is not a multiple of 4
      expect(hex(digestCtx(c))).toBe(nodeHex(name, big));
    }
  });
});

/** Runs Python `source` under bin/pygil.js in a fresh temporary folder that also holds `files`. */
function runPygil(source: string, files: Record<string, Uint8Array> = {}): { stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pygil-hashlib-'));
  try {
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
    writeFileSync(join(dir, 'prog.py'), source + '\n');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pygil.js'), 'prog.py'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    return { stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the hashlib module under pygil', () => {
  test('chunked updates, copies and long (GIL-releasing) updates match node:crypto', () => {
    const rand = prng(4);
    const data = randomBytes(rand, 40000);
    // Each case: a length, and the chunk lengths the program feeds (the rest in one last update).
    const cases: [number, number[]][] = [];
    for (let i = 0; i < 40; i++) {
      const n = (rand() * 10001) | 0;
      cases.push([n, Array.from({ length: (rand() * 4) | 0 }, () => (rand() * (n / 2)) | 0)]);
    }
    cases.push([40000, [GIL_RELEASE_BYTES - 1, GIL_RELEASE_BYTES, 17, 3 * GIL_RELEASE_BYTES]]);
    cases.push([40000, []]);
    const program = [
      'import hashlib',
      "data = open('data.bin', 'rb').read()",
      `cases = ${JSON.stringify(cases)}`,
      "for alg in ['md5', 'sha1', 'sha256']:",
      '    for n, parts in cases:',
      '        h = hashlib.new(alg)',
      '        at = 0',
      '        for p in parts:',
      '            if at + p <= n:',
      '                h.update(data[at:at + p])',
      '                at += p',
      '        early = h.copy()',
      '        h.update(data[at:n])',
      '        print(alg, n, h.hexdigest(), early.hexdigest(), at)',
      "    print(alg, 'ctor', getattr(hashlib, alg)(data).hexdigest())",
    ].join('\n');
    const r = runPygil(program, { 'data.bin': data });
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    const want: string[] = [];
    for (const [, name] of ALGS) {
      for (const [n, parts] of cases) {
        let at = 0;
        for (const p of parts) if (at + p <= n) at += p;
        want.push(`${name} ${n} ${nodeHex(name, data.subarray(0, n))} ${nodeHex(name, data.subarray(0, at))} ${at}`);
      }
      want.push(`${name} ctor ${nodeHex(name, data)}`);
    }
    expect(lines).toEqual(want);
  }, 90_000);

  test('threads: one object updated from two threads loses nothing; two objects hash in parallel', () => {
    // Identical chunks, so the order in which the threads' updates land does not matter; each chunk is
    // long enough for the GIL-releasing path, where a missing per-object lock would lose updates.
    const program = [
      'import _thread, hashlib',
      'chunk = bytes(range(256)) * 64',
      'h = hashlib.sha1()',
      'big = [bytes([i]) * 300000 for i in range(2)]',
      'out = {}',
      'def shared(lock):',
      '    for _ in range(150):',
      '        h.update(chunk)',
      '    lock.release()',
      'def own(i, lock):',
      '    out[i] = hashlib.sha256(big[i]).hexdigest()',
      '    lock.release()',
      'locks = [_thread.allocate_lock() for _ in range(4)]',
      'for l in locks:',
      '    l.acquire()',
      '_thread.start_new_thread(shared, (locks[0],))',
      '_thread.start_new_thread(shared, (locks[1],))',
      '_thread.start_new_thread(own, (0, locks[2]))',
      '_thread.start_new_thread(own, (1, locks[3]))',
      'for l in locks:',
      '    l.acquire()',
      'print(h.hexdigest())',
      'print(out[0])',
      'print(out[1])',
    ].join('\n');
    const r = runPygil(program);
    expect(r.stderr).toBe('');
    const chunk = new Uint8Array(256 * 64).map((_, i) => i & 255);
    const all = new Uint8Array(chunk.length * 300);
    for (let i = 0; i < 300; i++) all.set(chunk, i * chunk.length);
    expect(r.stdout.trimEnd().split('\n')).toEqual([
      nodeHex('sha1', all),
      nodeHex('sha256', new Uint8Array(300000).fill(0)),
      nodeHex('sha256', new Uint8Array(300000).fill(1)),
    ]);
  }, 90_000);
});
