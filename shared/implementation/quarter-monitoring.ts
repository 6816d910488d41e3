import { agorot, agorotFromShekels, type Agorot } from '../budget/money.ts';
import { serviceCost } from '../budget/service-cost.ts';
import type { Plan } from '../model/plan-schema.ts';

export type Quarter = 1 | 2 | 3 | 4;
export const quarters: readonly Quarter[] = [1, 2, 3, 4];

/** A deviation beyond a tenth of the plan, either way, is flagged: the team should look at it. */
export const deviationThreshold = 0.1;

type WorkItem = Plan['implementation'][number];

export type IndicatorQuarter = { quarter: Quarter; target: number | null; actual: number | null; deviation: number | null; flagged: boolean };

/**
 * Each monitored indicator's target against what it measured, quarter by quarter. Whether more is
 * better depends on the indicator, so a measure more than a tenth away from its target either way
 * is flagged for the team to look at.
 */
export function indicatorMonitoring(item: WorkItem | undefined): { indicatorId: string; quarters: IndicatorQuarter[] }[] {
  if (!item) return [];
  return item.indicatorIds.map((indicatorId) => ({
    indicatorId,
    quarters: quarters.map((quarter): IndicatorQuarter => {
      const target = item.quarterlyTargets.find((entry) => entry.indicatorId === indicatorId && entry.quarter === quarter)?.value ?? null;
      const actual = item.indicatorActuals.find((entry) => entry.indicatorId === indicatorId && entry.quarter === quarter)?.value ?? null;
      const deviation = target === null || actual === null || target === 0 ? null : (actual - target) / Math.abs(target);
      return { quarter, target, actual, deviation, flagged: deviation !== null && Math.abs(deviation) > deviationThreshold };
    }),
  }));
}

const quarterOf = (date: string): Quarter => (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter;

/**
 * The quarters of the plan's year a service runs in: from its start to its end. A date in
 * another year clips to the year's first or last quarter; no dates mean all year.
 */
export function activeQuarters(item: WorkItem | undefined, year: number): Quarter[] {
  const from = !item?.start ? 1 : Number(item.start.slice(0, 4)) < year ? 1 : Number(item.start.slice(0, 4)) > year ? 5 : quarterOf(item.start);
  const to = !item?.end ? 4 : Number(item.end.slice(0, 4)) > year ? 4 : Number(item.end.slice(0, 4)) < year ? 0 : quarterOf(item.end);
  return quarters.filter((quarter) => quarter >= from && quarter <= to);
}

export type QuarterLine = {
  quarter: Quarter;
  plannedSpend: Agorot;
  actualSpend: Agorot | null;
  /** (actual - planned) / planned; null before actuals are entered or when nothing was planned. */
  spendDeviation: number | null;
  plannedParticipants: number;
  actualParticipants: number | null;
  participantsDeviation: number | null;
  flagged: boolean;
};

const deviation = (actual: number | null, planned: number) => (actual === null || planned === 0 ? null : (actual - planned) / planned);

/**
 * Planned against actual, quarter by quarter: the year's cost spread evenly over the quarters the
 * service runs (in whole agorot, the remainder to the first), the participants it plans to reach
 * in each of them, and what the team entered as spent and reached. A quarter is flagged when
 * either figure strays from the plan by more than the threshold, or when money was spent in a
 * quarter with nothing planned.
 */
export function quarterMonitoring(plan: Plan, serviceId: string): QuarterLine[] {
  const service = plan.services.find((candidate) => candidate.id === serviceId);
  if (!service) return [];
  const item = plan.implementation.find((candidate) => candidate.serviceId === serviceId);
  const active = activeQuarters(item, plan.details.year);
  const total = serviceCost(service, plan.policy).total;
  const share = active.length > 0 ? Math.floor(total / active.length) : 0;
  const remainder = total - share * active.length;
  return quarters.map((quarter): QuarterLine => {
    const running = active.includes(quarter);
    const plannedSpend = agorot(running ? share + (quarter === active[0] ? remainder : 0) : 0);
    const plannedParticipants = running ? service.participants : 0;
    const actual = item?.actuals.find((entry) => entry.quarter === quarter);
    const actualSpend = actual ? agorotFromShekels(actual.spent) : null;
    const actualParticipants = actual ? actual.participants : null;
    const spendDeviation = deviation(actualSpend, plannedSpend);
    const participantsDeviation = deviation(actualParticipants, plannedParticipants);
    const strays = (value: number | null) => value !== null && Math.abs(value) > deviationThreshold;
    const unplanned = plannedSpend === 0 && actualSpend !== null && actualSpend > 0;
    return { quarter, plannedSpend, actualSpend, spendDeviation, plannedParticipants, actualParticipants, participantsDeviation, flagged: strays(spendDeviation) || strays(participantsDeviation) || unplanned };
  });
}
