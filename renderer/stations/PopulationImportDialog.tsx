import { useId, useMemo, useState } from 'react';
import { importPopulationYears } from '@shared/commands/population-commands.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { detectLayout, partlyCoveredBands, readPopulationTable, sourceBands, suggestBandMapping, type BandMatch, type PopulationLayout } from '@shared/population/population-import.ts';
import { rowProblemMessage } from '@shared/xlsx/row-problem.ts';
import type { SourceSheet } from '@shared/xlsx/table-source.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { Modal } from '../components/Modal.tsx';
import { ProblemList } from '../components/workbook/ProblemList.tsx';

const coverageKeys: Record<BandMatch['coverage'], MessageKey> = {
  exact: 'populationImport.exact',
  inside: 'populationImport.inside',
  spans: 'populationImport.spans',
  outside: 'populationImport.outside',
  unknown: 'populationImport.unknown',
};

/** Population figures from another table: its layout, its age bands matched to the plan's, the years that will come in. */
export function PopulationImportDialog({ fileName, sheets }: { fileName: string; sheets: SourceSheet[] }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const plan = usePlanStore((state) => state.document?.plan);
  const [sheetIndex, setSheetIndex] = useState(0);
  const sheet = sheets[sheetIndex]!;
  const detected = useMemo(() => detectLayout(sheet.rows), [sheet]);
  const [chosenLayout, setLayout] = useState<PopulationLayout | null>(null);
  const layout = chosenLayout ?? detected.layout;
  const labels = useMemo(() => sourceBands(sheet.rows, detected.headerRow, layout).map((band) => band.label), [sheet, detected, layout]);
  const bands = plan?.population.bands ?? [];
  const suggested = useMemo(() => suggestBandMapping(labels, bands), [labels, bands]);
  const [chosen, setChosen] = useState<Record<string, string | null>>({});
  const mapping = Object.fromEntries(labels.map((label) => [label, label in chosen ? chosen[label]! : suggested[label]!.bandId]));
  const read = readPopulationTable(sheet, detected.headerRow, layout, mapping);
  const sheetId = useId();
  const layoutName = useId();
  const close = () => useUiStore.getState().setPrompt(null);
  if (!plan) return null;
  const unmapped = labels.filter((label) => !mapping[label]);
  const partial = partlyCoveredBands(mapping, bands);
  const apply = () => {
    usePlanStore.getState().perform(importPopulationYears, { years: read.years });
    close();
    useUiStore.getState().notify('info', t('populationImport.done', { count: read.years.length, name: fileName }));
  };
  return (
    <Modal title={t('populationImport.title', { name: fileName })} onCancel={close}>
      <div className="preview-body">
        {sheets.length > 1 && (
          <p>
            <label htmlFor={sheetId}>{t('services.sheet')}</label>{' '}
            <select id={sheetId} value={sheetIndex} onChange={(event) => { setSheetIndex(Number(event.target.value)); setLayout(null); setChosen({}); }}>
              {sheets.map((candidate, index) => (
                <option key={index} value={index}>{candidate.name}</option>
              ))}
            </select>
          </p>
        )}
        <fieldset className="layout-choice">
          <legend>{t('populationImport.layout')}</legend>
          {(['row-per-year', 'row-per-band'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name={layoutName} checked={layout === option} onChange={() => setLayout(option)} />
              {t(option === 'row-per-year' ? 'populationImport.rowPerYear' : 'populationImport.rowPerBand')}
            </label>
          ))}
        </fieldset>
        <h3>{t('populationImport.bands')}</h3>
        {labels.length === 0 ? (
          <p>{t('populationImport.noBands')}</p>
        ) : (
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{t('populationImport.sourceBand')}</th>
                <th scope="col">{t('populationImport.planBand')}</th>
                <th scope="col">{t('populationImport.fit')}</th>
              </tr>
            </thead>
            <tbody>
              {labels.map((label) => (
                <tr key={label}>
                  <th scope="row"><bdi>{label}</bdi></th>
                  <td>
                    <select
                      aria-label={t('populationImport.bandFor', { band: label })}
                      value={mapping[label] ?? ''}
                      onChange={(event) => setChosen({ ...chosen, [label]: event.target.value === '' ? null : event.target.value })}
                    >
                      <option value="">{t('services.notImported')}</option>
                      {bands.map((band) => (
                        <option key={band.id} value={band.id}>{band.label}</option>
                      ))}
                    </select>
                  </td>
                  <td>{t(coverageKeys[suggested[label]!.coverage])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {unmapped.length > 0 && <p className="hint">{t('populationImport.unmapped', { bands: unmapped.join(', ') })}</p>}
        {partial.map(({ bandId, covered }) => (
          <p key={bandId} className="field-error">
            {t('populationImport.partial', { band: bands.find((band) => band.id === bandId)?.label ?? bandId, covered })}
          </p>
        ))}
        <h3>{t('populationImport.preview', { count: read.years.length })}</h3>
        {read.years.length > 0 && (
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">{t('populationImport.year')}</th>
                {bands.map((band) => <th scope="col" key={band.id}><bdi>{band.label}</bdi></th>)}
              </tr>
            </thead>
            <tbody>
              {read.years.map((year) => (
                <tr key={year.year}>
                  <th scope="row">{year.year}</th>
                  {bands.map((band) => {
                    const count = year.counts.find((entry) => entry.bandId === band.id)?.count;
                    return <td key={band.id}>{count === undefined ? '—' : formatNumber(count, language)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ProblemList title={t('populationImport.problems', { count: read.problems.length })} messages={read.problems.map((problem) => rowProblemMessage(problem, language))} />
      </div>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={apply} disabled={read.years.length === 0}>
          {t('populationImport.import', { count: read.years.length })}
        </button>
        <button type="button" onClick={close}>{t('common.cancel')}</button>
      </div>
    </Modal>
  );
}
