import { describe, it, expect } from 'vitest';
import { FormulaError, FormulaSheet, type CellInput, type CellValue, type SheetRow } from '@shared/formulas/formula-sheet.ts';

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const below = (count: number) => Math.floor(next() * count);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;
  return { next, below, pick };
}

type Random = ReturnType<typeof seededRandom>;

const columns = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
const names = ['RATE', 'SHARE', 'UNSET'];

/** How long the ranges of random formulas are: up to 25 rows, up to the whole sheet, or often whole columns. */
type RangeLengths = 'short' | 'long' | 'whole-columns';

/** Writes random formulas that read earlier and later cells, ranges, names and missing rows. */
class FormulaWriter {
  constructor(
    private readonly random: Random,
    private readonly rowIds: () => readonly string[],
    private readonly rangeLengths: RangeLengths = 'short',
  ) {}

  private row(): string {
    const { random } = this;
    if (random.next() < 0.03) return 'gone';
    return random.pick(this.rowIds());
  }

  private reference(): string {
    const { random } = this;
    const column = random.next() < 0.02 ? 'nowhere' : random.pick(columns);
    const dollar = random.next() < 0.2 ? '$' : '';
    return random.next() < 0.4 ? `{.:${column}}` : `{${dollar}${this.row()}:${column}}`;
  }

  private range(): string {
    const { random } = this;
    const ids = this.rowIds();
    if (random.next() < 0.3) return `{.:${random.pick(columns)}}:{.:${random.pick(columns)}}`;
    const start = random.below(ids.length);
    const span = this.rangeLengths === 'short' ? random.below(25) : random.below(ids.length);
    const end = Math.min(ids.length - 1, start + span);
    const column = random.pick(columns);
    const endColumn = random.next() < 0.8 ? column : random.pick(columns);
    if (this.rangeLengths === 'whole-columns' && random.next() < 0.6) return `{*:${column}}:{*:${endColumn}}`;
    return `{${ids[start]}:${column}}:{${random.next() < 0.1 ? '.' : ids[end]}:${endColumn}}`;
  }

  expression(depth: number): string {
    const { random } = this;
    const choice = random.next();
    if (depth <= 0 || choice < 0.25) {
      const leaf = random.next();
      if (leaf < 0.45) return this.reference();
      if (leaf < 0.75) return String(random.below(40) - 10) + (random.next() < 0.3 ? '.5' : '');
      if (leaf < 0.82) return random.pick(['"x"', '"5"', '""', 'TRUE', 'FALSE', '#REF!']);
      return random.pick(names);
    }
    if (choice < 0.55) {
      const operator = random.pick(['+', '-', '*', '/', '&', '=', '<>', '<', '>=', '^']);
      return `(${this.expression(depth - 1)}${operator}${this.expression(depth - 1)})`;
    }
    if (choice < 0.6) return `-${this.expression(depth - 1)}${random.next() < 0.5 ? '%' : ''}`;
    const name = random.pick(['SUM', 'AVERAGE', 'MIN', 'MAX', 'COUNT', 'COUNTA', 'IF', 'IFERROR', 'ROUND', 'ROUNDUP', 'ROUNDDOWN', 'ABS', 'AND', 'OR', 'NOT', 'SUMIF', 'COUNTIF']);
    switch (name) {
      case 'IF':
        return `IF(${this.expression(depth - 1)},${this.expression(depth - 1)},${this.expression(depth - 1)})`;
      case 'IFERROR':
        return `IFERROR(${this.expression(depth - 1)},${this.expression(depth - 1)})`;
      case 'ROUND':
      case 'ROUNDUP':
      case 'ROUNDDOWN':
        return `${name}(${this.expression(depth - 1)},${random.below(4) - 1})`;
      case 'ABS':
      case 'NOT':
        return `${name}(${this.expression(depth - 1)})`;
      case 'SUMIF':
        return `SUMIF(${this.range()},${random.pick(['">3"', '"<>0"', '1', '"x"', '"=5"', this.reference()])},${this.range()})`;
      case 'COUNTIF':
        return `COUNTIF(${this.range()},${random.pick(['">3"', '"<>0"', '1', '"x*"', this.reference()])})`;
      default: {
        const args = Array.from({ length: 1 + random.below(3) }, () => (random.next() < 0.6 ? this.range() : this.expression(depth - 1)));
        return `${name}(${args.join(',')})`;
      }
    }
  }

