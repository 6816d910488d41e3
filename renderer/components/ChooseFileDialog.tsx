import { useEffect, useState } from 'react';
import type { FileEntry } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { chooseLocalFile, type ChosenFile } from '../host/local-files.ts';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { useUiStore } from '../state/ui-store.ts';
import { Modal } from './Modal.tsx';
import { FileList } from './FileList.tsx';

type ChooseFileProps = {
  fileKind: 'plan' | 'key' | 'spreadsheet';
  title: MessageKey;
  empty: MessageKey;
  /** Narrows the listed files further than their kind (a workbook, not a CSV). */
  accept?: (entry: FileEntry) => boolean;
  resolve(chosen: ChosenFile | null): void;
};

const descriptions: Record<ChooseFileProps['fileKind'], MessageKey> = {
  plan: 'files.planDescription',
  key: 'files.keyDescription',
  spreadsheet: 'files.spreadsheetDescription',
};

/** The browser host's Open for anything but the open plan: the files of one kind in the workspace folder, or one from this computer. */
export function ChooseFileDialog({ fileKind, title, empty, accept, resolve }: ChooseFileProps) {
  const t = useT();
  const workspace = useUiStore((state) => state.info?.workspace ?? null);
  const [files, setFiles] = useState<FileEntry[] | null>(null);
  useEffect(() => {
    void host['workspace:list']({ kind: fileKind }).then((entries) => setFiles(accept ? entries.filter(accept) : entries));
  }, [fileKind, accept]);
  const fromComputer = async () => {
    const local = await chooseLocalFile(fileKind, t(descriptions[fileKind]));
    if (local) resolve({ local });
  };
  return (
    <Modal title={t(title)} onCancel={() => resolve(null)}>
      {files === null ? <p>{t('app.loading')}</p> : files.length === 0 ? <p>{t(empty)}</p> : <FileList entries={files} onChoose={(path) => resolve({ path })} />}
      <p className="hint">
        {t('files.workspaceOnlyHint')}
        {workspace && (
          <>
            {' '}
            {t('files.workspaceFolder')} <bdi dir="ltr">{workspace}</bdi>
          </>
        )}
      </p>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={() => void fromComputer()}>
          {t('files.fromComputer')}
        </button>
        <button type="button" onClick={() => resolve(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
