import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { addAnswerLink, setAnswerText } from '@shared/commands/answer-commands.ts';
import { addOwnItem } from '@shared/commands/plan-commands.ts';
import { allStations, stationById } from '@shared/stations/all-stations.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';

const station = 'current-state';
const firstQuestion = stationById(station).questions[0]!;
const need = { id: 'need-1', source: 'focus-group', group: 'ותיקים הגרים לבד', date: null, finding: 'בדידות בשעות הערב', strength: 4, breadth: 3 } as const;

function answeredPlan() {
  const written = setAnswerText(buildPlan({ needs: [need] }), {
    station,
    questionId: firstQuestion.id,
    text: '=HYPERLINK("http://example.com")\n- ותיקים הגרים לבד',
    by: 'דנה לוי',
    at: '2027-01-10T09:30:00.000Z',
  });
  const linked = addAnswerLink(written, { station, questionId: firstQuestion.id, link: { kind: 'need', id: 'need-1' }, by: 'דנה לוי', at: '2027-01-10T09:30:00.000Z' });
  return addOwnItem(linked, { station: 'service-mix', category: 'questions', id: 'own-q', text: 'מי יפעיל את המועדון?' });
}

async function answersSheet(language: 'he' | 'en') {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportPlanWorkbook(answeredPlan(), { language })) as unknown as ArrayBuffer);
  return workbook.getWorksheet(language === 'he' ? 'שאלות מנחות' : 'Guiding questions')!;
}

describe('the guiding questions sheet of the workbook', () => {
  it('lists every station’s questions with the answer, who wrote it, when, and the items it rests on by name', async () => {
    const sheet = await answersSheet('he');
    expect(sheet.getRow(2).values).toEqual([undefined, 'תחנה', 'שאלה מנחה', 'תשובת הצוות', 'נכתבה בידי', 'מועד הכתיבה', 'נשענת על']);
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('1. הערכת המצב המצוי');
    expect(row.getCell(2).value).toBe(firstQuestion.text.he);
    expect(row.getCell(4).value).toBe('דנה לוי');
    expect(row.getCell(5).value).toEqual(new Date('2027-01-10T00:00:00.000Z'));
    expect(row.getCell(6).value).toBe('צורך: בדידות בשעות הערב');
    const questionCount = allStations.reduce((sum, each) => sum + each.questions.length, 0);
    expect(sheet.rowCount).toBe(2 + questionCount + 1);
    const own = sheet.getColumn(2).values.find((value) => typeof value === 'string' && value.startsWith('מי יפעיל'));
    expect(own).toBe('מי יפעיל את המועדון? (שאלה של הצוות)');
  });

  it('keeps an answer that starts like a formula as text', async () => {
    const cell = (await answersSheet('en')).getRow(3).getCell(3);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://example.com")\n- ותיקים הגרים לבד');
  });
});
