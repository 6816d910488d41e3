import type { MathNode } from 'mathjs/number';
import type { FormulaValue } from './cell-range.ts';
import { excelFunctions, type ExcelFunction } from './excel-functions.ts';
import { FormulaError, formulaError } from './formula-error.ts';
import type { Expression, RangeArea } from './formula-syntax.ts';
import { cellsBetween, parseFormula } from './parse-formula.ts';
import { mathFunctionName, operatorFunctionNames, restrictedMath, type CompiledExpression, type FormulaScope } from './restricted-math.ts';
import type { StoredReference } from './tokenizer.ts';

/** A range a formula reads; `sizedLike` as in formula-syntax.ts. */
export type RangeReference = { area: RangeArea; sizedLike?: RangeArea };

/**
 * One stored formula text, parsed and compiled once and shared by every cell that holds it.
 * It knows which references, ranges and names it reads, in the order of its scope symbols.
 */
export type CompiledFormula = {
  text: string;
  references: readonly StoredReference[];
  ranges: readonly RangeReference[];
  names: readonly string[];
  /** Null when the formula's value is known without reading anything (`constant`). */
  expression: CompiledExpression | null;
  constant: FormulaError | null;
};

export type FormulaSymbol = { kind: 'cell' | 'range' | 'name' | 'part'; index: number };

/*
 * Scope symbols are made here and never typed by anyone: `cell0`, `range0`, `name0`, `part0`. A user's
 * name is only ever an index into `names`, so no text of a formula reaches mathjs as a symbol.
 */
const symbols = new Map<string, FormulaSymbol>();

function symbolName(kind: FormulaSymbol['kind'], index: number): string {
  const name = `${kind}${index}`;
  if (!symbols.has(name)) symbols.set(name, { kind, index });
  return name;
}

/** Decodes a scope symbol; undefined for anything a compiled formula does not ask for. */
export function formulaSymbol(name: string): FormulaSymbol | undefined {
  return symbols.get(name);
}

function referenceKey(reference: StoredReference): string {
  return `${reference.rowId ?? '.'}:${reference.columnId}`;
}

/** Subtrees reaching this height are compiled apart: mathjs compiles and evaluates recursively. */
const maximumTreeHeight = 48;

type Built = { node: MathNode; height: number };
type Frame = { expression: Expression; children: readonly Expression[]; built: Built[] };

class TreeBuilder {
  readonly references: StoredReference[] = [];
  readonly ranges: RangeReference[] = [];
  readonly names: string[] = [];
  /** Subtrees compiled apart, inner ones first: each is evaluated before what reads its `part` symbol. */
  readonly parts: CompiledExpression[] = [];
  private readonly referenceIndex = new Map<string, number>();
  private readonly rangeIndex = new Map<string, number>();
  private readonly nameIndex = new Map<string, number>();
  private readonly math = restrictedMath();

  /**
   * Builds the mathjs tree after the syntax tree, children first, with an explicit stack: a
   * formula may nest thousands of levels (a long `1+1+…` chain). Whenever a subtree grows to
   * maximumTreeHeight it is compiled as a part of its own and replaced by a symbol, so no tree
   * mathjs sees is taller than that.
   */
  build(root: Expression): MathNode {
    const frames: Frame[] = [{ expression: root, children: this.childrenOf(root), built: [] }];
    let result: Built | undefined;
    while (frames.length > 0) {
      const frame = frames.at(-1)!;
      const next = frame.children[frame.built.length];
      if (next) {
        frames.push({ expression: next, children: this.childrenOf(next), built: [] });
        continue;
      }
      frames.pop();
      const height = 1 + Math.max(0, ...frame.built.map((child) => child.height));
      const node = this.node(frame.expression, frame.built.map((child) => child.node));
      const built = height < maximumTreeHeight ? { node, height } : this.part(node);
      if (frames.length > 0) frames.at(-1)!.built.push(built);
      else result = built;
    }
    return result!.node;
  }

  /** The subexpressions a node is built from, in evaluation order. */
  private childrenOf(expression: Expression): readonly Expression[] {
    switch (expression.kind) {
      case 'negate':
      case 'plus':
      case 'percent':
        return [expression.operand];
      case 'binary':
        return [expression.left, expression.right];
      case 'call': {
        const definition = excelFunctions.get(expression.name);
        if (!definition || !acceptsArgumentCount(definition, expression.args.length)) return [];
        const areaOf = (argument: Expression | undefined) =>
          argument?.kind === 'reference' ? cellsBetween(argument.reference, argument.reference) : argument?.kind === 'range' ? argument.area : undefined;
        return expression.args.map((argument, index): Expression => {
          // A single cell where a function takes a reference is a one-cell range: SUM(A1) skips text in A1.
          const area = definition.takesReference(index) ? areaOf(argument) : undefined;
          if (!area) return argument;
          const sizedLike = definition.sizedLike?.argument === index ? areaOf(expression.args[definition.sizedLike.like]) : undefined;
          return sizedLike ? { kind: 'range', area, sizedLike } : { kind: 'range', area };
        });
      }
      default:
        return [];
    }
  }

