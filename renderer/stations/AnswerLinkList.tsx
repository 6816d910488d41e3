import { answerLinkLabel, answerLinkTarget, type AnswerLinkKind, type AnswerLinkTarget } from '@shared/stations/guiding-answer-links.ts';
import type { AnswerLink } from '@shared/stations/guiding-answers.ts';
import { useT, useWord } from '../i18n/i18n.ts';
import { useUiStore, type ItemTarget } from '../state/ui-store.ts';

type ListProps = { targets: Record<AnswerLinkKind, AnswerLinkTarget[]>; links: readonly AnswerLink[]; onRemove(link: AnswerLink): void };

/** The items the app can open a card for; the others are named without a way there. */
const reachable = (kind: AnswerLinkKind): kind is ItemTarget['kind'] => kind === 'need' || kind === 'outcome' || kind === 'service';

/** What an answer rests on: each item by kind and name, opening its card where there is one, with a button to unlink it. */
export function AnswerLinkList({ targets, links, onRemove }: ListProps) {
  const t = useT();
  const word = useWord();
  if (links.length === 0) return <p className="hint">{t('answers.noLinks')}</p>;
  return (
    <ul className="answer-links">
      {links.map((link) => {
        const label = word(answerLinkLabel(targets, link));
        const target = answerLinkTarget(targets, link);
        const kind = link.kind;
        return (
          <li key={`${link.kind}:${link.id}`}>
            {target && reachable(kind) ? (
              <button type="button" className="link-button" onClick={() => useUiStore.getState().goToItem({ kind, id: link.id })}>
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
