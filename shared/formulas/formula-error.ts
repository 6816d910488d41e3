export type FormulaErrorCode = '#DIV/0!' | '#REF!' | '#NAME?' | '#VALUE!' | '#NUM!' | '#CIRC!' | '#ERROR!';

export const formulaErrorCodes: readonly FormulaErrorCode[] = ['#DIV/0!', '#REF!', '#NAME?', '#VALUE!', '#NUM!', '#CIRC!', '#ERROR!'];

/**
 * An error is a value, as in Excel: it flows through operators and functions until IFERROR
 * catches it, and a cell shows it. It never travels as a thrown exception.
 */
export class FormulaError {
  constructor(readonly code: FormulaErrorCode) {
    Object.freeze(this);
  }

  toString(): string {
    return this.code;
  }
}

const sharedErrors = new Map(formulaErrorCodes.map((code) => [code, new FormulaError(code)]));

/** The one shared instance per code, so values can be compared with === and stored by index. */
export function formulaError(code: FormulaErrorCode): FormulaError {
  return sharedErrors.get(code)!;
}

export function isFormulaErrorCode(text: string): text is FormulaErrorCode {
  return sharedErrors.has(text as FormulaErrorCode);
}
