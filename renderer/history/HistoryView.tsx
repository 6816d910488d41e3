import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { VersionEntry } from './VersionEntry.tsx';

/** The plan's saved versions, newest first, as the file records them. */
export function HistoryView() {
  const t = useT();
  const plan = usePlanStore((state) => state.document!.plan);
  const versions = [...plan.history.versions].reverse();
  return (
    <div className="history-view">
      <h1>{t('history.title')}</h1>
      <p className="hint">{t('history.intro')}</p>
      {versions.length === 0 ? (
        <p className="empty-state">{t('history.none')}</p>
      ) : (
        <ol className="history-list" aria-label={t('history.listLabel')}>
          {versions.map((version, index) => (
            <VersionEntry key={version.id} plan={plan} version={version} latest={index === 0} />
          ))}
        </ol>
      )}
    </div>
  );
}
