import { useMemo } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import { allStations } from '@shared/stations/all-stations.ts';
import { answerLinkLabel, answerLinkTargets } from '@shared/stations/guiding-answer-links.ts';
import { answeredCount, answerTo, isAnswered, stationQuestions } from '@shared/stations/guiding-answers.ts';
import { useLocalized, useT, useWord } from '../i18n/i18n.ts';
import { GuidingAnswerByline } from './GuidingAnswerByline.tsx';
import { GuidingAnswerText } from './GuidingAnswerText.tsx';

/**
 * Every station's guiding questions with the team's answers, who wrote them and when, and what
 * they rest on, for reading and print (the reviewer's package, the plan report). `level` is the
 * level of the part's own heading; the stations stand one level below.
 */
export function GuidingAnswersByStation({ plan, level }: { plan: Plan; level: 2 | 3 }) {
  const t = useT();
  const word = useWord();
  const localized = useLocalized();
  const targets = useMemo(() => answerLinkTargets(plan), [plan]);
  const Title = level === 2 ? 'h2' : 'h3';
  const StationTitle = level === 2 ? 'h3' : 'h4';
  return (
    <div className="guiding-answers-summary">
      <Title>{t('answers.summaryTitle')}</Title>
      {allStations.map((station) => {
        const work = plan.stations[station.id];
        const questions = stationQuestions(work, station.id);
        const { answered } = answeredCount(plan, station.id);
        return (
          <section key={station.id} aria-label={t('answers.stationTitle', { number: station.number, name: localized(station.name) })}>
            <StationTitle>
              {t('answers.stationTitle', { number: station.number, name: localized(station.name) })}{' '}
              <span className="count">{t('answers.count', { answered, questions: questions.length })}</span>
            </StationTitle>
            <ol className="guiding-answers-read">
              {questions.map((question) => {
                const answer = answerTo(work, question.id);
                return (
                  <li key={question.id}>
                    <p className="guiding-answer-question-text">
                      <bdi>{question.source === 'guide' ? localized(question.text) : question.text}</bdi>
                      {question.source === 'own' && ` ${t('answers.sheet.own')}`}
                    </p>
                    {answer && isAnswered(answer) ? (
                      <GuidingAnswerText text={answer.text} />
                    ) : (
                      <p className="hint">{t('answers.notAnswered')}</p>
                    )}
                    {answer && <GuidingAnswerByline answer={answer} />}
                    {answer && answer.links.length > 0 && (
                      <p className="hint">
                        {t('answers.restsOn')}:{' '}
                        {answer.links.map((link, index) => (
                          <span key={`${link.kind}:${link.id}`}>
                            {index > 0 && ' · '}
                            <bdi>{word(answerLinkLabel(targets, link))}</bdi>
                          </span>
                        ))}
                      </p>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
