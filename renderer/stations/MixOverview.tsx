import { useMemo } from 'react';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import { goalLabels } from '@shared/model/option-labels.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { mixOverview, type MixLine } from '@shared/services/mix-overview.ts';
import { useLanguage, useLocalized, useT } from '../i18n/i18n.ts';
import { targetGroups } from '@shared/services/target-groups.ts';

function MixTable({ caption, heading, lines, label }: { caption: string; heading: string; lines: MixLine<string>[]; label(key: string): string }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  return (
    <table className="preview-table mix-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">{t('mix.services')}</th>
          <th scope="col">{t('mix.budget')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.key}>
            <th scope="row"><bdi>{label(line.key)}</bdi></th>
            <td>{formatNumber(line.services, language)}</td>
            <td>{formatMoney(line.amount, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The mix at a glance: services and budget per goal, kind and target group, and what no service covers. */
export function MixOverview({ plan }: { plan: Plan }) {
  const t = useT();
  const localized = useLocalized();
  const overview = useMemo(() => mixOverview(plan), [plan]);
  const targetGroupLabel = (key: string) => {
    if (key === 'none') return t('mix.noTargetGroup');
    const group = targetGroups.find((candidate) => candidate.id === key);
    return group ? t(`label.targetGroup.${group.id}`) : t('mix.otherTargetGroup');
  };
  const flags = [
    ...overview.goalsWithoutService.map((goal) => t('mix.goalWithout', { goal: localized(goalLabels[goal]) })),
    ...overview.outcomesWithoutService.map((outcome) => t('mix.outcomeWithout', { outcome: outcome.title })),
    ...overview.servicesWithoutOutcome.map((service) => t('mix.serviceWithout', { service: service.name })),
  ];
  return (
    <section className="card mix-overview" aria-labelledby="mix-overview-title">
      <h2 id="mix-overview-title">{t('mix.title')}</h2>
      <p className="hint">{t('mix.goalNote')}</p>
      <div className="mix-tables">
        <MixTable caption={t('mix.byGoal')} heading={t('outcomes.goal')} lines={overview.byGoal} label={(key) => (key === 'none' ? t('goal.none') : localized(goalLabels[key as keyof typeof goalLabels]))} />
        <MixTable caption={t('mix.byKind')} heading={t('serviceCards.kind')} lines={overview.byKind} label={(key) => localized(serviceKindLabels[key as keyof typeof serviceKindLabels])} />
        <MixTable caption={t('mix.byTargetGroup')} heading={t('serviceCards.targetGroup')} lines={overview.byTargetGroup} label={targetGroupLabel} />
      </div>
      {flags.length === 0 ? (
        <p className="hint">{t('mix.allCovered')}</p>
      ) : (
        <div className="problem-list" role="group" aria-label={t('mix.gaps')}>
          <h3>{t('mix.gaps')}</h3>
          <ul>{flags.map((flag, index) => <li key={index}><bdi>{flag}</bdi></li>)}</ul>
        </div>
      )}
    </section>
  );
}
