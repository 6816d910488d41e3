import { describe, expect, it } from 'vitest';
import { answerWord, readSurveyAnswers } from '@shared/surveys/survey-answers.ts';
import { readTableSource } from '@shared/xlsx/table-source.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import { SurveySchema } from '@shared/model/plan-schema.ts';

/** Hebrew letters in windows-1255: א is 0xE0 … ת is 0xFA; the rest here is ASCII. */
function windows1255(text: string): Uint8Array {
  return Uint8Array.from([...text].map((character) => {
    const code = character.codePointAt(0)!;
    if (code >= 0x05d0 && code <= 0x05ea) return 0xe0 + (code - 0x05d0);
    if (code < 0x80) return code;
    throw new Error(`no windows-1255 byte for ${character}`);
  }));
}

const seedScale = ['1 (לא)', '2 (בדרך כלל לא)', '3 (בדרך כלל כן)', '4 (כן)'];

describe('reading a row per respondent', () => {
  it('reads a windows-1255 CSV in the words of the "הלקוח במרכז" questionnaire, leaving aside the id and age columns', async () => {
    // The questionnaire's scale: 4 = כן, 3 = בדרך כלל כן, 2 = בדרך כלל לא, 1 = לא.
    const csv = [
      'סקר שביעות רצון קיץ 2024',
      'קוד,גיל,העובדת מתייחסת אלי בכבוד,השירות הוא בדרך כלל זמין ומהיר,אם צריך אפשר לפגוש את מנהלת הלשכה',
      '1,67,כן,בדרך כלל כן,לא',
      '2,72,כן,כן,',
      '3,80,בדרך כלל כן,בדרך כלל לא,לא',
      '4,75,כן,7,בדרך כלל לא',
      '5,69,לא,בדרך כלל כן,כן',
      '6,88,כן,כן,לא',
      '7,71,בדרך כלל כן,לא,"א""ת"',
    ].join('\r\n');
    const source = await readTableSource(windows1255(csv), 'סקר.csv');
    if (!source.ok) throw new Error(JSON.stringify(source.failure));
    const sheet = source.sheets[0]!;
    const read = readSurveyAnswers(sheet);
    expect(read.layout).toBe('respondents');
    expect(read.scaleMax).toBe(4);
    // "קוד" holds 1..7, each once: more different numbers than a scale has, so ids, not answers.
    // "גיל" holds 67..88, none an answer. Neither is an item, and neither is reported.
    expect(read.items).toEqual([
      // כן, כן, בד"כ כן, כן, לא, כן, בד"כ כן → 1 × 1, 2 × 3, 4 × 4.
      { text: 'העובדת מתייחסת אלי בכבוד', counts: [1, 0, 2, 4] },
      // בד"כ כן, כן, בד"כ לא, (7), בד"כ כן, כן, לא → 1 × 1, 1 × 2, 2 × 3, 2 × 4; the 7 is not counted.
      { text: 'השירות הוא בדרך כלל זמין ומהיר', counts: [1, 1, 2, 2] },
      // לא, (blank), לא, בד"כ לא, כן, לא, (א"ת) → 3 × 1, 1 × 2, 1 × 4; blank and א"ת are no answer.
      { text: 'אם צריך אפשר לפגוש את מנהלת הלשכה', counts: [3, 1, 0, 1] },
    ]);
    // Respondent 4 is on the sheet's row 6 (a title, a header, then respondents 1–3).
    expect(read.problems).toEqual([
      { sheet: 'סקר', row: 6, column: 'השירות הוא בדרך כלל זמין ומהיר', reason: { code: 'unknown-option', text: '7', allowed: seedScale }, outcome: 'cell-ignored' },
    ]);
    expect(rowProblemMessage(read.problems[0]!, 'he')).toContain('שורה 6');
    expect(rowProblemMessage(read.problems[0]!, 'en')).toContain('is not one of the allowed values (1 (לא), 2 (בדרך כלל לא), 3 (בדרך כלל כן), 4 (כן))');
    // What was read is what a plan's survey holds.
    const survey = { id: 'survey-1', name: 'שביעות רצון', date: '2024-08-31', scaleMax: read.scaleMax, items: read.items.map((item, index) => ({ id: `item-${index + 1}`, ...item })) };
    expect(SurveySchema.safeParse(survey).success).toBe(true);
  });

  it('reads the common agreement words, gendered or not, where "לא מסכים" is 2 of 4', () => {
    const rows = [
      ["מס' משיב", 'תאריך', 'בעזרת העובדת אני מרגיש פחות לבד בחברה', 'השתתפתי בפעילות קבוצתית'],
      [1, '2024-08-12', 'מסכים מאוד', 'כן'],
      [2, '2024-08-12', 'לא מסכים', 'לא'],
      [3, '2024-08-13', 'מסכימה', 'כן'],
      [4, '2024-08-13', 'בכלל לא מסכים/ה', 'לא'],
      [5, '2024-08-14', 'מסכים מאד', 'כן'],
      ['ממוצע', null, 2.8, null],
    ];
    const read = readSurveyAnswers({ name: 'תשובות', rows });
    // The id column is known by its header, the date by content; the yes-or-no question's bare
    // כן / לא are not read as a scale when nothing else in the table uses the כן…לא scale; the
    // average row at the bottom is not a respondent.
    expect(read).toEqual({
      layout: 'respondents',
      scaleMax: 4,
      // 4, 2, 3, 1, 4 → one each of 1..3 and two 4s.
      items: [{ text: 'בעזרת העובדת אני מרגיש פחות לבד בחברה', counts: [1, 1, 1, 2] }],
      problems: [],
    });
  });

  it('reads "לא מסכים" as 1 where the table answers in the questionnaire\'s own scale', () => {
    const rows = [
      ['אני שותף בהגדרת בעיות'],
      ['כן מסכים'],
      ['בדרך כלל כן'],
      ['לא מסכים'],
      ['בד"כ לא'],
    ];
    expect(readSurveyAnswers({ name: 'ש', rows }).items).toEqual([{ text: 'אני שותף בהגדרת בעיות', counts: [1, 1, 1, 1] }]);
  });

  it('infers a 5-point scale from a 5 among the answers and reports a 6', () => {
    const rows = [
      ['respondent', 'The centre is easy to reach', 'Staff treat me with respect', 'Comments'],
      ['r1', 5, '4', 'very kind staff'],
      ['r2', 4, 4, ''],
      ['r3', 3, '3 ', 'the bus is rare'],
      ['r4', 2, '4 (agree)', null],
      ['r5', 1, 6, 'no'],
    ];
    const read = readSurveyAnswers({ name: 'Survey', rows });
    expect(read.scaleMax).toBe(5);
    expect(read.items).toEqual([
      { text: 'The centre is easy to reach', counts: [1, 1, 1, 1, 1] },
      // 4, 4, 3, 4 and a 6 that is not on the scale.
      { text: 'Staff treat me with respect', counts: [0, 0, 1, 3, 0] },
    ]);
    expect(read.problems).toEqual([
      { sheet: 'Survey', row: 6, column: 'Staff treat me with respect', reason: { code: 'unknown-option', text: '6', allowed: ['1', '2', '3', '4', '5'] }, outcome: 'cell-ignored' },
    ]);
  });

  it('infers a 5-point scale from a middle word only 5-point scales have', () => {
    const rows = [
      ['המרכז נגיש לי', 'קבוצה'],
      ['מסכים מאוד', 'א'],
      ['מסכים', 'ב'],
      ['ניטרלי', 'א'],
      ['לא מסכים', 'ב'],
      ['בכלל לא מסכים', 'א'],
      ['מסכים לגמרי', 'ב'],
    ];
    const read = readSurveyAnswers({ name: 'ש', rows });
    expect(read.scaleMax).toBe(5);
    // 5, 4, 3, 2, 1, 5.
    expect(read.items).toEqual([{ text: 'המרכז נגיש לי', counts: [1, 1, 1, 1, 2] }]);
    expect(read.problems).toEqual([]);
  });

  it('keeps to the scale it is given and reports the answers outside it and the words it cannot read', () => {
    const rows = [
      ['השירות זמין ומהיר'],
      [1], [2], [3], [4], [5], ['אולי'], [3.5],
    ];
    const read = readSurveyAnswers({ name: 'ש', rows }, { scaleMax: 4 });
    expect(read.scaleMax).toBe(4);
    expect(read.items).toEqual([{ text: 'השירות זמין ומהיר', counts: [1, 1, 1, 1] }]);
    expect(read.problems.map((problem) => [problem.row, problem.reason])).toEqual([
      [6, { code: 'unknown-option', text: '5', allowed: ['1', '2', '3', '4'] }],
      [7, { code: 'unknown-option', text: 'אולי', allowed: ['1', '2', '3', '4'] }],
      [8, { code: 'unknown-option', text: '3.5', allowed: ['1', '2', '3', '4'] }],
    ]);
  });
});

