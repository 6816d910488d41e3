import type { CellStyle } from './cell-style.ts';

/** What a cell holds: text, a number, a date, or a formula (without '=') with the value it computes to. */
export type CellValue = string | number | Date | null | { formula: string; result?: number | string };

export type ColumnDraft = { width: number; style?: CellStyle };

/** One row's cells from column 1 on, each with its own style (over its column's) where it has one. */
export type RowDraft = { values: CellValue[]; styles: (CellStyle | undefined)[] };

export type ListValidation = {
  /** A1 range, `B2:B517`. */
  range: string;
  options: readonly string[];
  allowBlank: boolean;
  /** Shown when a value outside the list is typed; typing it is still allowed (a warning, not a stop). */
  error?: string;
};

/** Cells drawn in a style while a formula (relative to the range's first cell) is true. */
export type ConditionalFormat = { range: string; formula: string; style: Pick<CellStyle, 'font' | 'fill'> };

export type SheetOptions = {
  rightToLeft: boolean;
  /** Rows kept in view at the top while scrolling. */
  frozenRows: number;
  /** A very hidden sheet is not listed under Unhide in Excel. */
  state?: 'visible' | 'veryHidden';
};

/**
 * One sheet as it is being written: rows by number, column widths and formats, drop-down lists
 * and conditional formats. Nothing is XML yet; worksheet-xml.ts writes it once it is complete.
 */
export class SheetDraft {
  readonly rows = new Map<number, RowDraft>();
  columns: ColumnDraft[] = [];
  readonly validations: ListValidation[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];
  private last = 0;

  constructor(
    readonly name: string,
    readonly options: SheetOptions,
  ) {}

  get lastRow(): number {
    return this.last;
  }

  private row(rowNumber: number): RowDraft {
    let row = this.rows.get(rowNumber);
    if (!row) {
      row = { values: [], styles: [] };
      this.rows.set(rowNumber, row);
      this.last = Math.max(this.last, rowNumber);
    }
    return row;
  }

  /** Sets a row's cells from column 1 on, each in `style` if given. */
  setRow(rowNumber: number, values: readonly CellValue[], style?: CellStyle): void {
    const row = this.row(rowNumber);
    values.forEach((value, index) => {
      row.values[index] = value;
      row.styles[index] = style;
    });
  }

  /** Appends a row below the last one. */
  addRow(values: readonly CellValue[], style?: CellStyle): void {
    this.setRow(this.last + 1, values, style);
  }

  /** Sets one cell; `column` counts from 1. */
  setCell(rowNumber: number, column: number, value: CellValue, style?: CellStyle): void {
    const row = this.row(rowNumber);
    row.values[column - 1] = value;
    row.styles[column - 1] = style;
  }
}
