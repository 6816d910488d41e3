import { describe, it, expect } from 'vitest';
import { FormulaError, FormulaSheet, type CellInput, type CellValue } from '@shared/formulas/formula-sheet.ts';
import { numberToText, textToNumber } from '@shared/formulas/number-text.ts';

function evaluate(formula: string, cells: Record<string, CellInput> = {}): CellValue {
  const sheet = new FormulaSheet(['a', 'b', 'c', 'result']);
  sheet.load([{ id: 'row', cells: { ...cells, result: formula } }]);
  return sheet.value('row', 'result');
}

const code = (value: CellValue) => (value instanceof FormulaError ? value.code : value);

describe('COUNT and COUNTA with omitted arguments', () => {
  it('count an omitted argument, which is the number 0', () => {
    expect(evaluate('=COUNT(1,,2)')).toBe(3);
    expect(evaluate('=COUNTA(1,,2)')).toBe(3);
    expect(evaluate('=COUNT(,)')).toBe(2);
    expect(evaluate('=COUNTA(1,)')).toBe(2);
  });

  it('still skip empty cells named as arguments', () => {
    expect(evaluate('=COUNT({.:a},{.:b})', { a: 1 })).toBe(1);
    expect(evaluate('=COUNTA({.:a},{.:b},"")', { b: 'x' })).toBe(2);
  });
});

describe('a sum or difference that ends a formula next to zero', () => {
  it('is 0 when it is the last operation, as Excel compensates', () => {
    expect(evaluate('=0.5-0.4-0.1')).toBe(0);
    expect(evaluate('=1.333+1.225-1.333-1.225')).toBe(0);
    expect(evaluate('={.:a}-{.:b}', { a: 0.30000000000000004, b: 0.3 })).toBe(0);
  });

  it('keeps the binary residue inside parentheses or under a later operation', () => {
    expect(evaluate('=(0.5-0.4-0.1)')).toBeCloseTo(-2.7755575615628914e-17, 30);
    expect(evaluate('=1*(0.5-0.4-0.1)')).not.toBe(0);
  });

  it('leaves differences that are not at Excel’s precision alone', () => {
    expect(evaluate('=1-0.9999999')).toBeCloseTo(1e-7, 15);
    expect(evaluate('=1-0.9999999')).not.toBe(1e-7);
    expect(evaluate('=0.1+0.2')).toBe(0.30000000000000004);
  });
});

describe('text read as a number', () => {
  it('takes an exponent, a sign and surrounding spaces', () => {
    expect(evaluate('="1e3"+0')).toBe(1000);
    expect(evaluate('="1E+3"*1')).toBe(1000);
    expect(evaluate('="-2.5E-2"*1')).toBe(-0.025);
    expect(evaluate('=" 12 "+0')).toBe(12);
    expect(evaluate('="+7"+0')).toBe(7);
    expect(textToNumber('1e')).toBeNull();
    expect(textToNumber('e3')).toBeNull();
    expect(textToNumber('1e400')).toBeNull();
  });

  it('keeps what it read before: thousands separators, the shekel sign, percent', () => {
    expect(evaluate('="1,000"+0')).toBe(1000);
    expect(evaluate('="₪ 1,250"+0')).toBe(1250);
    expect(evaluate('="50%"*1')).toBe(0.5);
    expect(code(evaluate('="abc"+1'))).toBe('#VALUE!');
  });

  it('counts such text in COUNT and compares it in criteria', () => {
    expect(evaluate('=COUNT("1e3")')).toBe(1);
    expect(evaluate('=COUNTIF({.:a}:{.:c},">=1e3")', { a: 1000, b: 999, c: 5000 })).toBe(2);
  });
});

describe('numbers turned into text', () => {
  it.each([
    [1e20, '1E+20'],
    [1e19, '10000000000000000000'],
    [123456789012345678, '123456789012346000'],
    [1.5e300, '1.5E+300'],
    [-1e21, '-1E+21'],
    [0.0001, '0.0001'],
    [1.23456789e-5, '0.0000123456789'],
    [5.6789012345e-8, '0.000000056789012345'],
    [5.67890123456e-8, '5.67890123456E-08'],
    [1.2345678901234568e-5, '1.23456789012346E-05'],
    [1.2345678901234567e-4, '0.000123456789012346'],
    [1 / 3, '0.333333333333333'],
    [1234567.8901234567, '1234567.89012346'],
    [1e-300, '1E-300'],
    [0, '0'],
    [-0.5, '-0.5'],
  ])('writes %d as Excel does: %s', (value, text) => {
    expect(numberToText(value)).toBe(text);
  });

  it('joins large and small numbers to text in a formula', () => {
    expect(evaluate('=1E+20&""')).toBe('1E+20');
    expect(evaluate('=1/3*1E-5&""')).toBe('3.33333333333333E-06');
    expect(evaluate('=0.1+0.2&""')).toBe('0.3');
  });
});
