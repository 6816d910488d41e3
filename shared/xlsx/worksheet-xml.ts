import { columnLettersFromIndex } from '../formulas/tokenizer.ts';
import { mergeStyles, type CellStyle } from './cell-style.ts';
import type { CellValue, ColumnDraft, SheetDraft } from './sheet-draft.ts';
import type { SharedStringTable } from './shared-string-table.ts';
import type { StyleTable } from './style-table.ts';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.ts';

/*
 * Writes one sheet's XML straight from its draft, a string per row: no object per cell as a
 * general-purpose writer keeps, which for a plan of thousands of services was most of the time
 * an export took.
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

const finite = (value: number | string | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

function cellXml(reference: string, value: CellValue, style: number, strings: SharedStringTable): string {
  const styled = style === 0 ? '' : ` s="${style}"`;
  if (typeof value === 'string') return `<c r="${reference}"${styled} t="s"><v>${strings.id(value)}</v></c>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${reference}"${styled}><v>${value}</v></c>` : '';
  if (value instanceof Date) return `<c r="${reference}"${styled}><v>${(value.getTime() - excelEpoch) / dayMilliseconds}</v></c>`;
  if (value === null) return styled ? `<c r="${reference}"${styled}/>` : '';
  const formula = `<f>${escapeXmlText(value.formula)}</f>`;
  if (typeof value.result === 'string') return `<c r="${reference}"${styled} t="str">${formula}<v>${escapeXmlText(value.result)}</v></c>`;
  return `<c r="${reference}"${styled}>${formula}${finite(value.result) ? `<v>${value.result}</v>` : ''}</c>`;
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
export function worksheetXml(sheet: SheetDraft, styles: StyleTable, strings: SharedStringTable, selected: boolean): string {
  const columnStyles = new ColumnStyles(sheet.columns, styles);
  const letters: string[] = [];
  const rows: string[] = [];
  let lastColumn = 0;
  for (const rowNumber of [...sheet.rows.keys()].sort((a, b) => a - b)) {
    const { values, styles: own } = sheet.rows.get(rowNumber)!;
    let cells = '';
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      if (value === undefined) continue;
      const reference = (letters[index] ??= columnLettersFromIndex(index)) + rowNumber;
      const cell = cellXml(reference, value, columnStyles.id(index, own[index]), strings);
      if (cell === '') continue;
      cells += cell;
      lastColumn = Math.max(lastColumn, index + 1);
    }
    rows.push(`<row r="${rowNumber}">${cells}</row>`);
  }
  const dimension = lastColumn > 0 ? `<dimension ref="A1:${columnLettersFromIndex(lastColumn - 1)}${sheet.lastRow}"/>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    dimension +
    viewXml(sheet, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    columnsXml(sheet.columns, columnStyles) +
    `<sheetData>${rows.join('')}</sheetData>` +
    conditionalFormatsXml(sheet, styles) +
    validationsXml(sheet) +
    '</worksheet>'
  );
}
