import { useEffect, useState } from 'react';
import type { FileEntry } from '@shared/host-api.ts';
import { localeOf } from '@shared/format/number-format.ts';
import { host } from '../../host/host-client.ts';
import { useLanguage, useT } from '../../i18n/i18n.ts';
import type { SpreadsheetPurpose } from '../../state/ui-store.ts';
import type { MessageKey } from '../../i18n/messages-he.ts';
import { Modal } from '../Modal.tsx';

const titles: Record<SpreadsheetPurpose, MessageKey> = {
  'import-workbook': 'workbook.chooseWorkbook',
  'import-services': 'workbook.chooseTable',
  'import-population': 'workbook.choosePopulation',
  'import-survey': 'workbook.chooseSurvey',
};

/** The browser host's Open for spreadsheets: the workbooks (and for a services table, CSV files) of the workspace folder. */
export function ChooseSpreadsheetDialog({ purpose, resolve }: { purpose: SpreadsheetPurpose; resolve(path: string | null): void }) {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const [files, setFiles] = useState<FileEntry[] | null>(null);
  useEffect(() => {
    void host['workspace:list']({ kind: 'spreadsheet' }).then((entries) =>
      setFiles(purpose === 'import-workbook' ? entries.filter((entry) => entry.path.toLowerCase().endsWith('.xlsx')) : entries),
    );
  }, [purpose]);
  const dateFormat = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Modal title={t(titles[purpose])} onCancel={() => resolve(null)}>
      {files === null ? (
        <p>{t('app.loading')}</p>
      ) : files.length === 0 ? (
        <p>{purpose === 'import-workbook' ? t('workbook.noWorkbooks') : t('workbook.noTables')}</p>
      ) : (
        <ul className="file-list">
          {files.map((entry) => (
            <li key={entry.path}>
              <button type="button" onClick={() => resolve(entry.path)}>
                <bdi className="file-name">{entry.name}</bdi>
                <span className="file-meta">
                  <bdi dir="ltr">{entry.path}</bdi> · {t('open.modified', { date: dateFormat.format(new Date(entry.modified)) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('workbook.workspaceHint')}</p>
      <div className="modal-actions">
        <button type="button" onClick={() => resolve(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
