import { allStations } from '@shared/stations/all-stations.ts';
import { useLocalized, useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { useUiStore } from '../state/ui-store.ts';

/** Plan details and the six stations in the guide's order, each with its status. */
export function StationNav() {
  const t = useT();
  const localized = useLocalized();
  const stations = usePlanStore((state) => state.document?.plan.stations);
  const view = useUiStore((state) => state.view);
  const showView = useUiStore((state) => state.show);
  // The page that is already open goes back to its top, as another page would open at its top.
  const show = (next: Parameters<typeof showView>[0]) => {
    window.scrollTo(0, 0);
    showView(next);
  };
  if (!stations) return null;
  return (
    <nav aria-label={t('nav.label')} className="station-nav">
      <ul>
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'details' ? 'page' : undefined}
            onClick={() => show({ kind: 'details' })}
          >
            <span className="nav-name">{t('nav.details')}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'logic-model' ? 'page' : undefined}
            onClick={() => show({ kind: 'logic-model' })}
          >
            <span className="nav-name">{t('nav.logicModel')}</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="nav-item"
            aria-current={view.kind === 'cluster' ? 'page' : undefined}
            onClick={() => show({ kind: 'cluster' })}
          >
            <span className="nav-name">{t('nav.cluster')}</span>
          </button>
        </li>
      </ul>
      <h2 className="nav-heading">{t('nav.stations')}</h2>
      <ol>
        {allStations.map((station) => {
          const status = stations[station.id].waiverReason ? 'waived' : stations[station.id].status;
          const current = view.kind === 'station' && view.station === station.id;
          return (
            <li key={station.id}>
              <button
                type="button"
                className="nav-item"
                aria-current={current ? 'page' : undefined}
                onClick={() => show({ kind: 'station', station: station.id })}
              >
                <span className="nav-number" aria-hidden="true">
                  {station.number}
                </span>
                <span className="nav-name">{localized(station.name)}</span>
                <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="nav-after-stations">
        <li>
          <button type="button" className="nav-item" aria-current={view.kind === 'review' ? 'page' : undefined} onClick={() => show({ kind: 'review' })}>
            <span className="nav-name">{t('nav.review')}</span>
          </button>
        </li>
        <li>
          <button type="button" className="nav-item" aria-current={view.kind === 'history' ? 'page' : undefined} onClick={() => show({ kind: 'history' })}>
            <span className="nav-name">{t('history.nav')}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
