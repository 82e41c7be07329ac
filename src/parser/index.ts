// Public API of the parser layer: source text -> AST (ast.ts), or a CompileError.
export { parse } from './parse.js';
export type * from './ast.js';
