import { roundHalfAwayFromZero } from '../../shared/budget/money.ts';
import { budgetColumnIds, type BudgetLine } from './budget-workload.ts';

export type EngineName = 'plain' | 'tamhil' | 'hyperformula';

/** The same budget sheet in each engine; every call includes propagation to the summary. */
export type BenchEngine = {
  build(lines: readonly BudgetLine[]): void;
  recalculate(): void;
  editUnitCost(line: number, unitCost: number): void;
  /** Sum of totals, self-developed sum, 20% check: compared across engines as a sanity check. */
  summary(): [number, number, number];
};

const selfDevelopmentLimit = 0.2;

/** The limit: typed arrays and a hand-written loop, totals kept up to date on an edit. */
function plainEngine(): BenchEngine {
  let participants = new Float64Array(0);
  let perYear = new Float64Array(0);
  let unitCost = new Float64Array(0);
  let total = new Float64Array(0);
  let ministry = new Float64Array(0);
  let authority = new Float64Array(0);
  let selfDeveloped = new Uint8Array(0);
  let sum = 0;
  let selfDevelopedSum = 0;
  let check = 0;
  const computeLine = (line: number) => {
    total[line] = roundHalfAwayFromZero(participants[line]! * perYear[line]! * unitCost[line]!, 2);
    ministry[line] = roundHalfAwayFromZero(total[line]! * 0.75, 2);
    authority[line] = total[line]! - ministry[line]!;
  };
  const recalculate = () => {
    sum = 0;
    selfDevelopedSum = 0;
    for (let line = 0; line < total.length; line++) {
      computeLine(line);
      sum += total[line]!;
      if (selfDeveloped[line] === 1) selfDevelopedSum += total[line]!;
    }
    check = selfDevelopedSum <= selfDevelopmentLimit * sum ? 1 : 0;
  };
  return {
    build(lines) {
      const count = lines.length;
      participants = new Float64Array(count);
      perYear = new Float64Array(count);
      unitCost = new Float64Array(count);
      total = new Float64Array(count);
      ministry = new Float64Array(count);
      authority = new Float64Array(count);
      selfDeveloped = new Uint8Array(count);
      lines.forEach((line, index) => {
        participants[index] = line.participants;
        perYear[index] = line.perYear;
        unitCost[index] = line.unitCost;
        selfDeveloped[index] = line.selfDeveloped;
      });
      recalculate();
    },
    recalculate,
    editUnitCost(line, value) {
      const before = total[line]!;
      unitCost[line] = value;
      computeLine(line);
      sum += total[line]! - before;
      if (selfDeveloped[line] === 1) selfDevelopedSum += total[line]! - before;
      check = selfDevelopedSum <= selfDevelopmentLimit * sum ? 1 : 0;
    },
    summary: () => [sum, selfDevelopedSum, check],
  };
}

async function tamhilEngine(): Promise<BenchEngine> {
  const { FormulaSheet } = await import('../../shared/formulas/formula-sheet.ts');
  let sheet = new FormulaSheet(budgetColumnIds);
  let rowIds: string[] = [];
  const number = (rowId: string) => Number(sheet.value(rowId, 'summary'));
  return {
    build(lines) {
      rowIds = lines.map((_, index) => `svc-${index + 1}`);
      const first = rowIds[0]!;
      const last = rowIds.at(-1)!;
      const summary = [
        `=SUM({$${first}:total}:{$${last}:total})`,
        `=SUMIF({$${first}:selfDeveloped}:{$${last}:selfDeveloped},1,{$${first}:total}:{$${last}:total})`,
        `=IF({$${rowIds[1]}:summary}<=${selfDevelopmentLimit}*{$${first}:summary},1,0)`,
      ];
      const rows = lines.map((line, index) => ({
        id: rowIds[index]!,
        cells: {
          participants: line.participants,
          perYear: line.perYear,
          unitCost: line.unitCost,
          total: '=ROUND({.:participants}*{.:perYear}*{.:unitCost},2)',
          ministry: '=ROUND({.:total}*75%,2)',
          authority: '={.:total}-{.:ministry}',
          selfDeveloped: line.selfDeveloped,
          summary: summary[index] ?? null,
        },
      }));
      sheet = new FormulaSheet(budgetColumnIds);
      sheet.load(rows);
    },
    recalculate: () => void sheet.recalculate(),
    editUnitCost: (line, value) => void sheet.setCell(rowIds[line]!, 'unitCost', value),
    summary: () => [number(rowIds[0]!), number(rowIds[1]!), number(rowIds[2]!)],
  };
}

async function hyperFormulaEngine(): Promise<BenchEngine> {
  const { HyperFormula } = await import('hyperformula');
  let engine: ReturnType<typeof HyperFormula.buildFromArray> | undefined;
  const summaryColumn = budgetColumnIds.indexOf('summary');
  const unitCostColumn = budgetColumnIds.indexOf('unitCost');
  const number = (row: number) => Number(engine!.getCellValue({ sheet: 0, row, col: summaryColumn }));
  return {
    build(lines) {
      const count = lines.length;
      const summary = [`=SUM(D1:D${count})`, `=SUMIF(G1:G${count},1,D1:D${count})`, `=IF(H2<=${selfDevelopmentLimit}*H1,1,0)`];
      const data = lines.map((line, index) => {
        const row = index + 1;
        return [
          line.participants,
          line.perYear,
          line.unitCost,
          `=ROUND(A${row}*B${row}*C${row},2)`,
          `=ROUND(D${row}*75%,2)`,
          `=D${row}-E${row}`,
          line.selfDeveloped,
          summary[index] ?? null,
        ];
      });
      engine?.destroy();
      engine = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3', maxRows: Math.max(count, 40_000) });
    },
    recalculate: () => engine!.rebuildAndRecalculate(),
    editUnitCost: (line, value) => void engine!.setCellContents({ sheet: 0, row: line, col: unitCostColumn }, value),
    summary: () => [number(0), number(1), number(2)],
  };
}

export async function createEngine(name: EngineName): Promise<BenchEngine> {
  if (name === 'plain') return plainEngine();
  if (name === 'tamhil') return tamhilEngine();
  return hyperFormulaEngine();
}
