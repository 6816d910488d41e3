import { describe, it, expect } from 'vitest';
import { FormulaError, FormulaSheet, isFormula, type CellAddress, type CellInput, type SheetRow } from '@shared/formulas/formula-sheet.ts';

const columns = ['participants', 'perYear', 'unitCost', 'total', 'perParticipant', 'note'];
const totalFormula = '=ROUND({.:participants}*{.:perYear}*{.:unitCost},2)';

function service(id: string, participants: CellInput, perYear: CellInput, unitCost: CellInput, more: Record<string, CellInput> = {}): SheetRow {
  return { id, cells: { participants, perYear, unitCost, ...more } };
}

/** A budget with a computed total column and three services. */
function budget(): FormulaSheet {
  const sheet = new FormulaSheet(columns);
  sheet.setColumnFormula('total', totalFormula);
  sheet.load([service('club', 20, 50, 30), service('meals', 40, 250, 12.5), service('trips', 25, 4, 180)]);
  return sheet;
}

const key = ({ rowId, columnId }: CellAddress) => `${rowId}:${columnId}`;
const keys = (addresses: readonly CellAddress[]) => addresses.map(key).sort();
const code = (value: unknown) => (value instanceof FormulaError ? value.code : value);

describe('FormulaSheet values and inputs', () => {
  it('calculates column formulas for every row on load', () => {
    const sheet = budget();
    expect(sheet.value('club', 'total')).toBe(30_000);
    expect(sheet.value('meals', 'total')).toBe(125_000);
    expect(sheet.value('trips', 'total')).toBe(18_000);
  });

  it('returns what was typed, a stored formula as its text, and null for nothing', () => {
    const sheet = budget();
    sheet.setCell('club', 'note', 'weekly');
    sheet.setCell('club', 'perParticipant', '={.:total}/{.:participants}');
    sheet.setCell('club', 'participants', true);
    expect(sheet.input('club', 'note')).toBe('weekly');
    expect(sheet.input('club', 'perParticipant')).toBe('={.:total}/{.:participants}');
    expect(sheet.input('club', 'participants')).toBe(true);
    expect(sheet.input('club', 'total')).toBeNull();
    expect(sheet.input('nowhere', 'total')).toBeNull();
  });

  it('answers #REF! for a cell that does not exist and refuses to edit one', () => {
    const sheet = budget();
    expect(code(sheet.value('nowhere', 'total'))).toBe('#REF!');
    expect(code(sheet.value('club', 'nothing'))).toBe('#REF!');
    expect(() => sheet.setCell('nowhere', 'total', 1)).toThrow(RangeError);
  });

  it('turns a non-finite number typed in into #NUM!', () => {
    const sheet = budget();
    sheet.setCell('club', 'unitCost', Number.POSITIVE_INFINITY);
    expect(code(sheet.value('club', 'unitCost'))).toBe('#NUM!');
    expect(code(sheet.value('club', 'total'))).toBe('#NUM!');
  });

  it('lists every cell holding an error, in display order', () => {
    const sheet = budget();
    sheet.setCell('meals', 'perParticipant', '={.:total}/{.:note}');
    sheet.setCell('club', 'note', '=NOPE');
    expect(sheet.errors().map(({ rowId, columnId, error }) => `${rowId}:${columnId}:${error.code}`)).toEqual(['club:note:#NAME?', 'meals:perParticipant:#DIV/0!']);
  });

  it('tells formulas from other input', () => {
    expect(isFormula('=1')).toBe(true);
    expect(isFormula('1')).toBe(false);
    expect(isFormula(1)).toBe(false);
    expect(isFormula(null)).toBe(false);
  });
});

describe('FormulaSheet edits', () => {
  it('returns the edited cell and every cell whose value changed', () => {
    const sheet = budget();
    sheet.setCell('trips', 'note', '=SUM({club:total}:{trips:total})');
    expect(keys(sheet.setCell('club', 'unitCost', 31))).toEqual(['club:total', 'club:unitCost', 'trips:note']);
    expect(sheet.value('trips', 'note')).toBe(174_000);
  });

  it('evaluates only the dependents of an edit', () => {
    const sheet = new FormulaSheet(columns);
    sheet.setColumnFormula('total', totalFormula);
    sheet.load(Array.from({ length: 1_000 }, (_, index) => service(`s${index}`, index, 2, 3)));
    const before = sheet.evaluationCount;
    sheet.setCell('s500', 'unitCost', 4);
    expect(sheet.evaluationCount - before).toBe(1);
    expect(sheet.value('s500', 'total')).toBe(4_000);
  });

  it('recalculates everything on request without changing any value', () => {
    const sheet = budget();
    const before = sheet.evaluationCount;
    expect(sheet.recalculate()).toEqual([]);
    expect(sheet.evaluationCount - before).toBe(3);
    expect(sheet.value('meals', 'total')).toBe(125_000);
  });

  it('reports nothing but the edited cell when a value stays the same', () => {
    const sheet = budget();
    expect(keys(sheet.setCell('club', 'note', 'text'))).toEqual(['club:note']);
    expect(keys(sheet.setCell('club', 'participants', 20))).toEqual(['club:participants']);
  });

  it('keeps a column total up to date after each edit', () => {
    const sheet = new FormulaSheet(columns);
    sheet.setColumnFormula('total', totalFormula);
    const rows = Array.from({ length: 3_000 }, (_, index) => service(`s${index}`, 1, 1, index));
    rows[0]!.cells = { ...rows[0]!.cells, note: '=SUM({s0:total}:{s2999:total})' };
    sheet.load(rows);
    expect(sheet.value('s0', 'note')).toBe((2_999 * 3_000) / 2);
    sheet.setCell('s1700', 'unitCost', 0);
    sheet.setCell('s5', 'participants', 2);
    expect(sheet.value('s0', 'note')).toBe((2_999 * 3_000) / 2 - 1_700 + 5);
    sheet.setCell('s2000', 'participants', 'n/a');
    expect(code(sheet.value('s0', 'note'))).toBe('#VALUE!');
    sheet.setCell('s2000', 'participants', 1);
    expect(sheet.value('s0', 'note')).toBe((2_999 * 3_000) / 2 - 1_700 + 5);
  });
});