  private node(expression: Expression, children: MathNode[]): MathNode {
    const { ConstantNode, SymbolNode, OperatorNode, FunctionNode } = this.math;
    switch (expression.kind) {
      case 'number':
        return new ConstantNode(Number.isFinite(expression.value) ? expression.value : formulaError('#NUM!'));
      case 'text':
      case 'boolean':
        return new ConstantNode(expression.value);
      case 'error':
        return new ConstantNode(formulaError(expression.code));
      case 'empty':
        return new ConstantNode(null);
      case 'reference':
        return new SymbolNode(this.cellSymbol(expression.reference));
      case 'range':
        return new SymbolNode(this.rangeSymbol(expression.sizedLike ? { area: expression.area, sizedLike: expression.sizedLike } : { area: expression.area }));
      case 'name':
        return new SymbolNode(this.nameSymbol(expression.name));
      case 'negate':
      case 'plus':
      case 'percent':
        return new OperatorNode(expression.kind, operatorFunctionNames[expression.kind], children);
      case 'binary': {
        const { operator } = expression;
        const name = expression.nearZeroIsZero ? operatorFunctionNames[operator === '+' ? 'nearZeroAdd' : 'nearZeroSubtract'] : operatorFunctionNames[operator];
        return new OperatorNode(operator, name, children);
      }
      case 'call': {
        const definition = excelFunctions.get(expression.name);
        if (!definition) return new ConstantNode(formulaError('#NAME?'));
        if (!acceptsArgumentCount(definition, expression.args.length)) return new ConstantNode(formulaError('#VALUE!'));
        return new FunctionNode(new SymbolNode(mathFunctionName(expression.name)), children);
      }
    }
  }

  private part(node: MathNode): Built {
    const index = this.parts.push(node.compile() as CompiledExpression) - 1;
    return { node: new this.math.SymbolNode(symbolName('part', index)), height: 1 };
  }

  private cellSymbol(reference: StoredReference): string {
    return symbolName('cell', indexOf(this.referenceIndex, this.references, referenceKey(reference), reference));
  }

  private rangeSymbol(range: RangeReference): string {
    return symbolName('range', indexOf(this.rangeIndex, this.ranges, JSON.stringify(range), range));
  }

  private nameSymbol(name: string): string {
    return symbolName('name', indexOf(this.nameIndex, this.names, name, name));
  }
}

function acceptsArgumentCount(definition: ExcelFunction, count: number): boolean {
  return count >= definition.minimumArguments && count <= definition.maximumArguments;
}

/**
 * A formula compiled in parts evaluates them first, inner ones first, each reading the parts
 * before it by their `part` symbols; the scope of the sheet answers everything else.
 */
function withParts(main: CompiledExpression, parts: readonly CompiledExpression[]): CompiledExpression {
  if (parts.length === 0) return main;
  return {
    evaluate(scope) {
      const values: FormulaValue[] = [];
      const partScope: FormulaScope = {
        has: (symbol) => formulaSymbol(symbol)?.kind === 'part' || scope.has(symbol),
        get: (symbol) => {
          const decoded = formulaSymbol(symbol);
          return decoded?.kind === 'part' ? values[decoded.index]! : scope.get(symbol);
        },
        set: (symbol, value) => scope.set(symbol, value),
        keys: () => scope.keys(),
      };
      for (const part of parts) values.push(part.evaluate(partScope) as FormulaValue);
      return main.evaluate(partScope);
    },
  };
}

function indexOf<T>(index: Map<string, number>, list: T[], key: string, item: T): number {
  let position = index.get(key);
  if (position === undefined) {
    position = list.push(item) - 1;
    index.set(key, position);
  }
  return position;
}

function constantFormula(text: string, error: FormulaError): CompiledFormula {
  return { text, references: [], ranges: [], names: [], expression: null, constant: error };
}

/**
 * Compiles a formula in stored syntax. Anything that does not parse, or that mathjs refuses,
 * becomes a formula whose value is #ERROR!; nothing here throws at the caller.
 */
export function compileFormula(text: string): CompiledFormula {
  try {
    const expression = parseFormula(text);
    if (!expression) return constantFormula(text, formulaError('#ERROR!'));
    const builder = new TreeBuilder();
    const tree = builder.build(expression);
    const compiled = withParts(tree.compile() as CompiledExpression, builder.parts);
    return { text, references: builder.references, ranges: builder.ranges, names: builder.names, expression: compiled, constant: null };
  } catch {
    return constantFormula(text, formulaError('#ERROR!'));
  }
}
