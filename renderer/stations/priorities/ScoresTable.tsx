import { useId } from 'react';
import { setScore } from '@shared/commands/priority-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { parseTypedNumber } from '@shared/format/parse-number.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { CellNumberInput } from '../../components/fields/CellNumberInput.tsx';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';

/** Each service's score on each criterion, 0 to 10; an emptied cell takes the score back. */
export function ScoresTable({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const headingId = useId();
  const { criteria, scores } = plan.priorities;
  const given = new Map(scores.map((entry) => [`${entry.serviceId}\u0000${entry.criterionId}`, entry.score]));
  const range = (value: number | null) => (value === null ? t('priorities.scoreInvalid') : value < 0 || value > 10 ? t('priorities.scoreRange') : null);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('priorities.scores')}</h2>
      <p className="hint">{t('priorities.scoresHint')}</p>
      <div className="table-scroll">
        <table className="preview-table scores-table">
          <thead>
            <tr>
              <th scope="col">{t('logic.service')}</th>
              {criteria.map((criterion) => <th scope="col" key={criterion.id}><bdi>{criterion.name}</bdi></th>)}
            </tr>
          </thead>
          <tbody>
            {plan.services.map((service) => (
              <tr key={service.id}>
                <th scope="row"><bdi>{service.name}</bdi></th>
                {criteria.map((criterion) => (
                  <td key={criterion.id}>
                    <CellNumberInput
                      label={t('priorities.scoreOf', { service: service.name, criterion: criterion.name })}
                      value={given.get(`${service.id}\u0000${criterion.id}`) ?? null}
                      format={(value) => formatNumber(value, language)}
                      parse={(text) => parseTypedNumber(text)}
                      validate={range}
                      onChange={(value) => perform(setScore, { serviceId: service.id, criterionId: criterion.id, score: value })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
