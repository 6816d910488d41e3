import { useEffect, useRef } from 'react';
import type Handsontable from 'handsontable/base';
import type { CellRange } from 'handsontable/base';
import { textRenderer } from 'handsontable/renderers';
import { budgetColumns, type BudgetColumn } from '@shared/budget/budget-columns.ts';
import { applyBudgetBlock, insertServices, removeServices, reorderServices } from '@shared/budget/budget-commands.ts';
import { planBudgetBlock, type BlockCell, type BlockProblem } from '@shared/budget/budget-block.ts';
import { sheetFor } from '@shared/budget/budget-sheet.ts';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { planShapeProblem } from '@shared/model/plan-shape-problem.ts';
import { agorotFromShekels } from '@shared/budget/money.ts';
import { withinBounds } from '@shared/budget/cell-bounds.ts';
import { newService } from '@shared/budget/new-service.ts';
import { newServiceId } from './new-service-id.ts';
import { frequencyUnitLabels, serviceKindLabels } from '@shared/budget/option-labels.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { FormulaError } from '@shared/formulas/formula-sheet.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import type { Language } from '@shared/model/localized-text.ts';
import { maximumAmount, type Plan } from '@shared/model/plan-schema.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import type { BudgetTarget } from '../state/ui-store.ts';
import { markLocalUndo } from '../state/local-undo.ts';
import { columnLetter, gridRows, sheetRowNumber } from './grid-rows.ts';
import { handsontableLicenseKey, hebrewLanguageCode, setUpHandsontable } from './handsontable-setup.ts';
import { servicesDecidedAgainst } from '@shared/model/decision-in-force.ts';

type BudgetGridProps = {
  /** The cell a finding points at: selected and marked. */
  highlight: BudgetTarget | null;
  hiddenServiceIds: ReadonlySet<string>;
  onProblems(problems: BlockProblem[]): void;
  onSelect(cell: { row: number; column: number } | null): void;
};

type ShiftedCell = BlockCell & { shift?: { rows: number; columns: number } };

const wrap = (value: number, size: number) => ((value % size) + size) % size;

/**
 * Handsontable makes its scroll holders focusable although they are presentational, keeps its
 * closed cell editors inside the grid role, and leaves the editor without a label (axe:
 * aria-required-children, label). The cells take the keyboard, so the holders need no tab stop;
 * a closed editor is hidden from assistive technology, an open one has a name.
 */
function labelForAssistiveTechnology(root: HTMLElement, editorLabel: string, selectAllLabel: string): void {
  for (const holder of root.querySelectorAll('[role="presentation"][tabindex]')) holder.removeAttribute('tabindex');
  // Handsontable names its corner in English whatever the language.
  for (const corner of root.querySelectorAll('[aria-label="Select whole grid"]')) corner.setAttribute('aria-label', selectAllLabel);
  for (const editor of root.querySelectorAll('textarea:not([aria-label])')) editor.setAttribute('aria-label', editorLabel);
  for (const holder of root.querySelectorAll('.handsontableInputHolder')) {
    if (holder.classList.contains('ht_editor_hidden')) holder.setAttribute('aria-hidden', 'true');
    else holder.removeAttribute('aria-hidden');
  }
}

const headerRowHeight = 34;
const rowHeight = 29;
const scrollbarHeight = 16;

/**
 * The grid's frame: as tall as its rows, but never taller than the window below the header, so
 * its column headers, its totals row and its horizontal scrollbar are all on screen together
 * (at 1366×768 the columns past I were reachable only at the grid's bottom).
 */
function gridHeight(services: number): number {
  const topbar = document.querySelector<HTMLElement>('.topbar')?.offsetHeight ?? 0;
  return Math.min(rowsHeight(services), Math.max(240, window.innerHeight - topbar - 16));
}

const rowsHeight = (services: number) => headerRowHeight + (services + 1) * rowHeight + scrollbarHeight;

/**
 * The totals row is frozen at the frame's foot only when the rows scroll inside it: a frozen
 * row is drawn twice, and a grid that shows whole ends with the totals anyway.
 */
const frozenTotalRows = (services: number) => (rowsHeight(services) > gridHeight(services) ? 1 : 0);

/** Sets the frame's height and whether the totals row is frozen, each only when it changed. */
function fitFrame(instance: Handsontable, services: number): void {
  const height = gridHeight(services);
  const fixedRowsBottom = frozenTotalRows(services);
  const settings = instance.getSettings();
  if (settings.height !== height || settings.fixedRowsBottom !== fixedRowsBottom) instance.updateSettings({ height, fixedRowsBottom });
}

