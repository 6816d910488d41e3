import type { z } from 'zod';
import type { Language } from '../model/localized-text.ts';
import type { Need, SurveySchema } from '../model/plan-schema.ts';
import { formatNumber, formatPercent } from '../format/number-format.ts';
import { draftText } from '../i18n/translate.ts';
import type { ScaleMax } from './survey-answers.ts';
import { itemStatistics } from './survey-stats.ts';

type Survey = z.infer<typeof SurveySchema>;
type SurveyItem = Survey['items'][number];

/** A need drafted from one survey item, for the team to edit before it joins the plan's needs. */
export type SurveyNeed = Omit<Need, 'id'> & { source: 'survey' };

/**
 * Strength, 1 to 5, from how far the item's average stands from agreement: the average's place
 * on the scale (1 at the bottom, scaleMax at the top) mapped straight onto 5..1 and rounded, so
 * an average at the bottom is 5, at the top 1, and at the middle 3 (2.5 of 4, 3 of 5). On a
 * 4-point scale: 1–1.375 → 5, up to 2.125 → 4, up to 2.875 → 3, up to 3.625 → 2, above → 1.
 * Without answers there is nothing to go on: 1.
 */
export function needStrength(average: number | null, scaleMax: ScaleMax): number {
  if (average === null) return 1;
  const place = (average - 1) / (scaleMax - 1);
  return Math.min(5, Math.max(1, Math.round(1 + 4 * (1 - place))));
}

/**
 * Breadth, 1 to 5, from how many answered the item beside the survey's most-answered item, in
 * fifths: up to 20% of its answers → 1, up to 40% → 2, …, over 80% → 5. An item everyone
 * answered is as broad as the survey; one most skipped (a question about one office holder,
 * say) speaks for fewer people.
 */
export function needBreadth(answers: number, mostAnswers: number): number {
  if (answers <= 0 || mostAnswers <= 0) return 1;
  return Math.min(5, Math.max(1, Math.ceil((5 * answers) / mostAnswers - 1e-9)));
}

/** One decimal, as survey averages are read ("3.4 of 4"). */
const averageText = (average: number, language: Language) => formatNumber(Math.round(average * 10) / 10, language);

function findingText(item: Pick<SurveyItem, 'text'>, survey: Pick<Survey, 'name' | 'scaleMax'>, statistics: ReturnType<typeof itemStatistics>, language: Language): string {
  const head = draftText(language, 'draft.survey.item', { survey: survey.name, item: item.text });
  const { answers, average, agreeing } = statistics;
  if (average === null || agreeing === null) return draftText(language, 'draft.survey.noAnswers', { item: head });
  return draftText(language, 'draft.survey.finding', {
    item: head,
    average: averageText(average, language),
    scale: formatNumber(survey.scaleMax, language),
    share: formatPercent(agreeing, language, 0),
    respondents: answers === 1 ? draftText(language, 'draft.survey.oneRespondent') : draftText(language, 'draft.survey.respondents', { count: formatNumber(answers, language) }),
  });
}

/**
 * A need finding drafted from one survey item: the item's figures in a sentence, dated as the
 * survey, with strength from its average (needStrength) and breadth from its answers beside the
 * survey's most-answered item (needBreadth). An item worded negatively ("the worker does not
 * really care") reads the other way round; the team corrects its strength when editing.
 */
export function findingFromItem(
  item: Pick<SurveyItem, 'text' | 'counts'>,
  survey: Pick<Survey, 'name' | 'date' | 'scaleMax'> & { items: readonly Pick<SurveyItem, 'counts'>[] },
  language: Language,
): SurveyNeed {
  const statistics = itemStatistics(item, survey.scaleMax);
  const mostAnswers = Math.max(statistics.answers, ...survey.items.map((other) => itemStatistics(other, survey.scaleMax).answers));
  return {
    source: 'survey',
    group: '',
    date: survey.date,
    finding: findingText(item, survey, statistics, language),
    strength: needStrength(statistics.average, survey.scaleMax),
    breadth: needBreadth(statistics.answers, mostAnswers),
  };
}
