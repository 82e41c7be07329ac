// The grammar of the pygil Python subset as a Chevrotain CstParser: rules only, no actions.
// src/parser/to-ast.ts turns the CST into the AST. Each rule cites the rule of CPython 3.11's
// Grammar/python.gram it implements. Where the PEG grammar needs unbounded lookahead (assignment
// targets vs expressions), this grammar accepts the expression form and to-ast.ts checks that
// it is a valid target, raising CPython's "cannot assign to ..." errors.
// One instance per worker (see getParser); reset with `parser.input = tokens`.
import { CstParser, type CstNode, type IToken } from 'chevrotain';
import * as t from './tokens.js';

export class PythonParser extends CstParser {
  /** Index of the furthest token any decision looked at: CPython reports a generic
   *  "invalid syntax" at the last token its PEG parser fetched, which this approximates. */
  furthest = -1;

  constructor() {
    // Grammar validations (ambiguities, left recursion...) cost a third of start-up; they run in the
    // parser's unit tests (PYGIL_VALIDATE_GRAMMAR=1), not on every `pygil` start.
    super(t.allTokens, {
      maxLookahead: 3,
      recoveryEnabled: false,
      nodeLocationTracking: 'none',
      skipValidations: process.env.PYGIL_VALIDATE_GRAMMAR !== '1',
    });
    this.performSelfAnalysis();
  }

  /** Starts a new parse over `tokens` (Chevrotain's recommended way to reuse one instance).
   *  With trackFurthest, records the furthest token any decision looks at: CPython reports a
   *  generic "invalid syntax" at the last token its PEG parser fetched, which this approximates.
   *  Tracking halves parsing speed, so parse.ts only turns it on to re-parse a failed input. */
  startParse(tokens: IToken[], trackFurthest = false): void {
    this.input = tokens;
    this.furthest = -1;
    const self = this as unknown as { LA_FAST?: (n: number) => IToken };
    if (trackFurthest) self.LA_FAST = trackingLookahead;
    else if (Object.hasOwn(this, 'LA_FAST')) delete self.LA_FAST;
  }

  // ====================== Statements ======================

