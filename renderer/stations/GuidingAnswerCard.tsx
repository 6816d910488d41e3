import { useId } from 'react';
import { addAnswerLink, removeAnswerLink, setAnswerText } from '@shared/commands/answer-commands.ts';
import type { StationId } from '@shared/model/station-id.ts';
import type { AnswerLinkKind, AnswerLinkTarget } from '@shared/stations/guiding-answer-links.ts';
import type { AnswerLink, GuidingAnswer, GuidingQuestion } from '@shared/stations/guiding-answers.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useReviewSession } from '../state/review-session.ts';
import { GuidingAnswerByline } from './GuidingAnswerByline.tsx';
import { AnswerLinkList } from './AnswerLinkList.tsx';
import { AnswerLinkPicker } from './AnswerLinkPicker.tsx';

type CardProps = {
  station: StationId;
  question: GuidingQuestion;
  number: number;
  answer: GuidingAnswer | undefined;
  targets: Record<AnswerLinkKind, AnswerLinkTarget[]>;
  onRemoveOwn(): void;
};

/** One guiding question with the team's written answer, who wrote it and when, and the plan items it rests on. */
export function GuidingAnswerCard({ station, question, number, answer, targets, onRemoveOwn }: CardProps) {
  const t = useT();
  const localized = useLocalized();
  const perform = usePlanStore((state) => state.perform);
  const ids = { heading: useId(), answer: useId() };
  const questionText = question.source === 'guide' ? localized(question.text) : question.text;
  // Read at the moment of the edit, so a name entered meanwhile on the review tab signs the next edit.
  const signed = () => ({ station, questionId: question.id, by: useReviewSession.getState().userName.trim(), at: new Date().toISOString() });
  const links = answer?.links ?? [];
  return (
    <li className="guiding-answer">
      <div className="guiding-answer-question">
        <h3 id={ids.heading}>
          <span className="guiding-answer-number">{t('answers.questionNumber', { number })}</span> <bdi>{questionText}</bdi>
        </h3>
        {question.source === 'own' && (
          <>
            <span className="own-badge">{t('station.ownBadge')}</span>
            <button type="button" className="icon-button" aria-label={t('answers.removeOwn', { text: question.text })} onClick={onRemoveOwn}>
              ×
            </button>
          </>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.answer}>{t('answers.answerFor', { number })}</label>
        <textarea
          id={ids.answer}
          dir="auto"
          rows={6}
          maxLength={20_000}
          value={answer?.text ?? ''}
          onChange={(event) => perform(setAnswerText, { ...signed(), text: event.target.value })}
        />
        {answer && <GuidingAnswerByline answer={answer} />}
      </div>
      <div className="guiding-answer-links" role="group" aria-label={t('answers.linksOf', { number })}>
        <p className="guiding-answer-links-title">{t('answers.restsOn')}</p>
        <AnswerLinkList targets={targets} links={links} onRemove={(link: AnswerLink) => perform(removeAnswerLink, { ...signed(), link })} />
        <AnswerLinkPicker number={number} targets={targets} linked={links} onAdd={(link) => perform(addAnswerLink, { ...signed(), link })} />
      </div>
    </li>
  );
}
