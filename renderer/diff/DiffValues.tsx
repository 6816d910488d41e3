import type { DiffMeasure, DiffValue, Difference } from '@shared/cluster/plan-diff-changes.ts';
import { formatDiffValue, formatDifference } from '@shared/cluster/plan-diff-text.ts';
import type { Message } from '@shared/i18n/message.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

type ValueProps = { measure: DiffMeasure; value: DiffValue; options: Readonly<Record<string, Message>> | null };

/** A value as the reader knows it (₪, %, a choice's name), isolated so Hebrew and figures keep their own direction. */
export function DiffValueText({ measure, value, options }: ValueProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const text = formatDiffValue(measure, value, language, options);
  if (text === null) return <span className="diff-empty">{t('diff.empty')}</span>;
  return <bdi className={measure === 'text' ? 'diff-text' : undefined}>{text}</bdi>;
}

/** "+₪30, +25%", or a share's change in percentage points. */
export function DifferenceText({ difference, measure }: { difference: Difference; measure: DiffMeasure }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { amount, fraction, points } = formatDifference(difference, measure, language);
  return (
    <bdi>
      {points ? t('diff.points', { amount }) : amount}
      {fraction !== null && `, ${fraction}`}
    </bdi>
  );
}

/** Where the change is in the plan file, for a comment or a look at the file itself: always left to right. */
export function DiffPath({ path }: { path: string }) {
  const t = useT();
  return (
    <code className="diff-path" dir="ltr" title={t('diff.path', { path })}>
      {path}
    </code>
  );
}
