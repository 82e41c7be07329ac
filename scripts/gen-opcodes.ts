// Derives src/bytecode/op.generated.ts (a const enum of opcode numbers) from the table in opcodes.ts.
// Run: npm run gen:opcodes. tests/unit/bytecode/opcodes.test.ts fails when the output is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderOpEnum } from '../src/bytecode/render-op-enum.js';

const out = fileURLToPath(new URL('../src/bytecode/op.generated.ts', import.meta.url));
writeFileSync(out, renderOpEnum());
console.log(`wrote ${out}`);
