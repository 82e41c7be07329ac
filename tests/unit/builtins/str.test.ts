// str, bytes and formatting builtins against CPython: each program in str-cases/ runs under pygil
// (bin/pygil.js, so `npm run build` first) and under python3, and their stdouts must be equal.
// The pure helpers of codecs.ts and str.ts are also checked directly.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { bytesRepr, decodeBytes, encodeText, lookupCodec } from '../../../src/builtins/codecs.js';
import {
  centerJs, expandtabsJs, rsplitSep, rsplitWhitespace, splitlinesJs, splitWhitespace, strSpace, titleJs, zfillJs,
} from '../../../src/builtins/str.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..', '..');
const CASES = join(HERE, 'str-cases');

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: CASES, encoding: 'utf8', timeout: 120_000, env: { ...process.env, PYTHONIOENCODING: 'utf-8' } });
  return r.stdout;
}

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('str/bytes programs match CPython', () => {
  for (const f of readdirSync(CASES).filter((n) => n.endsWith('.py')).sort()) {
    test.skipIf(!hasPython)(f, { timeout: 240_000 }, () => {
      const want = run('python3', [f]);
      const got = run(process.execPath, [join(ROOT, 'bin', 'pygil.js'), f]);
      expect(got).toEqual(want);
    });
  }
});

describe('codecs', () => {
  test('encode/decode round trips and error messages', () => {
    expect(encodeText('aé😀', lookupCodec('UTF_8'), 'strict')).toBe('a\xc3\xa9\xf0\x9f\x98\x80');
    expect(decodeBytes('a\xc3\xa9\xf0\x9f\x98\x80', 'utf-8', 'strict')).toBe('aé😀');
    expect(() => encodeText('éé', 'ascii', 'strict')).toThrow("'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
    expect(() => decodeBytes('\xe2\x82', 'utf-8', 'strict')).toThrow("can't decode bytes in position 0-1: unexpected end of data");
    expect(decodeBytes('a\xffb', 'utf-8', 'replace')).toBe('a\ufffdb');
    expect(encodeText('a€', 'latin-1', 'xmlcharrefreplace')).toBe('a&#8364;');
    expect(() => lookupCodec('foo')).toThrow('unknown encoding: foo');
    expect(bytesRepr("a'\x00\xff")).toBe('b"a\'\\x00\\xff"');
  });
});

describe('str algorithms', () => {
  test('split, layout and case helpers', () => {
    expect(splitWhitespace('  a  b\tc ', 1, strSpace)).toEqual(['a', 'b\tc ']);
    expect(rsplitWhitespace('  a  b\tc ', 1, strSpace)).toEqual(['  a  b', 'c']);
    expect(rsplitSep('a.b.c', '.', 1)).toEqual(['a.b', 'c']);
    expect(splitlinesJs('a\r\nb\x0bc\n', true, false)).toEqual(['a\r\n', 'b\x0b', 'c\n']);
    expect(centerJs('ab', 2, 5, '*')).toBe('**ab*');
    expect(zfillJs('-42', 3, 6)).toBe('-00042');
    expect(expandtabsJs('a\tbc\td', 4)).toBe('a   bc  d');
    expect(titleJs("they're ǆ ßa")).toBe("They'Re ǅ Ssa");
  });
});
