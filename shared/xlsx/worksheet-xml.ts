import { columnLettersFromIndex } from '../formulas/tokenizer.ts';
import { asciiBytes, ByteSink } from './byte-sink.ts';
import { mergeStyles, type CellStyle } from './cell-style.ts';
import type { CellValue, ColumnDraft, SheetDraft } from './sheet-draft.ts';
import type { SharedStringTable } from './shared-string-table.ts';
import type { StyleTable } from './style-table.ts';
import { toCellText } from './cell-content.ts';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.ts';

/*
 * Writes one sheet's part straight from its draft, as bytes: the markup of each cell from
 * pieces prepared once per column and style, the text from the shared strings, and no string
 * or object per cell.
 */

/** Excel counts days from 1899-12-30 (its 1900 leap-year quirk included). */
const excelEpoch = Date.UTC(1899, 11, 30);
const dayMilliseconds = 86_400_000;

/** A cell's style index, worked out once per column and style object rather than once per cell. */
class ColumnStyles {
  private readonly plain: number[];
  private readonly own: WeakMap<CellStyle, number>[];
  constructor(
    private readonly columns: readonly ColumnDraft[],
    private readonly styles: StyleTable,
  ) {
    this.plain = columns.map((column) => styles.id(column.style));
    this.own = columns.map(() => new WeakMap());
  }
  id(column: number, style: CellStyle | undefined): number {
    if (!style) return this.plain[column] ?? 0;
    const known = this.own[column]?.get(style);
    if (known !== undefined) return known;
    const id = this.styles.id(mergeStyles(this.columns[column]?.style, style));
    this.own[column]?.set(style, id);
    return id;
  }
}

const markup = {
  endFormula: asciiBytes('</f></c>'),
  endFormulaWithValue: asciiBytes('</f><v>'),
  end: asciiBytes('</v></c>'),
} as const;

/**
 * What follows a cell's row number, for each style index and kind of cell (`" s="3" t="s"><v>`),
 * prepared once so that a cell is a few copies rather than a string formatted for it.
 */
type CellOpenings = { text: Uint8Array; value: Uint8Array; formula: Uint8Array; formulaText: Uint8Array; empty: Uint8Array };

class Openings {
  private readonly known: CellOpenings[] = [];
  get(style: number): CellOpenings {
    const attribute = style === 0 ? '"' : `" s="${style}"`;
    return (this.known[style] ??= {
      text: asciiBytes(`${attribute} t="s"><v>`),
      value: asciiBytes(`${attribute}><v>`),
      formula: asciiBytes(`${attribute}><f>`),
      formulaText: asciiBytes(`${attribute} t="str"><f>`),
      empty: asciiBytes(`${attribute}/>`),
    });
  }
}

/**
 * Writes one cell after `start` (`<c r="` and its column's letters). An empty cell is written
 * only for a style of its own (a header's fill): the column's style already shows on its empty cells.
 */
function writeCell(sink: ByteSink, start: Uint8Array, row: string, value: CellValue, openings: CellOpenings, styled: boolean, strings: SharedStringTable): void {
  if (value === null && !styled) return;
  if (typeof value === 'number' && !Number.isFinite(value)) return;
  sink.bytes(start);
  sink.ascii(row);
  if (value === null) sink.bytes(openings.empty);
  else if (typeof value === 'string') {
    sink.bytes(openings.text);
    sink.integer(strings.id(value));
    sink.bytes(markup.end);
  } else if (typeof value === 'number' || value instanceof Date) {
    sink.bytes(openings.value);
    sink.ascii(String(typeof value === 'number' ? value : (value.getTime() - excelEpoch) / dayMilliseconds));
    sink.bytes(markup.end);
  } else {
    const { formula, result } = value;
    sink.bytes(typeof result === 'string' ? openings.formulaText : openings.formula);
    sink.text(escapeXmlText(formula));
    if (typeof result === 'string') {
      sink.bytes(markup.endFormulaWithValue);
      sink.text(escapeXmlText(toCellText(result)));
      sink.bytes(markup.end);
    } else if (typeof result === 'number' && Number.isFinite(result)) {
      sink.bytes(markup.endFormulaWithValue);
      sink.ascii(String(result));
      sink.bytes(markup.end);
    } else {
      sink.bytes(markup.endFormula);
    }
  }
}

