import { useId } from 'react';
import { setStationStatus } from '@shared/commands/plan-commands.ts';
import { stationStatuses, type StationStatus, type StationWork } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** The station's status in its header. */
export function StationStatusField({ station, work }: { station: StationId; work: StationWork }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const statusId = useId();
  return (
    <div className="field status-field">
      <label htmlFor={statusId}>{t('status.label')}</label>
      <select id={statusId} value={work.status} onChange={(event) => perform(setStationStatus, { station, status: event.target.value as StationStatus })}>
        {stationStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
