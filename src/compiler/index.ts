// Public API of the compiler layer: AST -> CodeObject (STYLE.md §1: import as a namespace).
export { compileModule } from './compile.js';
export { compileFile } from './cache.js';
export { buildSymbolTable, type Scope, type SymbolTable, type NameScope } from './symtable.js';
export { stackEffect } from './code-builder.js';
