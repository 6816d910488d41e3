import { SheetDraft, type SheetOptions } from './sheet-draft.ts';

/** A workbook being written: its sheets in order and the names its formulas use. */
export class WorkbookDraft {
  readonly sheets: SheetDraft[] = [];
  readonly definedNames: { name: string; reference: string }[] = [];

  addSheet(name: string, options: SheetOptions): SheetDraft {
    const sheet = new SheetDraft(name, options);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A name for a cell, `'Sheet name'!$B$5`, that formulas anywhere in the workbook can use. */
  defineName(name: string, reference: string): void {
    this.definedNames.push({ name, reference });
  }
}
