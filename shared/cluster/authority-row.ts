import { administrationGoals } from '../model/plan-schema.ts';
import { planTotals, type PlanTotals } from '../budget/plan-totals.ts';
import { agorot, roundHalfAwayFromZero, type Agorot } from '../budget/money.ts';
import type { GoalKey } from '../budget/cost-breakdown.ts';
import { mixOverview } from '../services/mix-overview.ts';
import { servicesInBudget } from '../model/decision-in-force.ts';
import { planYearSeniors, type PlanYearSeniors } from './plan-year-seniors.ts';
import { reviewStanding, type ReviewStanding } from '../review/review-standing.ts';
import type { ClusterPlan } from './cluster-files.ts';
import type { TrustedKey } from '../host-api.ts';

export const goalKeys: readonly GoalKey[] = [...administrationGoals, 'none'];

/** One plan's line in the cluster table: who, which year, where it stands, and its figures. */
export type AuthorityRow = {
  path: string;
  fileName: string;
  planId: string;
  authority: string;
  year: number;
  /** "Approved" only as far as the signature, the key's trust and the content hash hold. */
  review: ReviewStanding;
  seniors: PlanYearSeniors;
  totals: PlanTotals;
  /** Each funder's part of the total, as a fraction; null when the plan costs nothing. */
  ministryShare: number | null;
  authorityShare: number | null;
  /** Self-developed programs cost more than the year's allowance (to the agora, as the rule checks). */
  overLimit: boolean;
  /** The total over the plan year's people aged 65 and over, to the agora; null without that figure. */
  costPerSenior: Agorot | null;
  /** Services in this year's budget; one serving several goals counts under each. */
  servicesByGoal: Record<GoalKey, number>;
  services: number;
};

const shareOf = (part: Agorot, total: Agorot) => (total > 0 ? part / total : null);

/**
 * The figures the plan itself shows: totals over the services in this year's budget (those
 * decided against are out), the self-development rule's own comparison, the mix overview's
 * services per goal, and the plan year's population. Approvals are judged against the keys the
 * reader trusts.
 */
export function authorityRow({ path, name, plan }: ClusterPlan, trusted: readonly TrustedKey[]): AuthorityRow {
  const totals = planTotals(plan);
  const seniors = planYearSeniors(plan);
  const byGoal = new Map(mixOverview(plan).byGoal.map((line) => [line.key, line.services]));
  return {
    path,
    fileName: name,
    planId: plan.id,
    authority: plan.details.authority,
    year: plan.details.year,
    review: reviewStanding(plan, trusted),
    seniors,
    totals,
    ministryShare: shareOf(totals.ministry, totals.total),
    authorityShare: shareOf(totals.authority, totals.total),
    overLimit: totals.selfDevelopment > totals.selfDevelopmentAllowance,
    costPerSenior: seniors.aged65Plus ? agorot(roundHalfAwayFromZero(totals.total / seniors.aged65Plus)) : null,
    servicesByGoal: Object.fromEntries(goalKeys.map((goal) => [goal, byGoal.get(goal) ?? 0])) as Record<GoalKey, number>,
    services: servicesInBudget(plan).length,
  };
}
