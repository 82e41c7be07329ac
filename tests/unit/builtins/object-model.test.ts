// The object model and the builtins around it (object, type, class creation, property, static/class
// methods, exceptions, builtin iterators and functions, function/method reprs): each fixture in
// fixtures/ runs under pygil and its output must equal the `.expected` file, which is CPython 3.11's
// output (regenerate with `python3 x.py > x.expected 2>&1` in that folder). Addresses are masked by
// the fixtures themselves.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..', '..');
const FIXTURES = join(HERE, 'fixtures');

describe('object model fixtures', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.py')).sort()) {
    test(file, () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'pygil.js'), file], {
        cwd: FIXTURES,
        encoding: 'utf8',
        timeout: 60_000,
      });
      const expected = readFileSync(join(FIXTURES, file.replace(/\.py$/, '.expected')), 'utf8');
      expect(r.stdout + r.stderr).toBe(expected);
    }, 90_000);
  }
});
