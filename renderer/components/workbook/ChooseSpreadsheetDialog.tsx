import { useEffect, useState } from 'react';
import type { FileEntry } from '@shared/host-api.ts';
import { host } from '../../host/host-client.ts';
import { useT } from '../../i18n/i18n.ts';
import type { SpreadsheetPurpose } from '../../state/ui-store.ts';
import type { MessageKey } from '../../i18n/messages-he.ts';
import { Modal } from '../Modal.tsx';
import { FileList } from '../FileList.tsx';

const titles: Record<SpreadsheetPurpose, MessageKey> = {
  'import-workbook': 'workbook.chooseWorkbook',
  'import-services': 'workbook.chooseTable',
  'import-population': 'workbook.choosePopulation',
  'import-survey': 'workbook.chooseSurvey',
};

/** The browser host's Open for spreadsheets: the workbooks (and for a services table, CSV files) of the workspace folder. */
export function ChooseSpreadsheetDialog({ purpose, resolve }: { purpose: SpreadsheetPurpose; resolve(path: string | null): void }) {
  const t = useT();
  const [files, setFiles] = useState<FileEntry[] | null>(null);
  useEffect(() => {
    void host['workspace:list']({ kind: 'spreadsheet' }).then((entries) =>
      setFiles(purpose === 'import-workbook' ? entries.filter((entry) => entry.path.toLowerCase().endsWith('.xlsx')) : entries),
    );
  }, [purpose]);
  return (
    <Modal title={t(titles[purpose])} onCancel={() => resolve(null)}>
      {files === null ? (
        <p>{t('app.loading')}</p>
      ) : files.length === 0 ? (
        <p>{purpose === 'import-workbook' ? t('workbook.noWorkbooks') : t('workbook.noTables')}</p>
      ) : (
        <FileList entries={files} onChoose={resolve} />
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
