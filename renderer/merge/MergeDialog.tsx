import { useMemo, useState } from 'react';
import { formatNumber } from '@shared/format/number-format.ts';
import type { ConflictChoice, MergeResult, Side } from '@shared/merge/merge-result.ts';
import { resolveMerge } from '@shared/merge/resolve-merge.ts';
import type { Plan } from '@shared/model/plan-schema.ts';
import { checkPlan } from '@shared/rules/validate-plan.ts';
import { fieldProblemText } from '@shared/model/open-error-message.ts';
import { useLanguage, useT, useWord } from '../i18n/i18n.ts';
import { Modal } from '../components/Modal.tsx';
import { TotalsFigures } from '../budget/TotalsFigures.tsx';
import { meterStateOf, SelfDevelopmentMeter } from '../budget/SelfDevelopmentMeter.tsx';
import { ConflictCard } from './ConflictCard.tsx';

/** How many of theirs' changes are named one by one before "and N more". */
const namedChanges = 8;

type Props = {
  result: MergeResult;
  /** Who the other side is: the name its last version was saved under, or the file's name. */
  from: string;
  /** Whether the conflicts have an ancestor's value to show: none when two copies share no version. */
  withAncestor: boolean;
  resolve(plan: Plan | null): void;
};

/**
 * Two sides' work in one plan, before it is taken: what came from the other side, each conflict
 * with the ancestor's, mine and theirs values to choose from, and the budget totals and the 20%
 * check of the plan the choices make. Nothing changes until the merge is accepted.
 */
export function MergeDialog({ result, from, withAncestor, resolve }: Props) {
  const t = useT();
  const word = useWord();
  const language = useLanguage((state) => state.language);
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(new Map());
  const outcome = useMemo(() => resolveMerge(result, choices), [result, choices]);
  // Until every conflict is settled, the figures are those of the merge holding mine where a conflict stands.
  const preview = outcome.status === 'resolved' ? outcome.plan : result.plan;
  const check = useMemo(() => checkPlan(preview), [preview]);
  const choose = (path: string, choice: ConflictChoice | null) =>
    setChoices((current) => {
      const next = new Map(current);
      if (choice === null) next.delete(path);
      else next.set(path, choice);
      return next;
    });
  const chooseAll = (side: Side) => setChoices(new Map(result.conflicts.map((conflict) => [conflict.path, { take: side }])));
  const count = (value: number) => formatNumber(value, language);
  const taken = result.fromTheirs;
  const settled = result.conflicts.filter((conflict) => choices.has(conflict.path)).length;
  return (
    <Modal title={t('mergeView.title')} onCancel={() => resolve(null)}>
      <div className="merge-dialog">
        {taken.length > 0 ? <p>{taken.length === 1 ? t('mergeView.takenOne', { from }) : t('mergeView.taken', { count: count(taken.length), from })}</p> : result.conflicts.length === 0 && <p>{t('mergeView.nothingTaken', { from })}</p>}
        {taken.length > 0 && (
          <ul className="merge-taken">
            {taken.slice(0, namedChanges).map((change) => (
              <li key={change.path}>
                <bdi>{word(change.label)}</bdi>
              </li>
            ))}
            {taken.length > namedChanges && <li>{t('mergeView.andMore', { count: count(taken.length - namedChanges) })}</li>}
          </ul>
        )}
        {result.renamedIds.length > 0 && <p className="hint">{t('mergeView.renamed', { count: count(result.renamedIds.length) })}</p>}
        {result.conflicts.length > 0 && (
          <section aria-labelledby="merge-conflicts-title">
            <h3 id="merge-conflicts-title">{t('mergeView.conflicts', { count: count(result.conflicts.length) })}</h3>
            <p className="hint">{t(withAncestor ? 'mergeView.conflictsHelp' : 'mergeView.differencesHelp')}</p>
            <div className="modal-actions merge-all">
              <button type="button" onClick={() => chooseAll('mine')}>{t('mergeView.allMine')}</button>
              <button type="button" onClick={() => chooseAll('theirs')}>{t('mergeView.allTheirs')}</button>
            </div>
            <ol className="merge-conflicts">
              {result.conflicts.map((conflict, index) => (
                <ConflictCard key={conflict.path} conflict={conflict} number={index + 1} withAncestor={withAncestor} choice={choices.get(conflict.path)} onChoose={(choice) => choose(conflict.path, choice)} />
              ))}
            </ol>
          </section>
        )}
        <section aria-labelledby="merge-result-title" className="merge-result">
          <h3 id="merge-result-title">{t('mergeView.result')}</h3>
          {outcome.status === 'unresolved' && <p className="hint">{t('mergeView.stillOpen', { count: count(result.conflicts.length - settled) })}</p>}
          <TotalsFigures totals={check.totals} servicesCount={preview.services.length} />
          <SelfDevelopmentMeter totals={check.totals} state={meterStateOf(check.findings)} />
          {outcome.status === 'invalid' && (
            <div role="alert" className="field-error">
              <p>{t('mergeView.invalid')}</p>
              <ul>
                {outcome.problems.map((problem) => (
                  <li key={problem.path}>
                    <bdi dir="ltr">{problem.path}</bdi> {fieldProblemText(problem.problem, problem.expected, language)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>
        <div className="modal-actions">
          <button type="button" className="primary" disabled={outcome.status !== 'resolved'} onClick={() => outcome.status === 'resolved' && resolve(outcome.plan)}>
            {t('mergeView.accept')}
          </button>
          <button type="button" onClick={() => resolve(null)} data-autofocus>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