  formula(): string {
    return `=${this.expression(1 + this.random.below(3))}`;
  }

  input(formulaShare = 0.35): CellInput {
    const { random } = this;
    const choice = random.next();
    if (choice < formulaShare) return this.formula();
    if (choice < formulaShare + 0.4) return random.below(100) / (random.next() < 0.5 ? 1 : 8) - 10;
    if (choice < formulaShare + 0.47) return random.pick(['x', '5', 'text', '']);
    if (choice < formulaShare + 0.5) return random.next() < 0.5;
    return null;
  }
}

type Model = { columnFormulas: Map<string, string>; names: Map<string, number> };

function snapshot(sheet: FormulaSheet): Map<string, CellValue> {
  const values = new Map<string, CellValue>();
  for (const rowId of sheet.rowIds()) for (const column of columns) values.set(`${rowId}:${column}`, sheet.value(rowId, column));
  return values;
}

const shown = (value: CellValue) => (value instanceof FormulaError ? value.code : value);

/**
 * A sheet built from scratch from the same inputs: what the incremental sheet must equal. Column
 * formulas come from the sheet, which rewrites those whose ranges end on a removed row.
 */
function fromScratch(sheet: FormulaSheet, model: Model): FormulaSheet {
  const fresh = new FormulaSheet(columns);
  for (const column of columns) {
    const formula = sheet.columnFormula(column);
    expect(formula === null || model.columnFormulas.has(column)).toBe(true);
    if (formula !== null) fresh.setColumnFormula(column, formula);
  }
  for (const [name, value] of model.names) fresh.setName(name, value);
  const rows: SheetRow[] = sheet.rowIds().map((id) => ({ id, cells: Object.fromEntries(columns.map((column) => [column, sheet.input(id, column)])) }));
  fresh.load(rows);
  return fresh;
}

function expectSameValues(sheet: FormulaSheet, model: Model, context: string): void {
  const incremental = snapshot(sheet);
  const oracle = snapshot(fromScratch(sheet, model));
  for (const [cell, value] of oracle) {
    const actual = incremental.get(cell);
    if (shown(actual!) !== shown(value)) expect.fail(`${context}: ${cell} is ${String(shown(actual!))}, from scratch ${String(shown(value))}`);
  }
}

function runRandomSession(seed: number, rowCount: number, edits: number, options: { rangeLengths?: RangeLengths; formulaShare?: number } = {}): void {
  const random = seededRandom(seed);
  const sheet = new FormulaSheet(columns);
  const model: Model = { columnFormulas: new Map(), names: new Map([['RATE', 1.5]]) };
  const writer = new FormulaWriter(random, () => sheet.rowIds(), options.rangeLengths);
  let rowIds = Array.from({ length: rowCount }, (_, index) => `r${index}`);
  const initialIds = () => rowIds;
  const initialWriter = new FormulaWriter(random, initialIds, options.rangeLengths);
  for (const [name, value] of model.names) sheet.setName(name, value);
  model.columnFormulas.set('c5', initialWriter.formula());
  sheet.setColumnFormula('c5', model.columnFormulas.get('c5')!);
  sheet.load(rowIds.map((id) => ({ id, cells: Object.fromEntries(columns.map((column) => [column, initialWriter.input(options.formulaShare)])) })));
  expectSameValues(sheet, model, `seed ${seed} after load`);

  const removed: string[] = [];
  let created = 0;
  for (let step = 0; step < edits; step++) {
    rowIds = [...sheet.rowIds()];
    const before = snapshot(sheet);
    const choice = random.next();
    let description: string;
    let changed;
    if (choice < 0.6 || rowIds.length < 5) {
      const rowId = random.pick(rowIds);
      const column = random.pick(columns);
      const input = writer.input(options.formulaShare);
      description = `setCell(${rowId}, ${column}, ${JSON.stringify(input)})`;
      changed = sheet.setCell(rowId, column, input);
    } else if (choice < 0.65) {
      const column = random.pick(columns);
      const formula = random.next() < 0.3 ? null : writer.formula();
      description = `setColumnFormula(${column}, ${formula})`;
      if (formula === null) model.columnFormulas.delete(column);
      else model.columnFormulas.set(column, formula);
      changed = sheet.setColumnFormula(column, formula);
    } else if (choice < 0.7) {
      const name = random.pick(names.slice(0, 2));
      const value = random.below(10) / 4;
      description = `setName(${name}, ${value})`;
      model.names.set(name, value);
      changed = sheet.setName(name, value);
    } else if (choice < 0.8) {
      const id = removed.length > 0 && random.next() < 0.5 ? removed.splice(random.below(removed.length), 1)[0]! : `n${created++}`;
      const index = random.below(rowIds.length + 1);
      const cells = Object.fromEntries(columns.map((column) => [column, writer.input(options.formulaShare)]));
      description = `insertRow(${index}, ${id})`;
      changed = sheet.insertRow(index, { id, cells });
    } else if (choice < 0.9) {
      const id = random.pick(rowIds);
      description = `removeRow(${id})`;
      removed.push(id);
      changed = sheet.removeRow(id);
    } else {
      const order = [...rowIds];
      if (random.next() < 0.5) {
        for (let index = order.length - 1; index > 0; index--) {
          const other = random.below(index + 1);
          [order[index], order[other]] = [order[other]!, order[index]!];
        }
      } else {
        const [moved] = order.splice(random.below(order.length), 1);
        order.splice(random.below(order.length + 1), 0, moved!);
      }
      description = 'reorderRows(…)';
      changed = sheet.reorderRows(order);
    }
    const context = `seed ${seed}, step ${step}: ${description}`;
    expectSameValues(sheet, model, context);
    const reported = new Set(changed.map(({ rowId, columnId }) => `${rowId}:${columnId}`));
    for (const [cell, value] of snapshot(sheet)) {
      if (before.has(cell) && shown(before.get(cell)!) !== shown(value) && !reported.has(cell)) expect.fail(`${context}: ${cell} changed but was not reported`);
    }
  }
}

