import type { CompletenessPart } from '@shared/stations/station-completeness.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { goTo, sectionAnchor } from './StationContents.tsx';

/** What the station's content shows done, part by part, each leading to where it is filled. */
export function StationCompleteness({ parts }: { parts: readonly CompletenessPart[] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const number = (value: number) => formatNumber(value, language);
  const done = parts.filter((part) => part.done).length;
  return (
    <details className="station-completeness">
      <summary>{t('progress.summary', { done: number(done), of: number(parts.length) })}</summary>
      <ul aria-label={t('progress.heading')}>
        {parts.map((part) => {
          const label = t(`progress.part.${part.id}`);
          const count = part.count ? ` (${t('progress.questionsCount', { done: number(part.count.done), of: number(part.count.of) })})` : '';
          return (
            <li key={part.id} className={part.done ? 'completeness-done' : 'completeness-missing'}>
              <span className="completeness-mark">{part.done ? `✓ ${t('progress.partDone')}` : `✗ ${t('progress.partMissing')}`}</span>{' '}
              <button type="button" className="link-button" onClick={() => goTo(sectionAnchor(part.section))}>
                {label}
                {count}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
