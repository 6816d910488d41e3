import { useMemo } from 'react';
import { compareCluster } from '@shared/cluster/cluster-comparison.ts';
import { formatNumber } from '@shared/format/number-format.ts';
import { useLanguage, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';
import { AuthorityTable } from './AuthorityTable.tsx';
import { ClusterCharts } from './ClusterCharts.tsx';
import { FolderPicker } from './FolderPicker.tsx';
import { ServicesAcross } from './ServicesAcross.tsx';
import { UnreadableFiles } from './UnreadableFiles.tsx';
import { loadClusterFolder, openClusterFolder } from './cluster-actions.ts';
import { useClusterStore } from './cluster-store.ts';
import { useTrustedKeys } from '../review/trusted-keys.ts';

/** The regional cluster view: the plans of one folder side by side, the services across them, and what could not be read. */
export function ClusterView() {
  const t = useT();
  const language = useLanguage((state) => state.language);
  const { cluster, choosing, loading } = useClusterStore();
  const trusted = useTrustedKeys();
  const comparison = useMemo(() => (cluster ? compareCluster(cluster.files, trusted) : null), [cluster, trusted]);
  const openPlan = usePlanStore((state) => state.document?.plan ?? null);
  const nativeDialogs = useUiStore((state) => state.info?.nativeDialogs ?? false);
  const chooseAnother = () => (nativeDialogs ? void openClusterFolder() : useClusterStore.setState({ choosing: true }));
  return (
    <div className="view cluster-view">
      <header className="station-header">
        <h1>{t('cluster.title')}</h1>
      </header>
      <p className="lead">{t('cluster.intro')}</p>
      <div className="section-actions cluster-folder">
        {cluster && comparison ? (
          <p>
            <strong><bdi>{t('cluster.folder', { name: cluster.folder === '.' ? t('cluster.workspaceRoot') : cluster.name })}</bdi></strong>
            {' · '}
            {t('cluster.summary', { plans: formatNumber(comparison.rows.length, language), unreadable: formatNumber(comparison.unreadable.length, language) })}
          </p>
        ) : (
          <p>{t('cluster.noFolder')}</p>
        )}
        {cluster && (
          <button type="button" onClick={() => void loadClusterFolder(cluster.folder)} disabled={loading}>
            {t('cluster.reload')}
          </button>
        )}
        {(nativeDialogs || cluster) && (
          <button type="button" onClick={chooseAnother} disabled={loading}>
            {nativeDialogs ? t('cluster.browse') : t('cluster.chooseOther')}
          </button>
        )}
      </div>
      {loading && <p role="status">{t('cluster.loading')}</p>}
      {(choosing || (!cluster && !nativeDialogs)) && <FolderPicker />}
      {comparison && (
        <>
          <UnreadableFiles files={comparison.unreadable} />
          <AuthorityTable rows={comparison.rows} openPlanId={openPlan?.id ?? null} />
          <ClusterCharts rows={comparison.rows} openPlanId={openPlan?.id ?? null} />
          <ServicesAcross services={comparison.services} openPlan={openPlan} />
        </>
      )}
    </div>
  );
}