describe('column formulas', () => {
  it('give a cell the column formula unless the cell holds its own input', () => {
    const sheet = budget();
    sheet.setColumnFormula('perParticipant', '=IF({.:participants}>0,{.:total}/{.:participants},0)');
    expect(sheet.value('club', 'perParticipant')).toBe(1_500);
    sheet.setCell('club', 'perParticipant', 99);
    expect(sheet.value('club', 'perParticipant')).toBe(99);
    sheet.setCell('club', 'perParticipant', '={.:total}*2');
    expect(sheet.value('club', 'perParticipant')).toBe(60_000);
    sheet.setCell('club', 'perParticipant', null);
    expect(sheet.value('club', 'perParticipant')).toBe(1_500);
  });

  it('report the cells they change, and leave empty cells when removed', () => {
    const sheet = budget();
    const changed = sheet.setColumnFormula('perParticipant', '={.:total}/{.:participants}');
    expect(keys(changed)).toEqual(['club:perParticipant', 'meals:perParticipant', 'trips:perParticipant']);
    sheet.setCell('meals', 'perParticipant', 1);
    expect(keys(sheet.setColumnFormula('perParticipant', null))).toEqual(['club:perParticipant', 'trips:perParticipant']);
    expect(sheet.value('club', 'perParticipant')).toBeNull();
    expect(sheet.value('meals', 'perParticipant')).toBe(1);
  });

  it('apply to rows inserted later and survive a new load', () => {
    const sheet = budget();
    sheet.insertRow(1, service('new', 2, 3, 4));
    expect(sheet.value('new', 'total')).toBe(24);
    sheet.load([service('only', 1, 1, 5)]);
    expect(sheet.value('only', 'total')).toBe(5);
  });
});

describe('references follow their rows', () => {
  it('through inserting a row above them', () => {
    const sheet = budget();
    sheet.setCell('trips', 'note', '={club:total}+{meals:total}');
    sheet.insertRow(0, service('first', 1, 1, 1));
    sheet.insertRow(2, service('middle', 1, 1, 1));
    expect(sheet.rowIds()).toEqual(['first', 'club', 'middle', 'meals', 'trips']);
    expect(sheet.value('trips', 'note')).toBe(155_000);
  });

  it('to #REF! when the row they name is removed, and back when it returns', () => {
    const sheet = budget();
    sheet.setCell('trips', 'note', '={club:total}+1');
    const changed = sheet.removeRow('club');
    expect(code(sheet.value('trips', 'note'))).toBe('#REF!');
    expect(keys(changed)).toEqual(['trips:note']);
    sheet.insertRow(0, service('club', 1, 1, 9));
    expect(sheet.value('trips', 'note')).toBe(10);
  });

  it('through a reorder, ranges taking the rows now between their ends', () => {
    const sheet = budget();
    sheet.insertRow(3, { id: 'sum', cells: { note: '=SUM({club:total}:{meals:total})' } });
    expect(sheet.value('sum', 'note')).toBe(155_000);
    const changed = sheet.reorderRows(['club', 'trips', 'meals', 'sum']);
    expect(sheet.value('sum', 'note')).toBe(173_000);
    expect(keys(changed)).toEqual(['sum:note']);
    sheet.reorderRows(['meals', 'trips', 'sum', 'club']);
    expect(sheet.value('sum', 'note')).toBe(173_000 + 0);
    sheet.reorderRows(['trips', 'meals', 'club', 'sum']);
    expect(sheet.value('sum', 'note')).toBe(155_000);
  });

  it('take an inserted row into a range that spans it', () => {
    const sheet = budget();
    sheet.insertRow(3, { id: 'sum', cells: { note: '=SUM({club:total}:{trips:total})' } });
    const changed = sheet.insertRow(1, service('extra', 1, 1, 1000));
    expect(sheet.value('sum', 'note')).toBe(174_000);
    expect(keys(changed)).toContain('sum:note');
  });

  it('shrink a range when a row inside it goes, and when an end row goes, as Excel does', () => {
    const sheet = budget();
    sheet.insertRow(3, { id: 'sum', cells: { note: '=SUM({club:total}:{trips:total})' } });
    sheet.removeRow('meals');
    expect(sheet.value('sum', 'note')).toBe(48_000);
    sheet.removeRow('trips');
    expect(sheet.value('sum', 'note')).toBe(30_000);
    expect(sheet.input('sum', 'note')).toBe('=SUM({club:total}:{club:total})');
    sheet.removeRow('club');
    expect(code(sheet.value('sum', 'note'))).toBe('#REF!');
  });

  it('keep same-row references when a row moves', () => {
    const sheet = budget();
    sheet.reorderRows(['trips', 'club', 'meals']);
    expect(sheet.value('trips', 'total')).toBe(18_000);
    expect(keys(sheet.setCell('trips', 'perYear', 5))).toEqual(['trips:perYear', 'trips:total']);
  });

  it('refuse a reorder that is not a permutation and an insert of an existing id', () => {
    const sheet = budget();
    expect(() => sheet.reorderRows(['club', 'club', 'meals'])).toThrow(RangeError);
    expect(() => sheet.reorderRows(['club', 'meals'])).toThrow(RangeError);
    expect(() => sheet.insertRow(0, service('club', 1, 1, 1))).toThrow(RangeError);
  });

  it('reuse the slots of removed rows without leaking old dependencies', () => {
    const sheet = budget();
    sheet.setCell('trips', 'note', '={meals:total}');
    sheet.removeRow('meals');
    sheet.insertRow(1, service('other', 1, 1, 7));
    expect(code(sheet.value('trips', 'note'))).toBe('#REF!');
    expect(keys(sheet.setCell('other', 'unitCost', 8))).toEqual(['other:total', 'other:unitCost']);
  });
});

