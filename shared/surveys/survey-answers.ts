import type { z } from 'zod';
import { parseTypedNumber } from '../format/parse-number.ts';
import { maximumCount, type SurveySchema } from '../model/plan-schema.ts';
import type { RowProblem } from '../xlsx/row-problem.ts';
import type { TableCell } from '../xlsx/table-source.ts';

/*
 * Survey answers as they come from a questionnaire's spreadsheet, in one of two layouts:
 * - respondents: a row per respondent and a column per item (headed by the item's text), each
 *   cell the answer as a number 1..scaleMax or as the scale's words;
 * - counts: a summary with a row per item and a column per scale value (headed 1..4[5] or by the
 *   scale's words), each cell how many answered that value.
 * The layout, the scale and which columns are items are all decided from the table's content.
 */

export type ScaleMax = z.infer<typeof SurveySchema>['scaleMax'];
export type SurveyLayout = 'respondents' | 'counts';
/** counts[i] = answers with the value i + 1, as the plan's survey items hold them. */
export type SurveyItemAnswers = { text: string; counts: number[] };
export type SurveyAnswers = { items: SurveyItemAnswers[]; scaleMax: ScaleMax; layout: SurveyLayout; problems: RowProblem[] };

/**
 * One answer scale's words: words[i] are the spellings of the value i + 1, the first being how
 * Tamhil names it. Spellings are written as `answerWord` reduces them (no niqqud, masculine,
 * "מאוד" with a vav, straight quotes).
 */
export type ScaleWords = {
  id: string;
  scaleMax: ScaleMax;
  words: readonly (readonly string[])[];
  /**
   * Words read only when the table also uses one of this scale's words that no other scale
   * has: a bare "כן" or "לא" is as likely the answer to a yes-or-no question.
   */
  weak?: readonly string[];
};

/** The answer scales Tamhil reads, in the order that breaks a tie between two that fit equally. */
export const scaleWords: readonly ScaleWords[] = [
  {
    id: 'agreement-4',
    scaleMax: 4,
    words: [
      ['בכלל לא מסכים', 'לא מסכים בכלל', 'מאוד לא מסכים', 'מתנגד מאוד'],
      ['לא מסכים'],
      ['מסכים'],
      ['מסכים מאוד', 'מאוד מסכים', 'מסכים בהחלט', 'מסכים לגמרי'],
    ],
  },
  {
    // The client-satisfaction questionnaire of "הלקוח במרכז" (National Insurance Institute,
    // 2006): "4 = כן מסכים, 3 = בדרך כלל כן, 2 = בדרך כלל לא, 1 = לא מסכים"; its columns read
    // כן / בדרך כלל כן / בדרך כלל לא / לא, and its results tables abbreviate בד"כ.
    id: 'yes-usually-4',
    scaleMax: 4,
    words: [
      ['לא', 'לא מסכים'],
      ['בדרך כלל לא', 'בד"כ לא'],
      ['בדרך כלל כן', 'בד"כ כן'],
      ['כן', 'כן מסכים'],
    ],
    weak: ['כן', 'לא'],
  },
  {
    id: 'satisfaction-4',
    scaleMax: 4,
    words: [['בכלל לא מרוצה', 'מאוד לא מרוצה'], ['לא כל כך מרוצה', 'לא מרוצה'], ['מרוצה'], ['מרוצה מאוד', 'מאוד מרוצה']],
  },
  {
    id: 'extent-4',
    scaleMax: 4,
    words: [['בכלל לא', 'כלל לא'], ['במידה מועטה', 'במידה מעטה', 'במידה קטנה'], ['במידה רבה'], ['במידה רבה מאוד']],
  },
  { id: 'agreement-4-en', scaleMax: 4, words: [['strongly disagree'], ['disagree'], ['agree'], ['strongly agree']] },
  { id: 'satisfaction-4-en', scaleMax: 4, words: [['very dissatisfied'], ['dissatisfied', 'not satisfied'], ['satisfied'], ['very satisfied']] },
  {
    id: 'agreement-5',
    scaleMax: 5,
    words: [
      ['בכלל לא מסכים', 'לא מסכים בכלל', 'מאוד לא מסכים', 'מתנגד מאוד'],
      ['לא מסכים'],
      ['מסכים במידה בינונית', 'מסכים חלקית', 'ניטרלי', 'נייטרלי', 'לא בטוח', 'לא מסכים ולא מתנגד'],
      ['מסכים'],
      ['מסכים מאוד', 'מאוד מסכים', 'מסכים בהחלט', 'מסכים לגמרי'],
    ],
  },
  {
    id: 'satisfaction-5',
    scaleMax: 5,
    words: [['בכלל לא מרוצה', 'מאוד לא מרוצה'], ['לא מרוצה'], ['מרוצה במידה בינונית', 'מרוצה חלקית', 'בינוני'], ['מרוצה'], ['מרוצה מאוד', 'מאוד מרוצה']],
  },
  {
    id: 'extent-5',
    scaleMax: 5,
    words: [['בכלל לא', 'כלל לא', 'במידה מועטה מאוד'], ['במידה מועטה', 'במידה מעטה', 'במידה קטנה'], ['במידה בינונית'], ['במידה רבה'], ['במידה רבה מאוד']],
  },
  {
    id: 'agreement-5-en',
    scaleMax: 5,
    words: [['strongly disagree'], ['disagree'], ['neutral', 'neither agree nor disagree'], ['agree'], ['strongly agree']],
  },
  {
    id: 'satisfaction-5-en',
    scaleMax: 5,
    words: [['very dissatisfied'], ['dissatisfied', 'not satisfied'], ['neutral', 'neither satisfied nor dissatisfied'], ['satisfied'], ['very satisfied']],
  },
];