  // file: [statements] ENDMARKER
  file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.statement));
  });

  // statement: compound_stmt | simple_stmts
  statement = this.RULE('statement', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.compoundStmt) },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  simpleStmts = this.RULE('simpleStmts', () => {
    this.SUBRULE(this.simpleStmt);
    this.MANY(() => {
      this.CONSUME(t.Semi);
      this.SUBRULE2(this.simpleStmt);
    });
    this.OPTION(() => this.CONSUME2(t.Semi));
    this.CONSUME(t.Newline);
  });

  // simple_stmt: assignment | star_expressions | return_stmt | import_stmt | raise_stmt | 'pass'
  //   | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue' | global_stmt | nonlocal_stmt
  simpleStmt = this.RULE('simpleStmt', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.exprStmt) },
      { ALT: () => this.SUBRULE(this.returnStmt) },
      { ALT: () => this.SUBRULE(this.importName) },
      { ALT: () => this.SUBRULE(this.importFrom) },
      { ALT: () => this.SUBRULE(this.raiseStmt) },
      { ALT: () => this.CONSUME(t.KwPass) },
      { ALT: () => this.SUBRULE(this.delStmt) },
      { ALT: () => this.SUBRULE(this.assertStmt) },
      { ALT: () => this.CONSUME(t.KwBreak) },
      { ALT: () => this.CONSUME(t.KwContinue) },
      { ALT: () => this.SUBRULE(this.globalStmt) },
      { ALT: () => this.SUBRULE(this.nonlocalStmt) },
    ]);
  });

  // assignment: NAME ':' expression ['=' annotated_rhs]
  //   | (star_targets '=')+ (yield_expr | star_expressions) !'='
  //   | single_target augassign ~ (yield_expr | star_expressions)
  // star_expressions (an expression statement). Targets are parsed as star_expressions.
  exprStmt = this.RULE('exprStmt', () => {
    this.SUBRULE(this.rhs, { LABEL: 'first' });
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(t.Colon, { LABEL: 'annColon' });
            this.SUBRULE(this.expression, { LABEL: 'annotation' });
            this.OPTION2(() => {
              this.CONSUME(t.Equal, { LABEL: 'annEqual' });
              this.SUBRULE2(this.rhs, { LABEL: 'annValue' });
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(t.AugAssignOp, { LABEL: 'augOp' });
            this.SUBRULE3(this.rhs, { LABEL: 'augValue' });
          },
        },
        {
          ALT: () => {
            this.AT_LEAST_ONE(() => {
              this.CONSUME2(t.Equal, { LABEL: 'assignEqual' });
              this.SUBRULE4(this.rhs, { LABEL: 'assignValue' });
            });
          },
        },
      ]);
    });
  });

  // yield_expr | star_expressions (the right-hand side of an assignment, annotated_rhs)
  rhs = this.RULE('rhs', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.yieldExpr) },
      { ALT: () => this.SUBRULE(this.starExpressions) },
    ]);
  });

  // return_stmt: 'return' [star_expressions]
  returnStmt = this.RULE('returnStmt', () => {
    this.CONSUME(t.KwReturn);
    this.OPTION(() => this.SUBRULE(this.starExpressions));
  });

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  raiseStmt = this.RULE('raiseStmt', () => {
    this.CONSUME(t.KwRaise);
    this.OPTION(() => {
      this.SUBRULE(this.expression, { LABEL: 'exc' });
      this.OPTION2(() => {
        this.CONSUME(t.KwFrom);
        this.SUBRULE2(this.expression, { LABEL: 'cause' });
      });
    });
  });

  // global_stmt: 'global' ','.NAME+
  globalStmt = this.RULE('globalStmt', () => {
    this.CONSUME(t.KwGlobal);
    this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.CONSUME(t.Name) });
  });

  // nonlocal_stmt: 'nonlocal' ','.NAME+
  nonlocalStmt = this.RULE('nonlocalStmt', () => {
    this.CONSUME(t.KwNonlocal);
    this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.CONSUME(t.Name) });
  });

  // del_stmt: 'del' del_targets &(';' | NEWLINE). Targets checked in to-ast.ts.
  delStmt = this.RULE('delStmt', () => {
    this.CONSUME(t.KwDel);
    this.SUBRULE(this.starExpressions);
  });

  // assert_stmt: 'assert' expression [',' expression]
  assertStmt = this.RULE('assertStmt', () => {
    this.CONSUME(t.KwAssert);
    this.SUBRULE(this.expression, { LABEL: 'test' });
    this.OPTION(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.expression, { LABEL: 'msg' });
    });
  });

  // import_name: 'import' dotted_as_names
  importName = this.RULE('importName', () => {
    this.CONSUME(t.KwImport);
    this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.SUBRULE(this.dottedAsName) });
  });

  // dotted_as_name: dotted_name ['as' NAME]
  dottedAsName = this.RULE('dottedAsName', () => {
    this.SUBRULE(this.dottedName);
    this.OPTION(() => {
      this.CONSUME(t.KwAs);
      this.CONSUME(t.Name, { LABEL: 'asname' });
    });
  });

  // dotted_name: dotted_name '.' NAME | NAME
  dottedName = this.RULE('dottedName', () => {
    this.CONSUME(t.Name);
    this.MANY(() => {
      this.CONSUME(t.Dot);
      this.CONSUME2(t.Name);
    });
  });

  // import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //   | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  importFrom = this.RULE('importFrom', () => {
    this.CONSUME(t.KwFrom);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(t.Dot) }, { ALT: () => this.CONSUME(t.Ellipsis) }]);
    });
    this.OPTION(() => this.SUBRULE(this.dottedName));
    this.CONSUME(t.KwImport);
    this.OR2([
      { ALT: () => this.CONSUME(t.Star) },
      {
        ALT: () => {
          this.CONSUME(t.LParen);
          this.SUBRULE(this.importAsNames);
          this.CONSUME(t.RParen);
        },
      },
      { ALT: () => this.SUBRULE2(this.importAsNames) },
    ]);
  });

  // import_from_as_names: ','.import_from_as_name+ (a trailing comma is checked in to-ast.ts)
  importAsNames = this.RULE('importAsNames', () => {
    this.SUBRULE(this.importAsName);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.importAsName);
    });
    this.OPTION(() => this.CONSUME2(t.Comma, { LABEL: 'trailing' }));
  });

  // import_from_as_name: NAME ['as' NAME]
  importAsName = this.RULE('importAsName', () => {
    this.CONSUME(t.Name);
    this.OPTION(() => {
      this.CONSUME(t.KwAs);
      this.CONSUME2(t.Name, { LABEL: 'asname' });
    });
  });

  // compound_stmt: &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
  //   | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt | &'while' while_stmt
  compoundStmt = this.RULE('compoundStmt', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.decorated) },
      { ALT: () => this.SUBRULE(this.funcDef) },
      { ALT: () => this.SUBRULE(this.classDef) },
      { ALT: () => this.SUBRULE(this.ifStmt) },
      { ALT: () => this.SUBRULE(this.whileStmt) },
      { ALT: () => this.SUBRULE(this.forStmt) },
      { ALT: () => this.SUBRULE(this.tryStmt) },
      { ALT: () => this.SUBRULE(this.withStmt) },
      { ALT: () => this.SUBRULE(this.asyncStmt) },
    ]);
  });

  // decorators: ('@' f=named_expression NEWLINE)+, then class_def_raw | function_def_raw
  decorated = this.RULE('decorated', () => {
    this.AT_LEAST_ONE(() => {
      this.CONSUME(t.At);
      this.SUBRULE(this.namedExpression);
      this.CONSUME(t.Newline);
    });
    this.OR([
      { ALT: () => this.SUBRULE(this.classDef) },
      { ALT: () => this.SUBRULE(this.funcDef) },
      {
        ALT: () => {
          this.CONSUME(t.KwAsync);
          this.SUBRULE2(this.funcDef, { LABEL: 'asyncFuncDef' });
        },
      },
    ]);
  });

  // ASYNC function_def_raw | ASYNC for_stmt | ASYNC with_stmt
  asyncStmt = this.RULE('asyncStmt', () => {
    this.CONSUME(t.KwAsync);
    this.OR([
      { ALT: () => this.SUBRULE(this.funcDef) },
      { ALT: () => this.SUBRULE(this.forStmt) },
      { ALT: () => this.SUBRULE(this.withStmt) },
    ]);
  });

  // function_def_raw: 'def' NAME '(' [params] ')' ['->' expression] ':' block
  funcDef = this.RULE('funcDef', () => {
    this.CONSUME(t.KwDef);
    this.CONSUME(t.Name);
    this.CONSUME(t.LParen);
    this.OPTION(() => this.SUBRULE(this.parameters));
    this.CONSUME(t.RParen);
    this.OPTION2(() => {
      this.CONSUME(t.Arrow);
      this.SUBRULE(this.expression, { LABEL: 'returns' });
    });
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
  });

  // params: parameters. CPython's parameters/slash_no_default/star_etc/kwds are flattened here
  // into a list of items; their order (/, defaults, *, **) is checked in to-ast.ts.
  parameters = this.RULE('parameters', () => {
    this.SUBRULE(this.paramItem);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.paramItem);
    });
    this.OPTION(() => this.CONSUME2(t.Comma, { LABEL: 'trailing' }));
  });

  // param_no_default | param_with_default | '/' | '*' [param_no_default_star_annotation] | '**' param
  // param: NAME annotation?   default: '=' expression
  paramItem = this.RULE('paramItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Slash) },
      {
        ALT: () => {
          this.CONSUME(t.DoubleStar);
          this.SUBRULE(this.param, { LABEL: 'kwarg' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Star);
          this.OPTION(() => this.SUBRULE2(this.param, { LABEL: 'vararg' }));
        },
      },
      {
        ALT: () => {
          this.SUBRULE3(this.param);
          this.OPTION2(() => {
            this.CONSUME(t.Equal);
            this.SUBRULE(this.expression, { LABEL: 'default' });
          });
        },
      },
    ]);
  });

  // param: NAME annotation?    annotation: ':' expression
  param = this.RULE('param', () => {
    this.CONSUME(t.Name);
    this.OPTION(() => {
      this.CONSUME(t.Colon);
      this.SUBRULE(this.expression, { LABEL: 'annotation' });
    });
  });

  // class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
  classDef = this.RULE('classDef', () => {
    this.CONSUME(t.KwClass);
    this.CONSUME(t.Name);
    this.OPTION(() => {
      this.CONSUME(t.LParen);
      this.OPTION2(() => this.SUBRULE(this.arguments));
      this.CONSUME(t.RParen);
    });
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
  });

  // if_stmt: 'if' named_expression ':' block elif_stmt | 'if' named_expression ':' block [else_block]
  // elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
  ifStmt = this.RULE('ifStmt', () => {
    this.CONSUME(t.KwIf);
    this.SUBRULE(this.namedExpression);
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
    this.MANY(() => {
      this.CONSUME(t.KwElif);
      this.SUBRULE2(this.namedExpression, { LABEL: 'elifTest' });
      this.CONSUME2(t.Colon);
      this.SUBRULE2(this.block, { LABEL: 'elifBlock' });
    });
    this.OPTION(() => this.SUBRULE(this.elseBlock));
  });

  // else_block: 'else' &&':' block
  elseBlock = this.RULE('elseBlock', () => {
    this.CONSUME(t.KwElse);
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
  });

  // while_stmt: 'while' named_expression ':' block [else_block]
  whileStmt = this.RULE('whileStmt', () => {
    this.CONSUME(t.KwWhile);
    this.SUBRULE(this.namedExpression);
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.elseBlock));
  });

  // for_stmt: 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
  forStmt = this.RULE('forStmt', () => {
    this.CONSUME(t.KwFor);
    this.SUBRULE(this.targetList);
    this.CONSUME(t.KwIn);
    this.SUBRULE(this.starExpressions);
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
    this.OPTION(() => this.SUBRULE(this.elseBlock));
  });

  // with_stmt: 'with' '(' ','.with_item+ ','? ')' ':' block | 'with' ','.with_item+ ':' block
  // The PEG grammar tries the parenthesised form first: `with (a, b):` has two items,
  // `with (a, b) as c:` one. A scan to the matching ')' decides it (Chevrotain's BACKTRACK
  // costs a thrown exception per statement, half a millisecond each).
  withStmt = this.RULE('withStmt', () => {
    this.CONSUME(t.KwWith);
    this.OR([
      {
        GATE: () => this.isParenWithItemsAhead(),
        ALT: () => this.SUBRULE(this.parenWithItems),
      },
      {
        ALT: () => {
          this.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => this.SUBRULE(this.withItem) });
          this.CONSUME(t.Colon);
        },
      },
    ]);
    this.SUBRULE(this.block);
  });

  /** After `with`: '(' ... matching ')' ':', with no `yield` or `for` directly inside (those
   *  make the parenthesised text an expression: `with (yield x):`, `with (a for a in b):`). */
  private isParenWithItemsAhead(): boolean {
    if (this.LA(1).tokenType !== t.LParen) return false;
    let depth = 0;
    for (let i = 1; ; i++) {
      const ty = this.LA(i).tokenType;
      if (ty === t.LParen || ty === t.LSquare || ty === t.LBrace) depth++;
      else if (ty === t.RParen || ty === t.RSquare || ty === t.RBrace) {
        depth--;
        if (depth === 0) return this.LA(i + 1).tokenType === t.Colon;
      } else if (depth === 1 && (ty === t.KwYield || ty === t.KwFor)) return false;
      else if (ty === t.Newline || this.LA(i).image === undefined || isNaN(this.LA(i).startOffset)) return false;
    }
  }

  // '(' ','.with_item+ ','? ')' ':'
  parenWithItems = this.RULE('parenWithItems', () => {
    this.CONSUME(t.LParen);
    this.SUBRULE(this.withItem);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.withItem);
    });
    this.OPTION(() => this.CONSUME2(t.Comma));
    this.CONSUME(t.RParen);
    this.CONSUME(t.Colon);
  });

  // with_item: expression 'as' star_target &(',' | ')' | ':') | expression
  withItem = this.RULE('withItem', () => {
    this.SUBRULE(this.expression);
    this.OPTION(() => {
      this.CONSUME(t.KwAs);
      this.SUBRULE(this.starTarget);
    });
  });

  // try_stmt: 'try' &&':' block finally_block | 'try' &&':' block except_block+ [else_block] [finally_block]
  tryStmt = this.RULE('tryStmt', () => {
    this.CONSUME(t.KwTry);
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
    this.OR([
      { ALT: () => this.SUBRULE(this.finallyBlock) },
      {
        ALT: () => {
          this.AT_LEAST_ONE(() => this.SUBRULE(this.exceptBlock));
          this.OPTION(() => this.SUBRULE(this.elseBlock));
          this.OPTION2(() => this.SUBRULE2(this.finallyBlock));
        },
      },
    ]);
  });

  // except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block
  exceptBlock = this.RULE('exceptBlock', () => {
    this.CONSUME(t.KwExcept);
    this.OPTION(() => {
      this.SUBRULE(this.expression);
      this.OPTION2(() => {
        this.CONSUME(t.KwAs);
        this.CONSUME(t.Name);
      });
    });
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
  });

  // finally_block: 'finally' &&':' block
  finallyBlock = this.RULE('finallyBlock', () => {
    this.CONSUME(t.KwFinally);
    this.CONSUME(t.Colon);
    this.SUBRULE(this.block);
  });

  // block: NEWLINE INDENT statements DEDENT | simple_stmts
  block = this.RULE('block', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Newline);
          this.CONSUME(t.Indent);
          this.AT_LEAST_ONE(() => this.SUBRULE(this.statement));
          this.CONSUME(t.Dedent);
        },
      },
      { ALT: () => this.SUBRULE(this.simpleStmts) },
    ]);
  });

  // ====================== Targets ======================

  // star_targets: star_target !',' | star_target (',' star_target)* [','] (also for_stmt targets).
  // Parsed as expressions; to-ast.ts checks they are assignable.
  targetList = this.RULE('targetList', () => {
    this.SUBRULE(this.starTarget);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.starTarget);
    });
    this.OPTION(() => this.CONSUME2(t.Comma, { LABEL: 'trailing' }));
  });

  // star_target: '*' (!'*' star_target) | target_with_star_atom
  starTarget = this.RULE('starTarget', () => {
    this.OPTION(() => this.CONSUME(t.Star));
    this.SUBRULE(this.bitwiseOr);
  });

  // ====================== Expressions ======================

  // star_expressions: star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
  starExpressions = this.RULE('starExpressions', () => {
    this.SUBRULE(this.starExpression);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.starExpression);
    });
    this.OPTION(() => this.CONSUME2(t.Comma, { LABEL: 'trailing' }));
  });

  // star_expression: '*' bitwise_or | expression
  starExpression = this.RULE('starExpression', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Star);
          this.SUBRULE(this.bitwiseOr);
        },
      },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  // star_named_expression: '*' bitwise_or | named_expression
  starNamedExpression = this.RULE('starNamedExpression', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Star);
          this.SUBRULE(this.bitwiseOr);
        },
      },
      { ALT: () => this.SUBRULE(this.namedExpression) },
    ]);
  });

  // named_expression: assignment_expression | expression !':='
  // assignment_expression: NAME ':=' ~ expression
  namedExpression = this.RULE('namedExpression', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Name);
          this.CONSUME(t.ColonEqual);
          this.SUBRULE(this.expression, { LABEL: 'value' });
        },
      },
      { ALT: () => this.SUBRULE2(this.expression) },
    ]);
  });

  // expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  expression = this.RULE('expression', () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.lambdef) },
      {
        ALT: () => {
          this.SUBRULE(this.disjunction, { LABEL: 'body' });
          this.OPTION(() => {
            this.CONSUME(t.KwIf);
            this.SUBRULE2(this.disjunction, { LABEL: 'test' });
            this.CONSUME(t.KwElse);
            this.SUBRULE2(this.expression, { LABEL: 'orelse' });
          });
        },
      },
    ]);
  });

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  yieldExpr = this.RULE('yieldExpr', () => {
    this.CONSUME(t.KwYield);
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(t.KwFrom);
            this.SUBRULE(this.expression);
          },
        },
        { ALT: () => this.SUBRULE(this.starExpressions) },
      ]);
    });
  });

  // lambdef: 'lambda' [lambda_params] ':' expression
  lambdef = this.RULE('lambdef', () => {
    this.CONSUME(t.KwLambda);
    this.OPTION(() => this.SUBRULE(this.lambdaParameters));
    this.CONSUME(t.Colon);
    this.SUBRULE(this.expression);
  });

  // lambda_params: lambda_parameters, flattened as for def (order checked in to-ast.ts)
  lambdaParameters = this.RULE('lambdaParameters', () => {
    this.SUBRULE(this.lambdaParamItem);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.lambdaParamItem);
    });
    this.OPTION(() => this.CONSUME2(t.Comma, { LABEL: 'trailing' }));
  });

  // lambda_param_no_default | lambda_param_with_default | '/' | '*' [lambda_param] | '**' lambda_param
  lambdaParamItem = this.RULE('lambdaParamItem', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Slash) },
      {
        ALT: () => {
          this.CONSUME(t.DoubleStar);
          this.CONSUME(t.Name, { LABEL: 'kwarg' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Star);
          this.OPTION(() => this.CONSUME2(t.Name, { LABEL: 'vararg' }));
        },
      },
      {
        ALT: () => {
          this.CONSUME3(t.Name);
          this.OPTION2(() => {
            this.CONSUME(t.Equal);
            this.SUBRULE(this.expression, { LABEL: 'default' });
          });
        },
      },
    ]);
  });

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  disjunction = this.RULE('disjunction', () => {
    this.SUBRULE(this.conjunction);
    this.MANY(() => {
      this.CONSUME(t.KwOr);
      this.SUBRULE2(this.conjunction);
    });
  });

  // conjunction: inversion ('and' inversion)+ | inversion
  conjunction = this.RULE('conjunction', () => {
    this.SUBRULE(this.inversion);
    this.MANY(() => {
      this.CONSUME(t.KwAnd);
      this.SUBRULE2(this.inversion);
    });
  });

  // inversion: 'not' inversion | comparison
  inversion = this.RULE('inversion', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.KwNot);
          this.SUBRULE(this.inversion);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.bitwiseOr);
    this.MANY(() => {
      this.SUBRULE(this.compOp);
      this.SUBRULE2(this.bitwiseOr);
    });
  });

  // compare_op_bitwise_or_pair: eq_bitwise_or | noteq_bitwise_or | lte_... | 'not' 'in' | 'in' | 'is' 'not' | 'is'
  compOp = this.RULE('compOp', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.CompareOp) },
      { ALT: () => this.CONSUME(t.KwIn) },
      {
        ALT: () => {
          this.CONSUME(t.KwNot);
          this.CONSUME2(t.KwIn);
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.KwIs);
          this.OPTION(() => this.CONSUME2(t.KwNot));
        },
      },
    ]);
  });

  // bitwise_or, bitwise_xor, bitwise_and, shift_expr, sum, term: one flat list of operands and
  // binary operators; to-ast.ts applies CPython's precedence and left associativity.
  bitwiseOr = this.RULE('bitwiseOr', () => {
    this.SUBRULE(this.factor);
    this.MANY(() => {
      this.CONSUME(t.BinaryOperator);
      this.SUBRULE2(this.factor);
    });
  });

  // factor: '+' factor | '-' factor | '~' factor | power
  factor = this.RULE('factor', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([
            { ALT: () => this.CONSUME(t.Plus, { LABEL: 'unaryOp' }) },
            { ALT: () => this.CONSUME(t.Minus, { LABEL: 'unaryOp' }) },
            { ALT: () => this.CONSUME(t.Tilde, { LABEL: 'unaryOp' }) },
          ]);
          this.SUBRULE(this.factor);
        },
      },
      { ALT: () => this.SUBRULE(this.power) },
    ]);
  });

  // power: await_primary '**' factor | await_primary
  // await_primary: AWAIT primary | primary
  power = this.RULE('power', () => {
    this.OPTION(() => this.CONSUME(t.KwAwait));
    this.SUBRULE(this.primary);
    this.OPTION2(() => {
      this.CONSUME(t.DoubleStar);
      this.SUBRULE(this.factor);
    });
  });

  // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
  primary = this.RULE('primary', () => {
    this.SUBRULE(this.atom);
    this.MANY(() => this.SUBRULE(this.trailer));
  });

  trailer = this.RULE('trailer', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Dot);
          this.CONSUME(t.Name);
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.LParen);
          this.OPTION(() => this.SUBRULE(this.arguments));
          this.CONSUME(t.RParen);
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.LSquare);
          this.SUBRULE(this.slices);
          this.CONSUME(t.RSquare);
        },
      },
    ]);
  });

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  slices = this.RULE('slices', () => {
    this.SUBRULE(this.slice);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.slice);
    });
    this.OPTION(() => this.CONSUME2(t.Comma, { LABEL: 'trailing' }));
  });

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression; starred_expression
  slice = this.RULE('slice', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Star);
          this.SUBRULE(this.bitwiseOr);
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.namedExpression, { LABEL: 'lower' });
          this.OPTION(() => this.SUBRULE(this.sliceTail));
        },
      },
      { ALT: () => this.SUBRULE2(this.sliceTail) },
    ]);
  });

  // ':' [expression] [':' [expression]]
  sliceTail = this.RULE('sliceTail', () => {
    this.CONSUME(t.Colon);
    this.OPTION(() => this.SUBRULE(this.expression, { LABEL: 'upper' }));
    this.OPTION2(() => {
      this.CONSUME2(t.Colon, { LABEL: 'stepColon' });
      this.OPTION3(() => this.SUBRULE2(this.expression, { LABEL: 'step' }));
    });
  });

  // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | (tuple | group | genexp)
  //   | (list | listcomp) | (dict | set | dictcomp | setcomp) | '...'
  atom = this.RULE('atom', () => {
    this.OR([
      { ALT: () => this.CONSUME(t.Name) },
      { ALT: () => this.CONSUME(t.NumberLit) },
      { ALT: () => this.AT_LEAST_ONE(() => this.CONSUME(t.StringLit)) },
      { ALT: () => this.CONSUME(t.KwTrue) },
      { ALT: () => this.CONSUME(t.KwFalse) },
      { ALT: () => this.CONSUME(t.KwNone) },
      { ALT: () => this.CONSUME(t.Ellipsis) },
      { ALT: () => this.SUBRULE(this.parenAtom) },
      { ALT: () => this.SUBRULE(this.listAtom) },
      { ALT: () => this.SUBRULE(this.braceAtom) },
    ]);
  });

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')'
  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
  parenAtom = this.RULE('parenAtom', () => {
    this.CONSUME(t.LParen);
    this.OPTION(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.yieldExpr) },
        {
          ALT: () => {
            this.SUBRULE(this.starNamedExpression);
            this.OR2([
              { ALT: () => this.SUBRULE(this.compFor) },
              {
                ALT: () => {
                  this.MANY(() => {
                    this.CONSUME(t.Comma);
                    this.SUBRULE2(this.starNamedExpression);
                  });
                  this.OPTION2(() => this.CONSUME2(t.Comma, { LABEL: 'trailing' }));
                },
              },
            ]);
          },
        },
      ]);
    });
    this.CONSUME(t.RParen);
  });

  // list: '[' [star_named_expressions] ']'   listcomp: '[' named_expression for_if_clauses ']'
  listAtom = this.RULE('listAtom', () => {
    this.CONSUME(t.LSquare);
    this.OPTION(() => {
      this.SUBRULE(this.starNamedExpression);
      this.OR([
        { ALT: () => this.SUBRULE(this.compFor) },
        {
          ALT: () => {
            this.MANY(() => {
              this.CONSUME(t.Comma);
              this.SUBRULE2(this.starNamedExpression);
            });
            this.OPTION2(() => this.CONSUME2(t.Comma));
          },
        },
      ]);
    });
    this.CONSUME(t.RSquare);
  });

  // dict: '{' [double_starred_kvpairs] '}'   set: '{' star_named_expressions '}'
  // dictcomp: '{' kvpair for_if_clauses '}'  setcomp: '{' named_expression for_if_clauses '}'
  // Items are parsed uniformly; to-ast.ts rejects a mix of dict and set items.
  braceAtom = this.RULE('braceAtom', () => {
    this.CONSUME(t.LBrace);
    this.OPTION(() => {
      this.SUBRULE(this.braceItem);
      this.OR([
        { ALT: () => this.SUBRULE(this.compFor) },
        {
          ALT: () => {
            this.MANY(() => {
              this.CONSUME(t.Comma);
              this.SUBRULE2(this.braceItem);
            });
            this.OPTION2(() => this.CONSUME2(t.Comma));
          },
        },
      ]);
    });
    this.CONSUME(t.RBrace);
  });

  // double_starred_kvpair: '**' bitwise_or | kvpair (kvpair: expression ':' expression)
  // star_named_expression (a set item)
  braceItem = this.RULE('braceItem', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.DoubleStar);
          this.SUBRULE(this.bitwiseOr, { LABEL: 'unpackDict' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Star);
          this.SUBRULE2(this.bitwiseOr, { LABEL: 'unpackSet' });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.namedExpression, { LABEL: 'key' });
          this.OPTION(() => {
            this.CONSUME(t.Colon);
            this.SUBRULE(this.expression, { LABEL: 'value' });
          });
        },
      },
    ]);
  });

  // for_if_clauses: for_if_clause+
  // for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  compFor = this.RULE('compFor', () => {
    this.AT_LEAST_ONE(() => this.SUBRULE(this.compClause));
  });

  compClause = this.RULE('compClause', () => {
    this.OPTION(() => this.CONSUME(t.KwAsync));
    this.CONSUME(t.KwFor);
    this.SUBRULE(this.targetList);
    this.CONSUME(t.KwIn);
    this.SUBRULE(this.disjunction, { LABEL: 'iter' });
    this.MANY(() => {
      this.CONSUME(t.KwIf);
      this.SUBRULE2(this.disjunction, { LABEL: 'ifs' });
    });
  });

  // arguments: args [','] &')'
  // args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs] | kwargs
  arguments = this.RULE('arguments', () => {
    this.SUBRULE(this.argument);
    this.MANY(() => {
      this.CONSUME(t.Comma);
      this.SUBRULE2(this.argument);
    });
    this.OPTION(() => this.CONSUME2(t.Comma));
  });

  // starred_expression: '*' expression | kwarg_or_starred: NAME '=' expression | '**' expression
  // | a bare generator argument: primary genexp
  argument = this.RULE('argument', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(t.Name, { LABEL: 'keyword' });
          this.CONSUME(t.Equal);
          this.SUBRULE(this.expression, { LABEL: 'kwValue' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.DoubleStar);
          this.SUBRULE2(this.expression, { LABEL: 'doubleStarred' });
        },
      },
      {
        ALT: () => {
          this.CONSUME(t.Star);
          this.SUBRULE3(this.expression, { LABEL: 'starred' });
        },
      },
      {
        ALT: () => {
          this.SUBRULE(this.namedExpression, { LABEL: 'positional' });
          this.OPTION(() => this.SUBRULE(this.compFor));
        },
      },
    ]);
  });

  // fstring: star_expressions. The entry for an f-string replacement field, which CPython
  // parses as the text `(expr)`, parentheses included.
  fstringExpr = this.RULE('fstringExpr', () => {
    this.SUBRULE(this.starExpressions);
  });

  /** Used to re-parse a token range when building error messages. */
  disjunctionOnly = this.RULE('disjunctionOnly', () => {
    this.SUBRULE(this.disjunction);
  });
}

/** Chevrotain's look-ahead functions read tokens through LA_FAST (its error builders use LA,
 *  which must not count); this replacement records the furthest index read. */
function trackingLookahead(this: PythonParser, howMuch: number): IToken {
  const self = this as unknown as { currIdx: number; tokVector: IToken[] };
  const i = self.currIdx + howMuch;
  if (i > this.furthest) this.furthest = i;
  return self.tokVector[i]!;
}

let parser: PythonParser | undefined; // one per worker, reset through `input` for every parse

export function getParser(): PythonParser {
  parser ??= new PythonParser();
  return parser;
}

export type { CstNode, IToken };