describe('named constants', () => {
  it('are #NAME? until set, case-insensitive, and recalculate their readers when changed', () => {
    const sheet = budget();
    sheet.setColumnFormula('perParticipant', '=ROUND({.:total}*MINISTRY_SHARE,2)');
    expect(code(sheet.value('club', 'perParticipant'))).toBe('#NAME?');
    const changed = sheet.setName('ministry_share', 0.75);
    expect(keys(changed)).toEqual(['club:perParticipant', 'meals:perParticipant', 'trips:perParticipant']);
    expect(sheet.value('club', 'perParticipant')).toBe(22_500);
    sheet.setName('MINISTRY_SHARE', 0.5);
    expect(sheet.value('meals', 'perParticipant')).toBe(62_500);
  });

  it('refuse names that formulas cannot spell', () => {
    expect(() => budget().setName('two words', 1)).toThrow(RangeError);
  });
});

describe('cycles', () => {
  it('make every cell in the cycle #CIRC! and the cells after it too', () => {
    const sheet = budget();
    sheet.setCell('club', 'note', '={meals:note}+1');
    sheet.setCell('meals', 'note', '={trips:note}+1');
    sheet.setCell('club', 'perParticipant', '={.:note}*2');
    sheet.setCell('trips', 'note', '={club:note}+1');
    for (const rowId of ['club', 'meals', 'trips']) expect(code(sheet.value(rowId, 'note'))).toBe('#CIRC!');
    expect(code(sheet.value('club', 'perParticipant'))).toBe('#CIRC!');
    expect(sheet.errors()).toHaveLength(4);
  });

  it('recover when the cycle is broken', () => {
    const sheet = budget();
    sheet.setCell('club', 'note', '={meals:note}+1');
    sheet.setCell('meals', 'note', '={club:note}+1');
    expect(code(sheet.value('club', 'note'))).toBe('#CIRC!');
    sheet.setCell('meals', 'note', 10);
    expect(sheet.value('club', 'note')).toBe(11);
    expect(sheet.errors()).toEqual([]);
  });

  it('catch a cell that reads itself, directly or through a range', () => {
    const sheet = budget();
    sheet.setCell('club', 'note', '={.:note}+1');
    sheet.setCell('meals', 'note', '=SUM({club:note}:{trips:note})');
    expect(code(sheet.value('club', 'note'))).toBe('#CIRC!');
    expect(code(sheet.value('meals', 'note'))).toBe('#CIRC!');
    sheet.setCell('club', 'note', 1);
    expect(code(sheet.value('meals', 'note'))).toBe('#CIRC!');
    sheet.setCell('meals', 'note', '=SUM({club:total}:{trips:total})');
    expect(sheet.value('meals', 'note')).toBe(173_000);
  });

  it('are found on load too, and a cycle through a column formula', () => {
    const sheet = new FormulaSheet(columns);
    sheet.setColumnFormula('total', '={.:perParticipant}+1');
    sheet.setColumnFormula('perParticipant', '={.:total}+1');
    sheet.load([service('a', 1, 1, 1), service('b', 1, 1, 1, { perParticipant: 5 })]);
    expect(code(sheet.value('a', 'total'))).toBe('#CIRC!');
    expect(sheet.value('b', 'total')).toBe(6);
  });
});
