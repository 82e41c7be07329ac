// The instruction buffer of one code object under construction: emit, labels, jump patching,
// positions, the exception table (from a lexical handler stack) and the max-stack-depth pass.
// Runs on whichever thread compiles (the main worker, before any Python thread starts).
//
// Exception handlers, CPython 3.11 style (Python/compile.c SETUP_FINALLY / SETUP_CLEANUP /
// SETUP_WITH / POP_BLOCK): `setupHandler(label, delta)` inserts a pseudo-instruction at the point
// where the handler becomes active and pushes it on the handler stack; every instruction emitted
// while it is the top of the stack is covered by it. The handler's stack depth is not known by the
// compiler: the depth pass computes it as (depth at the pseudo-instruction) + delta, and the handler
// label is entered with that depth + 1 (the exception). Pseudo-instructions are dropped at assembly.

import { OPCODES, VAR, encode } from '../bytecode/opcodes.js';
import { Op } from '../bytecode/op.generated.js';
import { InternalError } from '../common/errors.js';
import type { Loc } from '../parser/ast.js';

/** A label: an index into the builder's label table. */
export type Label = number;

/** An exception handler: where to jump, and how its depth relates to the depth at its setup point. */
export interface Handler {
  readonly label: Label;
  readonly delta: number;
  /** Computed by the depth pass; -1 while unknown (or when the setup point is unreachable). */
  depth: number;
}

const PSEUDO_SETUP = -1;

interface Instr {
  op: number;
  arg: number;
  /** Label for jumps, -1 otherwise. */
  target: Label;
  loc: Loc | null;
  /** Innermost handler covering this instruction (null: none). */
  handler: Handler | null;
  /** For PSEUDO_SETUP: the handler being set up. */
  setup: Handler | null;
}

/** Net stack effect of one instruction; `jump` selects the branch-taken effect of a jump. */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.BUILD_SLICE:
    case Op.BUILD_TUPLE:
    case Op.BUILD_LIST:
    case Op.BUILD_SET:
    case Op.BUILD_STRING:
      return 1 - arg;
    case Op.BUILD_MAP:
      return 1 - 2 * arg;
    case Op.FORMAT_VALUE:
      return arg & 4 ? -1 : 0;
    case Op.UNPACK_SEQUENCE:
      return arg - 1;
    case Op.UNPACK_EX:
      return (arg & 0xff) + (arg >> 8);
    case Op.JUMP_IF_FALSE_OR_POP:
    case Op.JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case Op.FOR_ITER:
      return jump ? -1 : 1;
    case Op.MAKE_FUNCTION: {
      let n = 0;
      if (arg & 1) n++;
      if (arg & 2) n++;
      if (arg & 4) n++;
      if (arg & 8) n++;
      return 0 - n;
    }
    case Op.CALL:
      return 0 - arg;
    case Op.CALL_METHOD:
      return -arg - 1;
    case Op.CALL_KW:
      return -arg - 1;
    case Op.CALL_FUNCTION_EX:
      return arg & 1 ? -2 : -1;
    case Op.RAISE_VARARGS:
      return 0 - arg;
    case Op.SEND:
      return jump ? -1 : 0;
    default: {
      const info = OPCODES[op];
      if (info === undefined) throw new InternalError(`stackEffect: bad opcode ${op}`);
      if (info.pops === VAR || info.pushes === VAR) {
        throw new InternalError(`stackEffect: VAR opcode ${info.name} not special-cased`);
      }
      return info.pushes - info.pops;
    }
  }
}

/** Whether `op` takes a label argument (a jump). */
export function isJump(op: number): boolean {
  return OPCODES[op]?.arg === 'label';
}

export interface Assembled {
  code: Int32Array;
  positions: Int32Array;
  excTable: Int32Array;
  stacksize: number;
}

export class CodeBuilder {
  private readonly instrs: Instr[] = [];
  /** Label -> index into instrs (-1 while unbound). */
  private readonly labelPos: number[] = [];
  private readonly handlers: Handler[] = [];
  /** The location given to emitted instructions. */
  loc: Loc | null = null;

  newLabel(): Label {
    this.labelPos.push(-1);
    return this.labelPos.length - 1;
  }

  bindLabel(label: Label): void {
    if (this.labelPos[label] !== -1) throw new InternalError(`label ${label} bound twice`);
    this.labelPos[label] = this.instrs.length;
  }

  emit(op: number, arg = 0): void {
    if (isJump(op)) throw new InternalError(`emit: use emitJump for ${OPCODES[op]!.name}`);
    this.push(op, arg, -1);
  }

  emitJump(op: number, target: Label): void {
    if (!isJump(op)) throw new InternalError(`emitJump: ${OPCODES[op]!.name} is not a jump`);
    this.push(op, 0, target);
  }

  private push(op: number, arg: number, target: Label): void {
    if (arg < 0 || arg > 0xffffff) throw new InternalError(`argument out of range: ${arg}`);
    this.instrs.push({ op, arg, target, loc: this.loc, handler: this.currentHandler(), setup: null });
  }

  currentHandler(): Handler | null {
    return this.handlers.length > 0 ? this.handlers[this.handlers.length - 1]! : null;
  }

  /** Activates a new handler here (CPython's SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH).
   *  Its depth will be (stack depth at this point) + delta. */
  setupHandler(label: Label, delta = 0): Handler {
    const h: Handler = { label, delta, depth: -1 };
    this.instrs.push({ op: PSEUDO_SETUP, arg: 0, target: -1, loc: this.loc, handler: this.currentHandler(), setup: h });
    this.handlers.push(h);
    return h;
  }

