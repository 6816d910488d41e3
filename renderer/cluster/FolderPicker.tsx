import { useEffect, useId, useState } from 'react';
import type { PlanFolderEntry } from '@shared/host-api.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { host } from '../host/host-client.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { useUiStore } from '../state/ui-store.ts';
import { loadClusterFolder } from './cluster-actions.ts';

/** The browser host's way to choose a cluster folder: the workspace's folders that hold plan files. */
export function FolderPicker() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const headingId = useId();
  const [folders, setFolders] = useState<PlanFolderEntry[] | null>(null);
  useEffect(() => {
    let current = true;
    host['cluster:list-folders']({})
      .then((listed) => current && setFolders(listed))
      .catch((error: Error) => useUiStore.getState().notify('error', t('action.failed', { detail: error.message })));
    return () => {
      current = false;
    };
  }, [t]);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cluster.chooseTitle')}</h2>
      <p className="hint">{t('cluster.chooseHint')}</p>
      {folders === null ? (
        <p>{t('app.loading')}</p>
      ) : folders.length === 0 ? (
        <p>{t('cluster.noFolders')}</p>
      ) : (
        <ul className="file-list">
          {folders.map((folder) => (
            <li key={folder.path}>
              <button type="button" onClick={() => void loadClusterFolder(folder.path)}>
                <bdi className="file-name">{folder.path === '.' ? t('cluster.workspaceRoot') : folder.name}</bdi>
                <span className="file-meta">
                  {t('cluster.folderPlans', { count: formatNumber(folder.plans, language) })}
                  {folder.path !== '.' && folder.path !== folder.name && <> · <bdi dir="ltr">{folder.path}</bdi></>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
