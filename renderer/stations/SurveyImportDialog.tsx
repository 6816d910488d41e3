import { useId, useMemo, useState } from 'react';
import { addSurvey } from '@shared/commands/assessment-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { readSurveyAnswers } from '@shared/surveys/survey-answers.ts';
import { itemStatistics } from '@shared/surveys/survey-stats.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import type { SourceSheet } from '@shared/xlsx/table-source.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { Modal } from '../components/Modal.tsx';
import { ProblemList } from '../components/workbook/ProblemList.tsx';
import { DateInput } from '../components/fields/DateInput.tsx';

/** A survey's answers from a table: what was read (layout, scale, items), its name and date, then into the plan. */
export function SurveyImportDialog({ fileName, sheets }: { fileName: string; sheets: SourceSheet[] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [name, setName] = useState(fileName.replace(/\.(csv|xlsx)$/i, ''));
  const [date, setDate] = useState('');
  const ids = { sheet: useId(), name: useId(), scale: useId() };
  const sheet = sheets[sheetIndex]!;
  // The scale is read from the answers; a 1-5 survey where no one answered 5 needs the team to say so.
  const [scale, setScale] = useState<4 | 5 | null>(null);
  const read = useMemo(() => readSurveyAnswers(sheet, scale ? { scaleMax: scale } : {}), [sheet, scale]);
  const close = () => useUiStore.getState().setPrompt(null);
  const apply = () => {
    usePlanStore.getState().perform(addSurvey, {
      survey: {
        id: `survey-${crypto.randomUUID().slice(0, 8)}`,
        name: name.trim() || fileName,
        date: date || null,
        scaleMax: read.scaleMax,
        items: read.items.map((item, index) => ({ id: `item-${index + 1}`, text: item.text, counts: item.counts })),
      },
    });
    close();
    useUiStore.getState().notify('info', t('surveys.imported', { count: read.items.length, name: fileName }));
  };
  return (
    <Modal title={t('surveys.importTitle', { name: fileName })} onCancel={close}>
      <div className="preview-body">
        {sheets.length > 1 && (
          <p>
            <label htmlFor={ids.sheet}>{t('services.sheet')}</label>{' '}
            <select id={ids.sheet} value={sheetIndex} onChange={(event) => setSheetIndex(Number(event.target.value))}>
              {sheets.map((candidate, index) => <option key={index} value={index}>{candidate.name}</option>)}
            </select>
          </p>
        )}
        <div className="need-fields">
          <div className="field">
            <label htmlFor={ids.name}>{t('surveys.name')}</label>
            <input id={ids.name} dir="auto" maxLength={500} value={name} onChange={(event) => setName(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.scale}>{t('surveys.scaleChoice')}</label>
            <select id={ids.scale} value={read.scaleMax} onChange={(event) => setScale(Number(event.target.value) as 4 | 5)}>
              <option value={4}>1-4</option>
              <option value={5}>1-5</option>
            </select>
          </div>
          <div className="field">
            <DateInput label={t('surveys.date')} value={date || null} onChange={(picked) => setDate(picked ?? '')} />
          </div>
        </div>
        <p>{t(read.layout === 'respondents' ? 'surveys.readRespondents' : 'surveys.readCounts', { items: read.items.length, scale: read.scaleMax })}</p>
        {read.items.length > 0 && (
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{t('surveys.item')}</th>
                <th scope="col">{t('surveys.answers')}</th>
                <th scope="col">{t('surveys.average')}</th>
              </tr>
            </thead>
            <tbody>
              {read.items.map((item) => {
                const statistics = itemStatistics(item, read.scaleMax);
                return (
                  <tr key={item.text}>
                    <th scope="row"><bdi>{item.text}</bdi></th>
                    <td>{formatNumber(statistics.answers, language)}</td>
                    <td>{statistics.average === null ? '—' : formatNumber(Math.round(statistics.average * 100) / 100, language)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <ProblemList title={t('surveys.problems', { count: read.problems.length })} messages={read.problems.map((problem) => rowProblemMessage(problem, language))} />
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={apply} disabled={read.items.length === 0}>{t('surveys.import', { count: read.items.length })}</button>
        <button type="button" onClick={close}>{t('common.cancel')}</button>
      </div>
    </Modal>
  );
}
