import { useId, useMemo, useState } from 'react';
import { insertServices } from '@shared/budget/budget-commands.ts';
import { serviceTotal } from '@shared/budget/service-cost.ts';
import { serviceKindLabels } from '@shared/budget/option-labels.ts';
import { formatMoney, formatNumber } from '@shared/format/number-format.ts';
import { headerRowOf, importFieldLabels, importFields, servicesFromTable, suggestMapping, type ColumnMapping, type ImportField } from '@shared/xlsx/services-table.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import type { SourceSheet } from '@shared/xlsx/table-source.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { Modal } from '../Modal.tsx';
import { ProblemList } from './ProblemList.tsx';

const previewRows = 5;

/** Services from someone else's table: pick the sheet, match its columns to Tamhil's fields, see the result, take it in. */
export function ImportServicesDialog({ fileName, sheets }: { fileName: string; sheets: SourceSheet[] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const plan = usePlanStore((state) => state.document?.plan);
  const [sheetIndex, setSheetIndex] = useState(0);
  const sheet = sheets[sheetIndex]!;
  const headerRow = headerRowOf(sheet.rows);
  const headers = sheet.rows[headerRow] ?? [];
  const [mappings, setMappings] = useState<Record<number, ColumnMapping>>({});
  const suggested = useMemo(() => suggestMapping(headers), [headers]);
  const mapping = mappings[sheetIndex] ?? suggested;
  const sheetId = useId();
  const close = () => useUiStore.getState().setPrompt(null);
  const read = useMemo(() => (plan ? servicesFromTable(sheet, headerRow, mapping, plan, language) : null), [plan, sheet, headerRow, mapping, language]);
  if (!plan || !read) return null;
  const columnName = (index: number) => {
    const header = headers[index];
    return header === null || header === undefined || String(header).trim() === '' ? t('services.column', { number: index + 1 }) : String(header);
  };
  const width = Math.max(headers.length, ...sheet.rows.slice(headerRow, headerRow + 50).map((row) => row.length));
  const choose = (field: ImportField, value: string) => setMappings({ ...mappings, [sheetIndex]: { ...mapping, [field]: value === '' ? null : Number(value) } });
  const apply = () => {
    usePlanStore.getState().perform(insertServices, { index: plan.services.length, services: read.services });
    close();
    useUiStore.getState().notify('info', t('services.imported', { count: read.services.length, name: fileName }));
  };
  return (
    <Modal title={t('services.title', { name: fileName })} onCancel={close}>
      <div className="preview-body">
        {sheets.length > 1 && (
          <p>
            <label htmlFor={sheetId}>{t('services.sheet')}</label>{' '}
            <select id={sheetId} value={sheetIndex} onChange={(event) => setSheetIndex(Number(event.target.value))}>
              {sheets.map((candidate, index) => (
                <option key={index} value={index}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p className="hint">{t('services.mappingHint', { row: headerRow + 1 })}</p>
        <fieldset className="column-mapping">
          <legend>{t('services.mapping')}</legend>
          {importFields.map((field) => (
            <label key={field}>
              <span>{importFieldLabels[field][language]}</span>
              <select value={mapping[field] ?? ''} onChange={(event) => choose(field, event.target.value)}>
                <option value="">{t('services.notImported')}</option>
                {Array.from({ length: width }, (_, index) => (
                  <option key={index} value={index}>
                    {columnName(index)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
        <h3>{t('services.preview', { count: read.services.length })}</h3>
        {read.services.length > 0 && (
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{importFieldLabels.name[language]}</th>
                <th scope="col">{importFieldLabels.kind[language]}</th>
                <th scope="col">{importFieldLabels.participants[language]}</th>
                <th scope="col">{t('services.total')}</th>
              </tr>
            </thead>
            <tbody>
              {read.services.slice(0, previewRows).map((service) => (
                <tr key={service.id}>
                  <td>
                    <bdi>{service.name}</bdi>
                  </td>
                  <td>{serviceKindLabels[service.kind][language]}</td>
                  <td>{formatNumber(service.participants, language)}</td>
                  <td>{formatMoney(serviceTotal(service), language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ProblemList title={t('services.problems', { count: read.problems.length })} messages={read.problems.map((problem) => rowProblemMessage(problem, language))} />
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={apply} disabled={read.services.length === 0}>
          {t('services.import', { count: read.services.length })}
        </button>
        <button type="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
