import type Handsontable from 'handsontable/base';

export const headerRowHeight = 34;
/** Every row is this tall, so Handsontable never measures one (a layout per drawn row). */
export const rowHeight = 29;
const scrollbarHeight = 16;

/**
 * The grid's frame: as tall as its rows, but never taller than the window below the header, so
 * its column headers, its totals row and its horizontal scrollbar are all on screen together
 * (at 1366×768 the columns past I were reachable only at the grid's bottom).
 */
export function gridHeight(services: number): number {
  const topbar = document.querySelector<HTMLElement>('.topbar')?.offsetHeight ?? 0;
  return Math.min(rowsHeight(services), Math.max(240, window.innerHeight - topbar - 16));
}

const rowsHeight = (services: number) => headerRowHeight + (services + 1) * rowHeight + scrollbarHeight;

/**
 * The totals row is frozen at the frame's foot only when the rows scroll inside it: a frozen
 * row is drawn twice, and a grid that shows whole ends with the totals anyway.
 */
export const frozenTotalRows = (services: number) => (rowsHeight(services) > gridHeight(services) ? 1 : 0);

/** Sets the frame's height and whether the totals row is frozen, each only when it changed. */
export function fitFrame(instance: Handsontable, services: number): void {
  const height = gridHeight(services);
  const fixedRowsBottom = frozenTotalRows(services);
  const settings = instance.getSettings();
  if (settings.height !== height || settings.fixedRowsBottom !== fixedRowsBottom) instance.updateSettings({ height, fixedRowsBottom });
}

/** A column wide enough for its header ("G · עלות ליחידה"), so no header is cut short. */
export const columnWidth = (header: string, wide: boolean) => Math.max(wide ? 210 : 96, Math.round(header.length * 7.4 + 28));
