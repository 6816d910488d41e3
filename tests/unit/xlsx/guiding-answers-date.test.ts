import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { setAnswerText } from '@shared/commands/answer-commands.ts';
import { stationById } from '@shared/stations/all-stations.ts';
import { cellFormats } from '@shared/xlsx/cell-formats.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { buildPlan } from '../../helpers/plan-builders.ts';

const station = 'current-state';
const question = stationById(station).questions[0]!;

async function answerDateCell(at: string) {
  const plan = setAnswerText(buildPlan(), { station, questionId: question.id, text: 'בדידות בשעות הערב', by: 'דנה לוי', at });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await exportPlanWorkbook(plan, { language: 'he' })) as unknown as ArrayBuffer);
  return workbook.getWorksheet('שאלות מנחות')!.getRow(3).getCell(5);
}

describe('the date of an answer in the workbook', () => {
  it('is the team’s day in Israel: an answer at 23:30 UTC is dated the next day', async () => {
    const cell = await answerDateCell('2027-01-10T23:30:00.000Z');
    expect(cell.value).toEqual(new Date('2027-01-11T00:00:00.000Z'));
    expect(cell.numFmt).toBe(cellFormats.date);
  });

  it('counts summer time: 21:30 UTC in July is already the next day in Israel, 20:30 is not', async () => {
    expect((await answerDateCell('2027-07-10T21:30:00.000Z')).value).toEqual(new Date('2027-07-11T00:00:00.000Z'));
    expect((await answerDateCell('2027-07-10T20:30:00.000Z')).value).toEqual(new Date('2027-07-10T00:00:00.000Z'));
  });

  it('leaves the date empty when the time cannot be read', async () => {
    expect((await answerDateCell('not a time')).value).toBeNull();
  });
});
