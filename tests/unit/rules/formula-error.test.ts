import { describe, it, expect } from 'vitest';
import { checkFormulaErrors, formulaErrorRule } from '@shared/rules/formula-error.ts';
import { cellPath, type CellError } from '@shared/rules/cell-error.ts';
import { buildPlan, buildService, withServices } from '../../helpers/plan-builders.ts';
import { worded } from '../../helpers/worded.ts';

const plan = {
  ...withServices(buildPlan(), buildService({ id: 'club', name: 'מועדון חברתי' }), buildService({ id: 'meals', name: 'ארוחות חמות' })),
  budgetColumns: [{ id: 'transport', label: 'הסעות', formula: null }],
};

describe('cell paths', () => {
  it.each([
    ['participants', 'services[2].participants'],
    ['perYear', 'services[2].frequency.perYear'],
    ['unitCost', 'services[2].unitCost'],
    ['total', 'services[2].total'],
    ['ministry', 'services[2].funding.ministry'],
    ['authority', 'services[2].funding.authority'],
    ['other', 'services[2].funding.other'],
    ['staffHours', 'services[2].staffHours'],
    ['transport', 'services[2].custom[transport]'],
  ])('maps the grid column %s to %s', (column, path) => {
    expect(cellPath(2, column)).toBe(path);
  });
});

describe('formula errors', () => {
  it('reports each cell error as an error at its place in the plan file, targeting the cell as given', () => {
    const cellErrors: CellError[] = [
      { serviceId: 'meals', field: 'perYear', code: '#REF!' },
      { serviceId: 'club', field: 'transport', code: '#NAME?' },
    ];
    expect(checkFormulaErrors(plan, cellErrors)).toEqual([
      expect.objectContaining({ rule: 'formula-error', severity: 'error', path: 'services[0].custom[transport]', target: { serviceId: 'club', field: 'transport' } }),
      expect.objectContaining({ rule: 'formula-error', severity: 'error', path: 'services[1].frequency.perYear', target: { serviceId: 'meals', field: 'perYear' } }),
    ]);
    expect(formulaErrorRule).toBe('formula-error');
  });

  it('says nothing without cell errors', () => {
    expect(checkFormulaErrors(plan, [])).toEqual([]);
  });

  it.each([
    ['#DIV/0!', 'a division by zero', 'חלוקה באפס'],
    ['#REF!', 'a reference to a deleted row or cell', 'שנמחקו'],
    ['#NAME?', 'an unknown function or name', 'אינם מוכרים'],
    ['#VALUE!', 'a wrong kind of value', 'ערך מסוג שגוי'],
    ['#NUM!', 'a number out of range', 'מחוץ לטווח'],
    ['#CIRC!', 'a circular reference', 'הפניה מעגלית'],
    ['#ERROR!', 'a formula that cannot be read', 'שלא ניתן לקרוא'],
  ])('explains %s in plain words in Hebrew and in English', (code, english, hebrew) => {
    const [finding] = checkFormulaErrors(plan, [{ serviceId: 'club', field: 'unitCost', code }]);
    expect(worded(finding!.message).en).toContain(code);
    expect(worded(finding!.message).en).toContain(english);
    expect(worded(finding!.message).he).toContain(code);
    expect(worded(finding!.message).he).toContain(hebrew);
  });

  it('names the service and the column heading in Hebrew and in English', () => {
    const [finding] = checkFormulaErrors(plan, [{ serviceId: 'club', field: 'total', code: '#DIV/0!' }]);
    expect(worded(finding!.message).en).toBe('\u2068מועדון חברתי\u2069: the formula in the "Total cost" column gives #DIV/0!, which means a division by zero. Correct the formula.');
    expect(worded(finding!.message).he).toContain('מועדון חברתי');
    expect(worded(finding!.message).he).toContain('עלות כוללת');
    const [custom] = checkFormulaErrors(plan, [{ serviceId: 'meals', field: 'transport', code: '#VALUE!' }]);
    expect(worded(custom!.message).he).toContain('הסעות');
    expect(worded(custom!.message).en).toContain('"\u2068הסעות\u2069" column');
  });

  it('still reports an error value it does not know', () => {
    const [finding] = checkFormulaErrors(plan, [{ serviceId: 'club', field: 'unitCost', code: '#SPILL!' }]);
    expect(finding).toMatchObject({ severity: 'error', path: 'services[0].unitCost' });
    expect(worded(finding!.message).en).toContain('#SPILL!');
  });

  it('lists cell errors in the order of services and grid columns, whatever order they came in', () => {
    const cellErrors: CellError[] = [
      { serviceId: 'meals', field: 'transport', code: '#NUM!' },
      { serviceId: 'meals', field: 'ministry', code: '#DIV/0!' },
      { serviceId: 'club', field: 'total', code: '#REF!' },
      { serviceId: 'club', field: 'participants', code: '#NAME?' },
    ];
    const expected = ['services[0].participants', 'services[0].total', 'services[1].funding.ministry', 'services[1].custom[transport]'];
    expect(checkFormulaErrors(plan, cellErrors).map((finding) => finding.path)).toEqual(expected);
    expect(checkFormulaErrors(plan, [...cellErrors].reverse()).map((finding) => finding.path)).toEqual(expected);
  });

  it('reports a cell reported twice once', () => {
    const cell: CellError = { serviceId: 'club', field: 'unitCost', code: '#DIV/0!' };
    expect(checkFormulaErrors(plan, [cell, { ...cell }])).toHaveLength(1);
  });

  it('keeps an error of a service the plan no longer has, so it is not lost', () => {
    const findings = checkFormulaErrors(plan, [
      { serviceId: 'gone', field: 'unitCost', code: '#REF!' },
      { serviceId: 'club', field: 'unitCost', code: '#REF!' },
    ]);
    expect(findings.map((finding) => finding.path)).toEqual(['services[0].unitCost', 'services']);
    expect(findings[1]).toMatchObject({ severity: 'error', target: { serviceId: 'gone', field: 'unitCost' } });
    expect(worded(findings[1]!.message).en).toContain('gone');
  });
});
