import { useId, useMemo, useState } from 'react';
import { addActivities } from '@shared/commands/participation-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { readActivities } from '@shared/participation/activity-import.ts';
import { activityKindLabelKeys } from '@shared/participation/participation-labels.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import type { SourceSheet } from '@shared/xlsx/table-source.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { Modal } from '../components/Modal.tsx';
import { ProblemList } from '../components/workbook/ProblemList.tsx';
import { ActivityDateText } from './ActivityDateText.tsx';
import { ActivityTableHead } from './ActivityTableHead.tsx';

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

/** A log of activities from a table: what was read and what was not, then into the participation log in one step. */
export function ActivityImportDialog({ fileName, sheets }: { fileName: string; sheets: SourceSheet[] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [sheetIndex, setSheetIndex] = useState(0);
  const sheetId = useId();
  const read = useMemo(() => readActivities(sheets[sheetIndex]!), [sheets, sheetIndex]);
  const close = () => useUiStore.getState().setPrompt(null);
  const apply = () => {
    usePlanStore.getState().perform(addActivities, {
      activities: read.activities.map((activity) => ({ ...activity, id: newId('activity'), findings: activity.findings.map((text) => ({ id: newId('finding'), text, needId: null })) })),
    });
    close();
    useUiStore.getState().notify('info', t('participation.import.done', { count: read.activities.length, name: fileName }));
  };
  return (
    <Modal title={t('participation.import.title', { name: fileName })} onCancel={close}>
      <div className="preview-body">
        {sheets.length > 1 && (
          <p>
            <label htmlFor={sheetId}>{t('services.sheet')}</label>{' '}
            <select id={sheetId} value={sheetIndex} onChange={(event) => setSheetIndex(Number(event.target.value))}>
              {sheets.map((candidate, index) => <option key={index} value={index}>{candidate.name}</option>)}
            </select>
          </p>
        )}
        <p className="hint">{t('participation.import.hint')}</p>
        <p>{read.kindColumnFound ? t('participation.import.read', { count: read.activities.length }) : t('participation.import.noKind')}</p>
        {read.activities.length > 0 && (
          <table className="preview-table">
            <caption className="visually-hidden">{t('participation.import.preview')}</caption>
            <ActivityTableHead />
            <tbody>
              {read.activities.map((activity, index) => (
                <tr key={index}>
                  <td><ActivityDateText date={activity.date} /></td>
                  <td>{t(activityKindLabelKeys[activity.kind])}</td>
                  <td><bdi>{activity.title}</bdi></td>
                  <td>{activity.attendance.total === null ? t('participation.log.unknown') : formatNumber(activity.attendance.total, language)}</td>
                  <td>{formatNumber(activity.findings.length, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ProblemList title={t('participation.import.problems', { count: read.problems.length })} messages={read.problems.map((problem) => rowProblemMessage(problem, language))} />
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={apply} disabled={read.activities.length === 0}>{t('participation.import.confirm', { count: read.activities.length })}</button>
        <button type="button" onClick={close}>{t('common.cancel')}</button>
      </div>
    </Modal>
  );
}
