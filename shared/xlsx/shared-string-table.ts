import { ByteSink } from './byte-sink.ts';
import { toCellText } from './cell-content.ts';
import { escapeXmlText } from './xml-escape.ts';

/**
 * The workbook's shared strings, built once while the sheets are written: each text is stored
 * once (escaped as a cell stores it) and cells refer to it by index, as Excel itself writes.
 */
export class SharedStringTable {
  private readonly index = new Map<string, number>();
  private readonly items = new ByteSink();
  private references = 0;

  id(text: string): number {
    this.references++;
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.index.size;
      this.index.set(text, found);
      // Without xml:space="preserve", a reader may drop spaces at either end or a line break.
      this.items.ascii(/^\s|\n|\s$/.test(text) ? '<si><t xml:space="preserve">' : '<si><t>');
      this.items.text(escapeXmlText(toCellText(text)));
      this.items.ascii('</t></si>');
    }
    return found;
  }

  /** The part, once every sheet has been written (its counts head it). */
  xml(): Uint8Array {
    const part = new ByteSink();
    part.ascii('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
    part.ascii(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.index.size}">`);
    part.bytes(this.items.result());
    part.ascii('</sst>');
    return part.result();
  }
}
