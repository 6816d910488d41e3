import { describe, it, expect } from 'vitest';
import { shiftA1Formula, toA1Formula, toStoredFormula, type GridContext } from '@shared/formulas/a1-references.ts';
import { columnIndexFromLetters, columnLettersFromIndex } from '@shared/formulas/tokenizer.ts';

const columnIds = ['name', 'kind', 'participants', 'perYear', 'unitCost', 'total', 'ministry'];
const rowIds = Array.from({ length: 20 }, (_, index) => `svc-${index + 1}`);

/** The grid as the budget shows it: a header row, then svc-1 in row 2, svc-5 in row 6. */
function inRow(rowId: string, rows: readonly string[] = rowIds, columns: readonly string[] = columnIds): GridContext {
  return { rowId, rowIds: rows, columnIds: columns, firstRow: 2 };
}

describe('toStoredFormula', () => {
  it('writes references to the own row as `.` and to other rows by id', () => {
    expect(toStoredFormula('=C6*D6', inRow('svc-5'))).toBe('={.:participants}*{.:perYear}');
    expect(toStoredFormula('=F5*1.1', inRow('svc-5'))).toBe('={svc-4:total}*1.1');
  });

  it('keeps the $ the user typed', () => {
    expect(toStoredFormula('=$E$4+E$6+$E6', inRow('svc-5'))).toBe('={$svc-3:$unitCost}+{$svc-5:unitCost}+{.:$unitCost}');
  });

  it('writes ranges as two references', () => {
    expect(toStoredFormula('=SUM(F$2:F20)', inRow('svc-5'))).toBe('=SUM({$svc-1:total}:{svc-19:total})');
    expect(toStoredFormula('=SUM(C6:E6)', inRow('svc-5'))).toBe('=SUM({.:participants}:{.:unitCost})');
  });

  it('turns a reference outside the grid into #REF!', () => {
    expect(toStoredFormula('=C1+1', inRow('svc-5'))).toBe('=#REF!+1');
    expect(toStoredFormula('=C22', inRow('svc-5'))).toBe('=#REF!');
    expect(toStoredFormula('=Z6', inRow('svc-5'))).toBe('=#REF!');
    expect(toStoredFormula('=SUM(F2:F99)', inRow('svc-5'))).toBe('=SUM(#REF!)');
  });

  it('leaves text, numbers, names, functions and strings alone', () => {
    expect(toStoredFormula('=IF(C6>0, "C6 is " & C6, MINISTRY_SHARE)  ', inRow('svc-5'))).toBe(
      '=IF({.:participants}>0, "C6 is " & {.:participants}, MINISTRY_SHARE)  ',
    );
    expect(toStoredFormula('=LOG10(100)+TRUE', inRow('svc-5'))).toBe('=LOG10(100)+TRUE');
    expect(toStoredFormula('plain text', inRow('svc-5'))).toBe('plain text');
    expect(toStoredFormula('=SUM(C6', inRow('svc-5'))).toBe('=SUM({.:participants}');
    expect(toStoredFormula('="unclosed C6', inRow('svc-5'))).toBe('="unclosed C6');
  });

  it('reads lower-case references', () => {
    expect(toStoredFormula('=c6+$d$6', inRow('svc-5'))).toBe('={.:participants}+{$svc-5:$perYear}');
  });

  it('refuses row ids that the stored syntax cannot carry', () => {
    expect(toStoredFormula('=C2', inRow('a b', ['a b'], columnIds))).toBe('=#REF!');
  });
});

