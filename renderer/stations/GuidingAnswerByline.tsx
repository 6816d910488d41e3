import type { GuidingAnswer } from '@shared/stations/guiding-answers.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { formatReviewTime } from '../review/review-format.ts';

/** Who last wrote an answer and when; the time alone when no name was given in the settings. */
export function GuidingAnswerByline({ answer }: { answer: GuidingAnswer }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const at = formatReviewTime(answer.answeredAt, language);
  return <p className="hint">{answer.answeredBy ? t('answers.writtenBy', { name: answer.answeredBy, at }) : t('answers.writtenAt', { at })}</p>;
}
