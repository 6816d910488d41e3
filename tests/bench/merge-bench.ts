/**
 * The merge benchmark (issue 19): two copies of a 300-service plan, each with 50 random edits made
 * through the plan commands from their common ancestor, merged three ways as `mergePlans` merges
 * a file saved over one someone else changed: walk, fresh ids, links detached, recalculation and
 * the plan-words labels of what came from theirs and of each conflict. Each run gets its own deep
 * copies of the three plans, as three files read from disk share nothing (and memos keyed by the
 * plans do not carry over). The target is 100 ms.
 *
 * Run by run-bench.ts (`npm run bench -- --suite merge`); it prints figures and asserts nothing.
 */
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { mergePlans } from '@shared/merge/merge-plans.ts';
import { linkedPlan } from '../helpers/linked-plans.ts';
import { randomEdits } from '../unit/merge/random-edits.ts';
import { quantile } from './nearest-rank.ts';

export type MergeMeasure = 'median_ms' | 'p95_ms' | 'conflicts' | 'from_theirs';
export type MergeFigure = { suite: 'merge'; services: number; changes: number; measure: MergeMeasure; value: number };

const services = 300;
const changesPerSide = 50;
const warmUpRuns = 5;
const measuredRuns = 40;

export function runMergeBench(): MergeFigure[] {
  const base = evaluatePlan(linkedPlan(19, services)).plan;
  const mine = randomEdits(base, 38, changesPerSide, { side: 'a', services: 'all', parts: 'all' }).plan;
  const theirs = randomEdits(base, 39, changesPerSide, { side: 'b', services: 'all', parts: 'all' }).plan;
  const times: number[] = [];
  let conflicts = 0;
  let fromTheirs = 0;
  for (let run = 0; run < warmUpRuns + measuredRuns; run += 1) {
    const [baseCopy, mineCopy, theirsCopy] = structuredClone([base, mine, theirs] as const);
    const started = performance.now();
    const outcome = mergePlans(baseCopy, mineCopy, theirsCopy);
    const elapsed = performance.now() - started;
    if (outcome.status !== 'merged') throw new Error('the bench plans are one plan');
    conflicts = outcome.conflicts.length;
    fromTheirs = outcome.fromTheirs.length;
    if (run >= warmUpRuns) times.push(elapsed);
  }
  const figure = (measure: MergeMeasure, value: number): MergeFigure => ({ suite: 'merge', services, changes: changesPerSide, measure, value: Math.round(value * 1_000) / 1_000 });
  const figures = [figure('median_ms', quantile(times, 0.5)), figure('p95_ms', quantile(times, 0.95)), figure('conflicts', conflicts), figure('from_theirs', fromTheirs)];
  console.log(`\nMerge benchmark: ${services} services, ${changesPerSide} edits on each side (ms over ${measuredRuns} runs; target ≤ 100 ms)\n`);
  for (const { measure, value } of figures) console.log(`${measure.padEnd(12)}${String(value).padStart(10)}`);
  return figures;
}
