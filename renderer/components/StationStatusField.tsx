import { useId, useMemo, useState } from 'react';
import { followSuggestedStatus, setStationStatus } from '@shared/commands/station-status-commands.ts';
import { stationStatuses, type StationStatus, type StationWork } from '@shared/model/plan-schema.ts';
import type { StationId } from '@shared/model/station-id.ts';
import { stationCompleteness, suggestedStatus } from '@shared/stations/station-completeness.ts';
import { useT } from '../i18n/i18n.ts';
import { usePlanStore } from '../state/plan-store.ts';
import { StationCompleteness } from './StationCompleteness.tsx';

const following = 'follow';

/** A status the team picked against the suggestion, held until it has a reason (the command refuses it without one). */
type Unreasoned = { station: StationId; status: StationStatus; reason: string };

/**
 * The station's status in its header: what its content suggests, the parts done, and the status
 * itself, which follows the suggestion unless the team sets it with a reason.
 */
export function StationStatusField({ station, work }: { station: StationId; work: StationWork }) {
  const t = useT();
  const perform = usePlanStore((state) => state.perform);
  const plan = usePlanStore((state) => state.document?.plan);
  const session = usePlanStore((state) => state.session);
  const statusId = useId();
  const reasonId = useId();
  const hintId = useId();
  const [unreasoned, setUnreasoned] = useState<Unreasoned | null>(null);
  const parts = useMemo(() => (plan && session ? stationCompleteness(plan, station, () => session.check.findings) : []), [plan, session, station]);
  const suggested = suggestedStatus(parts);
  const draft = unreasoned?.station === station ? unreasoned : null;
  const chosen = draft?.status ?? (work.statusReason === null ? following : work.status);
  const reason = draft?.reason ?? work.statusReason ?? '';
  const setByHand = draft === null && work.statusReason === '';

  const choose = (value: string) => {
    if (value === following) {
      setUnreasoned(null);
      perform(followSuggestedStatus, { station });
      return;
    }
    const status = value as StationStatus;
    if (reason.trim() === '') setUnreasoned({ station, status, reason: '' });
    else {
      setUnreasoned(null);
      perform(setStationStatus, { station, status, reason });
    }
  };
  const explain = (text: string) => {
    const status = chosen === following ? work.status : (chosen as StationStatus);
    if (text.trim() === '') setUnreasoned({ station, status, reason: text });
    else {
      setUnreasoned(null);
      perform(setStationStatus, { station, status, reason: text });
    }
  };

  return (
    <div className="station-status">
      <div className="field status-field">
        <label htmlFor={statusId}>{t('status.label')}</label>
        <select id={statusId} value={chosen} onChange={(event) => choose(event.target.value)}>
          <option value={following}>{t('progress.follow', { status: t(`status.${suggested}`) })}</option>
          {stationStatuses.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="station-suggested">{t('progress.suggested', { status: t(`status.${suggested}`) })}</p>
      <StationCompleteness parts={parts} />
      {chosen !== following && (
        <div className="field station-status-reason">
          <label htmlFor={reasonId}>{t('progress.reason')}</label>
          <textarea
            id={reasonId}
            dir="auto"
            rows={2}
            maxLength={2_000}
            value={reason}
            aria-describedby={hintId}
            aria-invalid={reason.trim() === ''}
            onChange={(event) => explain(event.target.value)}
          />
          <p id={hintId} className="hint">
            {setByHand ? t('progress.setByHand') : reason.trim() === '' ? t('progress.reasonNeeded') : t('progress.setByTeam')}
          </p>
          <button type="button" onClick={() => choose(following)}>
            {t('progress.followAgain')}
          </button>
        </div>
      )}
    </div>
  );
}