describe('toA1Formula', () => {
  it('shows stored references at their rows’ current positions', () => {
    expect(toA1Formula('={.:participants}*{.:perYear}', inRow('svc-5'))).toBe('=C6*D6');
    const reordered = [...rowIds].reverse();
    expect(toA1Formula('={.:participants}*{svc-4:total}', inRow('svc-5', reordered))).toBe('=C17*F18');
  });

  it('shows $ where it was typed', () => {
    expect(toA1Formula('=SUM({$svc-1:total}:{svc-19:total})*{$svc-3:$unitCost}', inRow('svc-5'))).toBe('=SUM(F$2:F20)*$E$4');
  });

  it('shows #REF! for a deleted row or column', () => {
    const withoutFour = rowIds.filter((id) => id !== 'svc-4');
    expect(toA1Formula('={svc-4:total}+{.:total}', inRow('svc-5', withoutFour))).toBe('=#REF!+F5');
    expect(toA1Formula('={.:gone}', inRow('svc-5'))).toBe('=#REF!');
    expect(toA1Formula('=SUM({svc-1:total}:{svc-4:total})', inRow('svc-5', withoutFour))).toBe('=SUM(#REF!)');
  });

  it('names columns beyond Z with two and three letters', () => {
    const many = Array.from({ length: 800 }, (_, index) => `c${index}`);
    expect(toA1Formula('={.:c25}+{.:c26}+{.:c51}+{.:c52}+{.:c701}+{.:c702}', inRow('svc-1', rowIds, many))).toBe('=Z2+AA2+AZ2+BA2+ZZ2+AAA2');
    expect(toStoredFormula('=Z2+AA2+AZ2+BA2+ZZ2+AAA2', inRow('svc-1', rowIds, many))).toBe('={.:c25}+{.:c26}+{.:c51}+{.:c52}+{.:c701}+{.:c702}');
  });

  it('round-trips with toStoredFormula', () => {
    const formulas = ['=SUM($F$2:F21)/COUNT(F2:F21)', '=IF(C6>0,F6/C6,0)', '=ROUND(F7*75%,0)', '=E$2*$C6&" ₪"', '=A2:B3'];
    for (const formula of formulas) {
      expect(toA1Formula(toStoredFormula(formula, inRow('svc-5')), inRow('svc-5'))).toBe(formula);
    }
  });

  it('translates a 50,000-row grid in linear time', () => {
    const many = Array.from({ length: 50_000 }, (_, index) => `r${index}`);
    const texts = many.map((rowId) => toA1Formula('={r0:total}+{.:total}', inRow(rowId, many)));
    expect(texts[49_999]).toBe('=F2+F50001');
  });
});

describe('shiftA1Formula', () => {
  it('moves relative parts and keeps $ parts, as Excel fills', () => {
    expect(shiftA1Formula('=A1+$A$1+A$1+$A1', 2, 3)).toBe('=D3+$A$1+D$1+$A3');
    expect(shiftA1Formula('=SUM(F$2:F20)', 5, 0)).toBe('=SUM(F$2:F25)');
    expect(shiftA1Formula('=SUM(F2:F20)', 0, -1)).toBe('=SUM(E2:E20)');
  });

  it('turns a part shifted off the sheet into #REF!', () => {
    expect(shiftA1Formula('=A2+1', -2, 0)).toBe('=#REF!+1');
    expect(shiftA1Formula('=B1', 0, -2)).toBe('=#REF!');
    expect(shiftA1Formula('=SUM(A1:A5)', -1, 0)).toBe('=SUM(#REF!)');
    expect(shiftA1Formula('=$A$1', -5, -5)).toBe('=$A$1');
    expect(shiftA1Formula('=XFD1', 0, 1)).toBe('=#REF!');
  });

  it('leaves strings, names and functions alone', () => {
    expect(shiftA1Formula('=IF(A1>0,"A1",LOG10(A1))', 1, 0)).toBe('=IF(A2>0,"A1",LOG10(A2))');
    expect(shiftA1Formula('42', 1, 1)).toBe('42');
  });
});

describe('column letters', () => {
  it('count A…Z, AA…ZZ, AAA… like Excel', () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLettersFromIndex)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'z', 'AA', 'ZZ', 'AAA', 'XFD'].map(columnIndexFromLetters)).toEqual([0, 25, 26, 701, 702, 16_383]);
  });
});
