import { textRenderer, type BaseRenderer } from 'handsontable/renderers';
import type { BudgetColumn } from '@shared/budget/budget-columns.ts';
import type { BudgetSession } from '@shared/budget/budget-session.ts';
import { agorotFromShekels, type Agorot } from '@shared/budget/money.ts';
import { withinBounds } from '@shared/budget/cell-bounds.ts';
import { FormulaError } from '@shared/formulas/formula-sheet.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { maximumAmount } from '@shared/model/plan-schema.ts';
import { servicesDecidedAgainst } from '@shared/model/decision-in-force.ts';
import { translate } from '../i18n/i18n.ts';
import type { BudgetTarget } from '../state/ui-store.ts';

/** What the grid draws from, as of the last render: read by every cell, worked out once per plan. */
export type GridView = {
  session: BudgetSession;
  columns: readonly BudgetColumn[];
  language: Language;
  highlight: BudgetTarget | null;
  outOfBudget: ReadonlySet<string>;
};

export function gridViewOf(session: BudgetSession, columns: readonly BudgetColumn[], language: Language, highlight: BudgetTarget | null): GridView {
  return { session, columns, language, highlight, outOfBudget: servicesDecidedAgainst(session.plan) };
}

const totalsColumns = ['total', 'ministry', 'authority', 'other'] as const;

function displayValue(view: GridView, column: BudgetColumn, row: number): { text: string; error: boolean } {
  const { session, language } = view;
  const service = session.plan.services[row];
  const money = column.kind === 'money' || column.kind === 'computed-money';
  if (!service) {
    // The totals row: the session keeps the totals, so no cell sums the services again.
    const part = totalsColumns.find((id) => id === column.id);
    return { text: part ? formatMoney(session.check.totals[part] as Agorot, language) : '', error: false };
  }
  const value = session.value(service.id, column.id);
  if (value instanceof FormulaError) return { text: value.code, error: true };
  if (typeof value === 'number') {
    // A result no plan field can hold shows as Excel shows a number out of range; the rules report it.
    if (!withinBounds(column.id, value) || Math.abs(value) > maximumAmount) return { text: '#NUM!', error: true };
    return { text: money ? formatMoney(agorotFromShekels(value), language) : formatNumber(value, language), error: false };
  }
  return { text: value === null ? '' : String(value), error: false };
}

/** Numbers show their computed value (or error) while the cell keeps what was typed; labels show as typed. */
export function budgetCellRenderer(view: () => GridView): BaseRenderer {
  return function renderCell(this: unknown, instance, td, row, col, prop, value, cellProperties) {
    const current = view();
    const column = current.columns[col]!;
    const service = current.session.plan.services[row];
    const label = !service && column.id === 'name' ? translate(current.language, 'budget.totalRow') : value;
    textRenderer.call(this, instance, td, row, col, prop, column.numeric ? value : label, cellProperties);
    const marked = current.highlight;
    // Cells are reused as the grid scrolls, so every mark is set either way.
    td.classList.toggle('cell-total-row', !service);
    // A service deferred or rejected in station 5 stays in the grid, greyed, out of the totals.
    td.classList.toggle('cell-out-of-budget', Boolean(service && current.outOfBudget.has(service.id)));
    td.classList.toggle('cell-highlight', Boolean(service && marked && marked.serviceId === service.id && marked.field === column.id));
    const shown = column.numeric ? displayValue(current, column, row) : null;
    if (shown) td.textContent = shown.text;
    td.classList.toggle('cell-error', Boolean(shown?.error));
    td.classList.toggle('cell-formula', column.numeric && typeof value === 'string' && value.startsWith('='));
    td.classList.toggle('cell-number', column.numeric);
    // Names and notes are Hebrew or English whatever the interface language: each reads in its own direction.
    td.dir = column.numeric ? '' : 'auto';
  };
}
