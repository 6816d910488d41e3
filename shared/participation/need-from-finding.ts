import type { Language } from '../model/localized-text.ts';
import type { activityKinds, Need, Plan } from '../model/plan-schema.ts';
import { listParam, message } from '../i18n/message.ts';
import { wordText } from '../i18n/word-message.ts';
import { heardGroupLabelKeys } from './participation-labels.ts';

type Activity = Plan['activities'][number];

/** The needs register's sources are fewer than the ways of hearing: an online consultation is read as a survey, an interview or a visit as other. */
export const needSourceOfActivity = {
  'focus-group': 'focus-group',
  'round-table': 'round-table',
  'online-consultation': 'survey',
  survey: 'survey',
  interview: 'other',
  'home-visit': 'other',
  'partner-meeting': 'other',
} as const satisfies Record<(typeof activityKinds)[number], Need['source']>;

/**
 * The need a finding of an activity states: its text, the activity's source, invited groups and
 * date. Strength and breadth start in the middle, for the team to weigh.
 */
export function needFromFinding(activity: Activity, findingText: string, language: Language): Omit<Need, 'id'> {
  const groups = activity.invitedGroups.map((group) => message(heardGroupLabelKeys[group]));
  return {
    source: needSourceOfActivity[activity.kind],
    group: wordText(language, listParam(groups)).slice(0, 500),
    date: activity.date,
    finding: findingText,
    strength: 3,
    breadth: 3,
  };
}
