import { toCellText } from './cell-content.ts';
import { escapeXmlText } from './xml-escape.ts';

/**
 * The workbook's shared strings, built once while the sheets are written: each text is stored
 * once (escaped as a cell stores it) and cells refer to it by index, as Excel itself writes.
 */
export class SharedStringTable {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private references = 0;

  id(text: string): number {
    this.references++;
    let found = this.index.get(text);
    if (found === undefined) {
      // Without xml:space="preserve", a reader may drop spaces at either end.
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      found = this.items.push(`<si><t${space}>${escapeXmlText(toCellText(text))}</t></si>`) - 1;
      this.index.set(text, found);
    }
    return found;
  }

  xml(): string {
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.items.length}">` +
      this.items.join('') +
      '</sst>'
    );
  }
}
