import type { CellStyle } from './cell-style.ts';
import { escapeXmlAttribute } from './xml-escape.ts';

/*
 * The workbook's one styles part, built once while the sheets are written: every distinct
 * style gets an index the cells refer to, fonts, fills and number formats are each listed once,
 * and a differential style (for conditional formatting) gets an index of its own.
 */

/** Formats Excel knows by number; any other gets a number from 164 on, as Excel numbers custom formats. */
const builtInFormats: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };
const firstCustomFormat = 164;

/** A cell's font in full; a differential font says only what it changes. */
const fontXml = (font: CellStyle['font'] = {}, differential = false) =>
  `<font>${font.bold ? '<b/>' : ''}${font.italic ? '<i/>' : ''}${differential ? '' : '<sz val="11"/>'}${font.color ? `<color rgb="${font.color}"/>` : ''}${differential ? '' : '<name val="Calibri"/><family val="2"/>'}</font>`;

/** A solid fill; a differential fill is drawn from its background colour, so both are set. */
const fillXml = (argb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill>`;

function alignmentXml(alignment: CellStyle['alignment']): string {
  if (!alignment) return '';
  const { horizontal, vertical, wrapText } = alignment;
  const vertically = vertical === 'middle' ? 'center' : vertical;
  return `<alignment${horizontal ? ` horizontal="${horizontal}"` : ''}${vertically ? ` vertical="${vertically}"` : ''}${wrapText ? ' wrapText="1"' : ''}/>`;
}

function styleKey(style: CellStyle): string {
  const { numFmt = '', font = {}, fill = '', alignment = {} } = style;
  return [numFmt, font.bold, font.italic, font.color, fill, alignment.horizontal, alignment.vertical, alignment.wrapText].join('\u0000');
}

/** One list of XML entries, each added once, found again by key. */
class Interned {
  readonly entries: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(first: readonly string[] = []) {
    for (const entry of first) this.add(entry, entry);
  }
  add(key: string, xml: string): number {
    let found = this.index.get(key);
    if (found === undefined) {
      found = this.entries.push(xml) - 1;
      this.index.set(key, found);
    }
    return found;
  }
}

export class StyleTable {
  private readonly formats = new Map<string, number>();
  private readonly fonts = new Interned([fontXml()]);
  // Excel expects its two reserved fills first.
  private readonly fills = new Interned(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly cellFormats = new Interned(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly differentials = new Interned();
  private readonly byObject = new WeakMap<CellStyle, number>();

  private formatId(code: string): number {
    const builtIn = builtInFormats[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = firstCustomFormat + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The index cells of this style carry (`s="…"`); 0, the default, for none. */
  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    const known = this.byObject.get(style);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const font = style.font ? fontXml(style.font) : null;
    const fill = style.fill ? fillXml(style.fill) : null;
    const fontId = font ? this.fonts.add(font, font) : 0;
    const fillId = fill ? this.fills.add(fill, fill) : 0;
    const alignment = alignmentXml(style.alignment);
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    const attributes = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}`;
    const xml = alignment ? `<xf ${attributes}>${alignment}</xf>` : `<xf ${attributes}/>`;
    const id = this.cellFormats.add(styleKey(style), xml);
    this.byObject.set(style, id);
    return id;
  }

  /** The index a conditional format's rule refers to (`dxfId`). */
  differentialId(style: Pick<CellStyle, 'font' | 'fill'>): number {
    const xml = `<dxf>${style.font ? fontXml(style.font, true) : ''}${style.fill ? fillXml(style.fill) : ''}</dxf>`;
    return this.differentials.add(xml, xml);
  }

  xml(): string {
    const list = (tag: string, entries: readonly string[]) => `<${tag} count="${entries.length}">${entries.join('')}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXmlAttribute(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? list('numFmts', formats) : '') +
      list('fonts', this.fonts.entries) +
      list('fills', this.fills.entries) +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.cellFormats.entries) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.differentials.entries) +
      '</styleSheet>'
    );
  }
}
