// The opcode table is the single source of truth: the generated enum must match it, and every
// opcode's stack effect must be computable and consistent with its pops/pushes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { argOf, encode, OPCODES, OPCODE_BY_NAME, opOf, VAR } from '../../../src/bytecode/opcodes.js';
import { renderOpEnum } from '../../../src/bytecode/render-op-enum.js';
import { stackEffect, isJump } from '../../../src/compiler/code-builder.js';

describe('opcode table', () => {
  it('op.generated.ts is up to date (run npm run gen:opcodes)', () => {
    const path = fileURLToPath(new URL('../../../src/bytecode/op.generated.ts', import.meta.url));
    expect(readFileSync(path, 'utf8')).toBe(renderOpEnum());
  });

  it('names are unique UPPER_SNAKE and fit in 8 bits', () => {
    expect(new Set(OPCODES.map((o) => o.name)).size).toBe(OPCODES.length);
    expect(OPCODES.length).toBeLessThanOrEqual(256);
    for (const o of OPCODES) expect(o.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it('encodes and decodes every opcode with large args', () => {
    for (let op = 0; op < OPCODES.length; op++) {
      for (const arg of [0, 1, 255, 256, 0xffffff]) {
        const ins = encode(op, arg);
        expect(opOf(ins)).toBe(op);
        expect(argOf(ins)).toBe(arg);
      }
    }
  });

  it('fixed stack effects equal pushes - pops, for both branches', () => {
    for (let op = 0; op < OPCODES.length; op++) {
      const o = OPCODES[op]!;
      if (o.pops === VAR || o.pushes === VAR) continue;
      expect(stackEffect(op, 0, false), o.name).toBe(o.pushes - o.pops);
      if (isJump(op)) expect(stackEffect(op, 0, true), o.name).toBe(o.pushes - o.pops);
    }
  });

  it('every VAR opcode has a special case matching its documented layout', () => {
    const n = (name: string): number => OPCODE_BY_NAME.get(name)!;
    const cases: [string, number, boolean, number][] = [
      ['BUILD_SLICE', 2, false, -1],
      ['BUILD_SLICE', 3, false, -2],
      ['BUILD_TUPLE', 0, false, 1],
      ['BUILD_TUPLE', 3, false, -2],
      ['BUILD_LIST', 2, false, -1],
      ['BUILD_SET', 2, false, -1],
      ['BUILD_MAP', 2, false, -3],
      ['BUILD_STRING', 4, false, -3],
      ['FORMAT_VALUE', 2, false, 0],
      ['FORMAT_VALUE', 6, false, -1],
      ['UNPACK_SEQUENCE', 3, false, 2],
      ['UNPACK_EX', 1 | (2 << 8), false, 3],
      ['JUMP_IF_FALSE_OR_POP', 0, false, -1],
      ['JUMP_IF_FALSE_OR_POP', 0, true, 0],
      ['JUMP_IF_TRUE_OR_POP', 0, false, -1],
      ['JUMP_IF_TRUE_OR_POP', 0, true, 0],
      ['FOR_ITER', 0, false, 1],
      ['FOR_ITER', 0, true, -1],
      ['MAKE_FUNCTION', 0, false, 0],
      ['MAKE_FUNCTION', 1 | 2 | 8, false, -3],
      ['CALL', 2, false, -2],
      ['CALL_METHOD', 2, false, -3],
      ['CALL_KW', 3, false, -4],
      ['CALL_FUNCTION_EX', 0, false, -1],
      ['CALL_FUNCTION_EX', 1, false, -2],
      ['RAISE_VARARGS', 2, false, -2],
      ['SEND', 0, false, 0],
      ['SEND', 0, true, -1],
    ];
    const covered = new Set<string>();
    for (const [name, arg, jump, effect] of cases) {
      expect(stackEffect(n(name), arg, jump), `${name} ${arg} ${jump}`).toBe(effect);
      covered.add(name);
    }
    for (const o of OPCODES) {
      if (o.pops === VAR || o.pushes === VAR) expect(covered.has(o.name), o.name).toBe(true);
    }
  });

  it('noFallthrough opcodes are exactly the unconditional transfers', () => {
    const names = OPCODES.filter((o) => o.noFallthrough).map((o) => o.name).sort();
    expect(names).toEqual(['JUMP', 'RAISE_VARARGS', 'RERAISE', 'RETURN_VALUE']);
  });
});
