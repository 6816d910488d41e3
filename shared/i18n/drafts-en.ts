import type { draftsHe } from './drafts-he.ts';

/** Texts Tamhil drafts into a plan for the team to edit (a new service's name, the default criteria, a need drawn from a survey), in English. */
export const draftsEn = {
  'draft.newService': 'New service',
  'draft.copyOf': '{name} (copy)',
  'draft.criterion.need-severity': 'Severity and breadth of the need',
  'draft.criterion.goal-fit': "Fit with the administration's goals",
  'draft.criterion.expected-effect': 'Expected effect on the indicators',
  'draft.criterion.cost-per-participant': 'Cost per participant',
  'draft.criterion.feasibility': 'Feasibility and partners',
  'draft.criterion.prevention': 'Prevention value',
  'draft.survey.item': 'Survey "{survey}": "{item}"',
  'draft.survey.noAnswers': '{item} — no answers',
  'draft.survey.finding': '{item} — average {average} of {scale}, {share} agree ({respondents})',
  'draft.survey.oneRespondent': '1 respondent',
  'draft.survey.respondents': '{count} respondents',
} satisfies Record<keyof typeof draftsHe, string>;
