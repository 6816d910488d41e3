import { describe, it, expect } from 'vitest';
import { FormulaError, FormulaSheet, type CellValue, type SheetRow } from '@shared/formulas/formula-sheet.ts';
import { shiftA1Formula, toA1Formula, toStoredFormula, type GridContext } from '@shared/formulas/a1-references.ts';
import { formulaAfterRowRemoval } from '@shared/formulas/row-removal.ts';
import { refuseFormula } from '@shared/xlsx/portable-formula.ts';

const code = (value: CellValue) => (value instanceof FormulaError ? value.code : value);
const columns = ['name', 'units', 'cost', 'share', 'note'];

/** Services s1..s4 with cost 100, 200, 300, 400 and units 1..4, and a summary row `sum`. */
function services(summary: Record<string, string>): FormulaSheet {
  const sheet = new FormulaSheet(columns);
  const rows: SheetRow[] = [1, 2, 3, 4].map((index) => ({ id: `s${index}`, cells: { name: `service ${index}`, units: index, cost: index * 100 } }));
  sheet.load([...rows, { id: 'sum', cells: summary }]);
  return sheet;
}

describe('whole-column references', () => {
  it('add every row of the column, and follow rows that come and go', () => {
    const sheet = services({ note: '=SUM({*:cost}:{*:cost})' });
    expect(sheet.value('sum', 'note')).toBe(1_000);
    sheet.setCell('s2', 'cost', 250);
    expect(sheet.value('sum', 'note')).toBe(1_050);
    sheet.insertRow(4, { id: 's5', cells: { cost: 5 } });
    expect(sheet.value('sum', 'note')).toBe(1_055);
    sheet.removeRow('s1');
    expect(sheet.value('sum', 'note')).toBe(955);
    sheet.reorderRows(['sum', 's5', 's4', 's3', 's2']);
    expect(sheet.value('sum', 'note')).toBe(955);
  });

  it('skip text, as a range does, and count and match like any range', () => {
    expect(services({ note: '=SUM({*:name}:{*:cost})' }).value('sum', 'note')).toBe(1_010);
    expect(services({ note: '=COUNTA({*:name}:{*:name})' }).value('sum', 'note')).toBe(4);
    expect(services({ note: '=SUMIF({*:units}:{*:units},">2",{*:cost}:{*:cost})' }).value('sum', 'note')).toBe(700);
    expect(services({ note: '=SUMIF({*:units}:{*:units},">2",{s1:cost})' }).value('sum', 'note')).toBe(700);
  });

  it('give a share of the column total in every row', () => {
    const sheet = new FormulaSheet(columns);
    sheet.setColumnFormula('share', '={.:cost}/SUM({*:cost}:{*:cost})');
    sheet.load([1, 2, 3, 4].map((index) => ({ id: `s${index}`, cells: { cost: index * 100 } })));
    expect(sheet.value('s4', 'share')).toBe(0.4);
    sheet.setCell('s4', 'cost', 0);
    expect(sheet.value('s1', 'share')).toBe(1 / 6);
  });

  it('re-evaluate only their readers when another column changes', () => {
    const sheet = services({ note: '=SUM({*:cost}:{*:cost})' });
    const before = sheet.evaluationCount;
    sheet.setCell('s3', 'units', 30);
    expect(sheet.evaluationCount).toBe(before);
    sheet.setCell('s3', 'cost', 1);
    expect(sheet.evaluationCount).toBe(before + 1);
  });

  it('are circular in a cell of their own column', () => {
    expect(code(services({ cost: '=SUM({*:cost}:{*:cost})' }).value('sum', 'cost'))).toBe('#CIRC!');
  });
});

describe('whole-row references', () => {
  it('add every column of the row and follow its row', () => {
    const sheet = services({ note: '=SUM({s2:*}:{s3:*})' });
    expect(sheet.value('sum', 'note')).toBe(2 + 200 + 3 + 300);
    sheet.setCell('s3', 'share', 7);
    expect(sheet.value('sum', 'note')).toBe(512);
    sheet.reorderRows(['s3', 's1', 's2', 's4', 'sum']);
    expect(sheet.value('sum', 'note')).toBe(2 + 200 + 1 + 100 + 3 + 300 + 7);
  });

  it('shrink when their first or last row is removed, and are circular in their own row', () => {
    const sheet = services({ note: '=SUM({s2:*}:{s4:*})' });
    sheet.removeRow('s4');
    expect(sheet.input('sum', 'note')).toBe('=SUM({s2:*}:{s3:*})');
    expect(sheet.value('sum', 'note')).toBe(505);
    expect(formulaAfterRowRemoval('=SUM({$s1:*}:{s4:*})', { rowId: 's1', rowIds: ['s1', 's2', 's3', 's4'] }, 'sum')).toBe('=SUM({$s2:*}:{s4:*})');
    expect(code(services({ note: '=SUM({.:*}:{.:*})' }).value('sum', 'note'))).toBe('#CIRC!');
  });
});

describe('whole columns and rows typed as A1 text', () => {
  const context: GridContext = { rowId: 's2', rowIds: ['s1', 's2', 's3', 's4', 'sum'], columnIds: columns, firstRow: 2 };

  it('are stored by column and row id and shown again as typed', () => {
    const typed = ['=SUM(C:C)', '=SUM($C:$D)/2', '=SUM(3:3)', '=SUM($2:$5)', '=C3/SUM(C:C)'];
    const stored = typed.map((formula) => toStoredFormula(formula, context));
    expect(stored).toEqual(['=SUM({*:cost}:{*:cost})', '=SUM({*:$cost}:{*:$share})/2', '=SUM({.:*}:{.:*})', '=SUM({$s1:*}:{$s4:*})', '={.:cost}/SUM({*:cost}:{*:cost})']);
    expect(stored.map((formula) => toA1Formula(formula, context))).toEqual(typed);
  });

  it('become #REF! when they name a column or row the grid does not have', () => {
    expect(toStoredFormula('=SUM(Z:Z)', context)).toBe('=SUM(#REF!)');
    expect(toStoredFormula('=SUM(1:1)', context)).toBe('=SUM(#REF!)');
    expect(toA1Formula('=SUM({*:gone}:{*:cost})', context)).toBe('=SUM(#REF!)');
  });

  it('move with a copied formula unless anchored by $', () => {
    expect(shiftA1Formula('=SUM(C:C)+SUM($C:$C)', 5, 1)).toBe('=SUM(D:D)+SUM($C:$C)');
    expect(shiftA1Formula('=SUM(3:4)+SUM($3:$3)', 2, 7)).toBe('=SUM(5:6)+SUM($3:$3)');
    expect(shiftA1Formula('=SUM(A:A)', 0, -1)).toBe('=SUM(#REF!)');
  });

  it('go out to a workbook and come back in, as formulas Tamhil computes', () => {
    expect(refuseFormula('SUM(G:G)')).toBeNull();
    expect(refuseFormula('H2/SUM($H:$H)')).toBeNull();
    expect(refuseFormula('SUM(2:2)')).toBeNull();
  });
});
