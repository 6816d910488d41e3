import { setDetail, setPolicy } from '@shared/commands/plan-commands.ts';
import { selfDevelopmentBases } from '@shared/model/plan-schema.ts';
import { formatNumber, formatPercent } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import { roundHalfAwayFromZero } from '@shared/budget/money.ts';
import { useId } from 'react';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { NumberField } from './fields/NumberField.tsx';
import { TextField } from './fields/TextField.tsx';
import { TotalsPanel } from './TotalsPanel.tsx';

const percentOf = (fraction: number) => String(roundHalfAwayFromZero(fraction * 100, 4));
const parsePercent = (text: string) => parseTypedNumber(text.replace('%', ''), { percent: true });

/** The authority, year, cluster and budget of the plan, and the year's policy parameters. */
export function PlanDetailsView() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const plan = usePlanStore((state) => state.document?.plan);
  const perform = usePlanStore((state) => state.perform);
  const baseId = useId();
  if (!plan) return null;
  const { details, policy } = plan;
  const range = (min: number, max: number) => (value: number | null) =>
    value === null ? t('details.invalidNumber') : value < min || value > max ? t('details.invalidRange', { min, max }) : null;
  return (
    <div className="view details-view">
      <h1>{t('details.title')}</h1>
      <p className="lead">{t('details.intro')}</p>
      <div className="columns">
        <div>
          <section className="card" aria-labelledby="details-plan">
            <h2 id="details-plan">{t('details.plan')}</h2>
            <TextField
              label={t('details.authority')}
              value={details.authority}
              onChange={(value) => perform(setDetail, { field: 'authority', value })}
            />
            <NumberField
              label={t('details.year')}
              value={details.year}
              format={String}
              parse={(text) => parseTypedNumber(text)}
              validate={(value) => (value === null || !Number.isInteger(value) || value < 2000 || value > 2100 ? t('details.invalidYear') : null)}
              onChange={(value) => perform(setDetail, { field: 'year', value })}
            />
            <TextField
              label={t('details.cluster')}
              value={details.cluster}
              onChange={(value) => perform(setDetail, { field: 'cluster', value })}
            />
            <TextField
              label={t('details.preparedBy')}
              value={details.preparedBy}
              onChange={(value) => perform(setDetail, { field: 'preparedBy', value })}
            />
            <NumberField
              label={t('details.communityBudget')}
              value={details.communityBudget}
              format={(value) => formatNumber(value, language)}
              parse={parseTypedNumber}
              validate={range(0, 1e11)}
              onChange={(value) => perform(setDetail, { field: 'communityBudget', value: roundHalfAwayFromZero(value, 2) })}
            />
          </section>
          <section className="card" aria-labelledby="details-policy">
            <h2 id="details-policy">{t('details.policy')}</h2>
            <p className="hint">{t('details.policyIntro')}</p>
            <NumberField
              label={t('details.selfDevelopmentLimit')}
              value={policy.selfDevelopmentLimit}
              format={percentOf}
              parse={parsePercent}
              validate={(value) => range(0, 100)(value === null ? null : value * 100)}
              onChange={(value) => perform(setPolicy, { field: 'selfDevelopmentLimit', value })}
            />
            <div className="field">
              <label htmlFor={baseId}>{t('details.selfDevelopmentBase')}</label>
              <select
                id={baseId}
                value={policy.selfDevelopmentBase}
                onChange={(event) =>
                  perform(setPolicy, { field: 'selfDevelopmentBase', value: event.target.value as (typeof selfDevelopmentBases)[number] })
                }
              >
                {selfDevelopmentBases.map((base) => (
                  <option key={base} value={base}>
                    {t(`details.base.${base}`)}
                  </option>
                ))}
              </select>
            </div>
            <NumberField
              label={t('details.ministryShare')}
              value={policy.ministryShare}
              format={percentOf}
              parse={parsePercent}
              validate={(value) => range(0, 100)(value === null ? null : value * 100)}
              onChange={(value) => perform(setPolicy, { field: 'ministryShare', value })}
              hint={t('details.authorityShare', { share: formatPercent(1 - policy.ministryShare, language) })}
            />
          </section>
        </div>
        <TotalsPanel plan={plan} />
      </div>
    </div>
  );
}
