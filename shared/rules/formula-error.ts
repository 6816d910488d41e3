import type { Plan } from '../model/plan-schema.ts';
import type { Language, LocalizedText } from '../model/localized-text.ts';
import { budgetColumns } from '../budget/budget-columns.ts';
import { cellPath, type CellError } from './cell-error.ts';
import type { Finding } from './finding.ts';

export const formulaErrorRule = 'formula-error';

/** What each error value usually means, in words a social worker can act on. */
const errorMeanings: Readonly<Record<string, LocalizedText>> = {
  '#DIV/0!': { he: 'חלוקה באפס', en: 'a division by zero' },
  '#REF!': { he: 'הפניה לשורה או לתא שנמחקו', en: 'a reference to a deleted row or cell' },
  '#NAME?': { he: 'פונקציה או שם שאינם מוכרים', en: 'an unknown function or name' },
  '#VALUE!': { he: 'ערך מסוג שגוי, למשל טקסט במקום מספר', en: 'a wrong kind of value, such as text where a number is needed' },
  '#NUM!': { he: 'מספר מחוץ לטווח המותר', en: 'a number out of range' },
  '#CIRC!': { he: 'הפניה מעגלית: הנוסחה תלויה בתוצאה של עצמה', en: 'a circular reference: the formula depends on its own result' },
  '#ERROR!': { he: 'נוסחה שלא ניתן לקרוא', en: 'a formula that cannot be read' },
};

const unknownMeaning: LocalizedText = { he: 'הנוסחה לא חושבה', en: 'the formula could not be computed' };

/**
 * One error per budget-grid cell whose formula gives an error value: the total and the funding
 * cannot be trusted until it is fixed. The caller finds the cells; this rule names them, in the
 * order of the plan's services and the grid's columns, whatever order the caller found them in.
 * A cell reported twice is reported once. A cell of a service the plan no longer has (a grid
 * that has not caught up) is still reported, at `services`, so the error is not lost.
 */
export function checkFormulaErrors(plan: Plan, cellErrors: readonly CellError[]): Finding[] {
  const serviceIndex = new Map<string, number>();
  plan.services.forEach((service, index) => {
    if (!serviceIndex.has(service.id)) serviceIndex.set(service.id, index);
  });
  const columns = budgetColumns(plan);
  const columnOrder = new Map(columns.map((column, order) => [column.id, order] as const));
  const labels = new Map(columns.map((column) => [column.id, column.header] as const));

  const seen = new Set<string>();
  const unique = cellErrors.filter((cell) => {
    const key = JSON.stringify([cell.serviceId, cell.field]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rowOf = (cell: CellError) => serviceIndex.get(cell.serviceId) ?? plan.services.length;
  const columnOf = (cell: CellError) => columnOrder.get(cell.field) ?? columnOrder.size;
  // Services the plan does not have sort last, by id; Array.prototype.sort is stable.
  const sorted = [...unique].sort(
    (a, b) =>
      rowOf(a) - rowOf(b) ||
      compareText(a.serviceId, b.serviceId) ||
      columnOf(a) - columnOf(b) ||
      compareText(a.field, b.field),
  );

  return sorted.map((cell) => {
    const index = serviceIndex.get(cell.serviceId);
    const service = index === undefined ? undefined : plan.services[index];
    const meaning = errorMeanings[cell.code.toUpperCase()] ?? unknownMeaning;
    const label = labels.get(cell.field) ?? { he: cell.field, en: cell.field };
    const name = (language: Language) => service?.name ?? (language === 'he' ? `שירות ${cell.serviceId}` : `Service ${cell.serviceId}`);
    return {
      rule: formulaErrorRule,
      severity: 'error',
      path: index === undefined ? 'services' : cellPath(index, cell.field),
      target: { serviceId: cell.serviceId, field: cell.field },
      message: {
        he: `${name('he')}: הנוסחה בעמודה "${label.he}" נותנת ${cell.code}, כלומר ${meaning.he}. יש לתקן את הנוסחה.`,
        en: `${name('en')}: the formula in the "${label.en}" column gives ${cell.code}, which means ${meaning.en}. Correct the formula.`,
      },
    };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
