import { useId, useMemo, useState } from 'react';
import { diffPlans } from '@shared/cluster/plan-diff.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { DiffHeading } from './DiffHeading.tsx';
import { DiffList } from './DiffList.tsx';
import { DiffTable } from './DiffTable.tsx';
import { DiffTotals } from './DiffTotals.tsx';

export type PlanDiffViewProps = {
  /** The earlier version, e.g. the plan as submitted. */
  before: Plan;
  /** The later version, e.g. the plan open now. */
  after: Plan;
  /** What each version is, as the column headings and the summary name them ("as submitted on 3.11.2026", "now"). */
  beforeLabel: string;
  afterLabel: string;
  /** A heading over the differences; without one, the surrounding page's heading stands over them. */
  title?: string;
  /** The level of the title's heading (3 unless given); each part of the plan gets a heading one level below. */
  headingLevel?: 2 | 3 | 4 | 5;
};

/**
 * What changed between two versions of a plan: a summary, the changes as a list grouped by part
 * of the plan or side by side in tables, and the budget totals before and after. The differences
 * are worked out once per pair of plans (diffPlans is memoised), so the view follows edits.
 */
export function PlanDiffView({ before, after, beforeLabel, afterLabel, title, headingLevel = 3 }: PlanDiffViewProps) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const titleId = useId();
  const [view, setView] = useState<'list' | 'side-by-side'>('list');
  const diff = useMemo(() => diffPlans(before, after), [before, after]);
  const count = diff.changeCount;
  const summary = count === 0 ? t('diff.none') : count === 1 ? t('diff.countOne') : t('diff.countMany', { count: formatNumber(count, language) });
  return (
    <section className="plan-diff" {...(title ? { 'aria-labelledby': titleId } : { 'aria-label': t('diff.title') })}>
      {title && (
        <DiffHeading level={headingLevel} id={titleId}>
          {title}
        </DiffHeading>
      )}
      <p className="diff-summary">
        <strong>{summary}</strong> <bdi>{t('diff.compared', { before: beforeLabel, after: afterLabel })}</bdi>
      </p>
      {!diff.authority.same && (
        <p className="diff-warning" role="note">
          <span aria-hidden="true">⚠ </span>
          {t('diff.otherAuthority', { before: diff.authority.before, after: diff.authority.after })}
        </p>
      )}
      {diff.reordered.length > 0 && <p className="hint">{t('diff.reordered', { lists: diff.reordered.join(', ') })}</p>}
      {count > 0 && (
        <>
          <div className="button-row diff-views" role="group" aria-label={t('diff.viewAs')}>
            <button type="button" aria-pressed={view === 'list'} onClick={() => setView('list')}>
              {t('diff.asList')}
            </button>
            <button type="button" aria-pressed={view === 'side-by-side'} onClick={() => setView('side-by-side')}>
              {t('diff.sideBySide')}
            </button>
          </div>
          {view === 'list' ? (
            <DiffList sections={diff.sections} headingLevel={(headingLevel + 1) as 3 | 4 | 5 | 6} />
          ) : (
            <DiffTable sections={diff.sections} beforeLabel={beforeLabel} afterLabel={afterLabel} />
          )}
        </>
      )}
      <DiffTotals lines={diff.totals.lines} beforeLabel={beforeLabel} afterLabel={afterLabel} />
    </section>
  );
}
