/**
 * The cells whose values changed during one change to the sheet (an edit, an insert, a load),
 * each once, in the order they changed. A load does not track: everything changed.
 */
export class ChangeLog {
  private mark = new Int32Array(0);
  private generation = 0;
  private changed: number[] = [];
  tracking = true;

  start(): void {
    this.generation += 1;
    this.changed = [];
  }

  note(cell: number): void {
    if (!this.tracking) return;
    if (cell >= this.mark.length) this.grow(cell + 1);
    if (this.mark[cell] === this.generation) return;
    this.mark[cell] = this.generation;
    this.changed.push(cell);
  }

  cells(): readonly number[] {
    return this.changed;
  }

  private grow(cells: number): void {
    const next = new Int32Array(Math.max(cells, this.mark.length * 2, 1024));
    next.set(this.mark);
    this.mark = next;
  }
}
