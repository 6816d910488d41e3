import type { KindEntry } from '@shared/cluster/services-across.ts';
import { copyServiceFromPlan } from '@shared/commands/copy-service-command.ts';
import { fileSystemProblem } from '@shared/model/file-system-problem.ts';
import { host } from '../host/host-client.ts';
import { translate, useLanguage } from '../i18n/i18n.ts';
import type { MessageKey } from '@shared/i18n/catalogue.ts';
import { newServiceId } from '../budget/new-service-id.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { useClusterStore } from './cluster-store.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => translate(useLanguage.getState().language, key, params);
const notify = (tone: 'info' | 'error', text: string) => useUiStore.getState().notify(tone, text);

/** Reads every plan file of the folder to compare; a folder that cannot be read leaves the last comparison on screen. */
export async function loadClusterFolder(folder: string): Promise<void> {
  useClusterStore.setState({ loading: true });
  try {
    const result = await host['cluster:read-folder']({ folder });
    if (!result.ok) {
      const errno = result.error.code === 'io' ? result.error.errno : 'ENOENT';
      notify('error', t('cluster.folderFailed', { name: result.name, reason: fileSystemProblem(errno, useLanguage.getState().language) }));
      return;
    }
    if (result.files.length === 0) {
      notify('error', t('cluster.emptyFolder', { name: result.name }));
      return;
    }
    useClusterStore.setState({ cluster: { folder: result.folder, name: result.name, files: result.files }, choosing: false });
  } catch (error) {
    notify('error', t('action.failed', { detail: (error as Error).message }));
  } finally {
    useClusterStore.setState({ loading: false });
  }
}

/** File → Open cluster folder: the system's folder dialog on the desktop, the workspace's folders in the browser. */
export async function openClusterFolder(): Promise<void> {
  useUiStore.getState().show({ kind: 'cluster' });
  if (!useUiStore.getState().info?.nativeDialogs) {
    useClusterStore.setState({ choosing: true });
    return;
  }
  try {
    const { folder } = await host['cluster:choose-folder']({});
    if (folder) await loadClusterFolder(folder);
  } catch (error) {
    notify('error', t('action.failed', { detail: (error as Error).message }));
  }
}

/** A neighbour's service card into the open plan, as one step to undo. */
export function copyToMyPlan(entry: KindEntry): void {
  const before = usePlanStore.getState().document?.plan;
  usePlanStore.getState().perform(copyServiceFromPlan, { service: entry.service, source: { authority: entry.authority, year: entry.year }, id: newServiceId() });
  const copied = usePlanStore.getState().document?.plan !== before;
  notify(copied ? 'info' : 'error', copied ? t('cluster.copied', { service: entry.service.name, authority: entry.authority }) : t('cluster.copyRefused'));
}
