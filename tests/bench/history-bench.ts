/**
 * The version history benchmark (issue 19): what keeping every listed version costs a user. A
 * 300-service plan is saved 200 times, one random command edit between saves, as the app
 * records each save (withVersionRecorded: the change summary, the delta of the version before,
 * the pruning). Then, on fresh copies of the files (memos keyed by a history do not carry
 * over): rebuilding the oldest listed version, 199 deltas back, and finding the common ancestor
 * of two copies that parted 100 saves ago and were each saved since, as Merge a copy does.
 *
 * Run by run-bench.ts (`npm run bench -- --suite history`); it prints figures and asserts nothing.
 */
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { commonAncestor } from '@shared/history/common-ancestor.ts';
import { keptCopyOf } from '@shared/history/kept-copy.ts';
import { withVersionRecorded, type Recording } from '@shared/history/record-version.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { serializePlan } from '@shared/model/serialize-plan.ts';
import { linkedPlan } from '../helpers/linked-plans.ts';
import { randomEdits } from '../unit/merge/random-edits.ts';
import { quantile } from './nearest-rank.ts';

export type HistoryMeasure = 'save_median_ms' | 'save_p95_ms' | 'file_kb_plan' | 'file_kb_after_saves' | 'bytes_per_save' | 'delta_bytes_median' | 'oldest_version_ms' | 'common_ancestor_ms';
export type HistoryFigure = { suite: 'history'; services: number; saves: number; measure: HistoryMeasure; value: number };

const services = 300;
const saves = 200;
const partedAt = 100;
const measuredRuns = 10;

let serial = 0;
const recording = (author: string): Recording => ({ newVersionId: () => `bench-${++serial}`, author, at: new Date(Date.UTC(2027, 0, 1, 0, serial)).toISOString(), language: 'he' });

/** `plan` saved after each of `steps`; each save's time and the size of the delta it wrote (compact JSON) when `figures` is given. */
function savedAfterEach(plan: Plan, steps: readonly ((plan: Plan) => Plan)[], author: string, figures?: { times: number[]; deltaBytes: number[] }): Plan {
  let current = plan;
  for (const step of steps) {
    const edited = step(current);
    const started = performance.now();
    current = withVersionRecorded(edited, current, recording(author));
    figures?.times.push(performance.now() - started);
    const written = current.history.deltas.at(-1);
    if (written) figures?.deltaBytes.push(JSON.stringify(written).length);
  }
  return current;
}

/** The median time of `work` over fresh copies of `plans`, read again as a file is. */
function timedOnFreshCopies<T extends readonly Plan[]>(plans: T, work: (...copies: T) => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < measuredRuns; run += 1) {
    const copies = plans.map((plan) => JSON.parse(JSON.stringify(plan)) as Plan) as unknown as T;
    const started = performance.now();
    work(...copies);
    times.push(performance.now() - started);
  }
  return quantile(times, 0.5);
}

export function runHistoryBench(): HistoryFigure[] {
  const start = evaluatePlan(linkedPlan(19, services)).plan;
  const saveFigures = { times: [] as number[], deltaBytes: [] as number[] };
  const { steps } = randomEdits(start, 1_000, saves, { side: 'a', services: 'all', parts: 'all' });
  const parted = savedAfterEach(start, steps.slice(0, partedAt), 'נועה', saveFigures);
  const mine = savedAfterEach(parted, steps.slice(partedAt), 'נועה', saveFigures);
  const theirs = savedAfterEach(parted, randomEdits(parted, 2_000, 20, { side: 'b', services: 'all', parts: 'all' }).steps, 'דנה');
  const oldest = mine.history.versions[0]!.id;
  const figure = (measure: HistoryMeasure, value: number): HistoryFigure => ({ suite: 'history', services, saves, measure, value: Math.round(value * 1_000) / 1_000 });
  const firstSave = serializePlan(savedAfterEach(start, steps.slice(0, 1), 'נועה')).length;
  const figures = [
    figure('save_median_ms', quantile(saveFigures.times, 0.5)),
    figure('save_p95_ms', quantile(saveFigures.times, 0.95)),
    figure('file_kb_plan', serializePlan(start).length / 1_024),
    figure('file_kb_after_saves', serializePlan(mine).length / 1_024),
    figure('bytes_per_save', (serializePlan(mine).length - firstSave) / (saves - 1)),
    figure('delta_bytes_median', quantile(saveFigures.deltaBytes, 0.5)),
    figure('oldest_version_ms', timedOnFreshCopies([mine] as const, (copy) => {
      if (!keptCopyOf(copy.history, oldest)) throw new Error('the oldest version is not kept');
    })),
    figure('common_ancestor_ms', timedOnFreshCopies([mine, theirs] as const, (a, b) => {
      if (!commonAncestor(a, b).base) throw new Error('the copies parted at a kept version');
    })),
  ];
  console.log(`\nVersion history benchmark: ${services} services, ${saves} saves (ms are medians; bytes as the file is written)\n`);
  for (const { measure, value } of figures) console.log(`${measure.padEnd(22)}${String(value).padStart(12)}`);
  return figures;
}
