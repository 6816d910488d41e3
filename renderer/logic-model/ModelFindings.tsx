import type { LogicFinding } from '@shared/logic-model/logic-checks.ts';
import { nodeRef, type LogicModel } from '@shared/logic-model/logic-graph.ts';
import { useLocalized, useT, useWord } from '../i18n/i18n.ts';
import { useUiStore } from '../state/ui-store.ts';
import { shortName as short } from './short-name.ts';

/**
 * The model's checks as a list: each finding can light its node on the canvas, and a service or
 * an outcome can be opened where it is edited.
 */
export function ModelFindings({ model, findings, onShow }: { model: LogicModel; findings: readonly LogicFinding[]; onShow(nodeId: string): void }) {
  const t = useT();
  const localized = useLocalized();
  const word = useWord();
  const nameOf = (nodeId: string) => {
    const node = model.nodes.find((candidate) => candidate.id === nodeId);
    return node ? localized(node.label) : nodeId;
  };
  const open = (nodeId: string) => {
    const { kind, id } = nodeRef(nodeId);
    if (kind === 'service' || kind === 'outcome') useUiStore.getState().goToItem({ kind, id });
  };
  return (
    <section className="card" aria-labelledby="logic-checks">
      <h2 id="logic-checks">{t('logic.checks', { count: findings.length })}</h2>
      {findings.length === 0 ? (
        <p>{t('logic.noFindings')}</p>
      ) : (
        <ul className="logic-findings">
          {findings.map((finding, index) => (
            <li key={`${finding.check}:${finding.nodeIds.join()}:${index}`}>
              <bdi>{word(finding.message)}</bdi>{' '}
              <button type="button" className="link-button" onClick={() => onShow(finding.nodeIds[0]!)}>
                {t('logic.showOnCanvas', { name: short(nameOf(finding.nodeIds[0]!)) })}
              </button>{' '}
              {finding.nodeIds.filter((id) => id.startsWith('service:') || id.startsWith('outcome:')).map((id) => (
                <button key={id} type="button" className="link-button" onClick={() => open(id)}>
                  {t('logic.open', { name: short(nameOf(id)) })}
                </button>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
