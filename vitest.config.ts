import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The parser's unit tests build it with Chevrotain's grammar validations on (skipped at run time).
    env: { PYGIL_VALIDATE_GRAMMAR: '1' },
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/cache-dir.setup.ts'],
  },
});
