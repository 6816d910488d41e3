import { excelFunctions } from '../formulas/excel-functions.ts';
import { tokenize } from '../formulas/tokenizer.ts';
import { ministryShareName } from '../budget/budget-sheet.ts';

export type FormulaRefusal = 'other-sheet' | 'unknown-function' | 'unknown-name' | 'broken-reference' | 'unreadable';

/**
 * Whether a formula (A1 text, without '=') is one Tamhil's engine computes: functions it knows,
 * references on the same sheet, no name but the matching share. Only such formulas go into an
 * exported workbook (a plan file from elsewhere must not make Excel run DDE, WEBSERVICE or
 * HYPERLINK on opening) or come in from one (what Tamhil cannot compute, it does not store).
 */
export function refuseFormula(formula: string): FormulaRefusal | null {
  const tokens = tokenize(`=${formula}`, 'a1', 1);
  const invalid = tokens.find((token) => token.kind === 'invalid');
  if (invalid) return formula.slice(invalid.start - 1).includes('!') ? 'other-sheet' : 'unreadable';
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'error') return 'broken-reference';
    if (token.kind !== 'identifier') continue;
    const name = token.name.toUpperCase();
    if (tokens[index + 1]?.kind === 'open') {
      if (!excelFunctions.has(name)) return 'unknown-function';
    } else if (name !== ministryShareName && name !== 'TRUE' && name !== 'FALSE') {
      return 'unknown-name';
    }
  }
  return null;
}
