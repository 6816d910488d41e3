import type { Plan } from '@shared/model/plan-schema.ts';
import { allStations } from '@shared/stations/all-stations.ts';
import { stationQuestions } from '@shared/stations/guiding-answers.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import { askToConfirm } from '../state/prompts.ts';

/** Where the plan refers to an existing service: the cards of the new plan carried from it, and the guiding answers resting on it. */
function referencesTo(plan: Plan, id: string) {
  const cards = plan.services.filter((service) => service.existingServiceId === id).map((service) => service.name);
  const answers = allStations.flatMap((station) => {
    const work = plan.stations[station.id];
    return stationQuestions(work, station.id).flatMap((question, index) =>
      work.answers.some((answer) => answer.questionId === question.id && answer.links.some((link) => link.kind === 'existing-service' && link.id === id))
        ? [{ station: station.number, number: index + 1 }]
        : [],
    );
  });
  return { cards, answers };
}

/**
 * Removing an existing service asks first, naming what refers to it: those stay, without the
 * link, and the question says so before the team decides, as the finding and need removals do.
 */
export function confirmExistingServiceRemoval(plan: Plan, id: string, name: string): Promise<boolean> {
  const language = useLanguage.getState().language;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const { cards, answers } = referencesTo(plan, id);
  const body = [
    t('holdings.removeBody'),
    cards.length > 0 && t('holdings.removeCarried', { names: cards.map((card) => `"${card}"`).join('; ') }),
    answers.length > 0 && t('holdings.removeAnswers', { places: answers.map((place) => t('holdings.removeAnswerPlace', place)).join('; ') }),
  ].filter(Boolean);
  return askToConfirm(t('holdings.removeTitle', { name }), body.join(' '), t('holdings.removeConfirm'));
}
