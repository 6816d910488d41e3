import type { MathNode } from 'mathjs/number';
import { excelFunctions } from './excel-functions.ts';
import { FormulaError, formulaError } from './formula-error.ts';
import type { Expression } from './formula-syntax.ts';
import { parseFormula } from './parse-formula.ts';
import { mathFunctionName, operatorFunctionNames, restrictedMath, type CompiledExpression } from './restricted-math.ts';
import type { StoredReference } from './tokenizer.ts';

export type RangeReference = { start: StoredReference; end: StoredReference };

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

export type FormulaSymbol = { kind: 'cell' | 'range' | 'name'; index: number };

/*
 * Scope symbols are made here and never typed by anyone: `cell0`, `range0`, `name0`. A user's
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

class TreeBuilder {
  readonly references: StoredReference[] = [];
  readonly ranges: RangeReference[] = [];
  readonly names: string[] = [];
  private readonly referenceIndex = new Map<string, number>();
  private readonly rangeIndex = new Map<string, number>();
  private readonly nameIndex = new Map<string, number>();
  private readonly math = restrictedMath();

  build(expression: Expression): MathNode {
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
        return new SymbolNode(this.rangeSymbol(expression.start, expression.end));
      case 'name':
        return new SymbolNode(this.nameSymbol(expression.name));
      case 'negate':
      case 'plus':
      case 'percent':
        return new OperatorNode(expression.kind, operatorFunctionNames[expression.kind], [this.build(expression.operand)]);
      case 'binary':
        return new OperatorNode(expression.operator, operatorFunctionNames[expression.operator], [this.build(expression.left), this.build(expression.right)]);
      case 'call': {
        const definition = excelFunctions.get(expression.name);
        if (!definition) return new ConstantNode(formulaError('#NAME?'));
        const count = expression.args.length;
        if (count < definition.minimumArguments || count > definition.maximumArguments) return new ConstantNode(formulaError('#VALUE!'));
        const args = expression.args.map((argument, index) =>
          argument.kind === 'reference' && definition.takesReference(index)
            ? new SymbolNode(this.rangeSymbol(argument.reference, argument.reference))
            : this.build(argument),
        );
        return new FunctionNode(new SymbolNode(mathFunctionName(expression.name)), args);
      }
    }
  }

  private cellSymbol(reference: StoredReference): string {
    return symbolName('cell', indexOf(this.referenceIndex, this.references, referenceKey(reference), reference));
  }

  private rangeSymbol(start: StoredReference, end: StoredReference): string {
    const key = `${referenceKey(start)}|${referenceKey(end)}`;
    return symbolName('range', indexOf(this.rangeIndex, this.ranges, key, { start, end }));
  }

  private nameSymbol(name: string): string {
    return symbolName('name', indexOf(this.nameIndex, this.names, name, name));
  }
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
    const compiled = tree.compile() as CompiledExpression;
    return { text, references: builder.references, ranges: builder.ranges, names: builder.names, expression: compiled, constant: null };
  } catch {
    return constantFormula(text, formulaError('#ERROR!'));
  }
}