/** A column wide enough for its header ("G · עלות ליחידה"), so no header is cut short. */
const columnWidth = (header: string, wide: boolean) => Math.max(wide ? 210 : 96, Math.round(header.length * 7.4 + 28));

function displayValue(plan: Plan, column: BudgetColumn, row: number, language: Language): { text: string; error: boolean } {
  const service = plan.services[row];
  const money = column.kind === 'money' || column.kind === 'computed-money';
  if (!service) {
    const totals = planTotals(evaluatePlan(plan).plan);
    const byColumn: Record<string, number> = {
      total: totals.total,
      ministry: totals.ministry,
      authority: totals.authority,
      other: totals.other,
    };
    const amount = byColumn[column.id];
    return { text: amount === undefined ? '' : formatMoney(amount as Parameters<typeof formatMoney>[0], language), error: false };
  }
  const value = sheetFor(plan).value(service.id, column.id);
  if (value instanceof FormulaError) return { text: value.code, error: true };
  if (typeof value === 'number') {
    // A result no plan field can hold shows as Excel shows a number out of range; the rules report it.
    if (!withinBounds(column.id, value) || Math.abs(value) > maximumAmount) return { text: '#NUM!', error: true };
    return { text: money ? formatMoney(agorotFromShekels(value), language) : formatNumber(value, language), error: false };
  }
  return { text: value === null ? '' : String(value), error: false };
}

/**
 * The budget grid: Handsontable, right to left in Hebrew. Every edit, paste, fill, insert or
 * delete is turned into a plan command (its own undo entry) and refused by the grid itself, so
 * the plan stays the one source of what the grid shows.
 */
