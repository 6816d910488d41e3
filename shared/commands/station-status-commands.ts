import { produce } from 'immer';
import type { StationStatus } from '../model/plan-schema.ts';
import type { StationId } from '../model/station-id.ts';
import { defineCommand } from './define-command.ts';

/**
 * The team sets a station's status itself, against what its content suggests, and says why: the
 * reviewer reads the reason next to the status. An empty reason is refused (the plan stays as
 * it was). Typing the reason is one undo step.
 */
export const setStationStatus = defineCommand<{ station: StationId; status: StationStatus; reason: string }>({
  id: 'station.set-status',
  apply: (plan, { station, status, reason }) =>
    reason.trim() === ''
      ? plan
      : produce(plan, (draft) => {
          draft.stations[station].status = status;
          draft.stations[station].statusReason = reason;
        }),
  mergeKey: ({ station, status }) => `${station}:${status}`,
});

/** The station's status follows the suggestion from its content again; the team's reason is cleared. */
export const followSuggestedStatus = defineCommand<{ station: StationId }>({
  id: 'station.follow-suggested-status',
  apply: (plan, { station }) =>
    plan.stations[station].statusReason === null
      ? plan
      : produce(plan, (draft) => {
          draft.stations[station].statusReason = null;
        }),
});
