import { describe, it, expect } from 'vitest';
import { FormulaError, FormulaSheet, type CellInput, type CellValue } from '@shared/formulas/formula-sheet.ts';
import { formulaRefusal, maximumFormulaLength, maximumFunctionNesting } from '@shared/formulas/formula-limits.ts';

function evaluate(formula: string, cells: Record<string, CellInput> = {}): CellValue {
  const sheet = new FormulaSheet(['a', 'b', 'result']);
  sheet.load([{ id: 'row', cells: { ...cells, result: formula } }]);
  return sheet.value('row', 'result');
}

const code = (value: CellValue) => (value instanceof FormulaError ? value.code : value);

/** `=1+1+…+1` with exactly `length` characters after the `=`. */
function chainOfLength(length: number): string {
  const ones = Math.floor((length + 1) / 2);
  const text = Array.from({ length: ones }, () => '1').join('+');
  return `=${text}${'0'.repeat(length - text.length)}`;
}

describe("Excel's limits on a formula", () => {
  it('evaluates an operator chain as long as Excel allows without overflowing the stack', () => {
    const chain = chainOfLength(maximumFormulaLength);
    expect(chain.length - 1).toBe(8_192);
    expect(typeof evaluate(chain)).toBe('number');
    expect(evaluate(`=${Array.from({ length: 4_096 }, () => '1').join('+')}`)).toBe(4_096);
    expect(evaluate(`=${Array.from({ length: 2_048 }, () => '1').join('*')}*2`)).toBe(2);
  });

  it('evaluates deep parentheses and long runs of signs within the length', () => {
    expect(evaluate(`=${'('.repeat(4_000)}7${')'.repeat(4_000)}`)).toBe(7);
    expect(evaluate(`=${'-'.repeat(8_000)}3`)).toBe(3);
    expect(evaluate(`=${'(1+'.repeat(2_000)}1${')'.repeat(2_000)}`)).toBe(2_001);
  });

  it('refuses a formula longer than 8,192 characters, saying so', () => {
    const tooLong = chainOfLength(maximumFormulaLength + 1);
    expect(code(evaluate(tooLong))).toBe('#ERROR!');
    expect(formulaRefusal(tooLong, 'a1')).toEqual({ code: 'too-long', limit: 8_192, length: 8_193 });
    expect(formulaRefusal(chainOfLength(maximumFormulaLength), 'a1')).toBeNull();
  });

  it('measures a stored formula by the A1 text it stands for, not by its longer row and column ids', () => {
    const reference = '{svc-with-a-long-identifier:participants}';
    const stored = `=${Array.from({ length: 1_000 }, () => reference).join('+')}`;
    expect(stored.length).toBeGreaterThan(maximumFormulaLength);
    expect(formulaRefusal(stored, 'stored')).toBeNull();
    const sheet = new FormulaSheet(['participants', 'result']);
    sheet.load([{ id: 'svc-with-a-long-identifier', cells: { participants: 2, result: stored } }]);
    expect(sheet.value('svc-with-a-long-identifier', 'result')).toBe(2_000);
  });

  it('accepts 64 levels of nested functions and refuses the 65th, saying so', () => {
    const nested = (levels: number) => `=${'IF(TRUE,'.repeat(levels)}5${')'.repeat(levels)}`;
    expect(evaluate(nested(64))).toBe(5);
    expect(code(evaluate(nested(65)))).toBe('#ERROR!');
    expect(formulaRefusal(nested(65), 'a1')).toEqual({ code: 'too-deeply-nested', limit: 64, depth: 65 });
    expect(formulaRefusal(nested(64), 'a1')).toBeNull();
    expect(maximumFunctionNesting).toBe(64);
  });

  it('counts nesting inside arguments, not functions side by side', () => {
    const sideBySide = `=SUM(${Array.from({ length: 100 }, () => 'ABS(1)').join(',')})`;
    expect(evaluate(sideBySide)).toBe(100);
    expect(formulaRefusal(`=SUM((((${'ABS('.repeat(63)}1${')'.repeat(63)}))))`, 'a1')).toBeNull();
  });
});
