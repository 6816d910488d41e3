import { answerLinkLabel, answerLinkTarget, type AnswerLinkKind, type AnswerLinkTarget } from '@shared/stations/guiding-answer-links.ts';
import type { AnswerLink } from '@shared/stations/guiding-answers.ts';
import { useT, useWord } from '../i18n/i18n.ts';
import { useUiStore } from '../state/ui-store.ts';
import { useOpenedExistingService } from './existing-service-target.ts';
import { useParticipationSelection } from './participation-selection.ts';

type ListProps = { targets: Record<AnswerLinkKind, AnswerLinkTarget[]>; links: readonly AnswerLink[]; onRemove(link: AnswerLink): void };

/**
 * Each kind goes where the app already leads to it. Station 1 shows one existing service's card
 * and one activity's card at a time, so those open first; the existing service's own link (from
 * the service mix) does both.
 */
const goTo: Record<AnswerLinkKind, (id: string) => void> = {
  need: (id) => useUiStore.getState().goToItem({ kind: 'need', id }),
  outcome: (id) => useUiStore.getState().goToItem({ kind: 'outcome', id }),
  service: (id) => useUiStore.getState().goToItem({ kind: 'service', id }),
  'population-year': (id) => useUiStore.getState().goToItem({ kind: 'population-year', id }),
  'existing-service': (id) => useOpenedExistingService.getState().goTo(id),
  activity: (id) => useParticipationSelection.getState().showActivity(id),
};

/** What an answer rests on: each item by kind and name, leading to it while it is in the plan, with a button to unlink it. */
export function AnswerLinkList({ targets, links, onRemove }: ListProps) {
  const t = useT();
  const word = useWord();
  if (links.length === 0) return <p className="hint">{t('answers.noLinks')}</p>;
  return (
    <ul className="answer-links">
      {links.map((link) => {
        const label = word(answerLinkLabel(targets, link));
        return (
          <li key={`${link.kind}:${link.id}`}>
            {answerLinkTarget(targets, link) ? (
              <button type="button" className="link-button" onClick={() => goTo[link.kind](link.id)}>
                <bdi>{label}</bdi>
              </button>
            ) : (
              <bdi>{label}</bdi>
            )}
            <button type="button" className="icon-button" aria-label={t('answers.removeLink', { name: label })} onClick={() => onRemove(link)}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