  /** CPython's POP_BLOCK: the innermost handler stops covering the following instructions. */
  popHandler(): Handler {
    const h = this.handlers.pop();
    if (h === undefined) throw new InternalError('popHandler: no handler');
    return h;
  }

  /** Makes an already set-up handler cover the following instructions again (code emitted
   *  out of line, e.g. an inlined finally body, then the rest of the protected region). */
  pushHandler(h: Handler): void {
    this.handlers.push(h);
  }

  handlerDepth(): number {
    return this.handlers.length;
  }

  /** True when control can reach the end of the code emitted so far (so an implicit
   *  `return None` is needed), or a label is bound at the end. */
  fallsThroughEnd(): boolean {
    const n = this.instrs.length;
    if (this.labelPos.includes(n)) return true;
    for (let i = n - 1; i >= 0; i--) {
      const ins = this.instrs[i]!;
      if (ins.op === PSEUDO_SETUP) continue;
      return !OPCODES[ins.op]!.noFallthrough;
    }
    return true;
  }

  /** Number of real instructions emitted so far. */
  get length(): number {
    let n = 0;
    for (const ins of this.instrs) if (ins.op !== PSEUDO_SETUP) n++;
    return n;
  }

  /** Resolves labels, drops pseudo-instructions, computes the stack size and the exception table.
   *  `fixArg` lets the compiler rewrite arguments that depend on final tables (DEREF indices). */
  assemble(fixArg?: (op: number, arg: number) => number): Assembled {
    if (this.handlers.length !== 0) throw new InternalError('assemble: unbalanced handler stack');
    for (let l = 0; l < this.labelPos.length; l++) {
      // Unbound labels are fine if nothing jumps to them.
      if (this.labelPos[l] === -1 && this.instrs.some((i) => i.target === l || i.setup?.label === l)) {
        throw new InternalError(`label ${l} used but never bound`);
      }
    }
    const { max: stacksize, depth } = this.computeDepths();
    // Unreachable instructions are dropped, as CPython's optimizer does; nothing reachable can
    // jump to them (else they would be reachable), so their labels may move to the next kept one.
    const n = this.instrs.length;
    const keep = (i: number): boolean => this.instrs[i]!.op !== PSEUDO_SETUP && depth[i] !== -1;

    // Map instruction indices (pseudo and dropped included) to final indices.
    const newIndex = new Int32Array(n + 1);
    let count = 0;
    for (let i = 0; i < n; i++) {
      newIndex[i] = count;
      if (keep(i)) count++;
    }
    newIndex[n] = count;
    const labelIndex = (l: Label): number => newIndex[this.labelPos[l]!]!;

    const code = new Int32Array(count);
    const positions = new Int32Array(count * 4);
    const exc: number[] = [];
    let j = 0;
    let runHandler: Handler | null = null;
    let runStart = 0;
    const closeRun = (end: number): void => {
      if (runHandler !== null && runHandler.depth >= 0 && end > runStart) {
        exc.push(runStart, end, labelIndex(runHandler.label), runHandler.depth);
      }
    };
    for (let i = 0; i < n; i++) {
      const ins = this.instrs[i]!;
      if (!keep(i)) continue;
      let arg = ins.target >= 0 ? labelIndex(ins.target) : ins.arg;
      if (fixArg) arg = fixArg(ins.op, arg);
      code[j] = encode(ins.op, arg);
      if (ins.loc) {
        positions[j * 4] = ins.loc.lineno;
        positions[j * 4 + 1] = ins.loc.end_lineno;
        positions[j * 4 + 2] = ins.loc.col_offset;
        positions[j * 4 + 3] = ins.loc.end_col_offset;
      }
      if (ins.handler !== runHandler) {
        closeRun(j);
        runHandler = ins.handler;
        runStart = j;
      }
      j++;
    }
    closeRun(j);
    return { code, positions, excTable: Int32Array.from(exc), stacksize };
  }

  /** Flow-sensitive depth pass over the instruction graph (jumps, fallthrough, handler entries).
   *  Sets every reachable handler's depth; returns the maximum depth. */
  private computeDepths(): { max: number; depth: Int32Array } {
    const n = this.instrs.length;
    const depth = new Int32Array(n + 1).fill(-1);
    const work: number[] = [];
    let max = 0;
    const reach = (i: number, d: number, why: string): void => {
      if (d < 0) throw new InternalError(`negative stack depth at ${i} (${why})`);
      if (d > max) max = d;
      if (i >= n) return; // falling off the end is checked by fallsThroughEnd()
      if (depth[i] === -1) {
        depth[i] = d;
        work.push(i);
      } else if (depth[i] !== d) {
        throw new InternalError(`inconsistent stack depth at instruction ${i}: ${depth[i]} vs ${d} (${why})`);
      }
    };
    reach(0, 0, 'entry');
    while (work.length > 0) {
      const i = work.pop()!;
      let d = depth[i]!;
      const ins = this.instrs[i]!;
      if (ins.op === PSEUDO_SETUP) {
        const h = ins.setup!;
        const hd = d + h.delta;
        if (h.depth !== -1 && h.depth !== hd) throw new InternalError('handler depth mismatch');
        h.depth = hd;
        reach(this.labelPos[h.label]!, hd + 1, 'handler');
        reach(i + 1, d, 'fallthrough');
        continue;
      }
      if (ins.target >= 0) reach(this.labelPos[ins.target]!, d + stackEffect(ins.op, ins.arg, true), OPCODES[ins.op]!.name);
      d += stackEffect(ins.op, ins.arg, false);
      if (!OPCODES[ins.op]!.noFallthrough) reach(i + 1, d, OPCODES[ins.op]!.name);
    }
    return { max, depth };
  }
}
