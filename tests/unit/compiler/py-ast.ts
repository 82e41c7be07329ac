// Test helper: parse Python source with CPython's own `ast` module (python3) and convert it to
// our AST (src/parser/ast.ts), so compiler tests do not depend on our parser.
import { spawnSync } from 'node:child_process';
import type { Module } from '../../../src/parser/ast.js';

const SCRIPT = String.raw`
import ast, json, sys
RENAME = {'AsyncFunctionDef': 'FunctionDef', 'AsyncFor': 'For', 'AsyncWith': 'With'}
def const(v):
    if v is None or isinstance(v, (bool, str)): return v
    if isinstance(v, int): return {'$int': str(v)}
    if isinstance(v, float): return {'$float': repr(v)}
    if isinstance(v, bytes): return {'$bytes': list(v)}
    if v is Ellipsis: return {'$ellipsis': True}
    raise ValueError('unsupported constant %r' % (v,))
def conv(n):
    if isinstance(n, list): return [conv(x) for x in n]
    if n is None or isinstance(n, (str, int)): return n
    if isinstance(n, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
        return type(n).__name__
    name = type(n).__name__
    d = {}
    if isinstance(n, (ast.stmt, ast.expr, ast.ExceptHandler, ast.mod)):
        d['kind'] = RENAME.get(name, name)
    if name in ('AsyncFunctionDef', 'AsyncFor', 'AsyncWith'): d['isAsync'] = True
    elif name in ('FunctionDef', 'For', 'With'): d['isAsync'] = False
    for f in n._fields:
        if f in ('type_comment', 'type_ignores') or (name == 'Constant' and f == 'kind'): continue
        v = getattr(n, f)
        if name == 'Constant' and f == 'value': d[f] = const(v)
        elif name == 'comprehension' and f == 'is_async': d[f] = bool(v)
        else: d[f] = conv(v)
    for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if hasattr(n, a): d[a] = getattr(n, a)
    return d
print(json.dumps(conv(ast.parse(sys.stdin.read()))))
`;

export function pyParse(source: string): Module {
  const r = spawnSync('python3', ['-c', SCRIPT], { input: source, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 ast failed: ${r.stderr}`);
  return JSON.parse(r.stdout, (_k, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      if ('$int' in v) return BigInt(v.$int);
      if ('$float' in v) return { float: Number(v.$float === 'inf' ? Infinity : v.$float === '-inf' ? -Infinity : v.$float) };
      if ('$bytes' in v) return Uint8Array.from(v.$bytes);
      if ('$ellipsis' in v) return { ellipsis: true };
    }
    return v;
  }) as Module;
}

/** Runs python3's own compiler on `source`; returns the SyntaxError as [msg, lineno, offset] or null. */
export function pySyntaxError(source: string): [string, number, number] | null {
  const script = `
import sys, json
try: compile(sys.stdin.read(), 'x.py', 'exec')
except SyntaxError as e: print(json.dumps([e.msg, e.lineno, e.offset]))
else: print('null')`;
  const r = spawnSync('python3', ['-c', script], { input: source, encoding: 'utf8' });
  return JSON.parse(r.stdout) as [string, number, number] | null;
}
