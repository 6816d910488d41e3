import { maximumAmount, maximumCount, type ExistingService } from '../model/plan-schema.ts';
import { message, type Message } from '../i18n/message.ts';

/** The figures of an existing service: counts of people, and the yearly cost in shekels. */
export type ExistingServiceFigure = 'participants' | 'capacity' | 'waitingList' | 'yearlyCost';

export const existingServiceFigures: readonly ExistingServiceFigure[] = ['participants', 'capacity', 'waitingList', 'yearlyCost'];

/** Participants are always counted (0 when none); places, the waiting list and the cost may be unknown. */
export const unknownAllowed: Readonly<Record<ExistingServiceFigure, boolean>> = { participants: false, capacity: true, waitingList: true, yearlyCost: true };

/**
 * What is wrong with a figure typed for an existing service, or null when the plan can hold it:
 * people are counted in whole numbers up to the schema's count limit, money in shekels and
 * agorot up to its amount limit. The command refuses what this refuses, so a file never holds it.
 */
export function figureProblem(figure: ExistingServiceFigure, value: number | null): Message | null {
  if (value === null) return unknownAllowed[figure] ? null : message('holdings.problem.countRequired');
  if (!Number.isFinite(value) || value < 0) return message(figure === 'yearlyCost' ? 'holdings.problem.costNegative' : 'holdings.problem.countNegative');
  if (figure === 'yearlyCost') {
    if (value > maximumAmount) return message('holdings.problem.costTooLarge', { limit: { kind: 'number', value: maximumAmount } });
    return Number.isInteger(Math.round(value * 100 * 1e6) / 1e6) ? null : message('holdings.problem.costAgorot');
  }
  if (!Number.isInteger(value)) return message('holdings.problem.countWhole');
  return value > maximumCount ? message('holdings.problem.countTooLarge', { limit: { kind: 'number', value: maximumCount } }) : null;
}

export function isFigure(field: keyof ExistingService): field is ExistingServiceFigure {
  return (existingServiceFigures as readonly string[]).includes(field);
}
