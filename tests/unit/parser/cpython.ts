// Test helper: CPython 3.11 (`python3`) as the oracle for the parser. One python3 process per
// test file dumps the AST (or the SyntaxError) of every snippet as JSON, and normalise() turns
// our AST into the same shape so vitest can compare them structurally.
import { execFileSync } from 'node:child_process';
import { parse } from '../../../src/parser/index.js';
import { CompileError } from '../../../src/common/errors.js';

const DUMPER = String.raw`
import ast, json, sys
NOTYPE = {'arguments', 'arg', 'keyword', 'alias', 'withitem', 'comprehension'}
NOLOC = {'alias'}
def conv(n):
    if isinstance(n, ast.AST):
        name = type(n).__name__
        if isinstance(n, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return name
        d = {} if name in NOTYPE else {'_type': name}
        for f in n._fields:
            if f in ('type_comment', 'kind', 'type_ignores'):
                continue
            v = getattr(n, f)
            d[f] = const(v) if name == 'Constant' and f == 'value' else v if isinstance(v, int) else conv(v)
        if name == 'comprehension':
            d['is_async'] = bool(d['is_async'])
        if name == 'AnnAssign':
            d['simple'] = bool(d['simple'])
        if name not in NOLOC:
            for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
                if hasattr(n, a):
                    d[a] = getattr(n, a)
        return d
    if isinstance(n, list):
        return [conv(x) for x in n]
    return const(n)
def const(n):
    if n is None or isinstance(n, (bool, str)):
        return n
    if isinstance(n, int):
        return {'int': str(n)}
    if isinstance(n, float):
        return {'float': n if n == n and abs(n) != float('inf') else repr(n)}
    if isinstance(n, bytes):
        return {'bytes': list(n)}
    if n is Ellipsis:
        return {'ellipsis': True}
    if isinstance(n, complex):
        return {'complex': repr(n)}
    raise TypeError(type(n))
out = []
for src in json.load(sys.stdin):
    try:
        out.append({'ast': conv(ast.parse(src, 'x.py'))})
    except SyntaxError as e:
        out.append({'error': {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset}})
print(json.dumps(out))
`;

export type Outcome = { ast: unknown } | { error: { type: string; msg: string; lineno: number; offset: number } };

/** CPython's outcome for each snippet (one python3 process for all of them). */
export function cpython(snippets: string[]): Outcome[] {
  const out = execFileSync('python3', ['-c', DUMPER], { input: JSON.stringify(snippets), encoding: 'utf8' });
  return JSON.parse(out) as Outcome[];
}

/** Our outcome for a snippet, in the same shape as cpython()'s. */
export function ours(src: string): Outcome {
  try {
    return { ast: normalise(parse(src, 'x.py')) };
  } catch (e) {
    if (e instanceof CompileError) return { error: { type: e.pyType, msg: e.msg, lineno: e.lineno, offset: e.offset } };
    throw e;
  }
}

const ASYNC_KIND: Record<string, string> = { FunctionDef: 'AsyncFunctionDef', For: 'AsyncFor', With: 'AsyncWith' };

/** Our AST as CPython's dump: kind -> _type (Async* for isAsync), constants as tagged values. */
export function normalise(v: unknown): unknown {
  if (typeof v === 'bigint') return { int: v.toString() };
  if (v instanceof Uint8Array) return { bytes: Array.from(v) };
  if (Array.isArray(v)) return v.map(normalise);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if ('float' in o && Object.keys(o).length === 1) {
    const f = o.float as number;
    return { float: Number.isFinite(f) ? f : f > 0 ? 'inf' : f < 0 ? '-inf' : 'nan' };
  }
  if ('ellipsis' in o && Object.keys(o).length === 1) return o;
  const d: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(o)) {
    if (k === 'kind') d._type = o.isAsync ? ASYNC_KIND[val as string] : val;
    else if (k === 'isAsync') continue;
    else d[k] = normalise(val);
  }
  return d;
}
