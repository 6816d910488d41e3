import { useEffect, useState } from 'react';
import type { FileEntry } from '@shared/host-api.ts';
import { host } from '../host/host-client.ts';
import { useT } from '../i18n/i18n.ts';
import { browseForPlan, openPath, openPlanFromComputer } from '../state/file-actions.ts';
import { useUiStore } from '../state/ui-store.ts';
import { Modal } from './Modal.tsx';
import { FileList } from './FileList.tsx';

type Listing = { recent: FileEntry[]; workspace: FileEntry[] };

/** Open: the recent plans and those of the workspace folder, and the system's dialog on the desktop. */
export function OpenPlanDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const nativeDialogs = useUiStore((state) => state.info?.nativeDialogs ?? false);
  const workspace = useUiStore((state) => state.info?.workspace ?? null);
  const [listing, setListing] = useState<Listing | null>(null);
  useEffect(() => {
    void Promise.all([host['recent:list']({}), host['workspace:list']({ kind: 'plan' })]).then(([recent, workspace]) =>
      setListing({ recent, workspace }),
    );
  }, []);
  const choose = (path: string) => {
    onClose();
    void openPath(path);
  };
  const list = (entries: FileEntry[]) => <FileList entries={entries} onChoose={choose} />;
  return (
    <Modal title={t('open.title')} onCancel={onClose}>
      {listing === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          {listing.recent.length > 0 && (
            <section aria-label={t('open.recent')}>
              <h3>{t('open.recent')}</h3>
              {list(listing.recent)}
            </section>
          )}
          <section aria-label={t('open.workspace')}>
            <h3>{t('open.workspace')}</h3>
            {workspace && (
              <p className="hint">
                {t('files.workspaceFolder')} <bdi dir="ltr">{workspace}</bdi>
              </p>
            )}
            {listing.workspace.length === 0 ? <p>{t('open.empty')}</p> : list(listing.workspace)}
          </section>
        </>
      )}
      <div className="modal-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            onClose();
            // The desktop has the system's own dialog; the browser, its file chooser.
            void (nativeDialogs ? browseForPlan() : openPlanFromComputer());
          }}
        >
          {t(nativeDialogs ? 'open.browse' : 'files.fromComputer')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
