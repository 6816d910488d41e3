/**
 * How Excel computes formulas where Microsoft documents it, as cases run against Tamhil's engine
 * and, as a second oracle, through LibreOffice (excel-compatibility.test.ts). Each case says what
 * Excel gives and where that is written. Where LibreOffice gives something else, `libreOffice`
 * records it and Tamhil follows Excel.
 */

export type ExpectedValue = number | string | boolean;

export type CompatibilityCase = {
  /** What the case shows. */
  behaviour: string;
  /** The formula as typed in Excel, in cell E1. */
  formula: string;
  /** What the other cells hold, by A1 address (columns A–D, rows 1–5); the rest are empty. */
  cells?: Readonly<Record<string, ExpectedValue>>;
  /** Excel's result; an error as its code. */
  excel: ExpectedValue;
  /** Where Microsoft (or the standard Excel implements) says so. */
  source: string;
  /** LibreOffice's result where it differs from Excel's documented one, and why. */
  libreOffice?: { result: ExpectedValue; why: string };
};

const residueKept = 'LibreOffice compensates every addition and subtraction that lands next to zero, not only the last one';
const ownTextOfNumbers = 'LibreOffice writes numbers as text its own way: three-digit exponents, E notation for large numbers below 1E+20, plain text for small ones Excel writes with an exponent';

const sources = {
  count: 'COUNT function (support.microsoft.com): "Logical values and text representations of numbers that you type directly into the list of arguments are counted"; "If an argument is an array or reference, only numbers in that array or reference are counted"',
  counta: 'COUNTA function (support.microsoft.com): counts "cells containing any type of information, including error values and empty text"; "does not count empty cells"',
  omitted: 'ECMA-376 Part 4 §3.17.7, IF: "If logical-value is FALSE and value-if-false is omitted, but its preceding comma is present, this argument evaluates to 0"',
  floating: 'Floating-point arithmetic may give inaccurate results in Excel (learn.microsoft.com): "Should an addition or subtraction operation result in a value at or very close to zero, Excel 97 and later will compensate"; Excel applies it to the formula\'s last operation, outside parentheses',
  precision: 'Excel specifications and limits (support.microsoft.com): number precision 15 digits',
  value: 'VALUE function (support.microsoft.com): "Text can be in any of the constant number, date, or time formats recognized by Microsoft Excel"; Excel converts text to numbers as necessary',
  toText: 'Excel specifications and limits: 15 digits; E notation from 1E+20 and where the plain form passes 20 characters, with two-digit exponents, as Apache POI NumberToTextConverter records from Excel (Microsoft does not document the switch)',
  sumif: 'SUMIF function (support.microsoft.com): "The sum_range argument does not have to be the same size and shape as the range argument. The actual cells that are added are determined by using the upper leftmost cell in the sum_range argument as the beginning cell, and then including cells that correspond in size and shape to the range argument"',
  countif: 'COUNTIF function (support.microsoft.com): criteria such as ">32" compare with numbers',
  wholeColumns: 'Using references (support.microsoft.com, "Use cell references in a formula"): "All cells in column H: H:H", "All cells in row 5: 5:5", "All cells in columns H through J: H:J"',
  precedence: 'Operator precedence in Excel formulas (support.microsoft.com): negation (as in -1) is evaluated before ^',
  round: 'ROUND function (support.microsoft.com), its examples: ROUND(2.15, 1) is 2.2, ROUND(-1.475, 2) is -1.48, ROUND(21.5, -1) is 20',
};

const rows = { A1: 1, A2: 2, A3: 3, A4: 4, B1: 10, B2: 20, B3: 30, B4: 40 } as const;

