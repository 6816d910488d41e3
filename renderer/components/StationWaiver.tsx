import { useId, useState } from 'react';
import { setStationWaiver } from '@shared/commands/plan-commands.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';

/** The team's statement that a station is not needed in this plan; it counts only with a reason. */
export function StationWaiver({ station, reason }: { station: StationId; reason: string | undefined }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const [waiving, setWaiving] = useState(reason !== undefined);
  const checkboxId = useId();
  const reasonId = useId();
  const hintId = useId();
  return (
    <div className="station-waiver">
      <div className="checkbox-row">
        <input
          type="checkbox"
          id={checkboxId}
          checked={waiving || reason !== undefined}
          onChange={(event) => {
            setWaiving(event.target.checked);
            if (!event.target.checked) perform(setStationWaiver, { station, reason: null });
          }}
        />
        <label htmlFor={checkboxId}>{t('waiver.label')}</label>
      </div>
      {waiving && (
        <div className="field">
          <label htmlFor={reasonId}>{t('waiver.reason')}</label>
          <textarea
            id={reasonId}
            dir="auto"
            rows={2}
            maxLength={2_000}
            value={reason ?? ''}
            aria-describedby={hintId}
            onChange={(event) => perform(setStationWaiver, { station, reason: event.target.value })}
          />
          <p id={hintId} className="hint">
            {t('waiver.hint')}
          </p>
        </div>
      )}
    </div>
  );
}
