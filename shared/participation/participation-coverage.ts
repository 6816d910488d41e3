import { heardGroups, type Plan } from '../model/plan-schema.ts';

type HeardGroup = (typeof heardGroups)[number];

/** Which of the groups the guide asks to hear came to an activity (and how many), were invited only, or were not reached at all. */
export type ParticipationCoverage = {
  attended: { group: HeardGroup; count: number }[];
  invitedOnly: HeardGroup[];
  notHeard: HeardGroup[];
};

export function participationCoverage(plan: Plan): ParticipationCoverage {
  const attendance = new Map<HeardGroup, number>();
  const invited = new Set<HeardGroup>();
  for (const activity of plan.activities) {
    for (const group of activity.invitedGroups) invited.add(group);
    for (const { group, count } of activity.attendance.byGroup) if (count > 0) attendance.set(group, (attendance.get(group) ?? 0) + count);
  }
  return {
    attended: heardGroups.filter((group) => attendance.has(group)).map((group) => ({ group, count: attendance.get(group)! })),
    invitedOnly: heardGroups.filter((group) => invited.has(group) && !attendance.has(group)),
    notHeard: heardGroups.filter((group) => !invited.has(group) && !attendance.has(group)),
  };
}