/** Each session rebuilds the sheet from scratch after every edit, so it gets more time than a unit test. */
const sessionTimeout = 30_000;

describe('incremental recalculation on seeded random graphs', () => {
  it.each([1, 2, 3])(
    'equals a calculation from scratch after every edit (500 rows × 6 columns, seed %d)',
    (seed) => {
      runRandomSession(seed, 500, 80);
    },
    sessionTimeout,
  );

  it(
    'equals a calculation from scratch with long ranges over kept column totals',
    () => {
      runRandomSession(11, 1_500, 40, { rangeLengths: 'long', formulaShare: 0.05 });
    },
    sessionTimeout,
  );

  it.each([31, 32])(
    'equals a calculation from scratch with whole columns read by many formulas, through shared ranges and kept aggregates (seed %d)',
    (seed) => {
      runRandomSession(seed, 700, 60, { rangeLengths: 'whole-columns', formulaShare: 0.15 });
    },
    sessionTimeout,
  );

  it(
    'equals a calculation from scratch in a dense small sheet full of cycles',
    () => {
      runRandomSession(23, 12, 300, { formulaShare: 0.7 });
    },
    sessionTimeout,
  );
});

describe('a deep chain', () => {
  const length = 10_000;
  const chainRows = (): SheetRow[] =>
    Array.from({ length }, (_, index) => ({ id: `r${index}`, cells: { c0: index === 0 ? 1 : `={r${index - 1}:c0}+1` } }));

  it('evaluates 10,000 cells each reading the previous without overflowing the stack', () => {
    const sheet = new FormulaSheet(columns);
    sheet.load(chainRows());
    expect(sheet.value(`r${length - 1}`, 'c0')).toBe(length);
  });

  it('carries an edit at its start to its end', () => {
    const sheet = new FormulaSheet(columns);
    sheet.load(chainRows());
    const changed = sheet.setCell('r0', 'c0', 101);
    expect(changed).toHaveLength(length);
    expect(sheet.value(`r${length - 1}`, 'c0')).toBe(length + 100);
  });

  it('turns into #CIRC! when closed into a loop, and recovers when opened', () => {
    const sheet = new FormulaSheet(columns);
    sheet.load(chainRows());
    sheet.setCell('r0', 'c0', `={r${length - 1}:c0}+1`);
    expect(sheet.errors()).toHaveLength(length);
    sheet.setCell('r0', 'c0', 0);
    expect(sheet.errors()).toEqual([]);
    expect(sheet.value(`r${length - 1}`, 'c0')).toBe(length - 1);
  });
});
