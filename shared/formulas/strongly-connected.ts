/** Appends the cells one cell has edges to (its dependents, or its precedents) to `into`. */
export type EdgeCollector = (cell: number, into: number[]) => void;

/** Receives each strongly connected component once, and whether it is a cycle. */
export type ComponentReport = (members: number[], isCycle: boolean) => void;

/**
 * Tarjan's algorithm over cells, iteratively, so a chain of any length cannot overflow the
 * stack. Components are reported in reverse topological order of the edges followed (a
 * component comes out once everything it reaches has). The marks per cell live in typed arrays
 * that grow with the sheet and are never cleared: a generation number tells this pass's marks
 * from older ones.
 */
export class StronglyConnected {
  private visitMark = new Int32Array(0);
  private visitIndex = new Int32Array(0);
  private lowLink = new Int32Array(0);
  private onStack = new Uint8Array(0);
  private generation = 0;

  /** Whether the current pass has already reported this cell's component. */
  finished(cell: number): boolean {
    return this.visitMark[cell] === this.generation && this.onStack[cell] === 0;
  }

  /**
   * Visits everything reachable from the roots. The edges of all open frames share one array,
   * appended on entry and cut back on exit, so a pass allocates nothing per cell.
   */
  run(cellCount: number, roots: readonly number[], collect: EdgeCollector, report: ComponentReport): void {
    this.ensure(cellCount);
    this.generation += 1;
    const generation = this.generation;
    const { visitMark, visitIndex, lowLink, onStack } = this;
    const stack: number[] = [];
    const edges: number[] = [];
    const frameCell: number[] = [];
    const frameCursor: number[] = [];
    const frameEnd: number[] = [];
    const selfLoops = new Set<number>();
    let counter = 0;
    const open = (cell: number) => {
      visitMark[cell] = generation;
      visitIndex[cell] = counter;
      lowLink[cell] = counter;
      counter += 1;
      stack.push(cell);
      onStack[cell] = 1;
      frameCell.push(cell);
      frameCursor.push(edges.length);
      collect(cell, edges);
      frameEnd.push(edges.length);
    };
    for (const root of roots) {
      if (visitMark[root] === generation) continue;
      open(root);
      while (frameCell.length > 0) {
        const top = frameCell.length - 1;
        const cell = frameCell[top]!;
        const cursor = frameCursor[top]!;
        if (cursor < frameEnd[top]!) {
          frameCursor[top] = cursor + 1;
          const other = edges[cursor]!;
          if (other === cell) selfLoops.add(cell);
          else if (visitMark[other] !== generation) open(other);
          else if (onStack[other] === 1) lowLink[cell] = Math.min(lowLink[cell]!, visitIndex[other]!);
          continue;
        }
        frameCell.pop();
        frameCursor.pop();
        frameEnd.pop();
        edges.length = top > 0 ? frameEnd[top - 1]! : 0;
        if (top > 0) {
          const parent = frameCell[top - 1]!;
          lowLink[parent] = Math.min(lowLink[parent]!, lowLink[cell]!);
        }
        if (lowLink[cell] !== visitIndex[cell]) continue;
        const members: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          members.push(member);
        } while (member !== cell);
        report(members, members.length > 1 || selfLoops.has(cell));
      }
    }
  }

  private ensure(cellCount: number): void {
    if (this.visitMark.length >= cellCount) return;
    const grown = <T extends Int32Array | Uint8Array>(array: T, make: (length: number) => T): T => {
      const next = make(cellCount);
      next.set(array);
      return next;
    };
    this.visitMark = grown(this.visitMark, (length) => new Int32Array(length));
    this.visitIndex = grown(this.visitIndex, (length) => new Int32Array(length));
    this.lowLink = grown(this.lowLink, (length) => new Int32Array(length));
    this.onStack = grown(this.onStack, (length) => new Uint8Array(length));
  }
}