function viewXml(sheet: SheetDraft, selected: boolean): string {
  const { rightToLeft, frozenRows } = sheet.options;
  const first = `A${frozenRows + 1}`;
  const pane =
    frozenRows > 0
      ? `<pane ySplit="${frozenRows}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/>`
      : '';
  return `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''}${rightToLeft ? ' rightToLeft="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function columnsXml(columns: readonly ColumnDraft[], styles: ColumnStyles): string {
  if (columns.length === 0) return '';
  const entries = columns.map((column, index) => {
    const style = styles.id(index, undefined);
    return `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"${style ? ` style="${style}"` : ''}/>`;
  });
  return `<cols>${entries.join('')}</cols>`;
}

function conditionalFormatsXml(sheet: SheetDraft, styles: StyleTable): string {
  return sheet.conditionalFormats
    .map(
      ({ range, formula, style }, index) =>
        `<conditionalFormatting sqref="${range}"><cfRule type="expression" dxfId="${styles.differentialId(style)}" priority="${index + 1}"><formula>${escapeXmlText(formula)}</formula></cfRule></conditionalFormatting>`,
    )
    .join('');
}

function validationsXml(sheet: SheetDraft): string {
  if (sheet.validations.length === 0) return '';
  const entries = sheet.validations.map(({ range, options, allowBlank, error }) => {
    const list = `"${options.map((option) => option.replace(/"/g, '""')).join(',')}"`;
    const message = error === undefined ? '' : ` errorStyle="warning" showErrorMessage="1" error="${escapeXmlAttribute(error)}"`;
    return `<dataValidation type="list"${allowBlank ? ' allowBlank="1"' : ''}${message} sqref="${range}"><formula1>${escapeXmlText(list)}</formula1></dataValidation>`;
  });
  return `<dataValidations count="${entries.length}">${entries.join('')}</dataValidations>`;
}

/** The sheet's part, its text shared through `strings` and its styles through `styles`. */
export function worksheetXml(sheet: SheetDraft, styles: StyleTable, strings: SharedStringTable, selected: boolean): Uint8Array {
  const columnStyles = new ColumnStyles(sheet.columns, styles);
  const openings = new Openings();
  const starts: Uint8Array[] = [];
  const rowNumbers = [...sheet.rows.keys()].sort((a, b) => a - b);
  const lastColumn = Math.max(0, ...rowNumbers.map((rowNumber) => sheet.rows.get(rowNumber)!.values.length));
  const sink = new ByteSink();
  sink.ascii('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  sink.ascii('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">');
  if (lastColumn > 0) sink.ascii(`<dimension ref="A1:${columnLettersFromIndex(lastColumn - 1)}${sheet.lastRow}"/>`);
  sink.text(viewXml(sheet, selected));
  sink.ascii('<sheetFormatPr defaultRowHeight="15"/>');
  sink.text(columnsXml(sheet.columns, columnStyles));
  sink.ascii('<sheetData>');
  for (const rowNumber of rowNumbers) {
    const { values, styles: own } = sheet.rows.get(rowNumber)!;
    const row = String(rowNumber);
    sink.ascii(`<row r="${row}">`);
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      if (value === undefined) continue;
      const style = columnStyles.id(index, own[index]);
      const start = (starts[index] ??= asciiBytes(`<c r="${columnLettersFromIndex(index)}`));
      writeCell(sink, start, row, value, openings.get(style), own[index] !== undefined, strings);
    }
    sink.ascii('</row>');
  }
  sink.ascii('</sheetData>');
  sink.text(conditionalFormatsXml(sheet, styles));
  sink.text(validationsXml(sheet));
  sink.ascii('</worksheet>');
  return sink.result();
}