describe('reading a summary with a column per value', () => {
  it('reads counts under the questionnaire\'s abbreviated words, as its results table has them', () => {
    // Figures of table 6 in the "הלקוח במרכז" report (all 80 questionnaires), in the order a
    // spreadsheet would hold them; "א\"ת" (no answer) and the average are not scale values.
    const rows = [
      ['לוח 6: מידת שביעות הרצון'],
      ['שאלה (N=80)', 'כן', 'בד"כ כן', 'בד"כ לא', 'לא', 'א"ת', 'ציון ממוצע'],
      [null, 4, 3, 2, 1, 9, null],
      ['השומר מתייחס אלי בכבוד', 70, 8, 0, 1, 1, 3.9],
      ['שביעות רצון'],
      ['מנהלת הלשכה מבינה את הבעיות ומנסה לעזור', 28, 7, 6, 20, 19, 2.7],
      ['השירות הוא בדרך כלל זמין ומהיר', 41, '17?', 8, 9, 5, 3.2],
      ['אם צריך, אפשר לפגוש את מנהלת הלשכה', '29', '6', '7', '22', '16', '2.7'],
    ];
    const read = readSurveyAnswers({ name: 'לוח 6', rows });
    expect(read.layout).toBe('counts');
    expect(read.scaleMax).toBe(4);
    // counts run from 1 (לא) to 4 (כן). The guard: 1 + 0 + 3 × 8 + 4 × 70 = 305 over 79 = 3.86,
    // the report's 3.9; the manager: 20 + 2 × 6 + 3 × 7 + 4 × 28 = 165 over 61 = 2.70, its 2.7.
    expect(read.items).toEqual([
      { text: 'השומר מתייחס אלי בכבוד', counts: [1, 0, 8, 70] },
      { text: 'מנהלת הלשכה מבינה את הבעיות ומנסה לעזור', counts: [20, 6, 7, 28] },
      { text: 'אם צריך, אפשר לפגוש את מנהלת הלשכה', counts: [22, 7, 6, 29] },
    ]);
    // A count that cannot be read leaves its item out rather than tilting its average.
    expect(read.problems).toEqual([
      { sheet: 'לוח 6', row: 7, column: 'בד"כ כן', reason: { code: 'not-a-number', text: '17?' }, outcome: 'row-skipped' },
    ]);
  });

  it('reads a 1–5 summary headed by numbers, and a 1–4 one headed by agreement words', () => {
    const fivePoint = readSurveyAnswers({
      name: 'Summary',
      rows: [
        ['Item', '1', '2', '3', '4', '5', 'N'],
        ['I know where to turn for help', 3, 5, 10, 12, 6, 36],
        ['Total', 3, 5, 10, 12, 6, 36],
      ],
    });
    expect(fivePoint).toEqual({ layout: 'counts', scaleMax: 5, items: [{ text: 'I know where to turn for help', counts: [3, 5, 10, 12, 6] }], problems: [] });

    const fourPoint = readSurveyAnswers({
      name: 'סיכום',
      rows: [
        ['היגד', 'מסכים מאוד', 'מסכים', 'לא מסכים', 'בכלל לא מסכים'],
        ['אני מרגיש בודד', 4, 9, 20, 15],
        ['אני יודע את זכויותיי', 10, null, 5, 2],
      ],
    });
    // Headed by words, "לא מסכים" is the column of 2s; an empty count is none.
    expect(fourPoint).toEqual({
      layout: 'counts',
      scaleMax: 4,
      items: [
        { text: 'אני מרגיש בודד', counts: [15, 20, 9, 4] },
        { text: 'אני יודע את זכויותיי', counts: [2, 5, 0, 10] },
      ],
      problems: [],
    });
  });

  it('reports counts in a column past the scale it is given', () => {
    const read = readSurveyAnswers({ name: 'ש', rows: [['היגד', 1, 2, 3, 4, 5], ['א', 1, 1, 1, 1, 0], ['ב', 1, 1, 1, 1, 2]] }, { scaleMax: 4 });
    expect(read.items).toEqual([{ text: 'א', counts: [1, 1, 1, 1] }, { text: 'ב', counts: [1, 1, 1, 1] }]);
    expect(read.problems).toEqual([{ sheet: 'ש', row: 3, column: '5', reason: { code: 'unknown-option', text: '5', allowed: ['1', '2', '3', '4'] }, outcome: 'cell-ignored' }]);
  });
});

describe('answer words', () => {
  it.each([
    ['מסכים/ה', 'מסכים'],
    ['  מסכימה מאד. ', 'מסכים מאוד'],
    ['בד״כ כן', 'בד"כ כן'],
    ['לא־מסכים', 'לא מסכים'],
    ['-', ''],
    ['Strongly  Agree', 'strongly agree'],
  ])('%s reads as %s', (text, word) => expect(answerWord(text)).toBe(word));
});
