import { useId, useMemo, useState } from 'react';
import { removeOwnQuestion } from '@shared/commands/answer-commands.ts';
import { addOwnItem } from '@shared/commands/plan-commands.ts';
import type { StationWork } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { answerLinkTargets } from '@shared/stations/guiding-answer-links.ts';
import { answeredCount, answerTo, stationQuestions } from '@shared/stations/guiding-answers.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useReviewSession } from '../state/review-session.ts';
import { GuidingAnswerCard } from './GuidingAnswerCard.tsx';

/** The station's guiding questions, each with the team's written answer, and how many are answered. */
export function GuidingQuestions({ station, work }: { station: StationId; work: StationWork }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const plan = usePlanStore((state) => state.document?.plan);
  const named = useReviewSession((state) => state.userName.trim() !== '');
  const [draft, setDraft] = useState('');
  const ids = { heading: useId(), own: useId() };
  const targets = useMemo(() => (plan ? answerLinkTargets(plan) : null), [plan]);
  const questions = stationQuestions(work, station);
  if (!plan || !targets) return null;
  const { answered } = answeredCount(plan, station);
  const addOwn = () => {
    const text = draft.trim();
    if (!text) return;
    perform(addOwnItem, { station, category: 'questions', id: `own-${crypto.randomUUID().slice(0, 8)}`, text });
    setDraft('');
  };
  return (
    <section className="card guiding-questions" aria-labelledby={ids.heading}>
      <div className="category-header">
        <h2 id={ids.heading}>{t('category.questions')}</h2>
        <p className="count">{t('answers.count', { answered, questions: questions.length })}</p>
      </div>
      <p className="hint">{t('answers.intro')}</p>
      {!named && <p className="hint">{t('answers.nameMissing')}</p>}
      <ol className="guiding-answers">
        {questions.map((question, index) => (
          <GuidingAnswerCard
            key={question.id}
            station={station}
            question={question}
            number={index + 1}
            answer={answerTo(work, question.id)}
            targets={targets}
            onRemoveOwn={() => perform(removeOwnQuestion, { station, id: question.id })}
          />
        ))}
      </ol>
      <form
        className="field guiding-own-question"
        onSubmit={(event) => {
          event.preventDefault();
          addOwn();
        }}
      >
        <label htmlFor={ids.own}>{t('answers.addOwn')}</label>
        <div className="add-own">
          <input id={ids.own} dir="auto" maxLength={500} value={draft} data-local-undo="true" onChange={(event) => setDraft(event.target.value)} />
          <button type="submit" disabled={!draft.trim()}>
            {t('station.addOwnButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
