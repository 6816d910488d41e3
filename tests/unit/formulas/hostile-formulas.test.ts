import { describe, it, expect } from 'vitest';
import { toA1Formula, toStoredFormula } from '@shared/formulas/a1-references.ts';
import { FormulaError, FormulaSheet, type CellValue } from '@shared/formulas/formula-sheet.ts';
import { disabledMathFunctions, restrictedMath } from '@shared/formulas/restricted-math.ts';

function evaluate(formula: string): CellValue {
  const sheet = new FormulaSheet(['a', 'b', 'result']);
  sheet.load([{ id: 'row', cells: { a: 1, b: 2, result: formula } }]);
  return sheet.value('row', 'result');
}

const code = (value: CellValue) => (value instanceof FormulaError ? value.code : value);

const hostile: [string, string][] = [
  ['=import({}, {override:true})', '#ERROR!'],
  ['=createUnit("x")', '#NAME?'],
  ['=evaluate("1+1")', '#NAME?'],
  ['=config({number:"BigNumber"})', '#ERROR!'],
  ['=parse("1")', '#NAME?'],
  ['=compile("1")', '#NAME?'],
  ['=simplify("x")', '#NAME?'],
  ['=derivative("x^2","x")', '#NAME?'],
  ['=resolve(1)', '#NAME?'],
  ['=reviver(1)', '#NAME?'],
  ['=chain(1)', '#NAME?'],
  ['=help(1)', '#NAME?'],
  ['=excelSUM(1)', '#NAME?'],
  ['=excelAdd(1,2)', '#NAME?'],
  ['=cell0', '#NAME?'],
  ['=constructor', '#NAME?'],
  ['=a.constructor', '#ERROR!'],
  ['="".constructor.constructor("return process")()', '#ERROR!'],
  ['=__proto__', '#NAME?'],
  ['=toString', '#NAME?'],
  ['=[1,2,3]', '#ERROR!'],
  ['=x=5', '#NAME?'],
  ['=f(x)=x', '#NAME?'],
  ['=x:=5', '#ERROR!'],
  ['=SUM(1', '#ERROR!'],
  ['=cos(1)', '#NAME?'],
  ['=1e309', '#NUM!'],
  ['=1 ? 2 : 3', '#ERROR!'],
  ['=f = 1; g = 2', '#ERROR!'],
  ['=`1`', '#ERROR!'],
  ['=\'1\'', '#ERROR!'],
  ['={.:constructor}', '#REF!'],
  ['={__proto__:a}', '#REF!'],
  ['=SUM({.:a}:{.:__proto__})', '#REF!'],
];

describe('hostile formulas', () => {
  const globalsBefore = Object.getOwnPropertyNames(globalThis).sort();

  it.each(hostile)('evaluates %s to %s and runs nothing', (formula, expected) => {
    expect(code(evaluate(formula))).toBe(expected);
  });

  it('refuses nesting 10,000 levels deep at once', () => {
    const deep = `=${'('.repeat(10_000)}1${')'.repeat(10_000)}`;
    expect(code(evaluate(deep))).toBe('#ERROR!');
    expect(code(evaluate(`=${'('.repeat(5_000)}`))).toBe('#ERROR!');
    expect(code(evaluate(`=${'SUM('.repeat(1_000)}1${')'.repeat(1_000)}`))).toBe('#ERROR!');
  });

  it('refuses a formula of 100,000 characters before reading it', () => {
    const long = `=${Array.from({ length: 50_000 }, () => '1').join('+')}`;
    expect(long.length).toBeGreaterThan(99_999);
    expect(code(evaluate(long))).toBe('#ERROR!');
    expect(toA1Formula(long, { rowId: 'row', rowIds: ['row'], columnIds: ['a'], firstRow: 2 })).toBe(long);
    expect(toStoredFormula(long, { rowId: 'row', rowIds: ['row'], columnIds: ['a'], firstRow: 2 })).toBe(long);
  });

  it('stops text from growing past what a cell holds', () => {
    const sheet = new FormulaSheet(['a']);
    const rows = Array.from({ length: 20 }, (_, index) => ({ id: `r${index}`, cells: { a: index === 0 ? 'xx' : `={r${index - 1}:a}&{r${index - 1}:a}` } }));
    sheet.load(rows);
    expect(sheet.value('r13', 'a')).toHaveLength(2 ** 14);
    expect(code(sheet.value('r14', 'a'))).toBe('#VALUE!');
    expect(code(sheet.value('r19', 'a'))).toBe('#VALUE!');
  });

  it('evaluates ranges only over existing rows, including one formula per row over 50,000 rows', () => {
    const sheet = new FormulaSheet(['a', 'b', 'sum']);
    sheet.setColumnFormula('sum', '=SUM({.:a}:{.:b})');
    const rows = Array.from({ length: 50_000 }, (_, index) => ({ id: `r${index}`, cells: { a: 1, b: index } }));
    rows[0]!.cells = { ...rows[0]!.cells, sum: '=SUM({r0:a}:{r49999:b})+COUNT({r49999:a}:{r0:a})' } as typeof rows[0]['cells'];
    sheet.load(rows);
    expect(sheet.value('r49999', 'sum')).toBe(50_000);
    expect(sheet.value('r0', 'sum')).toBe(50_000 + (49_999 * 50_000) / 2 + 50_000);
  });

  it('keeps names off object prototypes', () => {
    const sheet = new FormulaSheet(['a']);
    sheet.setName('__proto__', 5);
    sheet.setName('constructor', 6);
    sheet.load([{ id: 'r', cells: { a: '=__proto__+constructor' } }]);
    expect(sheet.value('r', 'a')).toBe(11);
    expect(({} as Record<string, unknown>).__proto__).toBe(Object.prototype);
  });

  it('leaves the number type alone after an attempt to reconfigure mathjs', () => {
    evaluate('=config({number:"BigNumber"})');
    expect(evaluate('=1/3')).toBe(1 / 3);
  });

  it('adds nothing to globalThis', () => {
    for (const [formula] of hostile) evaluate(formula);
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalsBefore);
  });
});

describe('the restricted mathjs instance', () => {
  it('throws from every function that could parse text or change the instance', () => {
    const math = restrictedMath();
    for (const name of disabledMathFunctions) {
      const disabled = math[name] as () => unknown;
      expect(() => disabled(), name).toThrow(/disabled/);
    }
  });

  it('has no units and none of mathjs’s own arithmetic', () => {
    const math = restrictedMath();
    for (const name of ['Unit', 'unit', 'add', 'evaluate_', 'sqrt', 'matrix']) expect(math[name], name).toBeUndefined();
  });
});
