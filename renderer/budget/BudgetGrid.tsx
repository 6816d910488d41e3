import { useEffect, useMemo, useRef } from 'react';
import type Handsontable from 'handsontable/base';
import { budgetColumns } from '@shared/budget/budget-columns.ts';
import { insertServices, removeServices, reorderServices } from '@shared/budget/budget-commands.ts';
import type { BlockProblem } from '@shared/budget/budget-block.ts';
import { newService } from '@shared/budget/new-service.ts';
import { frequencyUnitLabels, serviceKindLabels } from '@shared/budget/option-labels.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { useBudgetSession, usePlanStore } from '../state/plan-store.ts';
import type { BudgetTarget } from '../state/ui-store.ts';
import { markLocalUndo } from '../state/local-undo.ts';
import { newServiceId } from './new-service-id.ts';
import { columnLetter, sheetRowNumber } from './grid-rows.ts';
import { GridData } from './grid-data.ts';
import { budgetCellRenderer, gridViewOf, type GridView } from './grid-cells.ts';
import { gridEditHooks } from './grid-edits.ts';
import { keepGridAccessible } from './grid-accessibility.ts';
import { columnWidth, fitFrame, frozenTotalRows, gridHeight, rowHeight } from './grid-frame.ts';
import { handsontableLicenseKey, hebrewLanguageCode, setUpHandsontable } from './handsontable-setup.ts';

/** Whether every cell drawn from `before` is what `now` would draw: the same session, columns, language and mark. */
const drawnFrom = (before: GridView | null, now: GridView) =>
  before !== null &&
  before.session === now.session &&
  before.columns === now.columns &&
  before.language === now.language &&
  before.highlight === now.highlight;

type BudgetGridProps = {
  /** The cell a finding points at: selected and marked. */
  highlight: BudgetTarget | null;
  hiddenServiceIds: ReadonlySet<string>;
  onProblems(problems: BlockProblem[]): void;
  onSelect(cell: { row: number; column: number } | null): void;
};

/**
 * The budget grid: Handsontable, right to left in Hebrew, drawn from the budget session. An edit
 * rewrites the rows of the services it changed and the grid draws again only what is on screen;
 * rows that came, went or moved are loaded anew.
 */
