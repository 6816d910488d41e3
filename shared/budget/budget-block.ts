import type { Language } from '../model/localized-text.ts';
import type { Plan, Service } from '../model/plan-schema.ts';
import { shiftA1Formula } from '../formulas/a1-references.ts';
import { budgetColumns } from './budget-columns.ts';
import { evaluatePlan } from './evaluated-plan.ts';
import type { BudgetCellEdit } from './budget-commands.ts';
import { newService } from './new-service.ts';
import { readCellText, type CellTextProblem } from './read-cell-text.ts';

export type BlockCell = { row: number; column: number; text: unknown };
export type BlockProblem = { row: number; column: number; problem: CellTextProblem };

/**
 * Turns cells pasted or filled at grid positions into one command's payload. Rows past the last
 * service become new services; a formula carries the offset of its move (`shift`), as Excel
 * adjusts relative references when it copies; cells that cannot be read are reported, the rest
 * applied. `evaluated` is the plan with its formulas' values (the budget session's), which bounds
 * each service's yearly cost.
 */
export function planBudgetBlock(
  plan: Plan,
  cells: readonly (BlockCell & { shift?: { rows: number; columns: number } })[],
  language: Language,
  newId: () => string,
  evaluated: Plan = evaluatePlan(plan).plan,
): { newServices: Service[]; edits: BudgetCellEdit[]; problems: BlockProblem[] } {
  const columns = budgetColumns(plan);
  const lastRow = cells.reduce((last, cell) => Math.max(last, cell.row), -1);
  const names = new Map(cells.filter((cell) => columns[cell.column]?.id === 'name').map((cell) => [cell.row, cell.text]));
  const newServices: Service[] = [];
  for (let row = plan.services.length; row <= lastRow; row += 1) {
    const name = names.get(row);
    newServices.push(newService(newId(), language, typeof name === 'string' ? name : undefined));
  }
  const evaluatedServices = new Map([...evaluated.services, ...newServices].map((service) => [service.id, service]));
  // A preview only: the new rows give the pasted cells their context; the plan itself is untouched.
  const withRows: Plan = newServices.length > 0 ? { ...plan, services: [...plan.services, ...newServices] } : plan;
  const edits: BudgetCellEdit[] = [];
  const problems: BlockProblem[] = [];
  for (const cell of cells) {
    const column = columns[cell.column];
    const service = withRows.services[cell.row];
    if (!column || !service || column.kind === 'computed-money') continue;
    const text =
      typeof cell.text === 'string' && cell.text.trim().startsWith('=') && cell.shift
        ? shiftA1Formula(cell.text.trim(), cell.shift.rows, cell.shift.columns)
        : cell.text;
    const read = readCellText(withRows, service.id, column.id, text, evaluatedServices.get(service.id));
    if (read.ok) edits.push({ serviceId: service.id, columnId: column.id, input: read.input });
    else problems.push({ row: cell.row, column: cell.column, problem: read.problem });
  }
  return { newServices, edits, problems };
}
