import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '@shared/budget/evaluated-plan.ts';
import { planTotals } from '@shared/budget/plan-totals.ts';
import { costByKind } from '@shared/budget/cost-breakdown.ts';
import { serviceCost } from '@shared/budget/service-cost.ts';
import { decide } from '@shared/commands/priority-commands.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { exportPlanWorkbook } from '@shared/xlsx/write-workbook.ts';
import { limitCheckTexts, summaryKindRow, summaryRow, type SummaryRowKey } from '@shared/xlsx/summary-sheet.ts';
import { libreOfficeAvailable, readCellValues, recalculateWithLibreOffice, type ComputedWorkbook } from '../../support/libreoffice.ts';
import { overLimitSampleName, samplePlan, validSampleName } from '../../helpers/samples.ts';
import { generatedPlan } from '../../helpers/generated-plans.ts';
import { buildPlan, buildSelfDevelopedCosting, buildServiceCosting, withServices } from '../../helpers/plan-builders.ts';

const withLibreOffice = it.skipIf(!libreOfficeAvailable());
const timeout = 180_000;

/** An amount as LibreOffice computed it, in whole agorot (it writes 15 significant digits). */
function agorotOf(computed: ComputedWorkbook, sheet: string, address: string): number {
  const value = computed.get(sheet)?.get(address);
  if (typeof value !== 'number') throw new Error(`${sheet}!${address} is ${JSON.stringify(value)}, not a number`);
  return Math.round(value * 100);
}

/**
 * Exports without any cached result, so LibreOffice must compute every figure itself, and
 * compares each total, share and the 20% check with Tamhil's own, to the agora.
 */
async function expectLibreOfficeAgrees(plan: Plan, language: 'he' | 'en' = 'he') {
  const evaluated = evaluatePlan(plan).plan;
  const bytes = await exportPlanWorkbook(evaluated, { language, cachedResults: false });
  const summary = language === 'he' ? 'סיכום' : 'Summary';
  const servicesSheet = language === 'he' ? 'שירותים ותקציב' : 'Services and budget';
  // The export really left the computing to LibreOffice.
  expect((await readCellValues(bytes)).get(summary)?.get(`B${summaryRow('total')}`)).toBeUndefined();
  const computed = await recalculateWithLibreOffice(bytes);
  const totals = planTotals(evaluated);
  const amounts: [SummaryRowKey, number][] = [
    ['total', totals.total],
    ['ministry', totals.ministry],
    ['authority', totals.authority],
    ['other', totals.other],
    ['communityBudget', totals.communityBudget],
    ['remaining', totals.communityBudget - totals.total],
    ['selfDevelopment', totals.selfDevelopment],
    ['selfDevelopmentBase', totals.selfDevelopmentBase],
    ['selfDevelopmentAllowance', totals.selfDevelopmentAllowance],
  ];
  for (const [key, amount] of amounts) expect([key, agorotOf(computed, summary, `B${summaryRow(key)}`)]).toEqual([key, amount]);
  expect(computed.get(summary)!.get(`B${summaryRow('selfDevelopmentShare')}`)).toBeCloseTo(totals.selfDevelopmentShare, 12);
  expect(computed.get(summary)!.get(`B${summaryRow('selfDevelopmentLimit')}`)).toBeCloseTo(totals.selfDevelopmentLimit, 12);
  const over = totals.selfDevelopment > totals.selfDevelopmentAllowance;
  expect(computed.get(summary)!.get(`B${summaryRow('limitCheck')}`)).toBe(limitCheckTexts[over ? 'over' : 'within'][language]);
  costByKind(evaluated).forEach(({ amount }, index) => expect(agorotOf(computed, summary, `B${summaryKindRow(index)}`)).toBe(amount));
  evaluated.services.forEach((service, index) => {
    const cost = serviceCost(service, evaluated.policy);
    const row = index + 2;
    expect([service.id, agorotOf(computed, servicesSheet, `H${row}`), agorotOf(computed, servicesSheet, `I${row}`), agorotOf(computed, servicesSheet, `J${row}`)]).toEqual([
      service.id, cost.total, cost.ministry, cost.authority,
    ]);
  });
  return over;
}

describe('LibreOffice computes what Tamhil computes', () => {
  withLibreOffice('for the sample plan, within the limit', async () => {
    expect(await expectLibreOfficeAgrees(samplePlan(validSampleName))).toBe(false);
  }, timeout);

  withLibreOffice('for the sample plan over the 20% limit, which it marks as over', async () => {
    expect(await expectLibreOfficeAgrees(samplePlan(overLimitSampleName))).toBe(true);
  }, timeout);

  withLibreOffice('for generated plans with formulas, typed splits and other sources, in Hebrew and English', async () => {
    await Promise.all([expectLibreOfficeAgrees(generatedPlan(11)), expectLibreOfficeAgrees(generatedPlan(12), 'en')]);
  }, timeout);

  withLibreOffice('at the limit exactly and one agora above it', async () => {
    const atLimit = withServices(buildPlan({ details: { communityBudget: 1_000_000 } }), buildSelfDevelopedCosting(200_000), buildServiceCosting(300_000));
    const above = withServices(buildPlan({ details: { communityBudget: 1_000_000 } }), buildSelfDevelopedCosting(200_000.01), buildServiceCosting(300_000));
    const [within, over] = await Promise.all([expectLibreOfficeAgrees(atLimit), expectLibreOfficeAgrees(above)]);
    expect([within, over]).toEqual([false, true]);
  }, timeout);

  withLibreOffice('for the over-limit sample once a program is deferred in station 5, which brings it within the limit, in Hebrew and English', async () => {
    const deferred = decide(samplePlan(overLimitSampleName), {
      decision: { serviceId: 'svc-loneliness-groups', decision: 'deferred', rationale: 'בשנה הבאה', at: '2026-11-23T10:00:00.000Z' },
    });
    expect(await Promise.all([expectLibreOfficeAgrees(deferred), expectLibreOfficeAgrees(deferred, 'en')])).toEqual([false, false]);
  }, timeout);
});
