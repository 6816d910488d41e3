import type Handsontable from 'handsontable/base';
import type { CellRange } from 'handsontable/base';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { applyBudgetBlock } from '@shared/budget/budget-commands.ts';
import { planBudgetBlock, type BlockCell, type BlockProblem } from '@shared/budget/budget-block.ts';
import type { BudgetSession } from '@shared/budget/budget-session.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { shapeProblemOfChange } from '@shared/model/plan-shape-problem.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { newServiceId } from './new-service-id.ts';

type ShiftedCell = BlockCell & { shift?: { rows: number; columns: number } };

const wrap = (value: number, size: number) => ((value % size) + size) % size;

/**
 * Typing, pasting and filling in the grid, as Handsontable hooks: each becomes one plan command
 * (one undo entry), and Handsontable's own change is refused, so the plan stays the one source
 * of what the grid shows. Copy gives computed cells their values, as Excel copies them.
 */
export function gridEditHooks(
  current: () => { session: BudgetSession; language: Language },
  onProblems: (problems: BlockProblem[]) => void,
  /** Runs once an edit was applied or refused, before Handsontable draws again. */
  onApplied: () => void,
): Pick<Handsontable.GridSettings, 'beforeChange' | 'beforeCopy' | 'beforePaste' | 'beforeAutofill'> {
  let fillSource: { row: number; column: number; height: number; width: number } | null = null;
  let lastCopy: { text: string; row: number; column: number } | null = null;

  const applyBlock = (cells: ShiftedCell[]) => {
    const { session, language } = current();
    const block = planBudgetBlock(session.plan, cells, language, newServiceId, session.evaluated);
    const problems: BlockProblem[] = [...block.problems];
    if (block.edits.length > 0 || block.newServices.length > 0) {
      // The cells may each be fine and still together give a plan the file cannot hold (a
      // yearly cost beyond its bounds, a formula too long once stored): then nothing is applied.
      usePlanStore.getState().performIf(applyBudgetBlock, { newServices: block.newServices, edits: block.edits }, (next, before) => {
        const shape = shapeProblemOfChange(before.evaluated, next.evaluated);
        if (shape) problems.push({ row: cells[0]?.row ?? 0, column: cells[0]?.column ?? 0, problem: { code: 'plan-invalid', path: shape.path } });
        return shape === null;
      });
    }
    onApplied();
    onProblems(problems);
  };

  return {
    beforeChange(changes, source) {
      if (source === 'updateData' || source === 'loadData') return true;
      const filling = source === 'Autofill.fill' ? fillSource : null;
      const services = current().session.plan.services.length;
      const cells: ShiftedCell[] = [];
      for (const change of changes) {
        if (!change) continue;
        const [row, prop, before, after] = change;
        if (typeof prop !== 'number' || row >= services) continue;
        if (filling) {
          // A filled formula moves its relative references by its distance from the source cell.
          const sourceRow = filling.row + wrap(row - filling.row, filling.height);
          const sourceColumn = filling.column + wrap(prop - filling.column, filling.width);
          cells.push({ row, column: prop, text: after, shift: { rows: row - sourceRow, columns: prop - sourceColumn } });
        } else if (before !== after) {
          cells.push({ row, column: prop, text: after });
        }
      }
      if (cells.length > 0) applyBlock(cells);
      return false;
    },
    beforeCopy(data, coords) {
      const [range] = coords;
      if (range) {
        const { session } = current();
        const columns = budgetColumns(session.plan);
        data.forEach((values, i) =>
          values.forEach((value, j) => {
            const service = session.plan.services[range.startRow + i];
            const column = columns[range.startCol + j];
            if (service && column?.numeric && (value === null || value === '')) {
              const computed = session.value(service.id, column.id);
              if (typeof computed === 'number') values[j] = computed;
            }
          }),
        );
      }
      lastCopy = range ? { text: JSON.stringify(data), row: range.startRow, column: range.startCol } : null;
    },
    beforePaste(data, coords) {
      const [range] = coords;
      if (!range) return false;
      const copied = lastCopy;
      // A block copied inside Tamhil moves its relative references by the distance pasted, as in Excel.
      const shift =
        copied && copied.text === JSON.stringify(data) ? { rows: range.startRow - copied.row, columns: range.startCol - copied.column } : undefined;
      const width = budgetColumns(current().session.plan).length;
      const cells: ShiftedCell[] = data.flatMap((values, i) =>
        values.map((text, j) => ({ row: range.startRow + i, column: range.startCol + j, text, ...(shift ? { shift } : {}) })),
      );
      applyBlock(cells.filter((cell) => cell.column < width));
      return false;
    },
    beforeAutofill(_selectionData, sourceRange: CellRange) {
      const from = sourceRange.getTopStartCorner();
      const to = sourceRange.getBottomEndCorner();
      fillSource = { row: from.row ?? 0, column: from.col ?? 0, height: (to.row ?? 0) - (from.row ?? 0) + 1, width: (to.col ?? 0) - (from.col ?? 0) + 1 };
    },
  };
}
