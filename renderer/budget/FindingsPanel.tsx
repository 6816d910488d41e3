import type { Finding } from '@shared/rules/finding.ts';
import { useT, useWord } from '../i18n/i18n.ts';
import { useUiStore } from '../state/ui-store.ts';

/** The rules' findings; one that points at a budget cell, a plan detail or a node of the logic model takes the user there. */
export function FindingsPanel({ findings }: { findings: readonly Finding[] }) {
  const t = useT();
  const word = useWord();
  const goToBudgetCell = useUiStore((state) => state.goToBudgetCell);
  const show = useUiStore((state) => state.show);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return (
    <section className="findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">
        {t('totals.findings')}
        <span className="count">{t('findings.count', { errors, warnings: findings.length - errors })}</span>
      </h2>
      {findings.length === 0 ? (
        <p>{t('totals.noFindings')}</p>
      ) : (
        <ul className="findings">
          {findings.map((finding, index) => (
            <li key={`${finding.rule}:${finding.path}:${index}`} className={`finding finding-${finding.severity}`}>
              <span className="finding-severity">{t(`findings.${finding.severity}`)}</span>
              {finding.target ? (
                <button type="button" className="link-button" onClick={() => goToBudgetCell(finding.target!)}>
                  {word(finding.message)}
                </button>
              ) : finding.modelNode ? (
                <button type="button" className="link-button" onClick={() => show({ kind: 'logic-model', focus: finding.modelNode })}>
                  {word(finding.message)}
                </button>
              ) : /^(details|policy)\./.test(finding.path) ? (
                <button type="button" className="link-button" onClick={() => show({ kind: 'details' })}>
                  {word(finding.message)}
                </button>
              ) : (
                <span>{word(finding.message)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
