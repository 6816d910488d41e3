import { useEffect, useState } from 'react';
import type { FileEntry } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { useT } from '../i18n/i18n.ts';
import type { MessageKey } from '../i18n/messages-he.ts';
import { Modal } from './Modal.tsx';
import { FileList } from './FileList.tsx';

/** The browser host's Open for a plan to compare or a key to import: the files of that kind in the workspace folder. */
export function ChooseFileDialog({ fileKind, title, empty, resolve }: { fileKind: 'plan' | 'key'; title: MessageKey; empty: MessageKey; resolve(path: string | null): void }) {
  const t = useT();
  const [files, setFiles] = useState<FileEntry[] | null>(null);
  useEffect(() => {
    void host['workspace:list']({ kind: fileKind }).then(setFiles);
  }, [fileKind]);
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