export const compatibilityCases: readonly CompatibilityCase[] = [
  { behaviour: 'COUNT counts an omitted argument', formula: '=COUNT(1,,2)', excel: 3, source: `${sources.count}; ${sources.omitted}` },
  { behaviour: 'COUNT counts two omitted arguments', formula: '=COUNT(,)', excel: 2, source: `${sources.count}; ${sources.omitted}` },
  { behaviour: 'COUNTA counts an omitted argument', formula: '=COUNTA(1,,2)', excel: 3, source: `${sources.counta}; ${sources.omitted}` },
  { behaviour: 'COUNTA counts empty text but not an empty cell', formula: '=COUNTA(A1:A3,"")', cells: { A1: 1, A3: 'x' }, excel: 3, source: sources.counta },
  {
    behaviour: 'COUNT counts typed text numbers and truth values, but only numbers in a reference',
    formula: '=COUNT(A1:A3,"5","x",TRUE)',
    cells: { A1: 1, A2: '2', A3: true },
    excel: 3,
    source: sources.count,
    libreOffice: { result: 4, why: 'LibreOffice keeps TRUE in a cell as the number 1, so COUNT counts it' },
  },
  { behaviour: 'a last subtraction next to zero is 0', formula: '=0.5-0.4-0.1', excel: 0, source: sources.floating },
  { behaviour: "Microsoft's own example of the compensation", formula: '=1.333+1.225-1.333-1.225', excel: 0, source: sources.floating },
  { behaviour: 'inside parentheses the binary residue stays', formula: '=(0.5-0.4-0.1)', excel: -2.77555756156289e-17, source: sources.floating, libreOffice: { result: 0, why: residueKept } },
  { behaviour: 'under a later multiplication the binary residue stays', formula: '=1*(0.5-0.4-0.1)', excel: -2.77555756156289e-17, source: sources.floating, libreOffice: { result: 0, why: residueKept } },
  { behaviour: 'numbers compare on 15 significant digits', formula: '=0.1+0.2=0.3', excel: true, source: sources.precision },
  { behaviour: 'text with an exponent is a number', formula: '="1e3"+0', excel: 1000, source: sources.value },
  { behaviour: 'a cell of text with a signed exponent is a number', formula: '=A1*2', cells: { A1: '1.5E-2' }, excel: 0.03, source: sources.value },
  { behaviour: 'a criterion with an exponent compares as a number', formula: '=COUNTIF(A1:A3,">=1e3")', cells: { A1: 1000, A2: 999, A3: 5000 }, excel: 2, source: `${sources.countif}; ${sources.value}` },
  { behaviour: 'a number of 1E+20 becomes text with an exponent', formula: '=1E+20&""', excel: '1E+20', source: sources.toText, libreOffice: { result: '1E+020', why: ownTextOfNumbers } },
  { behaviour: 'a number below 1E+20 becomes plain text', formula: '=1E+19&""', excel: '10000000000000000000', source: sources.toText, libreOffice: { result: '1E+019', why: ownTextOfNumbers } },
  { behaviour: 'a long number keeps 15 digits as plain text', formula: '=123456789012345678&""', excel: '123456789012346000', source: sources.toText, libreOffice: { result: '1.23456789012346E+017', why: ownTextOfNumbers } },
  { behaviour: 'a fraction keeps 15 significant digits', formula: '=1/3&""', excel: '0.333333333333333', source: sources.toText },
  { behaviour: 'a small number stays plain within 20 characters', formula: '=0.0000123456789&""', excel: '0.0000123456789', source: sources.toText },
  { behaviour: 'a small number with 15 digits takes an exponent', formula: '=0.000012345678901234568&""', excel: '1.23456789012346E-05', source: sources.toText, libreOffice: { result: '0.0000123456789012346', why: ownTextOfNumbers } },
  { behaviour: 'a very small number takes an exponent', formula: '=5.67890123456E-8&""', excel: '5.67890123456E-08', source: sources.toText, libreOffice: { result: '0.0000000567890123456', why: ownTextOfNumbers } },
  { behaviour: 'SUMIF extends a one-cell sum range to the range’s size', formula: '=SUMIF(A1:A4,">1",B1)', cells: rows, excel: 90, source: sources.sumif },
  { behaviour: 'SUMIF extends a shorter sum range', formula: '=SUMIF(A1:A4,">1",B1:B2)', cells: rows, excel: 90, source: sources.sumif },
  { behaviour: 'SUMIF cuts a longer sum range', formula: '=SUMIF(A1:A2,">0",B1:B4)', cells: rows, excel: 30, source: sources.sumif },
  { behaviour: 'SUMIF takes the sum range from its top-left cell', formula: '=SUMIF(A1:A4,">2",B4:B1)', cells: rows, excel: 70, source: sources.sumif },
  { behaviour: 'COUNTIF compares with numbers', formula: '=COUNTIF(A1:A4,">2")', cells: rows, excel: 2, source: sources.countif },
  { behaviour: 'a whole column', formula: '=SUM(B:B)', cells: rows, excel: 100, source: sources.wholeColumns },
  { behaviour: 'whole columns side by side', formula: '=SUM(A:B)', cells: rows, excel: 110, source: sources.wholeColumns },
  { behaviour: 'a whole row', formula: '=SUM(2:2)', cells: rows, excel: 22, source: sources.wholeColumns },
  { behaviour: 'whole rows counted', formula: '=COUNTA(3:4)', cells: rows, excel: 4, source: `${sources.wholeColumns}; ${sources.counta}` },
  { behaviour: 'SUMIF over whole columns', formula: '=SUMIF(A:A,">2",B:B)', cells: rows, excel: 70, source: `${sources.wholeColumns}; ${sources.sumif}` },
  { behaviour: 'negation before the power', formula: '=-2^2', excel: 4, source: sources.precedence },
  { behaviour: 'ROUND to one decimal', formula: '=ROUND(2.15,1)', excel: 2.2, source: sources.round },
  { behaviour: 'ROUND a negative half away from zero', formula: '=ROUND(-1.475,2)', excel: -1.48, source: sources.round },
  { behaviour: 'ROUND to tens', formula: '=ROUND(21.5,-1)', excel: 20, source: sources.round },
  { behaviour: 'an omitted value of IF is 0', formula: '=IF(10>5,,"No")', excel: 0, source: sources.omitted },
  { behaviour: 'a missing value of IF is FALSE', formula: '=IF(10<5,"Yes")', excel: false, source: sources.omitted },
];
