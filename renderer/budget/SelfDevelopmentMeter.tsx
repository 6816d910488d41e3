import type { PlanTotals } from '@shared/budget/plan-totals.ts';
import type { Finding } from '@shared/rules/finding.ts';
import { selfDevelopmentRule } from '@shared/rules/self-development-limit.ts';
import { formatMoney, formatPercent } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';

export type MeterState = 'ok' | 'close' | 'over';

/** The meter follows the self-development rule's finding: none, a warning, or an error. */
export function meterStateOf(findings: readonly Finding[]): MeterState {
  const finding = findings.find((candidate) => candidate.rule === selfDevelopmentRule);
  return !finding ? 'ok' : finding.severity === 'error' ? 'over' : 'close';
}

/**
 * Self-developed programs' share of the base against the year's limit. The state is said in
 * words as well as colour; the bar's scale runs to one and a half times the limit so "over"
 * is visible.
 */
export function SelfDevelopmentMeter({ totals, state }: { totals: PlanTotals; state: MeterState }) {
  const t = useT();
  const language = useLanguage((store) => store.language);
  const scale = Math.max(totals.selfDevelopmentLimit * 1.5, totals.selfDevelopmentShare, 0.0001);
  const share = formatPercent(totals.selfDevelopmentShare, language, 2);
  const limit = formatPercent(totals.selfDevelopmentLimit, language);
  const stateText = t(`meter.${state}`);
  return (
    <div className={`meter meter-${state}`}>
      <div className="meter-label" id="self-development-meter-label">
        {t('totals.selfDevelopment')}: {formatMoney(totals.selfDevelopment, language)} · {t('totals.selfDevelopmentOf', { share, limit })} ·{' '}
        <strong>{stateText}</strong>
      </div>
      <div
        className="meter-track"
        role="meter"
        aria-labelledby="self-development-meter-label"
        aria-valuemin={0}
        aria-valuemax={Math.round(scale * 10_000) / 100}
        aria-valuenow={Math.round(totals.selfDevelopmentShare * 10_000) / 100}
        aria-valuetext={`${share} / ${limit}: ${stateText}`}
      >
        <div className="meter-fill" style={{ inlineSize: `${Math.min(100, (totals.selfDevelopmentShare / scale) * 100)}%` }} />
        <div className="meter-limit" style={{ insetInlineStart: `${(totals.selfDevelopmentLimit / scale) * 100}%` }} />
      </div>
    </div>
  );
}
