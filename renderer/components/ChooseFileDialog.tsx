import { useEffect, useState } from 'react';
import type { FileEntry } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages-he.ts';
import { Modal } from './Modal.tsx';
import { FileList } from './FileList.tsx';

type ChooseFileProps = {
  fileKind: 'plan' | 'key' | 'spreadsheet';
  title: MessageKey;
  empty: MessageKey;
  /** Narrows the listed files further than their kind (a workbook, not a CSV). */
  accept?: (entry: FileEntry) => boolean;
  resolve(path: string | null): void;
};

/** The browser host's Open for anything but the open plan: the files of one kind in the workspace folder. */
export function ChooseFileDialog({ fileKind, title, empty, accept, resolve }: ChooseFileProps) {
  const t = useT();
  const [files, setFiles] = useState<FileEntry[] | null>(null);
  useEffect(() => {
    void host['workspace:list']({ kind: fileKind }).then((entries) => setFiles(accept ? entries.filter(accept) : entries));
  }, [fileKind, accept]);
  return (
    <Modal title={t(title)} onCancel={() => resolve(null)}>
      {files === null ? <p>{t('app.loading')}</p> : files.length === 0 ? <p>{t(empty)}</p> : <FileList entries={files} onChoose={resolve} />}
      <p className="hint">{t('workbook.workspaceHint')}</p>
      <div className="modal-actions">
        <button type="button" onClick={() => resolve(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
