import { useMemo } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import { checkPlan } from '@shared/rules/validate-plan.ts';
import { formatMoney, formatPercent } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

/** The plan's totals and the self-development share against its limit, from the shared rules. */
export function TotalsPanel({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { totals, findings } = useMemo(() => checkPlan(plan), [plan]);
  const money = (amount: Parameters<typeof formatMoney>[0]) => formatMoney(amount, language);
  const severity = findings.some((finding) => finding.severity === 'error')
    ? 'over'
    : findings.length > 0
      ? 'close'
      : 'ok';
  const figures: [string, string][] = [
    [t('totals.total'), money(totals.total)],
    [t('totals.ministry'), money(totals.ministry)],
    [t('totals.authority'), money(totals.authority)],
    [t('totals.other'), money(totals.other)],
    [t('totals.services'), String(plan.services.length)],
  ];
  return (
    <section className="totals" aria-labelledby="totals-title">
      <h2 id="totals-title">{t('totals.title')}</h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className={`figure self-development self-development-${severity}`}>
          <dt>{t('totals.selfDevelopment')}</dt>
          <dd>
            {money(totals.selfDevelopment)}
            <span className="figure-note">
              {t('totals.selfDevelopmentOf', {
                share: formatPercent(totals.selfDevelopmentShare, language, 2),
                limit: formatPercent(totals.selfDevelopmentLimit, language),
              })}
            </span>
          </dd>
        </div>
      </dl>
      <h3>{t('totals.findings')}</h3>
      {findings.length === 0 ? (
        <p>{t('totals.noFindings')}</p>
      ) : (
        <ul className="findings">
          {findings.map((finding) => (
            <li key={`${finding.rule}:${finding.path}`} className={`finding finding-${finding.severity}`}>
              {finding.message[language]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
