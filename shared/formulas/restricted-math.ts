import {
  ConstantNodeDependencies,
  FunctionNodeDependencies,
  OperatorNodeDependencies,
  SymbolNodeDependencies,
  create,
  type MathNode,
} from 'mathjs/number';
import type { FormulaValue } from './cell-range.ts';
import { excelFunctions } from './excel-functions.ts';
import * as operators from './excel-operators.ts';

/**
 * The mathjs instance that compiles formulas. It is built from the number-only factories of the
 * four node types it needs (no units: checking symbols against unit names made compiling slow),
 * holds only the worksheet functions and operators of this folder, and has every function that
 * could parse text, change the instance or reach outside replaced by one that throws, as
 * mathjs's security guide recommends. Our own parser builds the trees; mathjs never sees text.
 */

/** What mathjs asks of a scope: the cells, ranges and names a formula reads. */
export type FormulaScope = {
  has(symbol: string): boolean;
  get(symbol: string): FormulaValue;
  set(symbol: string, value: unknown): void;
  keys(): Iterable<string>;
};

export type CompiledExpression = { evaluate(scope: FormulaScope): unknown };

/** mathjs's own typings allow only its operator names; these are the constructors as we use them. */
type NodeConstructors = {
  ConstantNode: new (value: unknown) => MathNode;
  SymbolNode: new (name: string) => MathNode;
  OperatorNode: new (operator: string, functionName: string, args: MathNode[]) => MathNode;
  FunctionNode: new (callee: MathNode, args: MathNode[]) => MathNode;
};

/** Operators by the name the trees call them. */
export const operatorFunctionNames = {
  '+': 'excelAdd',
  '-': 'excelSubtract',
  nearZeroAdd: 'excelAddNearZero',
  nearZeroSubtract: 'excelSubtractNearZero',
  '*': 'excelMultiply',
  '/': 'excelDivide',
  '^': 'excelPower',
  '&': 'excelConcatenate',
  '=': 'excelEqual',
  '<>': 'excelNotEqual',
  '<': 'excelLess',
  '>': 'excelGreater',
  '<=': 'excelLessOrEqual',
  '>=': 'excelGreaterOrEqual',
  negate: 'excelNegate',
  plus: 'excelPlus',
  percent: 'excelPercent',
} as const;

const operatorImplementations: Record<(typeof operatorFunctionNames)[keyof typeof operatorFunctionNames], (...args: FormulaValue[]) => FormulaValue> = {
  excelAdd: operators.add,
  excelSubtract: operators.subtract,
  excelAddNearZero: operators.addNearZero,
  excelSubtractNearZero: operators.subtractNearZero,
  excelMultiply: operators.multiply,
  excelDivide: operators.divide,
  excelPower: operators.power,
  excelConcatenate: operators.concatenate,
  excelEqual: operators.equal,
  excelNotEqual: operators.notEqual,
  excelLess: operators.less,
  excelGreater: operators.greater,
  excelLessOrEqual: operators.lessOrEqual,
  excelGreaterOrEqual: operators.greaterOrEqual,
  excelNegate: operators.negate,
  excelPlus: operators.plus,
  excelPercent: operators.percent,
};

/** The name a worksheet function has inside the instance. */
export function mathFunctionName(excelName: string): string {
  return `excel${excelName}`;
}

/** Everything that could parse text, alter the instance or build another one. */
export const disabledMathFunctions = [
  'import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'config', 'compile',
  'resolve', 'reviver', 'chain', 'help', 'create', 'factory',
] as const;

type RestrictedMath = NodeConstructors & Record<string, unknown>;

let instance: RestrictedMath | undefined;

function createRestrictedMath(): RestrictedMath {
  // mathjs declares its dependency maps through an index signature, hence the assertions.
  const math = create({
    ConstantNodeDependencies: ConstantNodeDependencies!,
    FunctionNodeDependencies: FunctionNodeDependencies!,
    OperatorNodeDependencies: OperatorNodeDependencies!,
    SymbolNodeDependencies: SymbolNodeDependencies!,
  });
  const importIntoMath = math.import;
  const worksheetFunctions = Object.fromEntries([...excelFunctions].map(([name, definition]) => [mathFunctionName(name), definition.call]));
  importIntoMath({ ...worksheetFunctions, ...operatorImplementations });
  const disabled = Object.fromEntries(
    disabledMathFunctions.map((name) => [
      name,
      () => {
        throw new Error(`${name} is disabled in formulas`);
      },
    ]),
  );
  importIntoMath(disabled, { override: true });
  return math as unknown as RestrictedMath;
}

/** The shared instance, created on first use. */
export function restrictedMath(): RestrictedMath {
  instance ??= createRestrictedMath();
  return instance;
}
