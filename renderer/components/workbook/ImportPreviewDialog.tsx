import { useMemo } from 'react';
import type { Plan } from '@shared/model/plan-schema.ts';
import type { WorkbookImport } from '@shared/xlsx/read-workbook.ts';
import { describePlanChanges, type ItemChanges } from '@shared/xlsx/plan-changes.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import { openErrorMessage } from '@shared/model/open-error-message.ts';
import { replacePlan } from '@shared/commands/plan-commands.ts';
import { useLanguage, useT, type Translate } from '../../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { openUnsavedPlan } from '../../state/file-actions.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { Modal } from '../Modal.tsx';
import { ProblemList } from './ProblemList.tsx';

type Imported = Extract<WorkbookImport, { ok: true }>;

function ItemChangeList({ title, changes, t }: { title: string; changes: ItemChanges; t: Translate }) {
  const language = useLanguage((state) => state.language);
  const lines = [
    ...changes.added.map((name) => t('preview.added', { name })),
    ...changes.removed.map((name) => t('preview.removed', { name })),
    ...changes.changed.map(({ name, fields }) => t('preview.changed', { name, fields: fields.map((field) => field[language]).join(', ') })),
    ...(changes.reordered ? [t('preview.reordered')] : []),
  ];
  if (lines.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul className="change-list">
        {lines.map((line, index) => (
          <li key={index}>
            <bdi>{line}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}

const partKeys: Partial<Record<keyof Plan, MessageKey>> = {
  id: 'preview.part.id',
  stations: 'preview.part.stations',
  existingServices: 'preview.part.existingServices',
  surveys: 'preview.part.surveys',
  leadingValues: 'preview.part.leadingValues',
  budgetColumns: 'preview.part.budgetColumns',
  priorities: 'preview.part.priorities',
  implementation: 'preview.part.implementation',
  logicModelNotes: 'preview.part.logicModelNotes',
  review: 'preview.part.review',
};

/** What an imported workbook would change in the open plan, before anything is applied. */
export function ImportPreviewDialog({ fileName, result }: { fileName: string; result: Imported }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const open = usePlanStore((state) => state.document?.plan ?? null);
  const close = () => useUiStore.getState().setPrompt(null);
  const changes = useMemo(() => (open ? describePlanChanges(open, result.plan, language) : null), [open, result.plan, language]);
  const apply = () => {
    usePlanStore.getState().perform(replacePlan, { plan: result.plan });
    close();
    useUiStore.getState().notify('info', t('preview.applied', { name: fileName }));
  };
  const openAsNew = () => {
    close();
    void openUnsavedPlan(result.plan);
  };
  return (
    <Modal title={t('preview.title', { name: fileName })} onCancel={close}>
      <div className="preview-body">
        {result.base === 'open-plan' && <p className="hint">{t('preview.baseOpenPlan')}</p>}
        {result.base === 'new-plan' && <p className="hint">{t('preview.baseNewPlan')}</p>}
        {result.embeddedProblem && <p className="hint">{t('preview.embeddedDamaged', { reason: openErrorMessage(result.embeddedProblem, language) })}</p>}
        {changes && (
          <>
            <p>
              <strong>{changes.total === 0 ? t('preview.noChanges') : t('preview.changeCount', { count: changes.total })}</strong>
            </p>
            {changes.details.length > 0 && (
              <section aria-label={t('preview.details')}>
                <h3>{t('preview.details')}</h3>
                <ul className="change-list">
                  {changes.details.map((change) => (
                    <li key={change.label.en}>
                      <bdi>{t('preview.detailChange', { label: change.label[language], before: change.before, after: change.after })}</bdi>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <ItemChangeList title={t('preview.services')} changes={changes.services} t={t} />
            <ItemChangeList title={t('preview.needs')} changes={changes.needs} t={t} />
            <ItemChangeList title={t('preview.outcomes')} changes={changes.outcomes} t={t} />
            <ItemChangeList title={t('preview.indicators')} changes={changes.indicators} t={t} />
            {changes.population && <p>{t('preview.population')}</p>}
            {changes.otherParts.length > 0 && (
              <p>{t('preview.otherParts', { parts: changes.otherParts.map((part) => (partKeys[part] ? t(partKeys[part]) : part)).join(', ') })}</p>
            )}
          </>
        )}
        {result.ignoredColumns.length > 0 && <p>{t('preview.ignoredColumns', { columns: result.ignoredColumns.join(', ') })}</p>}
        <ProblemList title={t('preview.problems', { count: result.problems.length })} messages={result.problems.map((problem) => rowProblemMessage(problem, language))} />
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={apply} disabled={!open}>
          {t('preview.apply')}
        </button>
        <button type="button" onClick={openAsNew}>
          {t('preview.openAsNew')}
        </button>
        <button type="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
