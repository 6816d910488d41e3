import { maximumAmount, type Plan, type Service } from '../model/plan-schema.ts';
import { parseTypedNumber } from '../format/parse-number.ts';
import type { CellInput } from '../formulas/formula-sheet.ts';
import { toStoredFormula } from '../formulas/a1-references.ts';
import { formulaRefusal, type FormulaRefusal } from '../formulas/formula-limits.ts';
import { budgetColumns, totalColumnId } from './budget-columns.ts';
import { gridContext } from './grid-context.ts';
import { boundsOf } from './cell-bounds.ts';
import { evaluatePlan } from './evaluated-plan.ts';
import { frequencyUnitLabels, optionCode, serviceKindLabels } from './option-labels.ts';

export type CellTextProblem =
  | { code: 'read-only' }
  | { code: 'not-a-number'; text: string }
  | { code: 'out-of-range'; min: number; max: number }
  | { code: 'empty-name' }
  | { code: 'unknown-option'; text: string }
  | { code: 'formula-in-text' }
  | { code: 'too-long'; max: number }
  | { code: 'formula-refused'; refusal: FormulaRefusal }
  | { code: 'cost-too-large'; max: number }
  | { code: 'plan-invalid'; path: string };

export type CellTextResult = { ok: true; input: CellInput } | { ok: false; problem: CellTextProblem };

const textLimit = 500;

/** A service's yearly cost if one of its factors took this value (the file bounds each service's cost). */
function yearlyCostWith(service: Service | undefined, columnId: string, value: number): number {
  if (!service) return 0;
  const factors = { participants: service.participants, perYear: service.frequency.perYear, unitCost: service.unitCost };
  if (Object.hasOwn(factors, columnId)) factors[columnId as keyof typeof factors] = value;
  return factors.participants * factors.perYear * factors.unitCost;
}

/**
 * Reads what was typed or pasted into one budget cell: a number as people write it, an Excel
 * formula (turned into the stored form that follows rows), a label, or text. A problem names
 * what is wrong so the grid can say it; nothing is applied then. `evaluated` is the service with
 * its formulas' values, when the caller has it (the budget session does); else it is worked out.
 */
export function readCellText(
  plan: Plan,
  serviceId: string,
  columnId: string,
  raw: unknown,
  evaluated: Service | undefined = evaluatePlan(plan).plan.services.find((candidate) => candidate.id === serviceId),
): CellTextResult {
  const column = budgetColumns(plan).find((candidate) => candidate.id === columnId);
  if (!column || column.kind === 'computed-money' || columnId === totalColumnId) return { ok: false, problem: { code: 'read-only' } };
  const text = raw === null || raw === undefined ? '' : String(raw);
  const trimmed = text.trim();
  if (column.numeric) {
    if (trimmed === '') return { ok: true, input: null };
    if (trimmed.startsWith('=')) {
      // Excel's limits (8,192 characters, 64 nested functions), so the workbook opens in Excel too.
      const refusal = formulaRefusal(trimmed, 'a1');
      if (refusal) return { ok: false, problem: { code: 'formula-refused', refusal } };
      return { ok: true, input: toStoredFormula(trimmed, gridContext(plan, serviceId)) };
    }
    const value = typeof raw === 'number' ? raw : parseTypedNumber(trimmed);
    if (value === null || !Number.isFinite(value)) return { ok: false, problem: { code: 'not-a-number', text: trimmed } };
    const bounds = boundsOf(columnId);
    if (bounds && (value < bounds.min || value > bounds.max)) return { ok: false, problem: { code: 'out-of-range', ...bounds } };
    if (yearlyCostWith(evaluated, columnId, value) > maximumAmount) {
      return { ok: false, problem: { code: 'cost-too-large', max: maximumAmount } };
    }
    return { ok: true, input: value };
  }
  if (trimmed.startsWith('=')) return { ok: false, problem: { code: 'formula-in-text' } };
  if (trimmed.length > textLimit) return { ok: false, problem: { code: 'too-long', max: textLimit } };
  if (column.kind === 'service-kind' || column.kind === 'frequency-unit') {
    const code = optionCode<string>(column.kind === 'service-kind' ? serviceKindLabels : frequencyUnitLabels, trimmed);
    return code === null ? { ok: false, problem: { code: 'unknown-option', text: trimmed } } : { ok: true, input: code };
  }
  if (columnId === 'name' && trimmed === '') return { ok: false, problem: { code: 'empty-name' } };
  return { ok: true, input: trimmed };
}
