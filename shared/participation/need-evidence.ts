import type { Plan } from '../model/plan-schema.ts';

type Activity = Plan['activities'][number];
export type NeedEvidence = { activity: Activity; finding: Activity['findings'][number] };

/** The findings that became this need, with their activities: read from the findings' needId, the one link between the two. */
export function needEvidence(plan: Plan, needId: string): NeedEvidence[] {
  return plan.activities.flatMap((activity) => activity.findings.filter((finding) => finding.needId === needId).map((finding) => ({ activity, finding })));
}
