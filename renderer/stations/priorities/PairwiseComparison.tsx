import { useMemo } from 'react';
import { applyPairwiseWeights, setPairwise } from '@shared/commands/priority-commands.ts';
import { formatNumber, formatPercent } from '@shared/format/number-format.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { ahpWeights, consistencyThreshold } from '@shared/priorities/ahp-weights.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { usePlanStore } from '../../state/plan-store.ts';

/** Saaty's scale, from "the first matters far more" through "equal" to "the second matters far more". */
const scale: { value: number; key: MessageKey }[] = [
  { value: 9, key: 'priorities.scale.firstExtreme' },
  { value: 7, key: 'priorities.scale.firstVeryStrong' },
  { value: 5, key: 'priorities.scale.firstStrong' },
  { value: 3, key: 'priorities.scale.firstModerate' },
  { value: 1, key: 'priorities.scale.equal' },
  { value: 1 / 3, key: 'priorities.scale.secondModerate' },
  { value: 1 / 5, key: 'priorities.scale.secondStrong' },
  { value: 1 / 7, key: 'priorities.scale.secondVeryStrong' },
  { value: 1 / 9, key: 'priorities.scale.secondExtreme' },
];

const nearest = (value: number) => scale.reduce((best, option) => (Math.abs(Math.log(option.value / value)) < Math.abs(Math.log(best.value / value)) ? option : best)).value;

/**
 * Weights by comparison (AHP): one question per pair of criteria, the weights they imply, and
 * whether the answers hang together. The weights are used only when the team applies them.
 */
export function PairwiseComparison({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const perform = usePlanStore((state) => state.perform);
  const { criteria, pairwise } = plan.priorities;
  const result = useMemo(() => ahpWeights(criteria.map((criterion) => criterion.id), pairwise), [criteria, pairwise]);
  const valueOf = (a: string, b: string) => {
    const pair = pairwise.find((candidate) => (candidate.a === a && candidate.b === b) || (candidate.a === b && candidate.b === a));
    if (!pair) return 1;
    return pair.a === a ? pair.value : 1 / pair.value;
  };
  const pairs = criteria.flatMap((first, index) => criteria.slice(index + 1).map((second) => [first, second] as const));
  return (
    <div className="pairwise">
      <p className="hint">{t('priorities.compareHint')}</p>
      <ul className="pairwise-list">
        {pairs.map(([first, second]) => (
          <li key={`${first.id}:${second.id}`}>
            <label>
              <span>{t('priorities.comparePair', { first: first.name, second: second.name })}</span>
              <select
                value={String(nearest(valueOf(first.id, second.id)))}
                onChange={(event) => perform(setPairwise, { a: first.id, b: second.id, value: Number(event.target.value) })}
              >
                {scale.map((option) => (
                  <option key={option.key} value={String(option.value)}>
                    {t(option.key, { first: first.name, second: second.name })}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      <p role="status">
        {t('priorities.impliedWeights', {
          weights: criteria.map((criterion, index) => `${criterion.name} ${formatPercent(result.weights[index] ?? 0, language, 0)}`).join(' · '),
        })}{' '}
        {result.consistent
          ? t('priorities.consistent', { ratio: formatNumber(Math.round(result.consistencyRatio * 100) / 100, language) })
          : t('priorities.inconsistent', { ratio: formatNumber(Math.round(result.consistencyRatio * 100) / 100, language), threshold: formatNumber(consistencyThreshold, language) })}
      </p>
      {/* Weights from answers that contradict one another mean nothing: the team revises them first. */}
      <button type="button" disabled={!result.consistent} onClick={() => perform(applyPairwiseWeights, {})}>
        {t('priorities.applyWeights')}
      </button>
    </div>
  );
}
