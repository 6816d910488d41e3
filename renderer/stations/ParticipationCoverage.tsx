import { useId } from 'react';
import { formatNumber } from '@shared/format/number-format.ts';
import { participationCoverage } from '@shared/participation/participation-coverage.ts';
import { heardGroupLabelKeys } from '@shared/participation/participation-labels.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** Which of the groups the guide asks to hear the participation log reached, and which it has not yet. */
export function ParticipationCoverage() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const plan = usePlanStore((state) => state.document?.plan);
  const headingId = useId();
  if (!plan) return null;
  const coverage = participationCoverage(plan);
  const rows = [
    {
      key: 'attended',
      label: t('participation.coverage.attended'),
      groups: coverage.attended.map(({ group, count }) => t('participation.coverage.attendedGroup', { group: t(heardGroupLabelKeys[group]), count: formatNumber(count, language) })),
    },
    { key: 'invited', label: t('participation.coverage.invited'), groups: coverage.invitedOnly.map((group) => t(heardGroupLabelKeys[group])) },
    { key: 'not-heard', label: t('participation.coverage.notHeard'), groups: coverage.notHeard.map((group) => t(heardGroupLabelKeys[group])) },
  ];
  return (
    <section className="participation-coverage" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('participation.coverage.title')}</h3>
      <p className="hint">{t('participation.coverage.hint')}</p>
      <dl className="coverage-list">
        {rows.map((row) => (
          <div key={row.key} className={`coverage-${row.key}`}>
            <dt>{row.label}</dt>
            <dd>{row.groups.length === 0 ? t('participation.coverage.none') : row.groups.join(' · ')}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