export function BudgetGrid({ highlight, hiddenServiceIds, onProblems, onSelect }: BudgetGridProps) {
  const container = useRef<HTMLDivElement>(null);
  const hot = useRef<Handsontable | null>(null);
  const plan = usePlanStore((state) => state.document!.plan);
  const perform = usePlanStore((state) => state.perform);
  const readOnly = usePlanStore((state) => state.readOnly);
  const language = useLanguage((state) => state.language);
  const latest = useRef({ plan, language, highlight, onProblems, onSelect });
  latest.current = { plan, language, highlight, onProblems, onSelect };
  const lastCopy = useRef<{ text: string; row: number; column: number } | null>(null);
  const columnsKey = JSON.stringify(plan.budgetColumns.map((column) => [column.id, column.label]));

  useEffect(() => {
    const Handsontable = setUpHandsontable();
    const element = container.current!;
    const current = () => latest.current;
    const columns = budgetColumns(current().plan);
    const headers = columns.map((column, index) => `${columnLetter(index)} · ${column.header[language]}`);
    const newId = newServiceId;

    let fillSource: { row: number; column: number; height: number; width: number } | null = null;
    const applyBlock = (cells: ShiftedCell[]) => {
      const { plan: base, language: lang } = current();
      const block = planBudgetBlock(base, cells, lang, newId);
      const problems: BlockProblem[] = [...block.problems];
      if (block.edits.length > 0 || block.newServices.length > 0) {
        // The cells may each be fine and still together give a plan the file cannot hold (a
        // yearly cost beyond its bounds, a formula too long once stored): then nothing is applied.
        usePlanStore.getState().performIf(applyBudgetBlock, { newServices: block.newServices, edits: block.edits }, (next) => {
          const shape = planShapeProblem(evaluatePlan(next).plan);
          if (shape) problems.push({ row: cells[0]?.row ?? 0, column: cells[0]?.column ?? 0, problem: { code: 'plan-invalid', path: shape.path } });
          return shape === null;
        });
      }
      current().onProblems(problems);
    };

    /** Numbers show their computed value (or error) while the cell keeps what was typed; labels show as typed. */
    function cellRenderer(
      this: unknown,
      instance: Handsontable,
      td: HTMLTableCellElement,
      row: number,
      col: number,
      prop: string | number,
      value: unknown,
      cellProperties: Handsontable.CellProperties,
    ) {
      const { plan: base, language: lang, highlight: marked } = current();
      const column = budgetColumns(base)[col]!;
      const service = base.services[row];
      const label = !service && column.id === 'name' ? translate(lang, 'budget.totalRow') : value;
      textRenderer.call(this, instance, td, row, col, prop, column.numeric ? value : label, cellProperties);
      td.classList.toggle('cell-total-row', !service);
      // A service deferred or rejected in station 5 stays in the grid, greyed, out of the totals.
      td.classList.toggle('cell-out-of-budget', Boolean(service && servicesDecidedAgainst(base).has(service.id)));
      td.classList.toggle('cell-highlight', Boolean(service && marked && marked.serviceId === service.id && marked.field === column.id));
      // Cells are reused as the grid scrolls, so every mark is set either way.
      const shown = column.numeric ? displayValue(base, column, row, lang) : null;
      if (shown) td.textContent = shown.text;
      td.classList.toggle('cell-error', Boolean(shown?.error));
      td.classList.toggle('cell-formula', column.numeric && typeof value === 'string' && value.startsWith('='));
      td.classList.toggle('cell-number', column.numeric);
      // Names and notes are Hebrew or English whatever the interface language: each reads in its own direction.
      td.dir = column.numeric ? '' : 'auto';
    }

    const instance = new Handsontable(element, {
      licenseKey: handsontableLicenseKey,
      data: gridRows(current().plan, current().language),
      columns: columns.map((column) => {
        if (column.kind === 'service-kind' || column.kind === 'frequency-unit') {
          const labels = column.kind === 'service-kind' ? serviceKindLabels : frequencyUnitLabels;
          return { type: 'dropdown', source: Object.values(labels).map((label) => label[language]), renderer: cellRenderer, allowInvalid: true };
        }
        return { type: 'text', renderer: cellRenderer, readOnly: column.kind === 'computed-money' };
      }),
      colHeaders: headers,
      rowHeaders: (index: number) => {
        const { plan: base, language: lang } = current();
        const service = base.services[index];
        // The totals row says so once, in its name cell, rather than twice.
        if (!service) return '';
        return servicesDecidedAgainst(base).has(service.id) ? translate(lang, 'budget.outOfBudgetRow', { row: sheetRowNumber(index) }) : String(sheetRowNumber(index));
      },
      // The totals row is computed; in the reviewer's mode every cell is read-only.
      cells: (row) => (row >= current().plan.services.length || usePlanStore.getState().readOnly ? { readOnly: true } : {}),
      layoutDirection: language === 'he' ? 'rtl' : 'ltr',
      language: language === 'he' ? hebrewLanguageCode : 'en-US',
      themeName: 'ht-theme-main',
      injectCoreCss: false,
      height: gridHeight(current().plan.services.length),
      width: '100%',
      rowHeaderWidth: 48,
      colWidths: headers.map((header, index) => columnWidth(header, columns[index]!.id === 'name' || columns[index]!.id === 'notes')),
      fixedRowsBottom: frozenTotalRows(current().plan.services.length),
      manualColumnResize: true,
      manualRowMove: true,
      autoWrapRow: true,
      autoWrapCol: true,
      fillHandle: { direction: 'vertical', autoInsertRow: false },
      undo: false,
      contextMenu: ['row_above', 'row_below', 'remove_row', '---------', 'copy', 'cut'],
      hiddenRows: { rows: [], indicators: false },
      ariaTags: true,
      beforeChange(changes, source) {
        if (source === 'updateData' || source === 'loadData') return true;
        const filling = source === 'Autofill.fill' ? fillSource : null;
        const cells: ShiftedCell[] = [];
        for (const change of changes) {
          if (!change) continue;
          const [row, prop, before, after] = change;
          if (typeof prop !== 'number' || row >= current().plan.services.length) continue;
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
        // Computed cells (the total, the default funding split) go out with their values, as Excel copies them.
        if (range) {
          const base = current().plan;
          const sheet = sheetFor(base);
          data.forEach((values, i) =>
            values.forEach((value, j) => {
              const service = base.services[range.startRow + i];
              const column = budgetColumns(base)[range.startCol + j];
              if (service && column?.numeric && (value === null || value === '')) {
                const computed = sheet.value(service.id, column.id);
                if (typeof computed === 'number') values[j] = computed;
              }
            }),
          );
        }
        lastCopy.current = range ? { text: JSON.stringify(data), row: range.startRow, column: range.startCol } : null;
      },
      beforePaste(data, coords) {
        const [range] = coords;
        if (!range) return false;
        const copied = lastCopy.current;
        // A block copied inside Tamhil moves its relative references by the distance pasted, as in Excel.
        const shift =
          copied && copied.text === JSON.stringify(data)
            ? { rows: range.startRow - copied.row, columns: range.startCol - copied.column }
            : undefined;
        const cells: ShiftedCell[] = data.flatMap((values, i) =>
          values.map((text, j) => ({ row: range.startRow + i, column: range.startCol + j, text, ...(shift ? { shift } : {}) })),
        );
        applyBlock(cells.filter((cell) => cell.column < budgetColumns(current().plan).length));
        return false;
      },
      beforeAutofill(_selectionData, sourceRange: CellRange) {
        const from = sourceRange.getTopStartCorner();
        const to = sourceRange.getBottomEndCorner();
        fillSource = { row: from.row ?? 0, column: from.col ?? 0, height: (to.row ?? 0) - (from.row ?? 0) + 1, width: (to.col ?? 0) - (from.col ?? 0) + 1 };
      },
      beforeCreateRow(index, amount) {
        const base = current().plan;
        const at = Math.min(index, base.services.length);
        const services = Array.from({ length: amount }, () => newService(newId(), current().language));
        perform(insertServices, { index: at, services });
        return false;
      },
      beforeRowMove(movedRows, finalIndex) {
        const base = current().plan;
        const moved = movedRows.map((row) => base.services[row]).filter((service) => service !== undefined);
        const staying = base.services.filter((service) => !moved.includes(service));
        const at = Math.min(finalIndex, staying.length);
        const ids = [...staying.slice(0, at), ...moved, ...staying.slice(at)].map((service) => service.id);
        perform(reorderServices, { ids });
        return false;
      },
      beforeRemoveRow(_index, _amount, physicalRows) {
        const base = current().plan;
        // Rows the filter hides stay: the user deletes only what is on screen.
        const hiddenRows = instance.getPlugin('hiddenRows');
        const ids = physicalRows
          .filter((row) => !hiddenRows.isHidden(row))
          .map((row) => base.services[row]?.id)
          .filter((id): id is string => id !== undefined);
        if (ids.length > 0) perform(removeServices, { ids });
        return false;
      },
      afterSelectionEnd(row, column) {
        current().onSelect(row >= 0 && column >= 0 ? { row, column } : null);
      },
    });
    hot.current = instance;
    // While a cell is being edited, Ctrl+Z undoes typing in it, not the plan.
    const onKey = (event: KeyboardEvent) => {
      if (instance.getActiveEditor()?.isOpened()) markLocalUndo(event);
    };
    element.addEventListener('keydown', onKey, true);
    // Handsontable sets these attributes again as it renders and scrolls, so they are mended as they appear.
    const mend = () => labelForAssistiveTechnology(element, translate(current().language, 'budget.editCell'), translate(current().language, 'budget.selectAll'));
    const observer = new MutationObserver(mend);
    observer.observe(element, { subtree: true, childList: true, attributeFilter: ['tabindex', 'class'] });
    mend();
    return () => {
      observer.disconnect();
      element.removeEventListener('keydown', onKey, true);
      instance.destroy();
      hot.current = null;
    };
    // The grid is built again only when its columns or language change; data follows the plan below.
  }, [language, columnsKey, perform]);

  useEffect(() => {
    hot.current?.render();
  }, [readOnly]);

  useEffect(() => {
    const instance = hot.current;
    if (!instance) return;
    instance.updateData(gridRows(plan, language));
    fitFrame(instance, plan.services.length);
  }, [plan, language]);

  useEffect(() => {
    const fit = () => {
      const instance = hot.current;
      if (instance) fitFrame(instance, latest.current.plan.services.length);
    };
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);

  useEffect(() => {
    const instance = hot.current;
    if (!instance) return;
    const hiddenRows = instance.getPlugin('hiddenRows');
    hiddenRows.showRows(Array.from({ length: plan.services.length + 1 }, (_, index) => index));
    hiddenRows.hideRows(plan.services.flatMap((service, index) => (hiddenServiceIds.has(service.id) ? [index] : [])));
    instance.render();
  }, [hiddenServiceIds, plan, language]);

  useEffect(() => {
    const instance = hot.current;
    if (!instance || !highlight) return;
    // Only when a finding is followed: after that, edits go where the user puts them.
    const base = latest.current.plan;
    const row = base.services.findIndex((service) => service.id === highlight.serviceId);
    const column = budgetColumns(base).findIndex((candidate) => candidate.id === highlight.field);
    if (row >= 0 && column >= 0) {
      instance.selectCell(row, column);
      instance.scrollViewportTo({ row, col: column });
    }
    instance.render();
  }, [highlight]);

  return <div ref={container} className="budget-grid" />;
}
