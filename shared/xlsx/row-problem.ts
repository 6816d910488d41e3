import type { Language } from '../model/localized-text.ts';
import type { FormulaRefusal } from './portable-formula.ts';
import { describeIssue, type FieldProblem } from '../model/read-plan.ts';
import { fieldProblemText } from '../model/open-error-message.ts';
import { translate } from '../i18n/translate.ts';
import type { LabelKey } from '../i18n/message.ts';

/** Why one cell or row of a sheet could not be taken in; the rest of the sheet still is. */
export type RowProblem = {
  sheet: string;
  /** The sheet's row number as Excel shows it. */
  row: number;
  /** The column's header, or null when the whole row is meant. */
  column: string | null;
  reason:
    | { code: 'not-a-number'; text: string }
    | { code: 'not-a-date'; text: string }
    | { code: 'unknown-option'; text: string; allowed: string[] }
    | { code: 'duplicate-id'; id: string }
    | { code: 'unknown-outcome'; id: string }
    | { code: 'empty' }
    | { code: 'repeated-year'; year: number }
    | { code: 'invalid'; detail: string }
    /** A value the plan cannot hold: `field` is the plan's own name for it, for when no column names it. */
    | { code: 'not-valid'; field: string; problem: FieldProblem; expected: string }
    | { code: 'formula-not-read'; formula: string; why: FormulaRefusal | 'total' }
    | { code: 'too-many-rows'; limit: number };
  /** What Tamhil did instead: kept the previous value, or left the row out. */
  outcome: 'kept-previous' | 'row-skipped' | 'cell-ignored';
};

/** The reason for a value zod refused. */
export function notValid(issue: { path: readonly PropertyKey[] } & Parameters<typeof describeIssue>[0], input: unknown, showField: boolean): RowProblem['reason'] {
  return { code: 'not-valid', field: showField ? issue.path.map(String).join('.') : '', ...describeIssue(issue, input) };
}

/** Formulas, ids and typed text keep their own direction inside a Hebrew sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;
const quote = (text: string) => `"${isolate(text.length > 60 ? `${text.slice(0, 57)}…` : text)}"`;

const refusalKeys = {
  'other-sheet': 'workbookSheet.refusal.otherSheet',
  'unknown-function': 'workbookSheet.refusal.unknownFunction',
  'unknown-name': 'workbookSheet.refusal.unknownName',
  'broken-reference': 'workbookSheet.refusal.brokenReference',
  unreadable: 'workbookSheet.refusal.unreadable',
  total: 'workbookSheet.refusal.total',
} as const satisfies Record<FormulaRefusal | 'total', LabelKey>;

function reasonText(reason: RowProblem['reason'], language: Language): string {
  const he = language === 'he';
  switch (reason.code) {
    case 'not-a-number':
      return he ? `${quote(reason.text)} אינו מספר` : `${quote(reason.text)} is not a number`;
    case 'not-a-date':
      return he ? `${quote(reason.text)} אינו תאריך (YYYY-MM-DD)` : `${quote(reason.text)} is not a date (YYYY-MM-DD)`;
    case 'unknown-option':
      return he
        ? `${quote(reason.text)} אינו אחד הערכים המותרים (${reason.allowed.join(', ')})`
        : `${quote(reason.text)} is not one of the allowed values (${reason.allowed.join(', ')})`;
    case 'duplicate-id':
      return he ? `המזהה ${isolate(reason.id)} מופיע כבר בשורה קודמת` : `the id ${isolate(reason.id)} is already used in an earlier row`;
    case 'empty':
      return he ? 'התא ריק' : 'the cell is empty';
    case 'repeated-year':
      return he ? `השנה ${reason.year} כבר נקראה משורה קודמת` : `the year ${reason.year} was already read from an earlier row`;
    case 'unknown-outcome':
      return he ? `אין בתכנית תוצאה שהמזהה שלה ${reason.id ? isolate(reason.id) : '(ריק)'}` : `the plan has no outcome with the id ${reason.id ? isolate(reason.id) : '(empty)'}`;
    case 'not-valid':
      return `${he ? 'הערך' : 'the value'}${reason.field ? ` (${reason.field})` : ''} ${fieldProblemText(reason.problem, reason.expected, language)}`;
    case 'invalid':
      return he ? `ערך שאינו תקין: ${reason.detail}` : `a value that is not valid: ${reason.detail}`;
    case 'formula-not-read':
      return `${he ? `הנוסחה ${isolate(`=${reason.formula}`)} לא נקראה` : `the formula ${isolate(`=${reason.formula}`)} was not read`}: ${translate(language, refusalKeys[reason.why])}`;
    case 'too-many-rows':
      return he ? `יותר מ-${reason.limit} שורות` : `more than ${reason.limit} rows`;
  }
}

const outcomeKeys = {
  'kept-previous': 'workbookSheet.outcome.keptPrevious',
  'row-skipped': 'workbookSheet.outcome.rowSkipped',
  'cell-ignored': 'workbookSheet.outcome.cellIgnored',
} as const satisfies Record<RowProblem['outcome'], LabelKey>;

/** One line a desk team can act on: where, what is wrong, what Tamhil did. */
export function rowProblemMessage(problem: RowProblem, language: Language): string {
  const he = language === 'he';
  const where = he
    ? `גיליון "${problem.sheet}", שורה ${problem.row}${problem.column ? `, עמודה "${problem.column}"` : ''}`
    : `Sheet "${problem.sheet}", row ${problem.row}${problem.column ? `, column "${problem.column}"` : ''}`;
  return `${where}: ${reasonText(problem.reason, language)}. ${translate(language, outcomeKeys[problem.outcome])}`;
}