export function BudgetGrid({ highlight, hiddenServiceIds, onProblems, onSelect }: BudgetGridProps) {
  const container = useRef<HTMLDivElement>(null);
  const hot = useRef<Handsontable | null>(null);
  const data = useRef<GridData | null>(null);
  const shownHidden = useRef<string>('');
  /** The view Handsontable last drew every cell from: an edit typed in the grid is drawn by Handsontable itself. */
  const drawn = useRef<GridView | null>(null);
  const session = useBudgetSession();
  const plan = session.plan;
  const perform = usePlanStore((state) => state.perform);
  const readOnly = usePlanStore((state) => state.readOnly);
  const language = useLanguage((state) => state.language);
  const columns = useMemo(() => budgetColumns(plan), [plan.budgetColumns]);
  const shown = useMemo(() => gridViewOf(session, columns, language, highlight), [session, columns, language, highlight]);
  /*
   * Handsontable's callbacks are set up once per grid and read the latest view. Its session is
   * the store's, not the last rendered one: Handsontable draws the edited cell as soon as the
   * edit is applied, before React renders again, and the session before the edit has moved on.
   */
  const view = useRef<GridView>(shown);
  view.current = shown;
  const liveView = useRef(() => {
    const live = usePlanStore.getState().session!;
    if (view.current.session !== live) view.current = gridViewOf(live, view.current.columns, view.current.language, view.current.highlight);
    return view.current;
  });
  const callbacks = useRef({ onProblems, onSelect });
  callbacks.current = { onProblems, onSelect };
  const columnsKey = JSON.stringify(plan.budgetColumns.map((column) => [column.id, column.label]));

  useEffect(() => {
    const Handsontable = setUpHandsontable();
    const element = container.current!;
    const read = liveView.current;
    const headers = columns.map((column, index) => `${columnLetter(index)} · ${column.header[language]}`);
    const renderer = budgetCellRenderer(read);
    const rows = new GridData(read().session.plan, language);
    data.current = rows;
    shownHidden.current = '';
    drawn.current = null;
    const services = () => read().session.plan.services;

    const instance = new Handsontable(element, {
      licenseKey: handsontableLicenseKey,
      data: rows.rows,
      columns: columns.map((column) => {
        if (column.kind === 'service-kind' || column.kind === 'frequency-unit') {
          const labels = column.kind === 'service-kind' ? serviceKindLabels : frequencyUnitLabels;
          return { type: 'dropdown', source: Object.values(labels).map((label) => label[language]), renderer, allowInvalid: true };
        }
        return { type: 'text', renderer, readOnly: column.kind === 'computed-money' };
      }),
      colHeaders: headers,
      rowHeaders: (index: number) => {
        const service = services()[index];
        // The totals row says so once, in its name cell, rather than twice.
        if (!service) return '';
        return read().outOfBudget.has(service.id)
          ? translate(read().language, 'budget.outOfBudgetRow', { row: sheetRowNumber(index) })
          : String(sheetRowNumber(index));
      },
      // The totals row is computed; in the reviewer's mode every cell is read-only.
      cells: (row) => (row >= services().length || usePlanStore.getState().readOnly ? { readOnly: true } : {}),
      layoutDirection: language === 'he' ? 'rtl' : 'ltr',
      language: language === 'he' ? hebrewLanguageCode : 'en-US',
      themeName: 'ht-theme-main',
      injectCoreCss: false,
      height: gridHeight(services().length),
      width: '100%',
      rowHeaderWidth: 48,
      colWidths: headers.map((header, index) => columnWidth(header, columns[index]!.id === 'name' || columns[index]!.id === 'notes')),
      // Fixed sizes: Handsontable would otherwise measure the drawn rows and columns after every edit.
      rowHeights: rowHeight,
      autoRowSize: false,
      autoColumnSize: false,
      fixedRowsBottom: frozenTotalRows(services().length),
      manualColumnResize: true,
      manualRowMove: true,
      autoWrapRow: true,
      autoWrapCol: true,
      fillHandle: { direction: 'vertical', autoInsertRow: false },
      undo: false,
      contextMenu: ['row_above', 'row_below', 'remove_row', '---------', 'copy', 'cut'],
      hiddenRows: { rows: [], indicators: false },
      ariaTags: true,
      ...gridEditHooks(
        read,
        (problems) => callbacks.current.onProblems(problems),
        // Handsontable draws once the edit is in; the rows it reads follow the plan before that.
        () => rows.followCells(read().session.plan, read().language),
      ),
      afterRender(isForced) {
        if (isForced) drawn.current = read();
      },
      beforeCreateRow(index, amount) {
        const at = Math.min(index, services().length);
        const added = Array.from({ length: amount }, () => newService(newServiceId(), read().language));
        perform(insertServices, { index: at, services: added });
        return false;
      },
      beforeRowMove(movedRows, finalIndex) {
        const all = services();
        const moved = movedRows.map((row) => all[row]).filter((service) => service !== undefined);
        const staying = all.filter((service) => !moved.includes(service));
        const at = Math.min(finalIndex, staying.length);
        const ids = [...staying.slice(0, at), ...moved, ...staying.slice(at)].map((service) => service.id);
        perform(reorderServices, { ids });
        return false;
      },
      beforeRemoveRow(_index, _amount, physicalRows) {
        // Rows the filter hides stay: the user deletes only what is on screen.
        const hiddenRows = instance.getPlugin('hiddenRows');
        const ids = physicalRows
          .filter((row) => !hiddenRows.isHidden(row))
          .map((row) => services()[row]?.id)
          .filter((id): id is string => id !== undefined);
        if (ids.length > 0) perform(removeServices, { ids });
        return false;
      },
      afterSelectionEnd(row, column) {
        callbacks.current.onSelect(row >= 0 && column >= 0 ? { row, column } : null);
      },
    });
    hot.current = instance;
    // While a cell is being edited, Ctrl+Z undoes typing in it, not the plan.
    const onKey = (event: KeyboardEvent) => {
      if (instance.getActiveEditor()?.isOpened()) markLocalUndo(event);
    };
    element.addEventListener('keydown', onKey, true);
    const stopMending = keepGridAccessible(element, () => ({
      editor: translate(read().language, 'budget.editCell'),
      selectAll: translate(read().language, 'budget.selectAll'),
    }));
    return () => {
      stopMending();
      element.removeEventListener('keydown', onKey, true);
      instance.destroy();
      hot.current = null;
    };
    // The grid is built again only when its columns or language change; its rows follow the plan below.
  }, [language, columnsKey, perform]);

  useEffect(() => {
    hot.current?.render();
  }, [readOnly]);

  useEffect(() => {
    const instance = hot.current;
    const rows = data.current;
    if (!instance || !rows) return;
    const change = rows.follow(plan, language);
    if (change === 'rows') {
      instance.updateData(rows.rows);
      // Reading the page's layout costs a layout: only a change in the number of rows can move the frame.
      fitFrame(instance, plan.services.length);
    }
    // Rows are hidden by index, so the filter is applied again when it or the rows changed.
    const hidden = plan.services.flatMap((service, index) => (hiddenServiceIds.has(service.id) ? [index] : []));
    const hiddenKey = hidden.join(',');
    if (change === 'rows' || hiddenKey !== shownHidden.current) {
      const hiddenRows = instance.getPlugin('hiddenRows');
      hiddenRows.showRows(hiddenRows.getHiddenRows());
      hiddenRows.hideRows(hidden);
      shownHidden.current = hiddenKey;
      instance.render();
    } else if (change === 'cells' || !drawnFrom(drawn.current, shown)) {
      // The totals row, the out-of-budget marks and the highlight follow the view even when no row changed.
      instance.render();
    }
  }, [shown, hiddenServiceIds]);

  useEffect(() => {
    const instance = hot.current;
    if (!instance || !highlight) return;
    // Only when a finding is followed: after that, edits go where the user puts them.
    const row = plan.services.findIndex((service) => service.id === highlight.serviceId);
    const column = columns.findIndex((candidate) => candidate.id === highlight.field);
    if (row >= 0 && column >= 0) {
      instance.selectCell(row, column);
      instance.scrollViewportTo({ row, col: column });
    }
  }, [highlight]);

  useEffect(() => {
    const fit = () => {
      const instance = hot.current;
      if (instance) fitFrame(instance, liveView.current().session.plan.services.length);
    };
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, []);

  return <div ref={container} className="budget-grid" />;
}