/** Cells that say the respondent did not answer: left out of the counts, and no problem. */
const noAnswerWords = new Set([
  'א"ת', 'אין תשובה', 'ללא תשובה', 'לא ענה', 'לא ענתה', 'לא רלוונטי', 'לא יודע', 'לא יודעת', 'n/a', 'na', 'no answer', "don't know", 'dk',
]);

/** A row whose first cell says it sums or averages the rows above is not a respondent or an item. */
const summaryLabel = /^(סה"כ|סך הכל|סך הכול|ממוצע|total|average|mean|sum)(\s|:|$)/;

/** Headers that name what a column is about the respondent rather than an item. */
const respondentHeaders = new Set([
  'מזהה', 'מזהה משיב', "מס'", 'מס', 'מס"ד', 'מספר', 'מספר משיב', 'מספר שאלון', 'מספר נבדק', "מס' משיב", "מס' שאלון", 'מס משיב', 'מס שאלון', 'משיב', 'שאלון', 'ת"ז',
  'id', '#', 'no', 'respondent', 'respondent id', 'קבוצה', 'group', 'קבוצת גיל', 'age group', 'מרכז', 'לשכה', 'שכונה',
]);

/**
 * A cell's text as the scales' words are written: without niqqud, the masculine form of a
 * gendered word ("מסכים/ה", "מסכימה"), "מאד" as "מאוד", Hebrew quote marks as straight ones,
 * single spaces, no closing full stop. A dash alone reduces to nothing: no answer.
 */
export function answerWord(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u0591-\u05bd\u05bf-\u05c7]/g, '')
    .replace(/[\u05be_–—-]/g, ' ')
    .replace(/[״“”„]/g, '"')
    .replace(/[׳‘’`]/g, "'")
    .replace(/\s*\/\s*(?:ה|ת|ית|תה)(?=\s|$)/g, '')
    .replace(/\s*\((?:ה|ת|ית)\)/g, '')
    .replace(/[.,!;:]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/מסכימה|מסכימות|מסכימים/g, 'מסכים')
    .replace(/מתנגדת/g, 'מתנגד')
    .replace(/נייטרלית/g, 'נייטרלי')
    .replace(/ניטרלית/g, 'ניטרלי')
    .replace(/בטוחה/g, 'בטוח')
    .replace(/(^|\s)מאד(?=\s|$)/g, '$1מאוד');
}

/**
 * answerWord and cellNumber of a cell, remembered: a table of thousands of answers holds a few
 * distinct spellings, each read several times. Forgotten past a bound, so free text cannot grow them.
 */
const readWords = new Map<string, string>();
const readNumbers = new Map<string, number | null>();
function wordOf(text: string): string {
  let word = readWords.get(text);
  if (word === undefined) {
    if (readWords.size >= 10_000) readWords.clear();
    word = answerWord(text);
    readWords.set(text, word);
  }
  return word;
}

type Rows = readonly (readonly TableCell[])[];

const isBlank = (cell: TableCell | undefined) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
const cellText = (cell: TableCell | undefined) => (cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim());

/** The number a cell holds: a number, typed text ("3 "), or a number before a label ("4 = כן מסכים", "4 (כן)"). */
function cellNumber(cell: TableCell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  let number = readNumbers.get(cell);
  if (number === undefined) {
    const labelled = /^\s*(\d+)\s*[-–=.):(]\s*[^\d\s]/.exec(cell);
    number = parseTypedNumber(cell) ?? (labelled ? Number(labelled[1]) : null);
    if (readNumbers.size >= 10_000) readNumbers.clear();
    readNumbers.set(cell, number);
  }
  return number;
}

/** Excel's name of a column (A, B, …, AA), for a column without a header. */
function columnLetter(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

const isSummaryRow = (row: readonly TableCell[]) => {
  const first = row.find((cell) => !isBlank(cell));
  return typeof first === 'string' && summaryLabel.test(wordOf(first));
};

/** Is this cell "no answer": blank, a dash, or one of the no-answer words? */
function isNoAnswer(cell: TableCell | undefined): boolean {
  if (isBlank(cell)) return true;
  if (typeof cell !== 'string') return false;
  const word = wordOf(cell);
  return word === '' || noAnswerWords.has(word);
}

// ---- Which scales a table's words belong to ----

const allWordsOf = (scale: ScaleWords) => scale.words.flat();
/** Words known to this scale and to no scale with other words: seeing one shows the table uses it. */
const distinctiveWords = new Map(
  scaleWords.map((scale) => [
    scale.id,
    new Set(allWordsOf(scale).filter((word) => !scale.weak?.includes(word) && scaleWords.every((other) => other === scale || !allWordsOf(other).includes(word)))),
  ]),
);
const fourPointWords = new Set(scaleWords.filter((scale) => scale.scaleMax === 4).flatMap(allWordsOf));

type ScaleUse = { scale: ScaleWords; known: Set<string> };

/** The scales whose words the table uses, each with the table's words it reads, most words first. */
function scalesInUse(words: ReadonlySet<string>): ScaleUse[] {
  const uses: ScaleUse[] = [];
  for (const scale of scaleWords) {
    const distinctive = distinctiveWords.get(scale.id)!;
    const weakRead = [...words].some((word) => distinctive.has(word));
    const known = new Set(allWordsOf(scale).filter((word) => words.has(word) && (weakRead || !scale.weak?.includes(word))));
    if ([...known].some((word) => !scale.weak?.includes(word))) uses.push({ scale, known });
  }
  // A stable sort: the scale that reads more of the table's words decides a word two scales
  // read differently ("לא מסכים" is 1 beside "בדרך כלל לא" and 2 beside "בכלל לא מסכים").
  return uses.sort((a, b) => b.known.size - a.known.size);
}

/** Each word the table uses, with its value on a scale of scaleMax points. */
function wordValues(uses: readonly ScaleUse[], scaleMax: ScaleMax): Map<string, number> {
  const values = new Map<string, number>();
  for (const { scale, known } of uses) {
    if (scale.scaleMax !== scaleMax) continue;
    scale.words.forEach((spellings, index) => {
      for (const word of spellings) if (known.has(word) && !values.has(word)) values.set(word, index + 1);
    });
  }
  return values;
}

/** What a respondent may answer, for a problem's message: 1..scaleMax, with the words when the table uses words. */
function allowedAnswers(uses: readonly ScaleUse[], scaleMax: ScaleMax, withWords: boolean): string[] {
  const named = withWords ? uses.find(({ scale }) => scale.scaleMax === scaleMax)?.scale : undefined;
  return Array.from({ length: scaleMax }, (_, index) => (named ? `${index + 1} (${named.words[index]![0]})` : String(index + 1)));
}

// ---- Respondents: a row per respondent, a column per item ----

type Reading = { kind: 'none' } | { kind: 'answer'; value: number } | { kind: 'other' };

function readAnswer(cell: TableCell | undefined, scaleMax: number, values: ReadonlyMap<string, number>): Reading {
  if (isNoAnswer(cell)) return { kind: 'none' };
  const number = cellNumber(cell);
  if (number !== null) return Number.isInteger(number) && number >= 1 && number <= scaleMax ? { kind: 'answer', value: number } : { kind: 'other' };
  const value = typeof cell === 'string' ? values.get(wordOf(cell)) : undefined;
  return value === undefined ? { kind: 'other' } : { kind: 'answer', value };
}

/** A column is read as an item when at least half of what it holds is an answer. */
function holdsAnswers(cells: readonly (TableCell | undefined)[], scaleMax: number, values: ReadonlyMap<string, number>): boolean {
  let answers = 0;
  let others = 0;
  for (const cell of cells) {
    const reading = readAnswer(cell, scaleMax, values);
    if (reading.kind === 'answer') answers++;
    else if (reading.kind === 'other') others++;
  }
  return answers > 0 && answers >= others;
}

/**
 * Respondents' ids: every cell a different whole number, and more of them than a scale has
 * values — answers that many would repeat a value.
 */
function looksLikeIds(cells: readonly (TableCell | undefined)[]): boolean {
  const filled = cells.filter((cell) => !isBlank(cell));
  const numbers = filled.map(cellNumber);
  return filled.length > 5 && numbers.every((number) => number !== null && Number.isInteger(number)) && new Set(numbers).size === numbers.length;
}

const allScaleWords = new Map(scaleWords.flatMap(allWordsOf).map((word) => [word, 1]));

/**
 * The header of a respondents table: the first of the top rows nearly as full as the fullest of
 * them (a title above has one cell) whose cells are mostly not answers (as a respondent's are).
 */
function respondentsHeaderRow(rows: Rows): number | null {
  const top = rows.slice(0, 20);
  const filled = (row: readonly TableCell[]) => row.filter((cell) => !isBlank(cell)).length;
  const fullest = Math.max(0, ...top.map(filled));
  const index = top.findIndex((row) => {
    const cells = row.filter((cell) => !isBlank(cell));
    if (cells.length === 0 || cells.length < 0.6 * fullest) return false;
    const answers = cells.filter((cell) => readAnswer(cell, 5, allScaleWords).kind === 'answer').length;
    return answers < cells.length / 2;
  });
  return index < 0 ? null : index;
}

function readRespondents(sheet: { name: string; rows: Rows }, headerRow: number, scaleOption: ScaleMax | undefined): SurveyAnswers {
  const { rows } = sheet;
  const headers = rows[headerRow] ?? [];
  const dataRows: number[] = [];
  for (let index = headerRow + 1; index < rows.length; index++) {
    const row = rows[index] ?? [];
    if (row.some((cell) => !isBlank(cell)) && !isSummaryRow(row)) dataRows.push(index);
  }
  const width = dataRows.reduce((widest, index) => Math.max(widest, rows[index]!.length), headers.length);
  const columnCells = (column: number) => dataRows.map((index) => rows[index]![column]);

  // Columns about the respondent (an id, a group) are known by their header or, for ids, by their content.
  const candidates: number[] = [];
  for (let column = 0; column < width; column++) {
    if (respondentHeaders.has(wordOf(cellText(headers[column])))) continue;
    if (looksLikeIds(columnCells(column))) continue;
    candidates.push(column);
  }
  const words = new Set<string>();
  for (const column of candidates) {
    for (const cell of columnCells(column)) if (typeof cell === 'string' && cellNumber(cell) === null && !isNoAnswer(cell)) words.add(wordOf(cell));
  }
  const uses = scalesInUse(words);

  // Items are the columns that hold answers on any scale; a date, an age or a free-text column
  // holds none and is left aside without a word.
  const anyScale = new Map([...uses.flatMap(({ known }) => [...known])].map((word) => [word, 1]));
  const itemColumns = candidates.filter((column) => holdsAnswers(columnCells(column), 5, anyScale));

  // The scale: as asked, else 5 points when an item has a 5 or a word only five-point scales have.
  const scaleMax: ScaleMax =
    scaleOption ??
    (itemColumns.some((column) =>
      columnCells(column).some((cell) => {
        if (cellNumber(cell) === 5) return true;
        if (typeof cell !== 'string') return false;
        const word = wordOf(cell);
        return !fourPointWords.has(word) && uses.some(({ scale, known }) => scale.scaleMax === 5 && known.has(word));
      }),
    )
      ? 5
      : 4);
  const values = wordValues(uses, scaleMax);
  const usesWords = itemColumns.some((column) => columnCells(column).some((cell) => typeof cell === 'string' && values.has(wordOf(cell))));
  const allowed = allowedAnswers(uses, scaleMax, usesWords);

  const items = itemColumns.map((column) => ({
    text: (cellText(headers[column]) || columnLetter(column)).slice(0, 500),
    counts: Array.from({ length: scaleMax }, () => 0),
  }));
  const problems: RowProblem[] = [];
  for (const index of dataRows) {
    itemColumns.forEach((column, itemIndex) => {
      const cell = rows[index]![column];
      const reading = readAnswer(cell, scaleMax, values);
      if (reading.kind === 'answer') items[itemIndex]!.counts[reading.value - 1]!++;
      else if (reading.kind === 'other') {
        problems.push({
          sheet: sheet.name,
          row: index + 1,
          column: cellText(headers[column]) || columnLetter(column),
          reason: { code: 'unknown-option', text: cellText(cell), allowed },
          outcome: 'cell-ignored',
        });
      }
    });
  }
  return { items, scaleMax, layout: 'respondents', problems };
}

// ---- Counts: a row per item, a column per scale value ----

type ScaleHeader = { columns: Map<number, number>; scale: ScaleWords | null };

/**
 * A row heading the columns of a counts table: cells naming each value from 1 to 4 (or 5), as
 * numbers or as one scale's words. Other cells (the item, a mean, "no answer", a code 9) are
 * not values. When two groups sit side by side, the first column of each value is read.
 */
function scaleHeader(row: readonly TableCell[]): ScaleHeader | null {
  const words = new Set(row.filter((cell): cell is string => typeof cell === 'string' && cellNumber(cell) === null).map(answerWord));
  const uses = scalesInUse(words);
  let best: ScaleHeader | null = null;
  for (const use of [null, ...uses]) {
    const columns = new Map<number, number>();
    row.forEach((cell, column) => {
      const number = cellNumber(cell);
      let value: number | undefined;
      if (number !== null) value = Number.isInteger(number) && number >= 1 && number <= 5 ? number : undefined;
      else if (use && typeof cell === 'string') {
        const word = wordOf(cell);
        if (use.known.has(word)) value = use.scale.words.findIndex((spellings) => spellings.includes(word)) + 1;
      }
      if (value !== undefined && !columns.has(value)) columns.set(value, column);
    });
    const complete = [1, 2, 3, 4].every((value) => columns.has(value));
    if (complete && (!best || columns.size > best.columns.size)) best = { columns, scale: use?.scale ?? null };
  }
  return best;
}

/** The column of the items' texts: the one, outside the value columns, with the most text. */
function itemTextColumn(rows: Rows, firstRow: number, valueColumns: ReadonlySet<number>): number | null {
  const texts = new Map<number, number>();
  for (let index = firstRow; index < rows.length; index++) {
    (rows[index] ?? []).forEach((cell, column) => {
      if (valueColumns.has(column) || typeof cell !== 'string' || cell.trim() === '' || cellNumber(cell) !== null) return;
      texts.set(column, (texts.get(column) ?? 0) + 1);
    });
  }
  let best: number | null = null;
  for (const [column, count] of texts) if (best === null || count > texts.get(best)!) best = column;
  return best;
}

type CountsTable = { headerRow: number; firstRow: number; header: ScaleHeader; textColumn: number };

/** A counts table's header, searched above where a respondents table's header would be. */
function countsTable(rows: Rows, searchTo: number): CountsTable | null {
  for (let index = 0; index <= Math.min(searchTo, 19) && index < rows.length; index++) {
    const header = scaleHeader(rows[index] ?? []);
    if (!header) continue;
    // A row of the values' codes under their words (1 under "לא", …, 4 under "כן") is part of the header.
    const isCodeRow = (row: readonly TableCell[]) => [...header.columns].every(([value, column]) => cellNumber(row[column]) === value);
    let firstRow = index + 1;
    while (firstRow < rows.length && isCodeRow(rows[firstRow] ?? [])) firstRow++;
    const textColumn = itemTextColumn(rows, firstRow, new Set(header.columns.values()));
    if (textColumn !== null) return { headerRow: index, firstRow, header, textColumn };
  }
  return null;
}

function readCounts(sheet: { name: string; rows: Rows }, table: CountsTable, scaleOption: ScaleMax | undefined): SurveyAnswers {
  const { rows } = sheet;
  const headers = rows[table.headerRow] ?? [];
  const scaleMax: ScaleMax = scaleOption ?? (table.header.columns.has(5) ? 5 : 4);
  const allowed = Array.from({ length: scaleMax }, (_, index) => String(index + 1));
  const items: SurveyItemAnswers[] = [];
  const problems: RowProblem[] = [];
  const valueColumns = [...table.header.columns].sort(([a], [b]) => a - b);
  for (let index = table.firstRow; index < rows.length; index++) {
    const row = rows[index] ?? [];
    const text = cellText(row[table.textColumn]);
    // A row without an item's text, a total, or a section's title above its items holds no item.
    if (text === '' || isSummaryRow([text]) || valueColumns.every(([, column]) => isBlank(row[column]))) continue;
    const counts = Array.from({ length: scaleMax }, () => 0);
    const rowProblems: RowProblem[] = [];
    for (const [value, column] of valueColumns) {
      const cell = row[column];
      if (isBlank(cell)) continue;
      const number = typeof cell === 'string' && cell.includes('%') ? null : cellNumber(cell);
      const where = { sheet: sheet.name, row: index + 1, column: cellText(headers[column]) || columnLetter(column) };
      if (number === null || number < 0 || number > maximumCount) {
        rowProblems.push({ ...where, reason: { code: 'not-a-number', text: cellText(cell) }, outcome: 'row-skipped' });
      } else if (value > scaleMax) {
        if (number > 0) problems.push({ ...where, reason: { code: 'unknown-option', text: cellText(headers[column]), allowed }, outcome: 'cell-ignored' });
      } else counts[value - 1] = number;
    }
    // A count that cannot be read would tilt the item's average, so the item is left out whole.
    if (rowProblems.length > 0) problems.push(...rowProblems);
    else items.push({ text: text.slice(0, 500), counts });
  }
  return { items, scaleMax, layout: 'counts', problems };
}

/**
 * A survey's items read from one sheet, in either layout. scaleMax, when given, overrides the
 * scale the table suggests. An answer that is outside the scale or unreadable is listed in
 * problems and not counted; the respondent's other answers still are.
 */
export function readSurveyAnswers(sheet: { name: string; rows: Rows }, options: { scaleMax?: ScaleMax } = {}): SurveyAnswers {
  const headerRow = respondentsHeaderRow(sheet.rows);
  const counts = countsTable(sheet.rows, headerRow ?? sheet.rows.length);
  if (counts) return readCounts(sheet, counts, options.scaleMax);
  return readRespondents(sheet, headerRow ?? 0, options.scaleMax);
}
